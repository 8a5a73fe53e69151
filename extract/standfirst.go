package extract

import (
	"net/url"
	"strings"
	"unicode"

	"github.com/pith-go/pith/clean"
)

// Standfirst finds the kicker and the lead of the article and gives them
// their Role, which keeps them out of the body.
//
// The kicker is a short label (at most 6 words, no sentence end, no
// digits, no stock phrase of the boilerplate tables, not the name of the
// article's writer: one of its authors or a link to an author page) right
// after the headline, before the lead or the body ("Réunion de crise"), or,
// in HTML, a short block whose classes say "kicker", "overline" or
// "eyebrow".
//
// The lead is the first prose block after the headline (8 to 80 words),
// unless it is a photo caption (it ends with a bracketed credit, "(AP
// Photo/Paul White)", or a credit line follows it), when there is evidence that it stands apart from the body: the body's
// first paragraphs repeat it, an author or date line separates it from
// the body, it matches the page's description (in HTML, unless it is built
// like the body after it: same parent and tag, or the same element, as
// when the description was copied from the first paragraph), or, in
// HTML, its classes say "standfirst", "lead", "intro", "chapo" or
// "summary". Without such
// evidence the block stays in the body: a wrong lead costs more than a
// missed one.
var Standfirst Extractor = standfirstExtractor{}

type standfirstExtractor struct{}

func (standfirstExtractor) Name() string { return "standfirst" }

// Limits of Standfirst.
const (
	kickerMaxWords = 6
	leadMinWords   = 8
	leadMaxWords   = 80
	leadLookahead  = 3 // body blocks searched for a repeat of the lead
)

func (standfirstExtractor) Extract(doc *Document) error {
	head := headlineAnchor(doc)
	if head < 0 {
		return nil
	}
	i := head + 1
	// Skip furniture between the headline and the lead.
	for i < len(doc.Blocks) && skippable(doc, doc.Blocks[i]) {
		i++
	}
	if i < len(doc.Blocks) && isKicker(doc, doc.Blocks[i]) && !sentenceGoesOn(doc, i) {
		doc.Blocks[i].Role = RoleKicker
		i++
		for i < len(doc.Blocks) && skippable(doc, doc.Blocks[i]) {
			i++
		}
	}
	if i < len(doc.Blocks) {
		if lead := doc.Blocks[i]; leadEvidence(doc, lead) && bodyFollows(doc, i) {
			lead.Role = RoleLead
		}
	}
	return nil
}

// headlineAnchor returns the index of the in-page headline that opens the
// article: the last block removed as a headline before the core starts
// (or within its first blocks), or -1. Blocks sit at their Index, so it
// reads back from the last block it may take to the first headline: the
// core of a text dump often starts hundreds of lines in, after its menus,
// and the headline just before it. A block found off its Index sends it
// to the forward scan (headlineAnchorScan), which reads them in order.
func headlineAnchor(doc *Document) int {
	first, _ := doc.CoreBounds()
	if first < 0 {
		return -1
	}
	for k := min(first+bylineEdge, len(doc.Blocks)-1); k >= 0; k-- {
		b := doc.Blocks[k]
		if b.Index != k {
			return headlineAnchorScan(doc, first)
		}
		if r := b.Removal(); r != nil && r.Kind == "headline" {
			return k
		}
	}
	return -1
}

// headlineAnchorScan is headlineAnchor reading the blocks in order, up
// to the first whose Index is past the core's first block (first) by
// more than bylineEdge.
func headlineAnchorScan(doc *Document, first int) int {
	anchor := -1
	for _, b := range doc.Blocks {
		if b.Index > first+bylineEdge {
			break
		}
		if r := b.Removal(); r != nil && r.Kind == "headline" {
			anchor = b.Index
		}
	}
	return anchor
}

// skippable reports whether a block between the headline and the lead is
// furniture: already removed, or an image credit.
func skippable(doc *Document, b *Block) bool {
	if b.Removed() {
		return true
	}
	_, credit := creditEvidence(doc, b)
	return credit
}

// isKicker reports whether b looks like a kicker label.
func isKicker(doc *Document, b *Block) bool {
	if _, ok := doc.familyToken(b, famKicker); ok {
		return b.Features.Words <= 2*kickerMaxWords
	}
	if b.Features.Words < 1 || !isShortLine(b, kickerMaxWords) || !startsUpper(b.Text) || b.Features.Digits > 0 {
		return false
	}
	if writerName(doc, b) {
		return false
	}
	for _, set := range kickerExclusions {
		if _, ok := matchPhrase(b, set); ok {
			return false
		}
	}
	return true
}

