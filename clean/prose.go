package clean

import (
	"encoding/binary"
	"math/bits"
)

// prose is profileLine's loop for plain prose: a leaf that calls nothing
// and keeps few values, so that it keeps them in registers. From
// s[from], an ASCII letter that starts a word, a stop word token and a
// phrase candidate word (no token is being read, and the scan is at a
// word break), it reads words of that letter and lower-case ASCII
// letters, of maxWordBytes or fewer, each followed by a space, by
// punctuation that folds to a space and a space, or by the end of s. It
// reads on at the next word after a space, and stops at anything else,
// at the end of s, and before a word that needs a call: one whose stop
// word posting would outgrow the profile's hits, a long one that may be
// a stop word, and one the scan must look up or keep in a way it does
// not inline. profileLine's general loop takes those over.
//
// It does for each word what profileLine does: it appends the word's
// stop word posting, from cs.words, to cs.hits, and feeds the word
// to the scan, whose table is noCandidates when the phrases were not
// asked for; it reads the filter's and the scan's bits from cs.bits. What
// is the same for any word is left to the caller, which works it out from
// the bytes read and from acc: the scan's size (see proseSize), and the
// counts, from the words in acc's bits 0-20, the punctuation marks after
// them in bits 21-41, and the words that start with a capital from bit
// 42 (see proseCounts). It returns where it stopped: from itself when
// the word at from is not one it reads. s must have 8 bytes or more, the
// last eight read at once near its end, and fewer than proseMaxLine, so
// that no count overflows its bits.
func (cs *candidateScan) prose(s string, from int) (end int, acc uint64) {
	i := from
	for {
		// The end of the word: nl has the high bit of each byte from
		// s[i+1] on that is no lower-case letter, k its first eight
		// bytes, lower-cased. Near the end of s, they are read with
		// the bytes before them, shifted out, and the zeros shifted in
		// are no letters (len(s) >= 8, and i < len(s)).
		var k, v uint64
		if i+9 <= len(s) {
			w := s[i : i+9] // one bounds check for both loads
			k, v = load64(w, 0), load64(w, 1)
		} else {
			last, shift := load64(s, len(s)-8), uint(i+8-len(s))*8
			k, v = last>>shift, last>>(shift+8)
		}
		// The word's first byte, an ASCII letter at from,
		// and else the byte after the last word's break, which ends
		// the run when it is none (a zero past the end of s).
		up := uint64(^uint8(k) >> 5 & 1) // 1 for a capital
		if k |= 0x20; uint8(k)-'a' >= 26 {
			return i, acc
		}
		nl := notLower(v)
		j := i + 1
		var h uint64 // the hash of its key, for the stop word filter
		var bit uint // its candidateBit
		if nl != 0 {
			// A short word, as most are: its bytes are those of k
			// under nl's lowest bit, its key, whose hash gives its
			// candidate bit too.
			j += bits.TrailingZeros64(nl) / 8
			k &= nl ^ (nl - 1)
			h = (k + uint64(j-i)) * hashMultiplier
			bit = uint(h >> (64 - candidateLog)) // keyBit
		} else {
			// A longer word: its first eight bytes are its key, and its
			// last eight are in its candidate bit.
			for nl == 0 {
				if j += 8; j-i > maxWordBytes {
					return i, acc
				}
				if j+8 <= len(s) {
					nl = notLower(load64(s, j))
				} else {
					// The zeros shifted in end the word at the end of s
					// (j <= len(s), as the last load had no zero).
					nl = notLower(load64(s, len(s)-8) >> (uint(j+8-len(s)) * 8))
				}
			}
			j += bits.TrailingZeros64(nl) / 8
			h = (k + uint64(j-i)) * hashMultiplier
			bit = keyBit(k^bits.RotateLeft64(load64(s, j-wordKeyBytes), 29), j-i) // candidateBit
			if b := h >> (64 - filterLog); proseFilter(cs.bits[b/2], b) && cs.bits[bit&(candidateBits-1)]&proseLong != 0 {
				return i, acc // slotLong
			}
		}
		bit &= candidateBits - 1 // as it is: no bounds check below
		sep := uint8(sepSpace)   // as most are, tested first
		if j >= len(s) {
			sep = sepEnd
		} else if c := s[j]; c != ' ' {
			if sep = proseSeps[c]; sep >= sepStop {
				return i, acc
			}
		}
		// The phrase candidates: a word that may be a key is looked
		// up, and one that may start a pair that is a key is kept as
		// the previous word, as writeWord does; one that is neither
		// only adds to the size. A long word that is or may start a
		// key, and a word that ends a pair that may be a key, are left
		// to writeWord.
		nib := cs.bits[bit]
		if nib&(proseMayStart|prosePairFirst) != 0 || cs.prevPairs {
			if nib&(proseMayStart|prosePairFirst) != 0 && j-i > wordKeyBytes {
				return i, acc
			}
			if cs.prevPairs {
				// pairMayStart, inline: the word's first eight bytes
				// are written after the previous one (at is at most
				// maxCandidateWord+1, which the masks tell the
				// compiler), and the pair's bit read as bufBit reads
				// it, the last eight bytes of a long word from s. The
				// zeros k has past a short word pad a pair shorter
				// than eight bytes.
				at := cs.at & 127
				binary.LittleEndian.PutUint64(cs.buf[at:], k)
				end := at + j - i
				pk := binary.LittleEndian.Uint64(cs.buf[:])
				if j-i > wordKeyBytes {
					pk ^= bits.RotateLeft64(load64(s, j-wordKeyBytes), 29)
				} else if end > wordKeyBytes {
					pk ^= bits.RotateLeft64(binary.LittleEndian.Uint64(cs.buf[(end-wordKeyBytes)&127:]), 29)
				}
				if pb := keyBit(pk, end); cs.bits[pb&(candidateBits-1)]&proseMayStart != 0 {
					return i, acc
				}
			}
		}
		// The stop word: slotHashed, inline for a short word that
		// passes proseStop, the coarser filter of its candidate bit;
		// slotLong, left to the general loop, for a long word that
		// passes both filters.
		if nib&proseStop != 0 && j-i <= wordKeyBytes {
			hk := h ^ h>>32                           // hashKeyed
			tag := uint32(hk>>32)&^0xff | uint32(j-i) // wordTag
			for x := hk & cs.words.mask; ; x = (x + 1) & cs.words.mask {
				e := &cs.words.entries[x]
				if e.tag == 0 {
					break
				}
				if e.tag == tag && e.key == k {
					hits := len(cs.hits)
					if hits == cap(cs.hits) {
						return i, acc // the general loop grows them
					}
					cs.hits = cs.hits[:hits+1] // append, without its call
					cs.hits[hits] = e.ref
					break
				}
			}
		}
		if nib&(proseMayStart|prosePairFirst) != 0 || cs.prevPairs {
			// A plain word (no key, and it may start none) only adds
			// to the size, which the caller adds up, and the previous
			// word is none already.
			if nib&proseMayStart != 0 {
				// masks, inline: a short word is a key of its length
				// and bytes.
				ix := cs.ix
				for x := bit & ix.mask; ; x = (x + 1) & ix.mask {
					ki := ix.slots[x]
					if ki == 0 {
						break
					}
					if e := &ix.keys[ki-1]; e.short == k && len(e.key) == j-i {
						m := e.anywhere
						if cs.size == 0 && i == from {
							m |= e.start // the first word of the text
						}
						cs.cands |= m
						break
					}
				}
			}
			if nib&prosePairFirst != 0 {
				cs.holdWord(k, j-i)
			} else {
				cs.prevPairs, cs.at = false, 0
			}
		}
		acc += 1 | up<<proseUpperShift // a word, and its capital
		i = j + 1
		if sep != sepSpace {
			if sep == sepEnd {
				return j, acc
			}
			acc += 1 << proseMarkShift // sepPunct
			if i >= len(s) || s[i] != ' ' {
				return i, acc
			}
			i++
		}
	}
}

