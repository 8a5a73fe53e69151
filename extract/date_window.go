package extract

import (
	"slices"
	"time"

	"github.com/pith-go/pith/clean"
)

// windowDate returns the publication date once the byline window's date
// lines are read: dates holds the first date line of the window by
// rank (after the headline and not an update, after it and an update,
// before it and not an update, before it and an update). Without a date
// from the markup (fromMarkup false), the best ranked date of the
// window, else the date of a date line leading a block before the
// headline (leadingDate), else of a post header, posted or edited line
// (postedDate). With one, the date line after the headline that is not an
// update (without one, the date line just above the headline, see
// dateAbove), when it falls on another day than both the markup's
// publication and modified dates: the page shows the date it stands by
// (a republished post, a press release dated by its issue), and a date
// line that is the modified date leaves the published one in place. A
// later date line is not taken when it is the markup's instant on its
// UTC day ("Jun 3" for "2024-06-02T20:22-04:00") or has an update label
// on the line above it (updateAbove).
// Markup dates that all come from <time> elements (doc.timeDates), which
// may date the stories a page lists, count as none when a date line
// that is not an update follows the headline on another day.
// Otherwise doc.Meta.Published as it is.
func windowDate(doc *Document, dates [4]time.Time, fromMarkup bool) time.Time {
	for i, d := range dates {
		dates[i] = markupOrder(d, doc.dates)
	}
	if doc.timeDates && !dates[0].IsZero() && !sameDay(dates[0], doc.Meta.Published) {
		// <time> elements alone may date the stories a page lists; the
		// date line after the headline comes first, unless it says it is
		// an update.
		fromMarkup = false
	}
	if !fromMarkup {
		for _, d := range dates {
			if !d.IsZero() {
				return d
			}
		}
		if !doc.Meta.Published.IsZero() {
			return doc.Meta.Published
		}
		if t := leadingDate(doc); !t.IsZero() {
			return t
		}
		return postedDate(doc)
	}
	pub := doc.Meta.Published
	d := dates[0]
	if d.IsZero() {
		d = markupOrder(dateAbove(doc), doc.dates)
	}
	if dayBefore(pub, d) && (sameDay(d, pub.UTC()) || updateAbove(doc, d)) {
		return pub
	}
	if !d.IsZero() && !sameDay(d, pub) && !sameDay(d, doc.modified) && !sameDay(swapDayMonth(d), pub) {
		return d
	}
	return pub
}

// dayBefore reports whether a's calendar day comes before b's, each in
// its own zone.
func dayBefore(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return time.Date(ay, am, ad, 0, 0, 0, 0, time.UTC).Before(time.Date(by, bm, bd, 0, 0, 0, 0, time.UTC))
}

// swapDayMonth returns t with its day and month exchanged ("08/01/2025"
// read the other way round), or t itself when the day is no month.
func swapDayMonth(t time.Time) time.Time {
	if t.Day() > 12 {
		return t
	}
	return time.Date(t.Year(), time.Month(t.Day()), int(t.Month()), 0, 0, 0, 0, t.Location())
}

// markupOrder returns d, a date line's date, with its day and month
// exchanged when its day could be a month ("03/01/2017", read day first
// by clean.FindDate) and only the other reading falls on a date the
// markup gives (a <time datetime="2017-03-01"> anywhere, a meta tag): the
// page writes month first. Otherwise d as it is.
func markupOrder(d time.Time, markup []time.Time) time.Time {
	if d.IsZero() || len(markup) == 0 {
		return d // no date, or no markup date to order it by
	}
	s := swapDayMonth(d)
	if s.Equal(d) {
		return d
	}
	if slices.ContainsFunc(markup, func(m time.Time) bool { return sameDay(d, m) }) {
		return d
	}
	if slices.ContainsFunc(markup, func(m time.Time) bool { return sameDay(s, m) }) {
		return s
	}
	return d
}

// dateAbove returns the date of the date line just above the in-page
// headline (headlineAnchor), the next block with words before it, as
// press releases and blogs set it ("05.02.2020 - Redaktion: …" over the
// title): a block the byline extractor removed, whose date is neither an
// update nor another date (clean.IsUpdateDate, clean.IsOtherDate). Zero
// when that block is none.
func dateAbove(doc *Document) time.Time {
	h := headlineAnchor(doc)
	for i := h - 1; i >= 0 && i < len(doc.Blocks); i-- {
		b := doc.Blocks[i]
		if b.Features.Words == 0 {
			continue
		}
		if r := b.Removal(); r == nil || r.Kind != "byline" {
			return time.Time{}
		}
		t, start, ok := blockDate(b)
		if !ok || clean.IsUpdateDate(b.Text, start) || clean.IsOtherDate(b.Text, start) || afterReference(doc, t) {
			return time.Time{}
		}
		return t
	}
	return time.Time{}
}

// updateAbove reports whether the first date line after the headline
// that falls on d's day has an update label on the line above it alone
// ("Last update:" over "Jul 16, 2025"), which makes it an update the
// byline window could not tell from its own text.
func updateAbove(doc *Document, d time.Time) bool {
	h := headlineAnchor(doc)
	if h < 0 {
		return false
	}
	var prev *Block
	for _, b := range doc.Blocks[h+1:] {
		if b.Features.Words == 0 {
			continue
		}
		if t, start, ok := blockDate(b); ok && sameDay(t, d) {
			if prev == nil {
				return false
			}
			label := prev.Text + " "
			return clean.IsUpdateDate(label+b.Text, len(label)+start)
		}
		prev = b
	}
	return false
}
