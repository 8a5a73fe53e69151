package clean

import (
	"encoding/binary"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// PhraseCandidates is a set of phrase sets: those in which a folded text
// may match, as Candidates finds them. The zero value holds no set.
type PhraseCandidates uint64

// Has reports whether set is among the candidates. A set that is not
// never matches the text (MatchFolded reports false); a set that is may
// still not match. A set without a bit (beyond the 64th) is always a
// candidate.
//
// A set's bit is given when the package is initialised, so Has finds it
// without building the tables: it costs a probe of a small table, and
// when the set is the very string the package declares, no comparison of
// its bytes.
func (c PhraseCandidates) Has(set PhraseSet) bool {
	e := &phraseSetTable.bits[addrHash(set, phraseSetTable.mult)]
	if e.data == unsafe.StringData(string(set)) && e.n == len(set) {
		return (c|e.force)&e.mask != 0
	}
	return c.hasFound(set)
}

// hasFound is Has for a set that is not the very string the package
// declares: it finds the set by its name.
func (c PhraseCandidates) hasFound(set PhraseSet) bool {
	e := phraseSetTable.find(set)
	return e == nil || e.always || c&e.mask != 0
}

// Candidates returns the phrase sets in which folded, a text folded by
// FoldPhrase, may match: those with a phrase whose key, its first word
// for a one-word phrase and its first two words for a longer one, is a
// word or a pair of consecutive words of folded (its first word or pair,
// for a phrase anchored at the start). It reads folded once, so an
// extractor that matches one text against many sets can skip, at the
// cost of a bit test, the sets that cannot match. Texts longer than
// MatchFolded searches have no candidates. It does not allocate and is
// safe for concurrent use.
func Candidates(folded string) PhraseCandidates {
	if len(folded) > maxPhraseText {
		return 0
	}
	ix := candidateIndex()
	var c PhraseCandidates
	prev := -1 // where the previous word starts
	for pos := 0; pos < len(folded); {
		end := strings.IndexByte(folded[pos:], ' ')
		if end < 0 {
			end = len(folded)
		} else {
			end += pos
		}
		c |= wordMasks(ix, folded[pos:end], pos == 0)
		if prev >= 0 {
			c |= wordMasks(ix, folded[prev:end], prev == 0)
		}
		prev, pos = pos, end+1
	}
	return c
}

// TextCandidates returns Candidates(FoldPhrase(text)) without building the
// folded text (see candidateScan). It does not allocate and is safe for
// concurrent use.
func TextCandidates(text string) PhraseCandidates {
	cs := newCandidateScan()
	classes, lowers := classTable(), lowerTable()
	for i := 0; i < len(text); {
		c := text[i]
		if 'a' <= c && c <= 'z' {
			// A run of lower-case ASCII letters, the commonest, is
			// written at once, in one store when it is short.
			j := lowerRunEnd(text, i+1)
			if j-i <= 8 && i+8 <= len(text) {
				cs.put8(load64(text, i), j-i)
			} else {
				cs.putRun(text[i:j])
			}
			i = j
			continue
		}
		if c < utf8.RuneSelf {
			switch f := asciiFold[c]; f { // letters and spaces inline
			case foldSpace:
				cs.wordBreak()
			case foldDigit:
				cs.ascii(f)
			default:
				cs.put(f)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		cs.other(r, classOf(r, classes), lowers)
	}
	return cs.result(text)
}

// A candidateScan finds Candidates(FoldPhrase(text)) for a text fed to it
// one character at a time, without building the folded text: it folds one
// word at a time into a buffer, after the word before it, as FoldPhrase
// would write them, and looks the word and the pair up. ProfilePhrases
// feeds it as it reads a line, so that a block is tested against every
// phrase set before, and mostly instead of, being folded.
type candidateScan struct {
	ix    *candidateTable
	cands PhraseCandidates
	// buf holds the previous word and a space, from 0 to at, when
	// prevPairs (else at is 0), then the current word, of n bytes (those
	// beyond maxCandidateWord are not kept).
	buf          scanBuffer
	at, n        int
	size         int  // bytes of the folded text so far, spaces included
	space, digit bool // the last character written was a space, a digit
	long         bool // a word longer than maxCandidateWord was read
	prevPairs    bool // the previous word may be the first of a pair that is a key
	// words and hits are, for prose, the stop word table and the hits
	// of the line profileLine feeds the scan (which feeds it even
	// without the phrases, from noCandidates, in prose alone): all of
	// them, which profileLine appends to as well and gives its profile
	// at the end.
	words *wordTable
	hits  []postingRef
	bits  *proseTable // the bits of words and ix that prose reads, in one table
}

// newCandidateScan returns a scan at the start of a text.
func newCandidateScan() candidateScan {
	return candidateScan{ix: candidateIndex(), space: true}
}

// ascii feeds an ASCII character, given as asciiFold has it.
func (s *candidateScan) ascii(f byte) {
	switch {
	case f == foldSpace:
		s.wordBreak()
	case f != foldDigit:
		s.put(f)
	case !s.digit:
		s.put('#')
		s.digit = true
	}
}

// other feeds a character outside ASCII, of class cls.
func (s *candidateScan) other(r rune, cls runeClass, lowers *[classTableSize]uint16) {
	switch {
	case r == '’' || r == 'ʼ':
		s.put('\'')
	case cls&clsDigit != 0:
		if !s.digit {
			s.put('#')
		}
		s.digit = true
	case cls&(clsLetter|clsMark|clsSymbol) != 0:
		l := toLower(r, lowers)
		if s.n+utf8.UTFMax <= maxCandidateWord {
			// The buffer keeps all of the rune: it is encoded in place.
			k := utf8.EncodeRune(s.buf[s.at+s.n:], l)
			s.n, s.size = s.n+k, s.size+k
			s.space, s.digit = false, false
			return
		}
		var enc [utf8.UTFMax]byte
		for _, c := range enc[:utf8.EncodeRune(enc[:], l)] {
			s.put(c)
		}
	default:
		s.wordBreak()
	}
}

// put writes a byte of a word.
func (s *candidateScan) put(c byte) {
	if s.n < maxCandidateWord {
		s.buf[s.at+s.n] = c
	}
	s.n, s.size = s.n+1, s.size+1
	s.space, s.digit = false, false
}

// putRun writes the bytes of run, all of a word, as put would one by one.
func (s *candidateScan) putRun(run string) {
	if room := maxCandidateWord - s.n; room > 0 {
		copy(s.buf[s.at+s.n:s.at+maxCandidateWord], run[:min(room, len(run))])
	}
	s.n, s.size = s.n+len(run), s.size+len(run)
	s.space, s.digit = false, false
}

// put8 is putRun for a run of n bytes, n <= 8, given as the low bytes of
// v, little-endian: it writes all eight in one store, and those past the
// run are not part of the word.
func (s *candidateScan) put8(v uint64, n int) {
	if s.n < maxCandidateWord {
		binary.LittleEndian.PutUint64(s.buf[s.at+s.n:], v)
	}
	s.n, s.size = s.n+n, s.size+n
	s.space, s.digit = false, false
}

// A scanBuffer holds a candidateScan's previous word, a space and its
// current word, each of up to maxCandidateWord bytes, and room for an
// eight-byte store at the end of the current one.
type scanBuffer [2*maxCandidateWord + 1 + 8]byte

// wordBreak ends the word being written, if any, with a space.
func (s *candidateScan) wordBreak() {
	if !s.space {
		s.nextWord()
	}
	s.space, s.digit = true, false
}

// nextWord ends the word just written with a space: it looks the word
// up, and the pair it ends when the word before it may start one, and
// keeps it as the previous word when it may start a pair that is a key
// (the only use of the previous word).
func (s *candidateScan) nextWord() {
	if s.n > maxCandidateWord {
		s.long, s.n = true, 0
	} else {
		bit := bufBit(&s.buf, s.at, s.n)
		s.cands |= s.ix.masks(s.buf[s.at:s.at+s.n], bit, s.size == s.n)
		if s.prevPairs {
			end := s.at + s.n
			s.cands |= s.ix.masks(s.buf[:end], bufBit(&s.buf, 0, end), s.size == end)
		}
		s.prevPairs = s.ix.pairFirst[bit/64]&(1<<(bit%64)) != 0
	}
	if s.prevPairs {
		if s.n <= wordKeyBytes {
			// In one eight-byte move: the bytes past the word are
			// not kept.
			binary.LittleEndian.PutUint64(s.buf[:], binary.LittleEndian.Uint64(s.buf[s.at:]))
		} else {
			copy(s.buf[:], s.buf[s.at:s.at+s.n])
		}
		s.buf[s.n] = ' '
		s.at = s.n + 1
	} else {
		s.at = 0
	}
	s.n, s.size = 0, s.size+1
}

// wholeWord is put for each byte of a whole word, at the start of a word,
// then wordBreak: word, k, bit and fold are as writeWord has them. A word
// that is no key and may start none only adds to the size, unless the
// pair it ends may be a key; a short one that may only start a pair, and
// ends none that may be a key, is only kept; writeWord writes the others.
func (s *candidateScan) wholeWord(word string, k uint64, bit uint, fold byte) {
	n := len(word)
	mayStart := s.ix.mayStart[bit/64]&(1<<(bit%64)) != 0
	pairFirst := s.ix.pairFirst[bit/64]&(1<<(bit%64)) != 0
	switch {
	case !mayStart && !pairFirst && !s.prevPairs:
		s.size += n + 1
	case mayStart || n > wordKeyBytes || s.prevPairs && s.pairMayStart(k, n):
		s.writeWord(word, k, bit, fold)
	case pairFirst:
		s.keepWord(k, n)
	default:
		s.size += n + 1
		s.prevPairs, s.at = false, 0
	}
}

// writeWord is put for each byte of a whole word, at the start of a word,
// then wordBreak, for a word that is looked up or kept (profileLine
// tests the others, which only add to size): word is the word, of
// maxCandidateWord bytes or fewer, lower-case but its first byte, which
// fold (0x20 for an ASCII letter, 0 for a lower-case one) lower-cases, k its
// first eight bytes lower-cased, little-endian (zero padded when it is
// shorter), and bit its candidateBit. It writes the word after the
// previous one, looks it and the pair it ends up, and keeps it as the
// previous word when it may start a pair, in eight-byte moves for a
// short word.
func (s *candidateScan) writeWord(word string, k uint64, bit uint, fold byte) {
	n, at := len(word), s.at
	if n <= wordKeyBytes {
		binary.LittleEndian.PutUint64(s.buf[at:], k)
	} else {
		copy(s.buf[at:at+n], word)
		s.buf[at] |= fold
	}
	s.cands |= s.ix.masks(s.buf[at:at+n], bit, s.size == 0)
	if s.prevPairs {
		end := at + n
		s.cands |= s.ix.masks(s.buf[:end], bufBit(&s.buf, 0, end), s.size == at)
	}
	s.size += n + 1
	if s.prevPairs = s.ix.pairFirst[bit/64]&(1<<(bit%64)) != 0; !s.prevPairs {
		s.at = 0
		return
	}
	if n <= wordKeyBytes {
		binary.LittleEndian.PutUint64(s.buf[:], k)
	} else {
		copy(s.buf[:], s.buf[at:at+n])
	}
	s.buf[n] = ' '
	s.at = n + 1
}

// keepWord is writeWord for a word of n bytes, 0 < n <= 8, given as k,
// lower-cased and zero padded, that is no key and ends no pair that may
// be one, but may start a pair: it is only kept as the previous word.
func (s *candidateScan) keepWord(k uint64, n int) {
	s.holdWord(k, n)
	s.size += n + 1
}

// holdWord is keepWord but for the size, which candidateScan.prose adds
// up at once for the words it reads.
func (s *candidateScan) holdWord(k uint64, n int) {
	binary.LittleEndian.PutUint64(s.buf[:], k)
	s.buf[n] = ' '
	s.at, s.prevPairs = n+1, true
}

// pairMayStart reports whether the pair a word of n bytes, 0 < n <= 8,
// ends with the previous word, kept in the buffer, may be a key: k is the
// word, lower-cased and zero padded, which it writes after the previous
// word to read the pair's bit (writeWord writes it there too).
func (s *candidateScan) pairMayStart(k uint64, n int) bool {
	binary.LittleEndian.PutUint64(s.buf[s.at:], k)
	pb := bufBit(&s.buf, 0, s.at+n)
	return s.ix.mayStart[pb/64]&(1<<(pb%64)) != 0
}

// result returns the candidates of text, the whole text fed to the scan:
// from FoldPhrase when a word was too long for the buffer.
func (s *candidateScan) result(text string) PhraseCandidates {
	size := s.size
	if s.space {
		size-- // the trailing space FoldPhrase drops, if any
	} else {
		s.nextWord() // the word is looked up; the space is not counted
	}
	switch {
	case size > maxPhraseText:
		return 0
	case s.long:
		return Candidates(FoldPhrase(text))
	}
	return s.cands
}

// maxCandidateWord is the longest word a candidateScan keeps; a text with
// a longer one is folded whole.
const maxCandidateWord = 64

// wordMasks returns the sets of t in which word, a word or a pair of
// words, may start a phrase, at the start of a text or not.
func wordMasks(t *candidateTable, word string, first bool) PhraseCandidates {
	return t.masks([]byte(word), candidateBit(word), first)
}

// masks is wordMasks for a word whose candidateBit is bit.
func (t *candidateTable) masks(word []byte, bit uint, first bool) PhraseCandidates {
	if t.mayStart[bit/64]&(1<<(bit%64)) == 0 {
		return 0
	}
	for i := bit & t.mask; ; i = (i + 1) & t.mask {
		k := t.slots[i]
		if k == 0 {
			return 0
		}
		if e := &t.keys[k-1]; e.key == string(word) {
			if first {
				return e.start | e.anywhere
			}
			return e.anywhere
		}
	}
}

// candidateMasks are the sets in which a word is the first word of a
// phrase anchored at the start, and of one that is not.
type candidateMasks struct {
	start, anywhere PhraseCandidates
}

// A candidateKey is a key of candidateTable and its masks.
type candidateKey struct {
	key string
	// short is the wordKey of key: candidateScan.prose compares a word
	// of wordKeyBytes or fewer with a key of its length in one test.
	short uint64
	candidateMasks
}

// candidateTable is the index behind Candidates: the key (phraseKey) of
// every phrase of every set, with the sets it starts a phrase in.
type candidateTable struct {
	// sets has the built table of each phrase set, by its ordinal in
	// phraseSetTable.
	sets []*phraseSetIndex
	// keys has the key (phraseKey) of every phrase of every set, with
	// its masks, found by slots: an open-addressing table placed by the
	// low bits of the key's candidateBit (mask), probed linearly, which
	// holds a key's index in keys plus one, and 0 in a free slot. It is
	// at most a quarter full, and a word is looked up in it only when
	// mayStart has its bit.
	keys  []candidateKey
	slots []uint32
	mask  uint
	// mayStart has the candidateBit of every key of words, and pairFirst
	// that of the first word of every key that is a pair.
	mayStart, pairFirst [candidateBits / 64]uint64
}

// candidateBits is the size of candidateTable.mayStart, in bits: some
// forty per key of the tables, so that few words and pairs that start no
// phrase pass the test.
const candidateBits = 1 << candidateLog

// candidateLog is the base-2 logarithm of candidateBits.
const candidateLog = 16

// candidateBit hashes a word to a bit of candidateTable.mayStart from its
// length and its first and last eight bytes.
func candidateBit[W string | []byte](w W) uint {
	n := len(w)
	if n == 0 {
		return 0
	}
	k := wordKey(w[:min(n, wordKeyBytes)])
	if n > wordKeyBytes {
		k ^= bits.RotateLeft64(wordKey(w[n-wordKeyBytes:]), 29)
	}
	return keyBit(k, n)
}

// keyBit is candidateBit for a word of n bytes whose first and last
// bytes are summed up in k.
func keyBit(k uint64, n int) uint {
	return uint((k + uint64(n)) * hashMultiplier >> (64 - candidateLog))
}

// bufBit is candidateBit(buf[from:from+n]), for a word of n bytes, 0 < n,
// such that buf holds eight bytes from from: it reads them at once.
func bufBit(buf *scanBuffer, from, n int) uint {
	k := binary.LittleEndian.Uint64(buf[from:])
	switch {
	case n < wordKeyBytes:
		k &= lowBytes(n)
	case n > wordKeyBytes:
		k ^= bits.RotateLeft64(binary.LittleEndian.Uint64(buf[from+n-wordKeyBytes:]), 29)
	}
	return keyBit(k, n)
}

// phraseKey returns the key of a folded phrase in candidateTable: its
// first word, or its first two words when it has more than one.
func phraseKey(folded string) string {
	if i := strings.IndexByte(folded, ' '); i >= 0 {
		if j := strings.IndexByte(folded[i+1:], ' '); j >= 0 {
			return folded[:i+1+j]
		}
	}
	return folded
}

// candidateIndex returns the table of Candidates, built once from the
// phrase index.
func candidateIndex() *candidateTable { return candidateTables.get() }

// candidateTables holds the table of Candidates.
var candidateTables = lazy[candidateTable]{build: buildCandidateIndex}

// buildCandidateIndex builds the table of Candidates from the phrase
// index.
func buildCandidateIndex() *candidateTable {
	sets := phraseIndex()
	t := &candidateTable{sets: make([]*phraseSetIndex, len(phraseSetTable.order))}
	words := make(map[string]candidateMasks)
	for set, si := range sets {
		e := phraseSetTable.find(set)
		if e == nil {
			continue // phraseSetOf finds it in the phrase index
		}
		t.sets[e.ordinal] = si
		if e.always {
			continue // Has treats it as always a candidate
		}
		for _, p := range si.phrases {
			key := phraseKey(p.text)
			m := words[key]
			if p.start {
				m.start |= e.mask
			} else {
				m.anywhere |= e.mask
			}
			words[key] = m
			kb := candidateBit(key)
			t.mayStart[kb/64] |= 1 << (kb % 64)
			if first, _, pair := strings.Cut(key, " "); pair {
				fb := candidateBit(first)
				t.pairFirst[fb/64] |= 1 << (fb % 64)
			}
		}
	}
	t.placeKeys(words)
	return t
}

// placeKeys fills the keys and slots of t with words, in the order of
// the keys, so that the table is the same on every run.
func (t *candidateTable) placeKeys(words map[string]candidateMasks) {
	size := 16
	for size < 4*len(words) {
		size *= 2
	}
	t.slots, t.mask = make([]uint32, size), uint(size-1)
	for _, key := range slices.Sorted(maps.Keys(words)) {
		t.keys = append(t.keys, candidateKey{key: key, short: wordKey(key), candidateMasks: words[key]})
		i := candidateBit(key) & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = uint32(len(t.keys))
	}
}

// phraseSetTable gives each phrase set of phraseTables its ordinal and
// its bit in PhraseCandidates, in the order of their names, when the
// package is initialised.
var phraseSetTable = *newSetTable(slices.Sorted(maps.Keys(phraseTables)))

// setTable finds a phrase set's ordinal and candidate bit faster than a
// map keyed by its name: an open-addressing table hashed on the name's
// length and first and last bytes, at most a quarter full; and, before
// it, a table placed by the address of the name's bytes, which finds
// the very strings the package declares (those callers pass) with no
// comparison of bytes.
type setTable struct {
	slots  [setSlots]setEntry
	byAddr [setSlots]setEntry // at addrHash of its name, if that was free
	bits   [setSlots]setBits  // what Has reads of the entries of byAddr
	mult   uint64             // addrHash's multiplier
	order  []PhraseSet        // the sets it holds, by ordinal
}

// setSlots is the size of a setTable: a power of two.
const setSlots = 1 << setLog

// setEntry is one phrase set in a setTable; an empty name marks a free
// slot.
type setEntry struct {
	set     PhraseSet
	mask    PhraseCandidates // its bit, the one of its ordinal
	always  bool             // it has no bit (an ordinal of 64 or more): always a candidate
	ordinal int
}

// setBits is what Has reads of an entry of setTable.byAddr, in a form
// Has tests with no branch of its own: its name's bytes and length, and
// its bit, or a bit with force set for a set that is always a candidate
// (and a free slot, which a "" of no bytes may find).
type setBits struct {
	data        *byte
	n           int
	mask, force PhraseCandidates
}

// addrHash places set in setTable.byAddr, by the address and length of
// its name, hashed with the multiplier mult.
func addrHash(set PhraseSet, mult uint64) uint {
	p := uint64(uintptr(unsafe.Pointer(unsafe.StringData(string(set)))))
	return uint((p ^ uint64(len(set))) * mult >> (64 - setLog))
}

// addrMultipliers is how many multipliers newSetTable tries for
// addrHash, looking for one that places every set in a slot of its own.
const addrMultipliers = 256

// setLog is the base-2 logarithm of setSlots.
const setLog = 7

// setHash places set in a setTable.
func setHash(set PhraseSet) uint {
	if set == "" {
		return 0
	}
	return (uint(len(set))*31 + uint(set[0])*7 + uint(set[len(set)-1])) % setSlots
}

// newSetTable returns the table of sets, with the ordinals of their
// order. Those past a quarter of setSlots, and "", are left out: find
// does not find them.
func newSetTable(sets []PhraseSet) *setTable {
	t := &setTable{}
	for _, set := range sets {
		if set == "" || 4*(len(t.order)+1) > setSlots {
			continue
		}
		i := setHash(set)
		for t.slots[i].set != "" {
			i = (i + 1) % setSlots
		}
		e := setEntry{set: set, ordinal: len(t.order), always: len(t.order) >= 64}
		if !e.always {
			e.mask = 1 << e.ordinal
		}
		t.slots[i] = e
		t.order = append(t.order, set)
	}
	t.mult = hashMultiplier
	for k := range uint64(addrMultipliers) {
		if m := hashMultiplier * (2*k + 1); t.placedApart(m) {
			t.mult = m
			break
		}
	}
	for _, e := range t.slots {
		if a := &t.byAddr[addrHash(e.set, t.mult)]; e.set != "" && a.set == "" {
			*a = e
		}
	}
	for i, e := range t.byAddr {
		b := setBits{data: unsafe.StringData(string(e.set)), n: len(e.set), mask: e.mask}
		if e.always || e.set == "" {
			b.mask, b.force = 1, 1
		}
		t.bits[i] = b
	}
	return t
}

// placedApart reports whether addrHash with the multiplier mult places
// every set of t in a slot of its own.
func (t *setTable) placedApart(mult uint64) bool {
	var taken [setSlots]bool
	for _, set := range t.order {
		h := addrHash(set, mult)
		if taken[h] {
			return false
		}
		taken[h] = true
	}
	return true
}

// lookup is find, first in byAddr (as Has is).
func (t *setTable) lookup(set PhraseSet) *setEntry {
	e := &t.byAddr[addrHash(set, t.mult)]
	if unsafe.StringData(string(e.set)) == unsafe.StringData(string(set)) && len(e.set) == len(set) && len(set) != 0 {
		return e
	}
	return t.find(set)
}

// find returns the entry of set, or nil.
func (t *setTable) find(set PhraseSet) *setEntry {
	for i := setHash(set); t.slots[i].set != ""; i = (i + 1) % setSlots {
		if t.slots[i].set == set {
			return &t.slots[i]
		}
	}
	return nil
}

// phraseSetOf returns the built table of set, or nil for an unknown set.
func phraseSetOf(set PhraseSet) *phraseSetIndex {
	if e := phraseSetTable.lookup(set); e != nil {
		return candidateIndex().sets[e.ordinal]
	}
	return phraseIndex()[set]
}

// MayMatch reports whether MatchPhrase(set, text) may be true, without
// folding all of text: for a set whose phrases are all anchored at the
// start (such as PhraseByline, PhraseTags or PhraseRelated), it folds only
// the first word when that is ASCII, and is false when no phrase starts
// with it. For other sets, and texts starting with other characters, it
// is true. It does not allocate and is safe for concurrent use.
func MayMatch(set PhraseSet, text string) bool {
	ix := phraseSetOf(set)
	return ix == nil || len(ix.anywhere) > 0 || ix.mayStartAnchored(text)
}

// mayStartAnchored reports whether a phrase of ix anchored at the start
// may start text, by its first word when that is ASCII; true for a text
// starting with other characters.
func (ix *phraseSetIndex) mayStartAnchored(text string) bool {
	var buf [maxFirstWord]byte
	w, ok := asciiFirstWord(text, &buf)
	return !ok || ix.startsAnchored(string(w))
}

// maxFirstWord is the longest first word asciiFirstWord folds: longer ones
// start no phrase.
const maxFirstWord = 32

// asciiFirstWord returns the first word of FoldPhrase(text), written in
// buf, and true when text up to the end of that word is ASCII; false when
// it is not, or when the word is longer than buf, and only FoldPhrase can
// tell.
func asciiFirstWord(text string, buf *[maxFirstWord]byte) ([]byte, bool) {
	n, digit := 0, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		switch f := asciiFold[c]; f {
		case foldSpace:
			if n > 0 {
				return buf[:n], true
			}
			digit = false
		case foldDigit:
			if !digit {
				if n == len(buf) {
					return nil, false
				}
				buf[n] = '#'
				n++
			}
			digit = true
		default:
			if n == len(buf) {
				return nil, false
			}
			buf[n] = f
			n++
			digit = false
		}
	}
	return buf[:n], true
}