// noCandidates is the table of no phrase key, which candidateScan.prose
// reads for a line whose phrases were not asked for: no word is a key or
// may start one.
var noCandidates candidateTable

// The fields of candidateScan.prose's acc, and the longest line it may
// read.
const (
	proseMarkShift  = 21
	proseUpperShift = 42
	proseField      = 1<<proseMarkShift - 1
	proseMaxLine    = 1 << proseMarkShift
)

// proseCounts returns, for a run s that candidateScan.prose read with the
// counts acc, its words, the spaces in it, its letters (its bytes but
// the spaces and the punctuation marks) and its capitals. Every word but
// the last is followed by one space, after its mark if it has one; the
// last is when the run ends with one.
func proseCounts(s string, acc uint64) (words, spaces, letters, upper int) {
	words, marks, upper := int(acc&proseField), int(acc>>proseMarkShift&proseField), int(acc>>proseUpperShift)
	spaces = words - 1
	if s[len(s)-1] == ' ' {
		spaces++
	}
	return words, spaces, len(s) - spaces - marks, upper
}

// proseSize returns what the words of run, which candidateScan.proseWords
// read with the counts acc, add to the scan's size: each word and a
// space. That is the run's bytes but the marks followed by a space, and
// one more for the last word's break when the run does not end with a
// space (a mark, or the end of the text).
func proseSize(run string, acc uint64) int {
	n := len(run) - int(acc>>proseMarkShift&proseField)
	if run[len(run)-1] != ' ' {
		n++
	}
	return n
}

