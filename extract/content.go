package extract

import "fmt"

// Content removes every block left outside the page's main content (see
// Document.InCore), as kind "boilerplate". It runs last, so that the
// specialised extractors name what they recognise first; blocks that an
// earlier extractor made the kicker or the lead are kept.
var Content Extractor = contentExtractor{}

type contentExtractor struct{}

func (contentExtractor) Name() string { return "content" }

func (contentExtractor) Extract(doc *Document) error {
	first, last := doc.CoreBounds()
	for _, b := range doc.Blocks {
		if b.Removed() || b.Role != RoleBody || doc.InCore(b) {
			continue
		}
		where := "outside the article's core"
		switch {
		case first < 0:
			where = "no article core found"
		case b.Index < first:
			where = "before the article's core"
		case b.Index > last:
			where = "after the article's core"
		}
		doc.Remove(b, "boilerplate", where+", "+shape(b))
	}
	return nil
}

// shape describes a block's line features in a few words, for evidence:
// "3 words, no terminal punctuation".
func shape(b *Block) string {
	s := fmt.Sprintf("%d words", b.Features.Words)
	if b.Features.Words == 1 {
		s = "1 word"
	}
	if !b.Features.Terminal {
		s += ", no terminal punctuation"
	}
	if b.DOM != nil && b.DOM.LinkDensity > 0.5 {
		s += fmt.Sprintf(", %.0f%% link text", 100*b.DOM.LinkDensity)
	}
	return s
}
