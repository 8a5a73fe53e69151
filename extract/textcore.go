package extract

import (
	"unicode/utf8"
	"unsafe"

	"github.com/pith-go/pith/clean"
)

// Core location for text dumps.
//
// Each block gets a score from its line features: positive when it reads
// like prose (enough words, a sentence end, stop words, no links), negative
// when it reads like a menu item or a link. The core is the run of blocks
// with the highest total score (a maximum-sum segment), so short lines
// between prose lines (subheadings, one-line paragraphs) stay in it as long
// as the prose around them outweighs them, while long menus and link lists
// before and after it fall outside.

// Scoring weights of locateTextCore.
const (
	// proseMinWords is the number of words from which a line with a
	// sentence end counts as prose.
	proseMinWords = 8
	// proseCap bounds the score of one line, so that a single huge block
	// (a comment thread dumped on one line) cannot pull the core to it.
	proseCap = 120
	// shortPenalty is the score of a short line without a sentence end.
	shortPenalty = -3
	// midPenalty is the score of a medium line that is not prose, such as
	// the title of a linked article.
	midPenalty = -2
)

// Weights of the page-level evidence in locateTextCore.
const (
	// barrierMinScore is the score the core must have gathered before a
	// barrier (a comments heading, a copyright line, a cookie banner) for
	// the core to end there.
	barrierMinScore = 60
)

// locateTextCore finds the dense core of a document from its line
// features: the maximum-sum segment of lineScore, or the best segment
// that starts right after the in-page headline when that one is
// substantial (see headlineSegment); cut at the first barrier that follows
// a substantial part of it (see cutAtBarrier); and started at the in-page
// headline when one heads it. It returns all false for a document without
// prose.
func locateTextCore(d *Document) []bool {
	core := make([]bool, len(d.Blocks))
	var scoresBuf [textHeldBlocks]float64 // most pages' scores, with no allocation
	scores := scoresBuf[:0]
	if len(d.Blocks) <= len(scoresBuf) {
		scores = scoresBuf[:len(d.Blocks)]
	} else {
		scores = make([]float64, len(d.Blocks))
	}
	// exact: every score is textScore's, a multiple of 0.5 of at most
	// proseCap in magnitude, and fewer than 2^30 of them: their sums, in
	// any order, are exact in float64.
	exact := len(d.Blocks) < 1<<30
	for i, b := range d.Blocks {
		if b.DOM == nil {
			scores[i] = textScore(&b.Features)
		} else {
			scores[i] = lineScore(b)
			exact = false
		}
	}
	start, end := maxSegment(scores)
	if start < 0 {
		return core
	}
	var buf [titleFoldBuf]byte
	title := d.foldedTitle(&buf) // for headlineBefore and headlineStart
	start, end = headlineSegment(d, title, scores, start, end)
	total := weight(scores[start : end+1])
	if head := headlineStart(d, title, scores, start, end, total, exact); head != start {
		start, total = head, weight(scores[head:end+1])
	}
	end = cutAtBarrier(d, scores, start, end, total)
	for end > start && scores[end] <= 0 {
		end--
	}
	for start < end && scores[start] <= 0 {
		start++
	}
	for i := start; i <= end; i++ {
		core[i] = true
	}
	return core
}

// weight returns the sum of the positive scores, added in order.
func weight(scores []float64) float64 {
	total := 0.0
	for _, s := range scores {
		total += max(s, 0)
	}
	return total
}