// bodyFollows reports whether a paragraph of the core's body comes after
// doc.Blocks[i]: a lead is never the article's only paragraph.
func bodyFollows(doc *Document, i int) bool {
	for _, b := range doc.Blocks[i+1:] {
		if !b.Removed() && b.Role == RoleBody && b.Features.Words >= leadMinWords && doc.InCore(b) {
			return true
		}
	}
	return false
}

// sentenceGoesOn reports whether the block after doc.Blocks[i] starts in
// lower case, so that the two are one sentence broken in two ("The menu
// button" / "gives you access to…"), not a label and a paragraph.
func sentenceGoesOn(doc *Document, i int) bool {
	if i+1 >= len(doc.Blocks) {
		return false
	}
	for _, r := range doc.Blocks[i+1].Text {
		return unicode.IsLower(r)
	}
	return false
}

// writerName reports whether a short block is the name of the article's
// writer: it equals one of Document.Meta.Authors, or, in HTML, its text is
// all a link to an author page (clean.IsAuthorPathWord).
func writerName(doc *Document, b *Block) bool {
	if len(doc.Meta.Authors) == 0 && len(b.Links) != 1 {
		return false
	}
	for _, a := range doc.Meta.Authors {
		if b.foldsLike(a) {
			return true
		}
	}
	if len(b.Links) != 1 || !b.foldsLike(b.Links[0].Text) {
		return false
	}
	u, err := url.Parse(b.Links[0].URL)
	if err != nil {
		return false
	}
	for _, seg := range strings.Split(strings.ToLower(u.Path), "/") {
		if clean.IsAuthorPathWord(seg) {
			return true
		}
	}
	return false
}

// kickerExclusions are the phrase sets whose lines are never a kicker.
var kickerExclusions = []clean.PhraseSet{
	clean.PhraseShare, clean.PhraseNavigation, clean.PhraseRelated, clean.PhraseTags,
	clean.PhraseModeration, clean.PhraseNewsletter, clean.PhraseCredit, clean.PhraseByline,
}

// leadEvidence reports whether the block after the headline is a lead.
func leadEvidence(doc *Document, b *Block) bool {
	if b.Removed() || b.Features.Words < leadMinWords || b.Features.Words > leadMaxWords || photoCaption(doc, b) {
		return false
	}
	if _, ok := doc.familyToken(b, famStandfirst); ok {
		return true
	}
	text := b.wordFold()
	if desc := foldText(doc.Meta.Description); desc != "" && (desc == text || similarHeadline(desc, text)) {
		// A description copied from the first paragraph does not make it
		// a lead when the paragraph is one of the body's own.
		return !bodySibling(doc, b)
	}
	seen, bylineBetween := 0, false
	for _, next := range doc.Blocks[b.Index+1:] {
		if next.Removed() {
			if r := next.Removal(); r.Kind == "byline" && seen == 0 {
				bylineBetween = true
			}
			continue
		}
		if seen == 0 && bylineBetween && isProse(next) {
			return true
		}
		if seen++; seen > leadLookahead {
			break
		}
		// A text that folds shorter than the lead's fold does not hold
		// it: it is not folded. One without a rune that folds longer
		// (foldsWithin) folds to no more bytes than it has.
		if mayFoldTo(next.Text, len(text)) && (len(next.Text) >= len(text) || !foldsWithin(next.Text)) && containsWords(next.wordFold(), text) {
			return true
		}
	}
	return false
}

// photoCaption reports whether b describes a photo rather than the
// article: it ends with a bracketed credit ("(AP Photo/Paul White)") or
// the next block is a credit line.
func photoCaption(doc *Document, b *Block) bool {
	if bracketCredit(b.Text) {
		return true
	}
	if b.Index+1 < len(doc.Blocks) {
		r := doc.Blocks[b.Index+1].Removal()
		return r != nil && r.Kind == "credit"
	}
	return false
}

// bodySibling reports whether b, in HTML, is built like the body that
// follows it: the next kept block is of the same kind and has the same
// parent element and the same tag, or comes from the same element
// (paragraphs split by line breaks). Such a block is the body's first paragraph, not a
// standfirst, which has an element or a place of its own.
func bodySibling(doc *Document, b *Block) bool {
	if b.DOM == nil || b.DOM.Node == nil {
		return false
	}
	for _, next := range doc.Blocks[b.Index+1:] {
		if next.Removed() {
			continue
		}
		if next.DOM == nil || next.DOM.Node == nil || next.Kind != b.Kind {
			return false
		}
		n, m := b.DOM.Node, next.DOM.Node
		return n == m || n.Parent == m.Parent && n.Data == m.Data
	}
	return false
}
