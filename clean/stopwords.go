package clean

import (
	"math"
	"sort"
	"strings"
)

// stoplist is one language's entry in the generated table.
type stoplist struct {
	code  string // ISO 639-1 code, or ISO 639-3 when there is none
	name  string // English name
	words string // stop words in descending frequency, space separated
}

// posting records that a word is a stop word of one language.
type posting struct {
	lang   uint8   // index into stoplists
	weight float32 // evidence the word gives for lang, see buildIndex
}

// stopIndex is the word index built from stoplists on first use.
type stopIndex struct {
	words  wordTable
	byCode map[string]int
	// prior multiplies each language's score in DetectLanguage: 1, or
	// the factor given in minorLanguages.
	prior [len(stoplists)]float32
}

// index returns the shared stop word index, building it on first use so
// that programs which never ask for language data do not pay for it.
func index() *stopIndex { return stopIndexes.get() }

// stopIndexes holds the stop word index.
var stopIndexes = lazy[stopIndex]{build: buildIndex}

// Weighting constants, see buildIndex.
// They were chosen on the sentences of lang_test.go.
const (
	rankBase    = 3.0  // weight of the last word kept in a list
	rankDamping = 10.0 // flattens the rank curve of the top words
	specificity = 0.5  // exponent of the 1/df penalty for shared words
)

// buildIndex turns the generated lists into one map from word to the
// languages that list it. A word's weight for a language grows with its
// frequency rank in that language (log of a Zipf ratio, from about 3 for
// the top word down to 1 for the last kept one, plus 2) and shrinks with
// the number df of languages sharing it (divided by the square root of df),
// so that words specific to one language decide between close languages.
func buildIndex() *stopIndex {
	words := make(map[string][]posting, 16384)
	ix := &stopIndex{byCode: make(map[string]int, len(stoplists))}
	var lists [len(stoplists)][]string
	longest, total := 0, 0
	for li, l := range stoplists {
		ix.byCode[l.code] = li
		ix.prior[li] = 1
		if f, ok := minorLanguages[l.code]; ok {
			ix.prior[li] = f
		}
		lists[li] = strings.Fields(l.words)
		longest, total = max(longest, len(lists[li])), total+len(lists[li])
	}
	// The words are met by rank, every list's first word, then every
	// list's second one, and so on, and kept in the order first met, the
	// order newWordTable takes.
	order := make([]string, 0, total)
	for rank := range longest {
		for li, list := range lists {
			if rank >= len(list) {
				continue
			}
			w := list[rank]
			top := float64(len(list)) + rankDamping
			weight := rankBase + math.Log(top/(float64(rank)+rankDamping))
			ps, met := words[w]
			if !met {
				order = append(order, w)
			}
			words[w] = append(ps, posting{lang: uint8(li), weight: float32(weight)})
		}
	}
	for _, ps := range words {
		penalty := math.Pow(float64(len(ps)), specificity)
		for i := range ps {
			ps[i].weight = float32(float64(ps[i].weight) / penalty)
		}
	}
	ix.words = newWordTable(words, order)
	return ix
}

// A wordTable maps stop words to their postings: an open-addressing hash
// table, probed linearly, at most half full. It answers lookups of a
// []byte word without converting it, and faster than a map: a probe reads
// one small entry, which holds a word of up to wordKeyBytes bytes whole.
type wordTable struct {
	entries []wordEntry
	// long holds the words longer than wordKeyBytes, one after another,
	// and longAt, for the slot of each, where it starts in long: they
	// are read only to compare such words, and hold no pointer for the
	// garbage collector to follow, where a string per slot would make it
	// scan the table at each cycle.
	long   string
	longAt []uint32
	// postings holds the postings of all words, which the hot loops read
	// in order: each slot's are a range of it, see postingRef.
	postings []posting
	// langs holds, at the offset in postings of each word's first
	// posting, the set of languages its postings are for.
	langs []langSet
	mask  uint64
	// filter has a bit for each word, at filterBit of its key and
	// length: most words of a text are no stop word, and a bit test of
	// a small table is cheaper than a probe of the large one, and than
	// hashing a long word whole.
	filter *[filterBits / 64]uint64
}

// filterBits is the size of wordTable.filter, in bits: some ten per
// stop word, so that few words that are none pass.
const filterBits = 1 << filterLog

// filterLog is the base-2 logarithm of filterBits.
const filterLog = 17

// filterBit is the bit of wordTable.filter of a word of n bytes whose
// wordKey is key, from the product hashKeyed starts with.
func filterBit(key uint64, n int) uint64 {
	return (key + uint64(n)) * hashMultiplier >> (64 - filterLog)
}

// A langSet is a set of languages, by their index in stoplists: bit i%64
// of word i/64.
type langSet [2]uint64

// The languages fit in a langSet.
const _ = uint(2*64 - len(stoplists))

// has reports whether the language of index li is in the set.
func (ls *langSet) has(li int) bool { return ls[li/64&1]>>(li%64)&1 != 0 }