// cutAtBarrier returns the new end of the core [start, end], of weight
// total (weight), which locateTextCore has found: the block
// before the first barrier that follows at least barrierMinScore of it.
// A hard barrier (a comments heading, a copyright line, a cookie banner:
// see isBarrier) found once on the page ends the article: their prose is
// not the article's. A marker the page repeats ("2 comments" under each
// post of a blog's front page) separates posts, not the article from its
// comments. A soft barrier (the heading of a related-links box, a
// newsletter prompt: see isSoftBarrier) may also sit inside an article,
// so it ends the core only when what follows it is much lighter or much
// sparser than what precedes it.
func cutAtBarrier(d *Document, scores []float64, start, end int, total float64) int {
	sum := 0.0
	for i := start; i <= end; i++ {
		b := d.Blocks[i]
		// Both kinds of barrier are phrases: most lines are skipped
		// with an inlined test.
		if sum >= barrierMinScore && !phraseless(b) {
			if isBarrier(b) && uniqueBarrier(d, b.foldedText()) {
				return i - 1
			}
			if isSoftBarrier(b) {
				after := total - sum
				density, afterDensity := sum/float64(i-start), after/float64(end-i+1)
				if after < softBarrierShare*sum || after < sum && afterDensity < softBarrierDensity*density {
					return i - 1
				}
			}
		}
		sum += max(scores[i], 0)
	}
	return end
}

// uniqueBarrier reports whether the page holds one barrier (isBarrier)
// whose folded text is folded, no more: cutAtBarrier asks of a barrier
// where the core may end, which it found once the core it read gathered
// enough, so that most pages never ask and few ask more than once. It
// reads the page's phrase blocks (phraseBlocks), folding only those that
// pass isBarrier's first tests, and stops at a second barrier.
func uniqueBarrier(d *Document, folded string) bool {
	n := 0
	for _, b := range d.phraseBlocks() {
		if b.Features.Words > barrierMaxWords || phraseless(b) ||
			gateCookie.ruledOut(b) && (b.Features.Words > endMaxWords || gateEnd.ruledOut(b)) {
			continue // not a barrier, as isBarrier would find first
		}
		if b.foldedText() == folded && isBarrier(b) {
			if n++; n > 1 {
				return false
			}
		}
	}
	return n == 1
}

// Limits of the soft barriers: the core ends at one when what follows it
// weighs less than softBarrierShare of what precedes it, or less than it
// and with a weight per block under softBarrierDensity of theirs (a
// teaser stream: many short labels around short blurbs).
const (
	softBarrierShare   = 0.5
	softBarrierDensity = 0.3
)

// isSoftBarrier reports whether a block is the heading of a related-links
// box or a short newsletter prompt: lines that usually close an article
// but may also interrupt it.
func isSoftBarrier(b *Block) bool {
	if !isShortLine(b, relatedHeadingWords) {
		return false
	}
	if !gateRelated.ruledOut(b) {
		if _, ok := gateRelated.match(b); ok {
			return true
		}
	}
	if gateNewsletter.ruledOut(b) {
		return false
	}
	_, ok := gateNewsletter.match(b)
	return ok
}

// headlineSegment returns the core segment: the best segment that starts
// within headlineReach blocks after the in-page headline, instead of the
// maximum-sum segment [start, end], when the latter starts further down
// and the former weighs at least headlineShare of it and headlineMinScore.
// The article follows its headline; a denser block further down (a list
// of partners, a teaser grid) is not the article.
func headlineSegment(d *Document, title string, scores []float64, start, end int) (int, int) {
	head := headlineBefore(d, title, start-headlineReach)
	if head < 0 {
		return start, end
	}
	total := 0.0
	for i := start; i <= end; i++ {
		total += scores[i]
	}
	bestSum, bestStart, bestEnd, ok := bestAfterHalves(scores, head+1)
	if !ok {
		bestSum, bestStart, bestEnd = bestAfter(scores, head+1)
	}
	if bestStart < 0 || bestSum < headlineMinScore || bestSum < headlineShare*total {
		return start, end
	}
	return bestStart, bestEnd
}

