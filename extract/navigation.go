package extract

import (
	"strconv"
	"sync"
)

// Navigation removes menus, as kind "navigation": lines holding a
// navigation phrase of clean.PhraseNavigation ("Skip to content", "Menu",
// "Accueil"); outside the article's core, runs of at least 3 short lines
// (at most 6 words each); and, in HTML, blocks inside
// a <nav> or whose classes say "nav" or "menu". Inside the core only the
// phrase lines of at most 4 words go: a list of short items there is
// taken as content.
var Navigation Extractor = navigationExtractor{}

type navigationExtractor struct{}

func (navigationExtractor) Name() string { return "navigation" }

// Limits of Navigation.
const (
	menuItemWords = 4 // longest menu item
	menuMinRun    = 3 // shortest run of items taken for a menu
)

func (navigationExtractor) Extract(doc *Document) error {
	var arena evidenceArena
	for _, b := range doc.phraseBlocks() {
		if b.DOM == nil && gateNavigation.ruledOut(b) {
			continue // a line of a text dump is taken for its phrase only, first asked of the gate
		}
		menuItem := b.Features.Words <= menuItemWords+2 // short enough for its phrase
		if b.Removed() || b.Role != RoleBody || b.DOM == nil && (!menuItem || phraseless(b)) {
			continue // a line of a text dump is taken for a phrase only
		}
		if menuItem && !gateNavigation.ruledOut(b) {
			if m, ok := gateNavigation.match(b); ok && (!doc.InCore(b) || b.Features.Words <= menuItemWords) {
				doc.Remove(b, "navigation", arena.phrase(m))
				continue
			}
		}
		if b.DOM == nil || doc.InCore(b) && !b.DOM.Containers.Has(InNav) {
			continue
		}
		if b.DOM.Containers.Has(InNav) {
			doc.Remove(b, "navigation", "inside <nav>")
		} else if tok, ok := doc.familyToken(b, famNavigation); ok && (isShortLine(b, menuItemWords) || b.DOM.LinkDensity > 0.5) {
			doc.Remove(b, "navigation", "markup says "+quote(tok))
		}
	}
	runs := menuRuns()
	removeRuns(doc, menuItemWords+2, menuMinRun, func(span []*Block, n int, where string) {
		evidence := menuRunEvidence(runs, &arena, n, where)
		doc.removeSpan(span, "navigation", evidence) // passes over blocks removed before
	})
	return nil
}

// menuRunTable bounds the lengths of the menu runs whose evidence
// menuRuns holds: nearly all of them.
const menuRunTable = 64

// runPlaces are the two places removeRuns gives, by index in menuRuns.
var runPlaces = [2]string{"before the article", "after the article"}

// menuRuns holds Navigation's evidence for a run of n short lines, for n
// under menuRunTable, before and after the article: built on first use,
// about 5 KB, and only read after.
var menuRuns = sync.OnceValue(func() *[2][menuRunTable]string {
	var t [2][menuRunTable]string
	for k, where := range runPlaces {
		for n := range t[k] {
			t[k][n] = "menu run of " + strconv.Itoa(n) + " short lines " + where
		}
	}
	return &t
})

// menuRunEvidence returns the evidence of a menu run of n short lines
// found where: from runs, the table of menuRuns, or built in the arena.
func menuRunEvidence(runs *[2][menuRunTable]string, a *evidenceArena, n int, where string) string {
	for k, place := range runPlaces {
		if where == place && n >= 0 && n < menuRunTable {
			return runs[k][n]
		}
	}
	return a.join("menu run of ", strconv.Itoa(n), " short lines ", where)
}

// removeRuns calls remove for each maximal run, outside the core, of at
// least minRun consecutive blocks of at most maxWords words. Blocks already
// removed by an earlier extractor neither break nor join a run; blocks
// with a role break it. remove gets the span of Blocks from the run's
// first block to its last, which holds the run's n blocks and blocks
// removed before, and where: "before the article" or "after the article".
func removeRuns(doc *Document, maxWords, minRun int, remove func(span []*Block, n int, where string)) {
	_, last := doc.CoreBounds()
	core := doc.coreFlags()
	first, end, n := 0, 0, 0 // the run's span in Blocks, and its length
	runAfter := false        // whether the run is after the article
	for i, b := range doc.Blocks {
		switch {
		case b.Removed():
			continue
		case b.Role == RoleBody && !core[b.Index] && b.Features.Words <= maxWords:
			after := last >= 0 && b.Index > last
			if n > 0 && runAfter == after {
				end, n = i+1, n+1
				continue
			}
			flushRun(doc, first, end, n, minRun, runAfter, remove)
			first, end, n, runAfter = i, i+1, 1, after
		default:
			flushRun(doc, first, end, n, minRun, runAfter, remove)
			n = 0
		}
	}
	flushRun(doc, first, end, n, minRun, runAfter, remove)
}

// flushRun calls remove for the run of n blocks in doc.Blocks[first:end]
// when it has at least minRun, as removeRuns describes.
func flushRun(doc *Document, first, end, n, minRun int, after bool, remove func(span []*Block, n int, where string)) {
	if n == 0 || n < minRun {
		return
	}
	where := runPlaces[0]
	if after {
		where = runPlaces[1]
	}
	remove(doc.Blocks[first:end:end], n, where)
}