// A wordEntry is one slot of a wordTable; a zero tag marks a free slot.
type wordEntry struct {
	key uint64     // wordKey of the word
	tag uint32     // wordTag of the word
	ref postingRef // where its postings lie in wordTable.postings
}

// wordKeyBytes is the number of a word's first bytes its wordKey holds.
const wordKeyBytes = 8

// wordKey packs the first wordKeyBytes bytes of w, little-endian, zero
// padded: two words of the same length, at most wordKeyBytes, are equal
// when their keys are.
func wordKey[W string | []byte](w W) uint64 {
	if len(w) >= wordKeyBytes {
		_ = w[7]
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	}
	var k uint64
	for i := len(w) - 1; i >= 0; i-- {
		k = k<<8 | uint64(w[i])
	}
	return k
}

// wordTag is the tag of a word of n bytes, n > 0, whose hashKeyed is h:
// never 0, and equal only for words of the same length (up to 255).
func wordTag(h uint64, n int) uint32 {
	return uint32(h>>32)&^0xff | uint32(min(n, 0xff))
}

// A postingRef locates a word's postings in wordTable.postings: the
// offset of the first shifted left by 8 bits, and their number (at most
// one per language, under 256) in the low 8 bits.
type postingRef uint32

// of returns the postings ref locates in all.
func (ref postingRef) of(all []posting) []posting {
	off := int(ref >> 8)
	return all[off : off+int(ref&0xff)]
}

// newWordTable builds the table of words, none of which may be "", and of
// fewer than 256 postings each, inserting them in the order given, which
// lists each key of words once. The words met most in text should come
// first: each then sits in the slot its hash names, found at the first
// probe, and the postings of all of them lie together at the start of
// wordTable.postings, where the hot loops find them in few cache lines.
func newWordTable(words map[string][]posting, order []string) wordTable {
	size := 1
	for size < 2*len(words) {
		size *= 2
	}
	total := 0
	for _, ps := range words {
		total += len(ps)
	}
	t := wordTable{entries: make([]wordEntry, size), longAt: make([]uint32, size), mask: uint64(size - 1),
		postings: make([]posting, 0, total), langs: make([]langSet, total), filter: new([filterBits / 64]uint64)}
	var long []byte
	for _, w := range order {
		ps := words[w]
		key := wordKey(w)
		h := hashKeyed(w, key)
		i := h & t.mask
		for t.entries[i].tag != 0 {
			i = (i + 1) & t.mask
		}
		off := len(t.postings)
		t.postings = append(t.postings, ps...)
		var ls langSet
		for _, p := range ps {
			ls[p.lang/64] |= 1 << (p.lang % 64)
		}
		t.langs[off] = ls
		t.entries[i] = wordEntry{key: key, tag: wordTag(h, len(w)), ref: postingRef(off<<8 | len(ps))}
		if len(w) > wordKeyBytes {
			t.longAt[i] = uint32(len(long))
			long = append(long, w...)
		}
		b := filterBit(key, len(w))
		t.filter[b/64] |= 1 << (b % 64)
	}
	t.long = string(long)
	return t
}

// lookup returns the postings of w, or nil when it is no stop word.
func (t *wordTable) lookup(w []byte) []posting {
	if i, ok := t.slot(w); ok {
		return t.entries[i].ref.of(t.postings)
	}
	return nil
}

// slot returns the index of w's slot, and false when it is no stop word.
func (t *wordTable) slot(w []byte) (uint32, bool) {
	if len(w) == 0 || len(t.entries) == 0 {
		return 0, false
	}
	if len(w) <= wordKeyBytes {
		return t.slotShort(wordKey(w), len(w))
	}
	return slotLong(t, w)
}

// slotShort is slot for a word of n bytes, 0 < n <= wordKeyBytes, whose
// wordKey is key, in a table that is not empty: the key is the word.
func (t *wordTable) slotShort(key uint64, n int) (uint32, bool) {
	return t.slotHashed((key+uint64(n))*hashMultiplier, key, n)
}

// slotHashed is slotShort given h, the product (key+n)*hashMultiplier
// that hashKeyed folds (and keyBit shifts).
func (t *wordTable) slotHashed(h, key uint64, n int) (uint32, bool) {
	if b := h >> (64 - filterLog); t.filter[b/64]&(1<<(b%64)) == 0 { // filterBit
		return 0, false
	}
	h ^= h >> 32                           // hashKeyed
	tag := uint32(h>>32)&^0xff | uint32(n) // wordTag, for n <= 0xff
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := &t.entries[i]
		if e.tag == 0 {
			return 0, false
		}
		if e.tag == tag && e.key == key {
			return uint32(i), true
		}
	}
}