// bestAfter returns the segment [start, end] of scores with the highest
// sum, above 0, among those that start at from or within headlineReach-1
// blocks after it: the first start that reaches the highest sum, and the
// first end for that start; -1, -1 and 0 when none is positive.
func bestAfter(scores []float64, from int) (sum float64, start, end int) {
	start, end = -1, -1
	for s := from; s < from+headlineReach && s < len(scores); s++ {
		run := 0.0
		for e := s; e < len(scores); e++ {
			run += scores[e]
			if run > sum {
				sum, start, end = run, s, e
			}
		}
	}
	return sum, start, end
}

// halvesLimit bounds the scores bestAfterHalves takes: sums of fewer than
// 2^30 multiples of 0.5 under it in magnitude are exact in float64.
const halvesLimit = 1 << 20

// bestAfterHalves is bestAfter in one pass from the end instead of
// headlineReach passes, or false when a score of scores[from:] is not a
// multiple of 0.5 under halvesLimit in magnitude (a block with DOM
// evidence; every score lineScore gives a line of a text dump is one).
// Sums of such scores are exact whatever their order, so that the sum of
// [s, e] is the suffix sum from s less that from e+1, and the best end
// for a start s is the first of the least suffix sums after it.
func bestAfterHalves(scores []float64, from int) (sum float64, start, end int, ok bool) {
	if len(scores) >= 1<<30 {
		return 0, -1, -1, false
	}
	last := min(from+headlineReach, len(scores)) - 1 // the last start
	var best [headlineReach]float64                  // the best sum from each start, and its end
	var bestEnd [headlineReach]int
	suffix, least, leastEnd := 0.0, 0.0, 0 // the suffix sum from j+1; the least of those from e+1 for e >= j, and the first such e
	for j := len(scores) - 1; j >= from; j-- {
		s := scores[j]
		if h := 2 * s; h != float64(int64(h)) || s > halvesLimit || s < -halvesLimit {
			return 0, -1, -1, false
		}
		if suffix <= least {
			least, leastEnd = suffix, j
		}
		suffix += s
		if j <= last {
			best[j-from], bestEnd[j-from] = suffix-least, leastEnd
		}
	}
	start, end = -1, -1
	for k := range last - from + 1 {
		if best[k] > sum {
			sum, start, end = best[k], from+k, bestEnd[k]
		}
	}
	return sum, start, end, true
}

// Limits of headlineSegment.
const (
	headlineReach    = 6    // blocks after the headline where the article may start
	headlineMinScore = 60   // least weight of a segment after the headline
	headlineShare    = 0.15 // its least weight relative to the densest segment
)

// headlineBefore returns the index of the in-page headline when it is
// less than limit, and -1 otherwise (headlineSegment needs no other
// answer). The headline is the first block that the Headline extractor
// removed as a copy of the headline, or, without one, the first short
// block whose text is title, the page's title folded (foldText). It
// compares with the title only the blocks before limit, and stops at
// limit when none of them is the title.
func headlineBefore(d *Document, title string, limit int) int {
	exact := -1
	for i, b := range d.Blocks {
		if r := b.Removal(); r != nil && r.Kind == "headline" {
			if b.Index < limit {
				return b.Index
			}
			return -1
		}
		if exact < 0 {
			if i >= limit {
				return -1 // a headline found from here on is not before limit
			}
			if title != "" && b.Features.Words <= headlineMaxWords && mayFoldFrom(b.Text, title[0]) && b.foldsTo(title) {
				exact = b.Index
			}
		}
	}
	return exact
}

// maxSegment returns the bounds of the segment of scores with the highest
// sum, or -1, -1 when no score is positive. No score is NaN (lineScore
// gives none).
func maxSegment(scores []float64) (start, end int) {
	best, sum, from := 0.0, 0.0, 0
	start, end = -1, -1
	for i := 0; i < len(scores); i++ {
		if sum > 0 {
			sum += scores[i]
		} else {
			sum, from = scores[i], i // 0 + scores[i]
		}
		if sum <= best { // the common case, kept apart so that the loop keeps its values in registers
			continue
		}
		best, start, end = sum, from, i
	}
	return start, end
}

