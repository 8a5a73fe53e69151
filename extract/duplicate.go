package extract

import "strconv"

// Duplicates removes lines that the page repeats (Block.Repeats > 1), as
// kind "duplicate": outside the article's core every repeated line goes
// (menus shown twice, a title repeated in a sidebar); inside it only short
// lines without a sentence end (at most 4 words) that also occur outside
// the core, such as "Advertisement" labels between paragraphs.
var Duplicates Extractor = duplicateExtractor{}

type duplicateExtractor struct{}

func (duplicateExtractor) Name() string { return "duplicate" }

// dupItemWords is the longest repeated line removed inside the core.
const dupItemWords = 4

func (duplicateExtractor) Extract(doc *Document) error {
	var evidence evidenceArena
	for _, b := range doc.Blocks {
		if b.Removed() || b.Role != RoleBody || b.Repeats < 2 {
			continue
		}
		switch {
		case !doc.InCore(b):
			doc.Remove(b, "duplicate", evidence.join("line repeated ", strconv.Itoa(b.Repeats), " times on the page, outside the article"))
		case isShortLine(b, dupItemWords) && repeatedOutside(doc, b):
			doc.Remove(b, "duplicate", evidence.join("short line repeated ", strconv.Itoa(b.Repeats), " times, also outside the article"))
		}
	}
	return nil
}

// repeatedOutside reports whether a repeated block (Block.Repeats > 1)
// outside the core has b's text in lower case (strings.ToLower), as
// Block.Repeats compares texts; equalLower compares them without a copy.
func repeatedOutside(doc *Document, b *Block) bool {
	for _, c := range doc.Blocks {
		if c.Repeats > 1 && !doc.InCore(c) && equalLower(c.Text, b.Text) {
			return true
		}
	}
	return false
}
