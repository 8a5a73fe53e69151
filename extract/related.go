package extract

import (
	"strings"

	"github.com/pith-go/pith/clean"
)

// Related removes related and recommended links, as kind "related": the
// headings ("Related articles", "À lire aussi", "Lesen Sie auch") and
// "Read more: …" lines, blocks of at most 20 words that start with a
// phrase of clean.PhraseRelated; after a heading (at most 6 words, no
// sentence end), the run of link titles that follows it, up to the first
// prose line or 15 items (a link of at most 25 words does not count as
// prose; in HTML, the run also ends at a block mostly without links); in HTML, short or link-dense blocks whose classes say "related",
// "recommend" or "read-next"; and in an HTML page, link teasers: blocks of
// at most 25 words with at least 80% of their text in links, unless the
// link text is a web or mail address or sits in a table. Teasers inside
// the main content go only when it is an article, with at least 70% of
// its text in prose or less than 10% in teasers: on a listing, a
// collection or a product grid the links are the content.
var Related Extractor = relatedExtractor{phraseRule{
	name: "related", kind: "related", set: clean.PhraseRelated, maxWords: 20, coreMaxWords: 20,
	tokens: famRelated,
}}

type relatedExtractor struct{ phraseRule }

// Limits of Related.
const (
	relatedHeadingWords = 6
	relatedItemWords    = 20
	relatedMaxItems     = 15
)

func (r relatedExtractor) Extract(doc *Document) error {
	if err := r.phraseRule.Extract(doc); err != nil {
		return err
	}
	self := doc.Extractor() // the name this run's removals carry
	// One pass does both: the links under a heading this run removed,
	// and the link teasers. A block is taken for the first before the
	// second, and each only removes blocks after it or itself, so each
	// sees the removals it saw as a pass of its own: the first those of
	// the headings before the block, the second none of its own
	// beforehand. Whether the core reads as an article is asked at the
	// first link teaser inside it: a text dump has none. The answer does
	// not depend on the removals (see coreIsArticle).
	article, asked := false, false
	for i, b := range doc.Blocks {
		if rem := b.Removal(); rem != nil {
			if isShortLine(b, relatedHeadingWords) && rem.Extractor == self {
				removeLinksUnder(doc, b, doc.Blocks[i+1:])
			}
			continue // a removed block is no teaser
		}
		if b.DOM == nil || b.Role != RoleBody || !isLinkTeaser(b) {
			continue // a teaser is an HTML block (see isLinkTeaser)
		}
		if !doc.InCore(b) {
			doc.Removef(b, "related", "a link of %d words on its own, %.0f%% linked", b.Features.Words, 100*b.DOM.LinkDensity)
			continue
		}
		if !asked {
			article, asked = coreIsArticle(doc), true
		}
		if article {
			doc.Removef(b, "related", "a link of %d words on its own in the article's prose, %.0f%% linked", b.Features.Words, 100*b.DOM.LinkDensity)
		}
	}
	return nil
}

// removeLinksUnder removes the links that follow heading, a related
// heading this run removed: up to relatedMaxItems of the blocks after,
// short or link teasers, and stops at the first that is not.
func removeLinksUnder(doc *Document, heading *Block, after []*Block) {
	items := 0
	evidence := "" // the same for every link, built at the first
	for _, next := range after {
		if next.Removed() {
			continue
		}
		if items >= relatedMaxItems || next.Role != RoleBody || isProse(next) && !isLinkTeaser(next) || next.Features.Words > relatedItemWords || unlinkedHTML(next) {
			break
		}
		if evidence == "" {
			evidence = "link under the heading " + quote(heading.Text)
		}
		doc.Remove(next, "related", evidence)
		items++
	}
}

// Shares of the main content's text (in runes) that make it an article,
// whose link teasers are inserted links to other pages: at least
// articleProseShare of prose, or less than articleTeaserShare of teasers.
const (
	articleProseShare  = 0.7
	articleTeaserShare = 0.1
)

// coreIsArticle reports whether the main content reads as an article
// rather than a list of links (a listing, a collection, a product grid):
// most of its text is prose, sentences of at least proseMinWords words
// with less than half of their text in links, or link teasers hold little
// of it. All blocks of the core count, removed or not, so that the answer
// does not depend on the extractors run before. An empty core is not an
// article.
func coreIsArticle(doc *Document) bool {
	total, prose, teasers := 0, 0, 0
	core := doc.coreFlags()
	for _, b := range doc.Blocks {
		if !core[b.Index] {
			continue
		}
		n := b.Features.Runes
		total += n
		switch {
		case isLinkTeaser(b):
			teasers += n
		case isProse(b) && (b.DOM == nil || b.DOM.LinkDensity < 0.5):
			prose += n
		}
	}
	return total > 0 && (float64(prose) >= articleProseShare*float64(total) || float64(teasers) < articleTeaserShare*float64(total))
}

// Limits of a link teaser.
const (
	teaserMaxWords    = 25
	teaserLinkDensity = 0.8
)

// isLinkTeaser reports whether an HTML block is a link to another page
// standing on its own: short, and all or nearly all of its text in links,
// as the headlines of related stories and "Read also: …" lines are. A
// block in the main content's prose that merely holds links has far less
// of its text linked. A link written as a web or mail address is a
// reference the article gives, and a link in a table cell is data: neither
// is a teaser.
func isLinkTeaser(b *Block) bool {
	return b.DOM != nil && b.DOM.LinkDensity >= teaserLinkDensity && b.Features.Words <= teaserMaxWords &&
		!b.DOM.Containers.Has(InTable) && !hasAddress(b.Text)
}

// unlinkedHTML reports whether an HTML block holds less than half of its
// text in links: it cannot be a link title under a related heading, but a
// list the article gives ("What you'll need:", its items). Text input has
// no link information, so this never stops it.
func unlinkedHTML(b *Block) bool {
	return b.DOM != nil && b.DOM.LinkDensity < 0.5
}

// hasAddress reports whether text holds a web or mail address.
func hasAddress(text string) bool {
	return strings.Contains(text, "://") || strings.Contains(text, "www.") || strings.Contains(text, "@")
}