// The classes of proseSeps, those prose stops before last, so that it
// tests for them at once.
const (
	sepSpace = iota // a space
	sepPunct        // punctuation that folds to a space (asciiFold)
	sepEnd          // the end of the text, which prose stops at
	// sepStop is any other byte: no word break (the word before it is
	// not plain), or another one (a control), which prose leaves.
	sepStop
)

// proseSeps classifies the byte after a word for candidateScan.prose;
// bytes beyond ASCII are sepStop.
var proseSeps = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == ' ':
			t[c] = sepSpace
		case c < 128 && asciiFold[c] == foldSpace && asciiProps[c]&(asciiControl|asciiSpace) == 0:
			t[c] = sepPunct
		default:
			t[c] = sepStop
		}
	}
	return t
}()

// A proseTable holds the bits candidateScan.prose reads for a word, in
// one byte for each candidateBit b, read in one load: the stop word
// filter's bits 2b and 2b+1 (filterBit is one more bit of the same hash,
// so that a short word's filter bit is one of its candidate bit's two),
// then candidateTable.mayStart's bit b (proseMayStart), then pairFirst's
// (prosePairFirst), then proseStop, set when either filter bit is: a
// filter of half the bits, which a short word passes or not in one test,
// and does in vain a little more often; then proseLong, set when a stop
// word of more than wordKeyBytes, and maxWordBytes or fewer, has the
// candidate bit b: a second filter of the long words, which one that
// passes the first, keyed by its first bytes alone, must pass too.
type proseTable [candidateBits]uint8

// The bits of a proseTable's byte but the filter's.
const (
	proseMayStart  = 1 << 2
	prosePairFirst = 1 << 3
	proseStop      = 1 << 4
	proseLong      = 1 << 5
)

// proseFilter reports whether the byte v of a proseTable has the filter bit
// fb, a bit of the hash whose candidate bit gave v: bit 0 of v for an
// even fb, bit 1 for an odd one.
func proseFilter(v uint8, fb uint64) bool { return v&(1+uint8(fb&1)) != 0 }

// newProseTable returns the proseTable of the stop word table words and
// the candidate table ix.
func newProseTable(words *wordTable, ix *candidateTable) *proseTable {
	var t proseTable
	for b := range uint(candidateBits) {
		v := words.filter[2*b/64] >> (2 * b % 64) & 3 // bits 2b and 2b+1
		v |= (ix.mayStart[b/64] >> (b % 64) & 1) << 2
		v |= (ix.pairFirst[b/64] >> (b % 64) & 1) << 3
		if v&3 != 0 {
			v |= proseStop
		}
		t[b] = uint8(v)
	}
	for i, e := range words.entries {
		if n := int(e.tag & 0xff); n > wordKeyBytes && n <= maxWordBytes {
			t[candidateBit(words.longWord(uint64(i), n))] |= proseLong
		}
	}
	return &t
}

// proseTables and proseWordTables hold the proseTables of the stop word
// table with the candidate table, and with noCandidates.
var (
	proseTables     = lazy[proseTable]{build: func() *proseTable { return newProseTable(&index().words, candidateIndex()) }}
	proseWordTables = lazy[proseTable]{build: func() *proseTable { return newProseTable(&index().words, &noCandidates) }}
)

// filterLog is candidateLog+1, as a proseTable takes it: a constant
// index out of range breaks the build otherwise.
var _ = [1]struct{}{}[filterLog-candidateLog-1]
