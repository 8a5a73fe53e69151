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
// prose); in HTML, short or link-dense blocks whose classes say "related",
// "recommend" or "read-next"; and anywhere in an HTML page, link teasers:
// blocks of at most 25 words with at least 80% of their text in links,
// unless the link text is a web or mail address or sits in a table.
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
	for i, b := range doc.Blocks {
		rem := b.Removal()
		if rem == nil || rem.Extractor != doc.Extractor() || !isShortLine(b, relatedHeadingWords) {
			continue
		}
		items := 0
		for _, next := range doc.Blocks[i+1:] {
			if next.Removed() {
				continue
			}
			if items >= relatedMaxItems || next.Role != RoleBody || isProse(next) && !isLinkTeaser(next) || next.Features.Words > relatedItemWords {
				break
			}
			doc.Remove(next, "related", "link under the heading "+quote(b.Text))
			items++
		}
	}
	for _, b := range doc.Blocks {
		if !b.Removed() && b.Role == RoleBody && isLinkTeaser(b) {
			doc.Removef(b, "related", "a link of %d words on its own, %.0f%% linked", b.Features.Words, 100*b.DOM.LinkDensity)
		}
	}
	return nil
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

// hasAddress reports whether text holds a web or mail address.
func hasAddress(text string) bool {
	return strings.Contains(text, "://") || strings.Contains(text, "www.") || strings.Contains(text, "@")
}
