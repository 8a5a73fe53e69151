package extract

import (
	"time"

	"github.com/pith-go/pith/clean"
)

// maxOriginalLinkDensity is the largest share of link text of a block
// originalDate reads.
const maxOriginalLinkDensity = 0.5

// originalDate returns pub, the publication date found so far, or the
// date of the page's first line that says when it was originally
// published ("This article was originally published on 26 Sep 2019 …",
// see clean.OriginalDate) when that falls on an earlier day, or pub is
// zero: a page updated or republished since shows the later date by its
// headline, and the first publication is the page's publication date.
// Blocks before the in-page headline, inside an embedded post, mostly
// link text (a related story's teaser), with fewer than five digits (see
// mayHoldDate: clean.OriginalDate reads a date clean.FindDate reads) or of more than 40
// words are skipped from their features; a date after the reference time
// is not taken. head is the in-page headline, headlineAnchor(doc).
func originalDate(doc *Document, head int, pub time.Time) time.Time {
	for _, b := range doc.Blocks[max(head, 0):] {
		if !mayHoldDate(b) || b.Features.Words > maxPostedLineWords || b.DOM != nil && inEmbeddedPost(doc, b) ||
			b.DOM != nil && b.DOM.LinkDensity > maxOriginalLinkDensity {
			continue
		}
		t, ok := clean.OriginalDate(b.Text)
		if !ok || afterReference(doc, t) {
			continue
		}
		if pub.IsZero() || dayBefore(t, pub) {
			return t
		}
		return pub
	}
	return pub
}
