package clean

import (
	"math"
	"sync"
)

// stopScores are the stop word scores of DetectLanguage being summed: for
// each language, the weights of the stop words of the text it lists and
// their number.
//
// The sums are exact, so they do not depend on the order the words are
// added in: a word met n times may be added once, n times its weights.
// Every weight is a float32 in [minStopWeight, maxStopWeight) (a test
// checks the generated tables), so a whole number of its unit in the last
// place, 2^-25 or more: in units of 2^-25 (weightUnit), a whole number
// under 2^28. A language gets at most one posting per word of the at most
// MaxDetectBytes read, at most 2^15 words (each takes a byte and a
// separator after it), so its sum is a whole number of units under 2^43,
// and its count at most 2^15: both fit in one int64, the count in the low
// 16 bits and the sum above them, and adding a posting is adding one
// number (see packedPostings). decide turns each sum into a float64, which
// holds it exactly, then rounds it once to the float32 it compares.
type stopScores struct {
	acc [stopLangs]int64 // sum<<16 | count, by language
}

// stopLangs is a power of two above the number of languages: indexed by
// a language modulo stopLangs, a stopScores array needs no bounds check.
const stopLangs = 128

// The languages fit in stopScores.
const _ = uint(stopLangs - len(stoplists))

// The bounds of the stop word weights that make stopScores' sums exact,
// and the unit they are counted in.
const (
	minStopWeight = 1.0 / 4
	maxStopWeight = 8
	weightUnit    = 1.0 / (1 << 25)
)

// A stopTable is the stop word index as stopScores reads it.
type stopTable struct {
	words *wordTable
	// packed holds, at the offset in words.postings of each posting, its
	// language in the low 8 bits, and above them what it adds to that
	// language's stopScores.acc: a count of 1 in 16 bits and above them
	// its weight in weightUnits.
	packed []uint64
}

// stopTables holds the stopTable.
var stopTables = lazy[stopTable]{build: func() *stopTable {
	words := &index().words
	t := &stopTable{words: words, packed: make([]uint64, len(words.postings))}
	for i, q := range words.postings {
		units := uint64(float64(q.weight) / weightUnit)
		t.packed[i] = (units<<16|1)<<8 | uint64(q.lang)
	}
	return t
}}

// add adds n times the word whose postings ref locates.
func (s *stopScores) add(t *stopTable, ref postingRef, n int32) {
	off := int(ref >> 8)
	acc, m := &s.acc, int64(n) // hoisted: the loop reloads neither
	for _, v := range t.packed[off : off+int(ref&0xff)] {
		acc[v%stopLangs] += m * int64(v>>8)
	}
}

// hits returns the number of stop words of the language of index i.
func (s *stopScores) hits(i int) int32 { return int32(s.acc[i%stopLangs] & 0xffff) }

// hitSlots is the number of slots of a hitCounter.
const hitSlots = 1 << hitLog

// hitLog is the base-2 logarithm of hitSlots.
const hitLog = 9

// A hitCounter counts the stop words met, by postingRef, before they are
// added to a stopScores: a page repeats its commonest stop words ("the",
// "de") many times, and each has postings in many languages. It is an
// open-addressed table, probed linearly, that holds up to hitLimit words;
// a word met once it is full, or of one posting (as cheap to add as to
// count), is added to the stopScores as it comes; each word counted is
// added once, when the counter is flushed. The zero value is empty (no
// postingRef is 0: each word has a posting).
type hitCounter struct {
	slots [hitSlots]hitSlot
	used  [hitLimit]uint16 // the slots taken, in order
	n     int              // how many are
}

// hitLimit is the most words a hitCounter holds: three quarters of its
// slots, so that a probe meets few taken slots.
const hitLimit = hitSlots / 4 * 3

// A hitSlot is a word of a hitCounter and its count.
type hitSlot struct {
	ref   postingRef
	count int32
}

