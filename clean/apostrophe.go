package clean

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
)

// apostropheWord reads a word of two runs of ASCII letters joined by an
// apostrophe ("don’t", "l'homme", "It's"), where profileLine's general
// loop would read it a rune at a time. s[i:j] is its first run, 0 < j-i
// <= wordKeyBytes, one word of a stop word token and of a phrase
// candidate word (as profileLine's whole-word path finds it), letters of
// either case; s[j] starts the apostrophe, ASCII ' or ’, and the second
// run, lower-case ASCII letters, no more than wordKeyBytes of them, must
// follow it, and then a word break or the end of s. For such a word it
// does what the general loop does but the counts: the two runs are two
// stop word tokens, their postings appended to cs.hits, and the
// word, the apostrophe folded to ', is one phrase candidate word, fed to
// the scan when phrases. It returns the end of the word and its letters,
// or 0 and 0, having done nothing, for any other word.
func (cs *candidateScan) apostropheWord(s string, i, j int, phrases bool) (end, letters int) {
	a := j + 1 // the second run
	if s[j] != '\'' {
		if j+3 >= len(s) || s[j] != 0xe2 || s[j+1] != 0x80 || s[j+2] != 0x99 {
			return 0, 0 // no ’, or nothing after it
		}
		a = j + 3
	} else if a >= len(s) {
		return 0, 0
	}
	e := lowerRunEnd(s, a)
	n1, n2 := j-i, e-a
	if n2 == 0 || n2 > wordKeyBytes || e < len(s) && (s[e] >= utf8.RuneSelf || asciiFold[s[e]] != foldSpace) {
		return 0, 0
	}
	k1 := (loadPadded(s, i) | bytes20) & lowBytes(n1) // lower-cased: all are letters
	k2 := loadPadded(s, a) & lowBytes(n2)
	table := cs.words
	if slot, ok := table.slotShort(k1, n1); ok {
		cs.hits = append(cs.hits, table.entries[slot].ref)
	}
	if slot, ok := table.slotShort(k2, n2); ok {
		cs.hits = append(cs.hits, table.entries[slot].ref)
	}
	if phrases {
		// The candidate word's bit, from its bytes written out: a word
		// that is no key and may start none, after one that starts no
		// pair, only adds to the size (wholeWord's first case).
		var w [2*wordKeyBytes + 1 + 8]byte
		binary.LittleEndian.PutUint64(w[:], k1)
		w[n1] = '\''
		binary.LittleEndian.PutUint64(w[n1+1:], k2) // and zeros past the word
		n, k := n1+1+n2, binary.LittleEndian.Uint64(w[:])
		if n > wordKeyBytes {
			k ^= bits.RotateLeft64(binary.LittleEndian.Uint64(w[n-wordKeyBytes:]), 29)
		}
		if cs.bits[keyBit(k, n)%candidateBits]&(proseMayStart|prosePairFirst) == 0 && !cs.prevPairs {
			cs.size += n + 1
		} else {
			cs.put8(k1, n1)
			cs.put('\'')
			cs.put8(k2, n2)
			cs.wordBreak()
		}
	}
	return e, n1 + n2
}
