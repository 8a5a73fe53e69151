package extract

import "strconv"

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
		doc.Remove(b, "boilerplate", shapeAfter(where+", ", b))
	}
	return nil
}

// shapeAfter returns prefix followed by a description of a block's line
// features in a few words, for evidence: "3 words, no terminal
// punctuation", "1 word, 75% link text". It is built in one allocation.
func shapeAfter(prefix string, b *Block) string {
	s := make([]byte, 0, len(prefix)+len(", no terminal punctuation, 100% link text")+20)
	s = append(s, prefix...)
	if b.Features.Words == 1 {
		s = append(s, "1 word"...)
	} else {
		s = strconv.AppendInt(s, int64(b.Features.Words), 10)
		s = append(s, " words"...)
	}
	if !b.Features.Terminal {
		s = append(s, ", no terminal punctuation"...)
	}
	if b.DOM != nil && b.DOM.LinkDensity > 0.5 {
		s = append(s, ", "...)
		s = strconv.AppendFloat(s, 100*b.DOM.LinkDensity, 'f', 0, 64)
		s = append(s, "% link text"...)
	}
	return frozenString(s)
}
