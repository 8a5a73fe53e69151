package extract

import (
	"fmt"
)

// ForeignLanguage removes paragraphs written in another language than the
// page's (Document.Meta.Language), as kind "language": a page's main text
// is in its own language, and long passages in another one are usually
// embedded material (a quoted interview, a syndicated widget). Only blocks
// of at least 25 words are judged, and only when the detector is fairly
// confident (0.3) and the block has at least twice as many stop words of
// its language as of the page's, so short lines and names are never
// removed for their language. Inside the main content, quotations stay
// (a quoted tweet, an interview in its own language), and in HTML so do
// all foreign blocks when they hold half its words or more: then they
// are the article.
var ForeignLanguage Extractor = languageExtractor{}

type languageExtractor struct{}

func (languageExtractor) Name() string { return "language" }

// Limits of ForeignLanguage.
const (
	foreignMinWords   = 25
	foreignConfidence = 0.3
	// foreignStopRatio is how many times more stop words of its own
	// language than of the page's a foreign block must have: short stop
	// words are shared between languages ("i", "a", "de").
	foreignStopRatio = 2
	uiConfidence     = 0.1 // short lines mix languages: a low bar
)

func (languageExtractor) Extract(doc *Document) error {
	if nativeOnly(doc) {
		return nil
	}
	langs := make([]string, len(doc.Blocks))
	votes := make(map[string]int)
	for i, b := range doc.Blocks {
		if b.Removed() || b.Role != RoleBody || b.Features.Words < foreignMinWords || !hasOneLanguage(b) {
			continue
		}
		if l, conf := detectBlocks([]*Block{b}); l != "" && conf >= foreignConfidence {
			langs[i] = l
			votes[l]++
		}
	}
	lang := doc.Meta.Language
	// A few long foreign blocks can sway the page-wide detection. The
	// page's own short lines (menus, labels, bylines) are in the site's
	// language: when they agree with at least two prose blocks, or when
	// clearly more prose blocks (half as many again, and two more) are in
	// another language, trust them.
	main := ""
	if otherVoted(votes, lang) {
		main = uiLanguage(doc)
	}
	if votes[main] < 2 {
		main = majority(votes)
		if votes[main] < votes[lang]+2 || 2*votes[main] < 3*votes[lang] {
			main = ""
		}
	}
	if main != "" && main != lang {
		doc.setLanguage(main)
		lang = main
	}
	if lang == "" {
		return nil
	}
	foreign := make([]bool, len(doc.Blocks))
	coreWords, coreForeign := 0, 0
	for i, b := range doc.Blocks {
		if b.Removed() || b.Role != RoleBody {
			continue
		}
		if langs[i] != "" && langs[i] != lang {
			p := b.lineProfile()
			foreign[i] = p.Density(langs[i]) >= foreignStopRatio*p.Density(lang)
		}
		if doc.InCore(b) {
			coreWords += b.Features.Words
			if foreign[i] {
				coreForeign += b.Features.Words
			}
		}
	}
	// When the foreign blocks are most of an HTML page's main content,
	// they are the article (an English post on a German blog), not
	// material embedded in it. The core of a text dump is a guess, which
	// a long foreign passage may have drawn to itself.
	foreignCore := doc.Root != nil && 2*coreForeign >= coreWords
	for i, b := range doc.Blocks {
		if !foreign[i] || doc.InCore(b) && (foreignCore || b.Kind == Quote) {
			continue
		}
		doc.Remove(b, "language", fmt.Sprintf("paragraph in %s, page in %s", langs[i], lang))
	}
	return nil
}

// nativeOnly reports whether no block judged is in another language
// than the page's with foreignConfidence: then no block votes for another
// language, the page's stays and none is foreign, so the extractor has
// nothing to do. Most blocks are cleared by a bound
// (clean.LineProfile.MayDetectOther), which costs less than detecting
// their language; the others are detected.
func nativeOnly(doc *Document) bool {
	lang := doc.Meta.Language
	if lang == "" {
		return false
	}
	for _, b := range doc.Blocks {
		// Most lines are short: their length turns them away first.
		if b.Features.Words < foreignMinWords || b.Removed() || b.Role != RoleBody || !hasOneLanguage(b) ||
			!b.lineProfile().MayDetectOther(lang, foreignConfidence) {
			continue
		}
		if l, conf := detectBlocks([]*Block{b}); l != "" && conf >= foreignConfidence && l != lang {
			return false
		}
	}
	return true
}

// otherVoted reports whether a language other than lang has at least
// two votes. Only then may the short lines' language (uiLanguage) change
// the page's: with two votes or more it would be lang itself, a change
// to nothing, and with fewer the votes alone decide.
func otherVoted(votes map[string]int, lang string) bool {
	for l, v := range votes {
		if l != lang && v >= 2 {
			return true
		}
	}
	return false
}

// majority returns the language with the most votes, or "" on a tie.
func majority(votes map[string]int) string {
	best, n, tie := "", 0, false
	for l, v := range votes {
		switch {
		case v > n:
			best, n, tie = l, v, false
		case v == n:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// hasOneLanguage reports whether b is running text whose language means
// something: tables and code are in no one language.
func hasOneLanguage(b *Block) bool {
	return b.Kind != Table && b.Kind != Code
}

// uiLanguage detects the language of the page's short lines, those under
// foreignMinWords words, or returns "" when it is unsure (confidence
// under uiConfidence).
func uiLanguage(doc *Document) string {
	var short []*Block
	for _, b := range doc.Blocks {
		if b.Features.Words < foreignMinWords {
			short = append(short, b)
		}
	}
	lang, conf := detectBlocks(short)
	if conf < uiConfidence {
		return ""
	}
	return lang
}
