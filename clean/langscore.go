package clean

import "math/bits"

// stopScores are the stop word scores of DetectLanguage being summed: for
// each language, the weights of the stop words of the text it lists and
// their number, and the set of languages with at least one.
//
// The sums are exact, so they do not depend on the order the words are
// added in: a word met n times may be added once, n times its weights.
// Every weight is a float32 in [minStopWeight, maxStopWeight) (a test
// checks the generated tables), so a multiple of its unit in the last
// place, 2^-25 or more, and a language gets at most one posting per word
// of the at most MaxDetectBytes read, at most 2^15 words (each takes a
// byte and a separator after it), so each sum is below 2^15*2^3 = 2^18: a
// multiple of 2^-25 below 2^18 needs 43 bits, which a float64 holds
// exactly, as it holds the products n*weight (15+24 bits). Each sum is
// then rounded once to the float32 decide reads.
type stopScores struct {
	// Indexed by a uint8, arrays of 256 need no bounds checks; the
	// languages are the first len(stoplists).
	sums    [256]float64
	hits    [256]int32
	touched langSet
}

// The bounds of the stop word weights that make stopScores' sums exact.
const (
	minStopWeight = 1.0 / 4
	maxStopWeight = 8
)

// add adds n times the word whose postings ref locates in table.
func (s *stopScores) add(table *wordTable, ref postingRef, n int32) {
	off := int(ref >> 8)
	for _, q := range table.postings[off : off+int(ref&0xff)] {
		s.sums[q.lang] += float64(n) * float64(q.weight)
		s.hits[q.lang] += n
	}
	ls := &table.langs[off]
	s.touched[0] |= ls[0]
	s.touched[1] |= ls[1]
}

// hitSlots is the number of slots of a hitCounter.
const hitSlots = 256

// A hitCounter counts the stop words met, by postingRef, before they are
// added to a stopScores: a page repeats its commonest stop words ("the",
// "de") many times, and each has postings in many languages. It is a
// direct-mapped cache: a word that takes another's slot adds that one's
// count first. The zero value is empty (no postingRef is 0: each word has
// a posting).
type hitCounter struct {
	slots [hitSlots]hitSlot
	used  [hitSlots]uint8 // the slots taken, in order
	n     int             // how many are
}

// A hitSlot is a word of a hitCounter and its count.
type hitSlot struct {
	ref   postingRef
	count int32
}

// count counts the words of hits, adding to s those they displace.
func (c *hitCounter) count(s *stopScores, table *wordTable, hits []postingRef) {
	for _, ref := range hits {
		i := uint8((uint32(ref) * 0x9e3779b1) >> 24)
		if e := &c.slots[i]; e.ref == ref {
			e.count++
			continue
		}
		c.miss(s, table, ref, i)
	}
}

// miss puts ref, met once, in slot i, which holds another word or none:
// that word's count is added to s.
func (c *hitCounter) miss(s *stopScores, table *wordTable, ref postingRef, i uint8) {
	e := &c.slots[i]
	if e.ref != 0 {
		s.add(table, e.ref, e.count)
	} else {
		c.used[c.n] = i // each slot is taken once
		c.n++
	}
	e.ref, e.count = ref, 1
}

// flush adds the words counted to s.
func (c *hitCounter) flush(s *stopScores, table *wordTable) {
	for _, i := range c.used[:c.n] {
		e := &c.slots[i]
		s.add(table, e.ref, e.count)
	}
}

// decide picks the language from the scores, applying the priors: the
// language of the highest score (the first one on a tie) when it has at
// least minStopHits stop words and scores above every other, with the
// confidence DetectLanguage documents; else "" and 0. Only the touched
// languages are read: the others score 0, below any touched one (every
// weight and prior is positive).
func (s *stopScores) decide(ix *stopIndex) (lang string, confidence float64) {
	best := -1
	var top, second float32 // the best score and the highest other one, 0 if none
	for w, set := range s.touched {
		for ; set != 0; set &= set - 1 {
			i := w*64 + bits.TrailingZeros64(set)
			score := float32(s.sums[i]) * ix.prior[i]
			switch {
			case best < 0 || score > top:
				best, top, second = i, score, top
			case score > second:
				second = score
			}
		}
	}
	if best < 0 || s.hits[best] < minStopHits || top <= second {
		return "", 0
	}
	confidence = float64((top - second) / top)
	if s.hits[best] < fullConfidenceHits {
		confidence *= float64(s.hits[best]) / fullConfidenceHits
	}
	return stoplists[best].code, confidence
}