// slotLong is slot for a word longer than wordKeyBytes, in a table that
// is not empty.
func slotLong[W string | []byte](t *wordTable, w W) (uint32, bool) {
	key := wordKey(w)
	if b := filterBit(key, len(w)); t.filter[b/64]&(1<<(b%64)) == 0 {
		return 0, false
	}
	h := hashKeyed(w, key)
	tag := wordTag(h, len(w))
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := &t.entries[i]
		if e.tag == 0 {
			return 0, false
		}
		if e.tag == tag && e.key == key && t.longWord(i, len(w)) == string(w) {
			return uint32(i), true
		}
	}
}

// longWord returns the n bytes of long from the start of the word of
// slot i, a word longer than wordKeyBytes: that word when it is n bytes
// long.
func (t *wordTable) longWord(i uint64, n int) string {
	at := int(t.longAt[i])
	return t.long[at:min(at+n, len(t.long))]
}

// hashKeyed is the hash of the word w whose wordKey is key: its key and
// length, and its further bytes eight at a time, multiplied through, with
// the high half folded into the low one, which places it in a wordTable.
func hashKeyed[W string | []byte](w W, key uint64) uint64 {
	h := (key + uint64(len(w))) * hashMultiplier
	for i := wordKeyBytes; i < len(w); i += wordKeyBytes {
		h = (h ^ wordKey(w[i:min(i+wordKeyBytes, len(w))])) * hashMultiplier
	}
	return h ^ h>>32
}

// hashMultiplier is an odd constant with well mixed bits, 2^64 divided by
// the golden ratio.
const hashMultiplier = 0x9E3779B97F4A7C15

// load64 returns the eight bytes of s from i, which exist, little-endian.
func load64(s string, i int) uint64 {
	s = s[i : i+8] // one bounds check, and the loads combine into one
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// langAliases maps codes that are commonly found in lang attributes to
// the code used by the tables.
var langAliases = map[string]string{
	"no": "nb", "iw": "he", "in": "id", "fil": "tl", "hbs": "sh",
}

// lookupLang returns the table index of lang, or -1. lang is matched case
// insensitively on its primary subtag, so "EN", "en-GB" and "pt_BR" work;
// "no" is read as Norwegian Bokmål.
func lookupLang(lang string) int {
	// A two-letter code as Languages lists it, as most are, is found
	// without a map (no alias is such a code).
	if len(lang) == 2 && 'a' <= lang[0] && lang[0] <= 'z' && 'a' <= lang[1] && lang[1] <= 'z' {
		if li, ok := twoLetterIndex(lang); ok {
			return li
		}
	}
	return lookupLangByMaps(lang)
}

// lookupLangByMaps is lookupLang by its primary subtag, lower-cased,
// through the alias and code maps alone.
func lookupLangByMaps(lang string) int {
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	lang = strings.ToLower(lang)
	if a, ok := langAliases[lang]; ok {
		lang = a
	}
	if i, ok := index().byCode[lang]; ok {
		return i
	}
	return -1
}

// Languages returns the sorted codes of the languages that have a stop
// list, and therefore work with IsStopword, StopwordDensity and
// DetectLanguage's stop word scoring. The returned slice is a fresh copy.
// DetectLanguage can also return "ja", "zh" and "th", which are found by
// script and have no stop list.
func Languages() []string {
	codes := make([]string, len(stoplists))
	for i, l := range stoplists {
		codes[i] = l.code
	}
	sort.Strings(codes)
	return codes
}

// LanguageName returns the English name of a language with a stop list,
// such as "Norwegian Bokmal" for "nb", or "" if lang has none.
func LanguageName(lang string) string {
	if i := lookupLang(lang); i >= 0 {
		return stoplists[i].name
	}
	return ""
}

// IsStopword reports whether word is one of the (at most 200) most frequent
// words of lang. Both arguments are case insensitive and lang accepts
// region subtags ("en-US"). It is false for languages without a list.
// word is tokenized like text (see StopwordDensity) and must be a single
// word: "l'" is read as "l", a French stop word, while "l'eau" is false.
func IsStopword(lang, word string) bool {
	li := lookupLang(lang)
	if li < 0 {
		return false
	}
	var t tokenizer
	t.reset(word)
	w, ok := t.next()
	if !ok {
		return false
	}
	if _, more := t.next(); more {
		return false
	}
	for _, p := range index().words.lookup(w) {
		if int(p.lang) == li {
			return true
		}
	}
	return false
}

// StopwordDensity returns the share, between 0 and 1, of the word tokens
// of s that are stop words of lang. Tokens are runs of letters and marks,
// so apostrophes and hyphens split words. It returns 0 when lang has no
// list (see Languages) or s has no words. s should be NFC, as Text
// returns it.
func StopwordDensity(s, lang string) float64 {
	li := lookupLang(lang)
	if li < 0 {
		return 0
	}
	words := &index().words
	var t tokenizer
	t.reset(s)
	total, stop := 0, 0
	for {
		w, ok := t.next()
		if !ok {
			break
		}
		total++
		for _, p := range words.lookup(w) {
			if int(p.lang) == li {
				stop++
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(stop) / float64(total)
}
