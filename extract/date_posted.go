package extract

import (
	"time"

	"github.com/pith-go/pith/clean"
)

// postedDate returns the date of the page's first post header ("by Minoa
// » Tue Aug 27, 2019"), else of its first posted line ("This entry was
// posted on …"), else of its first edited footer ("This page was last
// edited on …"), over all blocks in reading order (see clean.PostedDate):
// the first post of a thread or the post the page holds comes before its
// replies and comments. A block of more than 40 words, or with fewer
// than five digits (see mayHoldDate: clean.PostedDate reads a date
// clean.FindDate reads), is skipped from its features; a
// date after the reference time is not taken. Zero when no block gives
// one.
func postedDate(doc *Document) time.Time {
	var best [clean.EditedLine + 1]time.Time
	for _, b := range doc.Blocks {
		if !mayHoldDate(b) || b.Features.Words > maxPostedLineWords {
			continue
		}
		t, kind := clean.PostedDate(b.Text)
		if kind == clean.NotPosted || !best[kind].IsZero() || afterReference(doc, t) {
			continue
		}
		best[kind] = t
		if kind == clean.PostHeader {
			break
		}
	}
	for _, t := range best {
		if !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// maxPostedLineWords is the most words of a block postedDate reads.
const maxPostedLineWords = 40