// Limits of isBarrier.
const (
	barrierMaxWords = 120 // longest barrier (a cookie banner)
	endMaxWords     = 15  // longest comments heading or copyright notice
)

// isBarrier reports whether a block closes the article: a comments
// heading, a copyright notice (clean.PhraseEnd) or a cookie banner.
func isBarrier(b *Block) bool {
	if b.Features.Words > barrierMaxWords || phraseless(b) {
		return false
	}
	if !gateCookie.ruledOut(b) {
		if _, ok := gateCookie.match(b); ok {
			return true
		}
	}
	if b.Features.Words > endMaxWords || gateEnd.ruledOut(b) {
		return false
	}
	_, ok := gateEnd.match(b)
	return ok
}

// headlineStart moves the start of the core to the in-page headline when
// the core holds one and what comes before it weighs less than what
// follows: tickers and teasers above the headline are not the article.
// title is the page's title folded (foldText); total is the core's
// weight (weight). When exact says the scores add up exactly in any
// order, it stops looking once what it passed weighs half the core or
// more: a headline further down cannot move the start.
func headlineStart(d *Document, title string, scores []float64, start, end int, total float64, exact bool) int {
	if title == "" {
		return start
	}
	before := 0.0
	for i := start; i <= end; i++ {
		if exact && 2*before >= total {
			return start // before >= after for a headline from here on
		}
		if b := d.Blocks[i]; b.Features.Words <= headlineMaxWords && mayFoldFrom(b.Text, title[0]) && b.foldsTo(title) {
			if i > start && before < weight(scores[i:end+1]) {
				return i
			}
			return start
		}
		before += max(scores[i], 0)
	}
	return start
}

// lineScore is the evidence a block gives that it belongs to the article's
// prose: about one point per word for a prose line, a few points less than
// zero for a menu-like line.
func lineScore(b *Block) float64 {
	if b.DOM != nil && b.DOM.LinkDensity > 0.5 {
		return midPenalty - float64(min(b.Features.Words, proseCap))*b.DOM.LinkDensity/4
	}
	return textScore(&b.Features)
}

// textScore is lineScore for a block without DOM evidence, as all blocks
// of a text dump are, from its features: small enough to be inlined in
// locateTextCore's loop over all blocks.
func textScore(f *clean.Features) float64 {
	switch {
	case f.Words >= proseMinWords && f.Terminal: // isProse
		return float64(min(f.Words, proseCap))
	case f.Words >= 20 && f.StopDensity >= 0.15:
		return float64(min(f.Words, proseCap)) / 2
	case f.Words >= 4 && f.Terminal:
		return 1
	case f.Words <= 4:
		return shortPenalty
	default:
		return midPenalty
	}
}

// isProse reports whether a block reads like a sentence of running text:
// enough words, ending as a sentence ends.
func isProse(b *Block) bool {
	return b.Features.Words >= proseMinWords && b.Features.Terminal
}

// isShortLine reports whether a block is a short line without a sentence
// end: a menu item, a label, a button.
func isShortLine(b *Block, maxWords int) bool {
	return b.Features.Words <= maxWords && !b.Features.Terminal
}

// titleFoldBuf is the room foldOnStack's caller gives it: most titles
// fold to less.
const titleFoldBuf = 256

// foldOnStack returns foldText(s), written in buf when it fits, so that
// a title compared with the blocks but not kept is not allocated; the
// result is good only as long as buf.
func foldOnStack(buf *[titleFoldBuf]byte, s string) string {
	b := appendFold(buf[:0], s)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// mayFoldFrom reports whether foldText(s) may start with the byte c, from
// the first character of s that the fold keeps: false only when that one
// is ASCII and folds to another byte. Most lines compared with a title
// differ from it there.
func mayFoldFrom(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
		switch f := asciiWordFold[s[i]]; f {
		case ' ', foldDrop:
		default:
			return f == c
		}
	}
	return true
}
