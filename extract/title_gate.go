package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// A headGate passes over most lines of a text dump that no test of
// Headline can take, reading each only once from its start and folding
// it (foldText) a word at a time without keeping the fold. A folded line
// passes a test only when
//
//   - all its words are the title's (it equals the title or the title
//     holds it: betterLine, similarWords) or the title line's (it equals
//     the line or the line holds it: betterLine);
//   - or the title starts within it at a word no further than a third of
//     the title's length (it starts with the title, betterLine; it holds
//     the title as a near copy, similarWords), nor than the line's length
//     less the title's when no rune of the line folds longer (foldsWithin):
//     the gate folds the line from such a word to compare it with the
//     title (startsAt) only when the word is the title's first, by its
//     hash, or starts with the first byte of a title of one word;
//   - or fewer of its distinct words are missing from the title's than
//     titleFail (sharesMostWords), when it may hold enough of the title's
//     words for that: not when the line is shorter than the shortest text
//     that holds them (shareLeast) and no rune of it folds longer
//     (foldsWithin);
//
// and only when its fold is at most dumpLongest bytes. The gate follows
// the three as it reads, and stops at the first word or byte that rules
// them all out. Words are told apart by a hash (gateHash) and a 256-bit
// filter of the title's words and one of the line's: a word that is not
// theirs but hits the filter counts as theirs, and two missing words
// with one hash count as one, so the gate errs only on the side of a
// match.
//
// A headGate is set per title (reset) and read by one goroutine.
type headGate struct {
	title      string  // the folded title, or "" when it has none
	first      int     // its first byte, or -1
	firstHash  uint64  // the hash of its first word (gateHash)
	oneWord    bool    // it has one word: one that starts it may be longer
	most       int     // len(title)/3: where the title may start at the latest in a line that holds it
	limit      int     // the longest fold a test takes (titleEvidence.dumpLongest)
	titleFail  int     // titleFail(len(titleWords))
	shareLeast int     // the shortest fold that shares most words with the title (see shareLeast)
	titleSet   gateSet // the filter of the title's words
	lineSet    gateSet // that of the title line's words

	// Scratch space of may: the word being read, folded, and the hashes
	// of the distinct words missing from the title's.
	word    headWord
	missing [8]uint64

	memo gateMemo // may's answers for repeated lines (mayLine)
}

// gateMemoSize is the most texts of repeated lines whose answers a
// headGate keeps per title: a page repeats few long lines.
const gateMemoSize = 32

// A gateMemo holds headGate.may's answers for the first gateMemoSize
// distinct texts of repeated lines it was asked about.
type gateMemo struct {
	n     int
	texts [gateMemoSize]string
	may   [gateMemoSize]bool
}

// reset sets the gate for a text dump's folded title and title line,
// given the title's distinct words (distinctWords), which it counts.
func (g *headGate) reset(t *titleEvidence, titleWords []string) {
	g.title, g.first, g.most = t.title, -1, len(t.title)/3
	g.limit, g.titleFail = t.dumpLongest(), titleFail(len(titleWords))
	g.shareLeast = shareLeast(titleWords)
	if t.title != "" {
		g.first = int(t.title[0])
	}
	w, _, more := strings.Cut(t.title, " ")
	g.firstHash, g.oneWord = gateHash(wordFirst8(w), len(w)), !more
	g.titleSet.reset(t.title)
	g.lineSet.resetHolding(t.line, t.title, &g.titleSet)
	g.memo.n = 0 // the answers were for the title before
}

// mayLine is may(b.Text), read from the memo for a line the page repeats
// (Block.Repeats, a hint only: the memo compares the texts) whose text it
// was asked about since reset, so that a menu item or a teaser's title
// shown twice is read once. The memo keeps the first gateMemoSize texts.
func (g *headGate) mayLine(b *Block) bool {
	if b.Repeats <= 1 {
		return g.may(b.Text)
	}
	m := &g.memo
	for i, text := range m.texts[:m.n] {
		if text == b.Text {
			return m.may[i]
		}
	}
	ok := g.may(b.Text)
	if m.n < len(m.texts) {
		m.texts[m.n], m.may[m.n] = b.Text, ok
		m.n++
	}
	return ok
}

