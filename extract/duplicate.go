package extract

import (
	"strconv"
	"strings"
)

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
	var outside map[string]bool // the repeated texts outside the core, made on first use
	var evidence evidenceArena
	for _, b := range doc.Blocks {
		if b.Removed() || b.Role != RoleBody || b.Repeats < 2 {
			continue
		}
		switch {
		case !doc.InCore(b):
			doc.Remove(b, "duplicate", evidence.join("line repeated ", strconv.Itoa(b.Repeats), " times on the page, outside the article"))
		case isShortLine(b, dupItemWords) && repeatedOutside(doc, &outside)[foldKey(b.Text)]:
			doc.Remove(b, "duplicate", evidence.join("short line repeated ", strconv.Itoa(b.Repeats), " times, also outside the article"))
		}
	}
	return nil
}

// foldKey is the case-insensitive key under which Block.Repeats counts
// texts.
func foldKey(s string) string { return strings.ToLower(s) }

// repeatedOutside returns *outside, the set of the folded texts
// (foldKey) of the repeated blocks outside the core, made on first use:
// few pages repeat a short line inside it.
func repeatedOutside(doc *Document, outside *map[string]bool) map[string]bool {
	if *outside == nil {
		*outside = make(map[string]bool)
		for _, b := range doc.Blocks {
			if b.Repeats > 1 && !doc.InCore(b) {
				(*outside)[foldKey(b.Text)] = true
			}
		}
	}
	return *outside
}
