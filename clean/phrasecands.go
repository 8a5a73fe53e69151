package clean

import (
	"strings"
	"sync"
)

// PhraseCandidates is a set of phrase sets: those in which a folded text
// may match, as Candidates finds them. The zero value holds no set.
type PhraseCandidates uint64

// Has reports whether set is among the candidates. A set that is not
// never matches the text (MatchFolded reports false); a set that is may
// still not match. A set without a bit (beyond the 64th) is always a
// candidate.
func (c PhraseCandidates) Has(set PhraseSet) bool {
	bit, ok := candidateIndex().bits[set]
	return !ok || c&(1<<bit) != 0
}

// Candidates returns the phrase sets in which folded, a text folded by
// FoldPhrase, may match: those with a phrase whose first word is a word of
// folded (its first word, for a phrase anchored at the start). It reads
// folded once, so an extractor that matches one text against many sets
// can skip, at the cost of a bit test, the sets that cannot match. Texts
// longer than MatchFolded searches have no candidates. It does not
// allocate and is safe for concurrent use.
func Candidates(folded string) PhraseCandidates {
	if len(folded) > maxPhraseText {
		return 0
	}
	ix := candidateIndex()
	var c PhraseCandidates
	for pos := 0; pos < len(folded); {
		end := strings.IndexByte(folded[pos:], ' ')
		if end < 0 {
			end = len(folded)
		} else {
			end += pos
		}
		word := folded[pos:end]
		if bit := candidateBit(word); ix.mayStart[bit/64]&(1<<(bit%64)) != 0 {
			if m, ok := ix.words[word]; ok {
				c |= m.anywhere
				if pos == 0 {
					c |= m.start
				}
			}
		}
		pos = end + 1
	}
	return c
}

// candidateMasks are the sets in which a word is the first word of a
// phrase anchored at the start, and of one that is not.
type candidateMasks struct {
	start, anywhere PhraseCandidates
}

// candidateTable is the index behind Candidates: every first word of every
// phrase set, with the sets it starts a phrase in.
type candidateTable struct {
	bits  map[PhraseSet]uint
	words map[string]candidateMasks
	// mayStart has the candidateBit of every key of words.
	mayStart [candidateBits / 64]uint64
}

// candidateBits is the size of candidateTable.mayStart, in bits: about
// sixteen per first word of the tables, so that few words that start no
// phrase pass the test.
const candidateBits = 1 << 14

// candidateBit hashes a word to a bit of candidateTable.mayStart from its
// length and its first, middle and last bytes.
func candidateBit(w string) uint {
	if w == "" {
		return 0
	}
	h := uint(len(w))*0x9E37 ^ uint(w[0])<<8 ^ uint(w[len(w)-1])
	h = h*0x85EB + uint(w[len(w)/2])
	h ^= h >> 7
	return h * 0x2545 % candidateBits
}

// candidateIndex returns the table of Candidates, built once from the
// phrase index.
var candidateIndex = sync.OnceValue(func() *candidateTable {
	sets := phraseIndex()
	t := &candidateTable{bits: make(map[PhraseSet]uint, len(sets)), words: make(map[string]candidateMasks)}
	for set, si := range sets {
		bit := uint(len(t.bits))
		if bit >= 64 {
			continue // Has treats it as always a candidate
		}
		t.bits[set] = bit
		add := func(by map[string][]int, start bool) {
			for w := range by {
				m := t.words[w]
				if start {
					m.start |= 1 << bit
				} else {
					m.anywhere |= 1 << bit
				}
				t.words[w] = m
				wb := candidateBit(w)
				t.mayStart[wb/64] |= 1 << (wb % 64)
			}
		}
		add(si.atStart, true)
		add(si.anywhere, false)
	}
	return t
})