// shareLeast returns the length of the shortest folded text that holds
// enough of a title's distinct words, words, to share most words with it
// (sharesMostWords, wordOverlap): the words it shares over all of the
// title's are at least their share over the union, which must reach
// similarOverlap. The text holds at least that many of the words, and a
// space between each two: at least the shortest of them and the spaces.
// It is 0 for a title without words, which no text shares most words with.
func shareLeast(words []string) int {
	n := len(words)
	need := int(similarOverlap * float64(n)) // the fewest of words a text must hold: about this, and exactly as sharesMostWords divides
	for need > 0 && float64(need-1)/float64(n) >= similarOverlap {
		need--
	}
	for need < n && float64(need)/float64(n) < similarOverlap {
		need++
	}
	if need == 0 {
		return 0
	}
	// All the words and spaces, less the longest words a text need not
	// hold, found one at a time: there are few of them.
	var buf [32]int
	lens := buf[:0]
	least := need - 1
	for _, w := range words {
		lens = append(lens, len(w))
		least += len(w)
	}
	for range n - need {
		j := 0
		for k, l := range lens {
			if l > lens[j] {
				j = k
			}
		}
		least -= lens[j]
		lens[j] = 0
	}
	return least
}

// gateSet is a 256-bit filter of folded words, one bit per word
// (gateBit of gateHash).
type gateSet [4]uint64

// reset sets the filter to the words of text, folded (foldText): words
// separated by single spaces.
func (s *gateSet) reset(text string) {
	*s = gateSet{}
	for text != "" {
		w, rest, _ := strings.Cut(text, " ")
		bit := gateBit(gateHash(wordFirst8(w), len(w)))
		s[bit>>6] |= 1 << (bit & 63)
		text = rest
	}
}

// wordFirst8 returns the first min(len(w), 8) bytes of a folded word w
// (little-endian), and zeros, as first8 reads them, for gateHash.
func wordFirst8(w string) uint64 {
	if len(w) >= 8 {
		return asciiWord(w, 0)
	}
	var c uint64
	for i := len(w) - 1; i >= 0; i-- {
		c = c<<8 | uint64(w[i])
	}
	return c
}

// resetHolding is reset(text) given the filter of sub, folded too: when
// text holds sub as whole words, as a title line holds its title, it
// joins that filter to those of the words before and after sub.
func (s *gateSet) resetHolding(text, sub string, subSet *gateSet) {
	k := strings.Index(text, sub)
	if sub == "" || k < 0 || k > 0 && text[k-1] != ' ' || k+len(sub) < len(text) && text[k+len(sub)] != ' ' {
		s.reset(text)
		return
	}
	var after gateSet
	s.reset(text[:max(k-1, 0)])
	after.reset(text[min(k+len(sub)+1, len(text)):])
	for i := range s {
		s[i] |= subSet[i] | after[i]
	}
}

// has reports whether the bit of a word's hash h is set.
func (s *gateSet) has(h uint64) bool {
	bit := gateBit(h)
	return s[bit>>6]&(1<<(bit&63)) != 0
}

// headWord holds the first eight bytes of a folded word, and room for
// eight more written at once after them.
type headWord [16]byte

// gateHash returns the hash of a folded word of n bytes from its length
// and its first eight bytes, c, which holds the first min(n, 8) of them
// (little-endian) and zeros: words that differ only further on share it.
func gateHash(c uint64, n int) uint64 {
	return (c ^ uint64(n)*0x9e3779b97f4a7c15) * 0xff51afd7ed558ccd
}

// first8 returns the first min(n, 8) bytes of w (little-endian), and
// zeros, for gateHash.
func first8(w *headWord, n int) uint64 {
	c := binary.LittleEndian.Uint64(w[:])
	if n < 8 {
		c &= 1<<(8*n) - 1
	}
	return c
}

// gateBit returns the filter bit of a word's hash.
func gateBit(h uint64) uint64 { return (h * 0xc4ceb9fe1a85ec53) >> 56 }

// alnumPrefix8 returns how many of the eight bytes of v (little-endian),
// from the first, are ASCII letters or digits, which foldText writes as
// they are but for letters in lower case (v | 0x20 each). A byte after
// one that is not ASCII may be misread, but is not counted.
func alnumPrefix8(v uint64) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	w := v | 0x20*ones // letters in lower case
	letters := (w + (0x80-'a')*ones) &^ (w + (0x7f-'z')*ones)
	digits := (v + (0x80-'0')*ones) &^ (v + (0x7f-'9')*ones)
	return bits.TrailingZeros64((v|^(letters|digits))&highs) / 8
}

// gateWords is what headGate.may knows of the words of a line read so
// far.
type gateWords struct {
	notTitle, notLine bool // one is not the title's; one is not the title line's
	missing           int  // how many distinct words are missing from the title's
	fail              int  // missing words that rule out sharing most words: headGate.titleFail, or 0 for a line too short to share them
}