// count counts the words of hits, adding to s those of one posting and
// those met once the counter is full.
func (c *hitCounter) count(s *stopScores, t *stopTable, hits []postingRef) {
	for _, ref := range hits {
		i := (uint32(ref) * 0x9e3779b1) >> (32 - hitLog)
		e := &c.slots[i]
		if e.ref == ref { // most hits: a word met before, in its slot
			e.count++
			continue
		}
		if ref&0xff == 1 { // one posting: as cheap to add as to count
			v := t.packed[ref>>8]
			s.acc[v%stopLangs] += int64(v >> 8)
			continue
		}
		for e.ref != ref && e.ref != 0 {
			i = (i + 1) % hitSlots
			e = &c.slots[i]
		}
		switch {
		case e.ref == ref:
			e.count++
		case c.n < hitLimit:
			// The word's first time: it takes the empty slot i.
			c.used[c.n] = uint16(i)
			c.n++
			e.ref, e.count = ref, 1
		default:
			s.add(t, ref, 1)
		}
	}
}

// flush adds the words counted to s.
func (c *hitCounter) flush(s *stopScores, t *stopTable) {
	for _, i := range c.used[:c.n] {
		e := &c.slots[i%hitSlots]
		s.add(t, e.ref, e.count)
	}
}

// decide picks the language from the scores, applying the priors: the
// language of the highest score (the first one on a tie) when it has at
// least minStopHits stop words and scores above every other, with the
// confidence DetectLanguage documents; else "" and 0.
//
// Most texts touch most languages, so the scores of the ones far behind
// are not computed: a language whose sum is under half the second
// highest sum met so far (the floor, which only grows) scores at most
// bound(floor), and the runner-up, one of the two highest sums times a
// prior of 0.7 or more, scores more. Then such a language changes neither
// the best score nor the runner-up's, and the language it could tie for
// best gives "" either way. The runner-up is checked against that bound,
// and every score computed when it falls short.
func (s *stopScores) decide(ix *stopIndex) (lang string, confidence float64) {
	var ranked [len(stoplists)]uint8 // the languages to score, in order
	n := 0
	var first, next int64 // the two highest accumulators so far
	floor := int64(1)     // the accumulator a language to score reaches
	for i, v := range s.acc[:len(stoplists)] {
		if v < floor {
			continue // under the floor, so not one of the two highest
		}
		ranked[n] = uint8(i)
		n++
		if v > next { // else neither of the two highest changes
			next = min(v, first)
			first = max(first, v)
			floor = max(next>>16/2<<16, 1)
		}
	}
	best, top, second := s.rank(ix, ranked[:n])
	if floor > 1 && second < s.bound(floor) {
		n = 0
		for i, v := range s.acc[:len(stoplists)] {
			if v > 0 {
				ranked[n] = uint8(i)
				n++
			}
		}
		best, top, second = s.rank(ix, ranked[:n])
	}
	if best < 0 || s.hits(best) < minStopHits || top <= second {
		return "", 0
	}
	confidence = float64((top - second) / top)
	if hits := s.hits(best); hits < fullConfidenceHits {
		confidence *= float64(hits) / fullConfidenceHits
	}
	return stoplists[best].code, confidence
}

// rank returns the language of the best score with the priors, the first
// one on a tie, that score and the highest of the others, among the
// languages of indexes ranked, in increasing order: the others count as
// scoring 0, as those that met no stop word do. It returns -1 for a best
// when ranked is empty.
func (s *stopScores) rank(ix *stopIndex, ranked []uint8) (best int, top, second float32) {
	best = -1
	for _, i := range ranked {
		score := float32(float64(s.acc[i%stopLangs]>>16)*weightUnit) * ix.prior[i]
		switch {
		case best < 0 || score > top:
			best, top, second = int(i), score, top
		case score > second:
			second = score
		}
	}
	return best, top, second
}

// bound returns the highest score, with any prior, of a language whose
// accumulator is under floor.
func (s *stopScores) bound(floor int64) float32 {
	return float32(float64(floor>>16) * weightUnit)
}