// may reports whether the folded text of s, a line of a text dump, may
// pass one of the tests of Headline (see headGate); false is sure.
func (g *headGate) may(s string) bool {
	var (
		w        gateWords
		wordsOut bool   // the words so far rule out all the tests but the one for a line that holds the title (wordEnd)
		start    = -1   // where the word being read starts in s when the title may start there (startsAt), or -1
		n        int    // the length of the word being read, folded, whose first eight bytes are in g.word
		pos      int    // the fold's length so far
		space    = true // at a word break, or at the start, as in appendFoldWithin
	)
	most, limit := g.most, g.limit
	w.fail = g.titleFail
	if m := len(s) - len(g.title); (m < most || len(s) < g.shareLeast) && foldsWithin(s) {
		// The fold is no longer than s: the title starts within it no
		// later than m, or never when m < 0; and it may be too short to
		// share most words with the title.
		most = min(most, m)
		if len(s) < g.shareLeast {
			w.fail = 0
		}
	}
	for i := 0; i < len(s); {
		// A run of ASCII letters and digits, eight bytes at a time, and
		// the word break after it.
		if len(s) >= 8 && asciiAlnum[s[i]] {
			var v uint64
			if i+8 <= len(s) {
				v = asciiWord(s, i)
			} else {
				v = asciiWord(s, len(s)-8) >> (8 * (i + 8 - len(s))) // zeros past the end
			}
			if k := alnumPrefix8(v); k > 0 {
				low := v | 0x2020202020202020 // the run folded, and bytes after it
				if space {
					if pos > 0 {
						pos++ // the space before the word
					}
					if pos <= most && int(byte(low)) == g.first {
						start = i
					}
					space = false
				}
				if k == 8 || !asciiBreak[byte(v>>(8*k))] {
					// The word goes on.
					if n < 8 {
						binary.LittleEndian.PutUint64(g.word[n:], low)
					}
					n += k
					i += k
					if pos += k; pos > limit {
						return false
					}
					continue
				}
				// The word ends after the run, at a word break or at the
				// end of s (a zero of v past it).
				var c uint64 // its first eight bytes
				if n == 0 {
					c = low & (1<<(8*k) - 1)
				} else {
					if n < 8 {
						binary.LittleEndian.PutUint64(g.word[n:], low)
					}
					c = first8(&g.word, n+k)
				}
				n += k
				if pos += k; pos > limit {
					return false
				}
				if start >= 0 {
					if g.startsAt(s, start, gateHash(c, n)) {
						return true
					}
					start = -1
				}
				for i += k + 1; i < len(s) && asciiBreak[s[i]]; i++ {
				}
				space = true
				if !wordsOut {
					// wordEnd, written out: a call here, at most
					// words, would make the loop reload its values.
					h := gateHash(c, n)
					bit := gateBit(h)
					x, mask := bit>>6, uint64(1)<<(bit&63)
					if g.titleSet[x]&mask == 0 {
						w.notTitle = true
						if w.missing < len(g.missing) && !containsHash(g.missing[:w.missing], h) {
							g.missing[w.missing] = h
							w.missing++
						}
					}
					w.notLine = w.notLine || g.lineSet[x]&mask == 0
					wordsOut = w.notTitle && w.notLine && w.missing >= w.fail
				}
				if wordsOut && pos >= most {
					return false
				}
				n = 0
				continue
			}
		}
		at := i
		var f uint32 // what the fold writes for the rune at i, little-endian
		var nf int   // how many bytes; 0 for a word break, -1 for nothing
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch a := asciiWordFold[c]; a {
			case foldDrop:
				continue
			case ' ':
				nf = 0
			default:
				f, nf = uint32(a), 1
			}
		} else if l := twoByteAt(s, i); l != foldSlow {
			// foldNonASCII's first case, written out: most letters
			// that are not ASCII take two bytes.
			i += 2
			switch {
			case l == 0:
				nf = 0
			case l < utf8.RuneSelf:
				f, nf = uint32(l), 1
			default:
				f, nf = uint32(0xc0|l>>6)|uint32(0x80|l&0x3f)<<8, 2
			}
		} else {
			var size int
			f, nf, size = foldNonASCII(s, i)
			i += size
		}
		if nf <= 0 {
			if nf == 0 && !space {
				space = true
				h := gateHash(first8(&g.word, n), n)
				if start >= 0 {
					if g.startsAt(s, start, h) {
						return true
					}
					start = -1
				}
				if wordsOut = wordsOut || g.wordEnd(&w, h); wordsOut && pos >= most {
					return false
				}
				n = 0
			}
			continue
		}
		if space {
			if pos > 0 {
				pos++ // the space before the word
			}
			if pos <= most && int(byte(f)) == g.first {
				start = at
			}
			space = false
		}
		for ; nf > 0; nf-- {
			if n < 8 {
				g.word[n] = byte(f)
			}
			f >>= 8
			n++
			pos++
		}
		if pos > limit {
			return false
		}
	}
	if space {
		return !wordsOut
	}
	h := gateHash(first8(&g.word, n), n)
	return start >= 0 && g.startsAt(s, start, h) || !wordsOut && !g.wordEnd(&w, h)
}

// startsAt reports whether the fold of s[i:], which starts with a word
// of hash h (gateHash) where the title may start, starts with the title:
// only when the word is the title's first, or, for a title of one word,
// starts it.
func (g *headGate) startsAt(s string, i int, h uint64) bool {
	return (g.oneWord || h == g.firstHash) && foldHasPrefix(s[i:], g.title)
}

// foldHasPrefix reports whether foldText(s) starts with prefix, folding
// s only as far as its length, on the stack when it is short.
func foldHasPrefix(s, prefix string) bool {
	var buf [128]byte
	f, _ := appendFoldWithin(buf[:0], s, len(prefix)) // the fold, or more than len(prefix) bytes of it
	return len(f) >= len(prefix) && string(f[:len(prefix)]) == prefix
}

// foldNonASCII returns what foldText writes for the rune that starts at
// s[i], not ASCII, and the rune's size: its bytes, little-endian, and how
// many they are; 0 for a word break; -1 for nothing (’). It reads a
// letter of two bytes and a rune of General Punctuation without decoding
// them in full.
func foldNonASCII(s string, i int) (f uint32, n, size int) {
	c := s[i]
	if c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
		if l := twoByteFold[rune(c&0x1f)<<6|rune(s[i+1]&0x3f)]; l != foldSlow {
			switch {
			case l == 0:
				return 0, 0, 2
			case l < utf8.RuneSelf:
				return uint32(l), 1, 2
			default:
				return uint32(0xc0|l>>6) | uint32(0x80|l&0x3f)<<8, 2, 2
			}
		}
	}
	if c == 0xe2 && i+2 < len(s) && s[i+2]&0xc0 == 0x80 && (s[i+1] == 0x80 || s[i+1] == 0x81 && s[i+2] < 0xb0) {
		if s[i+1] == 0x80 && s[i+2] == 0x99 { // ’
			return 0, -1, 3
		}
		return 0, 0, 3
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	lower, keep := foldRune(r)
	switch {
	case keep:
		var enc [utf8.UTFMax]byte
		n = utf8.EncodeRune(enc[:], lower)
		return binary.LittleEndian.Uint32(enc[:]), n, size
	case r == '’':
		return 0, -1, size
	}
	return 0, 0, size
}

// twoByteAt returns twoByteFold of the rune that starts at s[i] when it
// takes two bytes of UTF-8, or foldSlow for any other byte there.
func twoByteAt(s string, i int) uint16 {
	if c := s[i]; c >= 0xc2 && c <= 0xdf && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
		return twoByteFold[rune(c&0x1f)<<6|rune(s[i+1]&0x3f)]
	}
	return foldSlow
}

// asciiAlnum tells the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		f := asciiWordFold[c]
		t[c] = f != ' ' && f != foldDrop
	}
	return t
}()

// asciiBreak tells the bytes foldText reads as a word break: ASCII but
// letters, digits and the apostrophe.
var asciiBreak = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiWordFold[c] == ' '
	}
	return t
}()

// wordEnd takes in a word of hash h (gateHash), and reports whether the
// words so far rule out all the tests but the one for a line that holds
// the title: one is not the title's, one is not the line's, and at least
// w.fail are missing from the title's.
func (g *headGate) wordEnd(w *gateWords, h uint64) bool {
	bit := gateBit(h) // as has finds it, once for both filters
	i, mask := bit>>6, uint64(1)<<(bit&63)
	if g.titleSet[i]&mask == 0 {
		w.notTitle = true
		if w.missing < len(g.missing) && !containsHash(g.missing[:w.missing], h) {
			g.missing[w.missing] = h
			w.missing++
		}
	}
	w.notLine = w.notLine || g.lineSet[i]&mask == 0
	return w.notTitle && w.notLine && w.missing >= w.fail
}

// containsHash reports whether hs holds h.
func containsHash(hs []uint64, h uint64) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}