// MayDetectOther reports whether DetectProfiles, given the profile p
// alone, may return a language other than lang (a code as Languages
// lists it, compared exactly) with a confidence of minConfidence or more,
// 0 < minConfidence < 1. False is certain; true may be wrong: it is a
// bound, which costs a fraction of the detection. It holds that no other
// language scores enough: such a language l needs the runner-up, at least
// lang's score, to be at most 1-minConfidence times l's score, and l's
// score is at most the sum of the highest weight, in a language other
// than lang, of each stop word met.
// Text that its scripts may decide (Han, Kana, Hangul, Thai) is always
// reported true. It is safe for concurrent use, and does not allocate
// once the table of lang's weights (256 KiB per language asked
// about) is built, on its first call for lang.
func (p *LineProfile) MayDetectOther(lang string, minConfidence float64) bool {
	li, ok := codeIndex(lang)
	if !ok || !(minConfidence > 0 && minConfidence < 1) ||
		int(p.size) > MaxDetectBytes || p.script.han+p.script.kana+p.script.hangul+p.script.thai >= 2 {
		return true
	}
	units, prior := langBounds[li].get(li)
	if units == nil {
		return true // postings that outnumber markSlots: no table
	}
	var sum uint64 // bound<<32 | own, in boundUnits: neither carries
	for _, h := range p.hits {
		sum += units[h>>8%markSlots]
	}
	own, bound := sum&(1<<32-1), sum>>32
	// The scores are float32 roundings of the exact sums (times a prior
	// of at most 1): a margin of 1e-4 covers them. own is rounded down
	// and bound up.
	ownScore := float64(own) * boundUnit * prior
	return ownScore <= (1-minConfidence)*float64(bound)*boundUnit*(1+1e-4)
}

// boundUnit is the unit of MayDetectOther's sums: a weight, under
// maxStopWeight, is at most 2^16 of them rounded up, so the sum of at
// most 2^15 (one a word of the MaxDetectBytes read) is at most 2^31.
const boundUnit = 1.0 / (1 << 13)

// The sums of MayDetectOther fit in 32 bits.
const _ = uint(1<<31 - maxStopWeight/boundUnit*(MaxDetectBytes/2))

// A langBound is the stop word index as MayDetectOther reads it for one
// language, built on first use: at the offset in the index's postings of
// each word's first posting, the highest of the word's weights in other
// languages, in boundUnits rounded up, in the high 32 bits, and its weight
// in the language (0 when it has none), in boundUnits rounded down, in the
// low 32 bits, so that each stop word met is one load and one addition.
// Like a stopMarks, it is read at the offset modulo markSlots, with no
// bounds check (256 KiB).
type langBound struct {
	once  sync.Once
	units *[markSlots]uint64 // nil when the postings outnumber markSlots
	prior float64            // the language's
}

// langBounds holds the langBound of each language, by its index.
var langBounds [len(stoplists)]langBound

// get returns the table and the prior of the language of index li,
// building the table on the first call.
func (b *langBound) get(li int) (*[markSlots]uint64, float64) {
	b.once.Do(func() {
		words := &index().words
		b.prior = float64(index().prior[li])
		if len(words.postings) > markSlots {
			return
		}
		units := new([markSlots]uint64)
		for _, e := range words.entries {
			if e.tag == 0 {
				continue
			}
			off := int(e.ref >> 8)
			var most, own uint64
			for _, q := range e.ref.of(words.postings) {
				u := float64(q.weight) / boundUnit
				if int(q.lang) == li {
					own = uint64(math.Floor(u))
				} else {
					most = max(most, uint64(math.Ceil(u)))
				}
			}
			units[off] = most<<32 | own
		}
		b.units = units
	})
	return b.units, b.prior
}

// codeIndex returns the index of the language whose code is lang,
// compared exactly, and whether there is one. A two-letter code, as most
// are, is looked up in an array rather than the index's map.
func codeIndex(lang string) (int, bool) {
	if len(lang) == 2 && 'a' <= lang[0] && lang[0] <= 'z' && 'a' <= lang[1] && lang[1] <= 'z' {
		return twoLetterIndex(lang)
	}
	li, ok := index().byCode[lang]
	return li, ok && stoplists[li].code == lang
}

// twoLetterIndex is codeIndex for a code of two lower-case ASCII letters.
func twoLetterIndex(lang string) (int, bool) {
	li := int(twoLetterCodes[int(lang[0]-'a')*26+int(lang[1]-'a')]) - 1
	return li, li >= 0
}

// twoLetterCodes holds, at (first letter)*26 + second letter of each
// two-letter language code, its index in stoplists plus one; 0 where no
// language has the code. It is built at init, from the codes alone.
var twoLetterCodes = func() (t [26 * 26]uint8) {
	for li, l := range stoplists {
		if c := l.code; len(c) == 2 && 'a' <= c[0] && c[0] <= 'z' && 'a' <= c[1] && c[1] <= 'z' {
			t[int(c[0]-'a')*26+int(c[1]-'a')] = uint8(li + 1)
		}
	}
	return t
}()
