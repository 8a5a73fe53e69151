package clean

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// runeClass holds the Unicode properties of a rune that the line measures
// (ProfileLine) test, as bits.
type runeClass uint16

const (
	clsUpper   runeClass = 1 << iota // upper or title case
	clsLower                         // lower case
	clsSpace                         // unicode.IsSpace
	clsDigit                         // unicode.IsDigit
	clsLetter                        // unicode.IsLetter
	clsMark                          // unicode.IsMark
	clsHanKana                       // isHanKana
	clsHan                           // unicode.Han
	clsKana                          // Hiragana, Katakana or the prolonged sound mark
	clsHangul                        // unicode.Hangul
	clsThai                          // unicode.Thai
	clsSEAsian                       // Thai, Lao, Khmer or Myanmar
	// clsStable marks a rune that is in NFC by itself and never combines
	// with the rune before it: a text of such runes is in NFC.
	clsStable
	clsSymbol // unicode.IsSymbol
)

// classTableSize is the number of runes whose class is tabled: those
// below the CJK radicals (U+2E80), which covers the alphabets, the
// punctuation and the Thai, Lao, Khmer, Myanmar and Hangul Jamo blocks.
const classTableSize = 0x2E80

// classTable returns the table of the classes of the runes below
// classTableSize, built on first use.
func classTable() *[classTableSize]runeClass { return classTables.get() }

// classTables holds the table of classTable.
var classTables = lazy[[classTableSize]runeClass]{build: func() *[classTableSize]runeClass {
	var t [classTableSize]runeClass
	for r := range rune(classTableSize) {
		t[r] = computeClass(r)
	}
	return &t
}}

// wideLetterSet is the set of the two-byte runes (U+0080 to U+07FF) that
// profileLine reads in runs inside a word: the lower-case letters, stable
// (clsStable), that are their own lower case and no upper case, but the
// modifier letter apostrophe, which the phrases fold to an apostrophe. A
// bit for each rune, by its UTF-8 bytes read as a little-endian uint16
// (wideBits), so that one test both decodes and checks two bytes: 8 KB,
// of which a text in one alphabet reads a few lines.
type wideLetterSet [1 << 16 / 64]uint64

// wideBits returns the index in a wideLetterSet of the two bytes of s from
// i, i+1 < len(s).
func wideBits(s string, i int) uint { return uint(s[i]) | uint(s[i+1])<<8 }

// has reports whether the bit of index v is set.
func (t *wideLetterSet) has(v uint) bool { return t[v/64%uint(len(t))]&(1<<(v%64)) != 0 }

// wideLetters returns the wideLetterSet, built on first use.
func wideLetters() *wideLetterSet { return wideLetterSets.get() }

// wideLetterSets holds the set of wideLetters.
var wideLetterSets = lazy[wideLetterSet]{build: func() *wideLetterSet {
	var t wideLetterSet
	classes, lowers := classTable(), lowerTable()
	const want = clsLetter | clsLower | clsStable
	var b [2]byte
	for r := rune(0x80); r < 0x800; r++ {
		if classes[r]&(want|clsUpper) == want && rune(lowers[r]) == r && r != 'ʼ' {
			utf8.EncodeRune(b[:], r)
			v := wideBits(string(b[:]), 0)
			t[v/64] |= 1 << (v % 64)
		}
	}
	return &t
}}

// lowerTable returns unicode.ToLower of the runes below classTableSize,
// built on first use; none of them lowers to a rune beyond.
func lowerTable() *[classTableSize]uint16 { return lowerTables.get() }

// lowerTables holds the table of lowerTable.
var lowerTables = lazy[[classTableSize]uint16]{build: func() *[classTableSize]uint16 {
	var t [classTableSize]uint16
	for r := range rune(classTableSize) {
		t[r] = uint16(unicode.ToLower(r))
	}
	return &t
}}

// LowerRune is unicode.ToLower, from a table for the runes of the
// alphabets (below U+2E80). It is safe for concurrent use.
func LowerRune(r rune) rune { return toLower(r, lowerTable()) }

// toLower is unicode.ToLower, from the table for the runes below
// classTableSize, and with no lookup for those of the caseless ranges
// above it (the CJK and Hangul blocks among them).
func toLower(r rune, table *[classTableSize]uint16) rune {
	switch {
	case r >= 0 && r < classTableSize:
		return rune(table[r])
	case r < caselessEnd || caselessFirst2 <= r && r < caselessEnd2:
		return r
	}
	return unicode.ToLower(r)
}

// The caseless ranges of toLower: from classTableSize to caselessEnd,
// and from caselessFirst2 to caselessEnd2, no rune has a lower case of
// its own (the next ones are Cyrillic Extended-B and the fullwidth Latin
// capitals).
const (
	caselessEnd                  = 0xA640
	caselessFirst2, caselessEnd2 = 0xA800, 0xFF21
)

// classOf returns the class of r, from the table when it is below
// classTableSize.
func classOf(r rune, table *[classTableSize]runeClass) runeClass {
	switch {
	case r >= 0 && r < classTableSize:
		return table[r]
	case kanaFirst <= r && r <= kanaLast:
		return kanaTable()[r-kanaFirst]
	case formsFirst <= r && r <= formsLast:
		return formsTable()[r-formsFirst]
	case hanFirst <= r && r <= hanLast || hanAFirst <= r && r <= hanALast:
		return hanClass
	case hangulFirst <= r && r <= hangulLast:
		return hangulClass
	}
	return computeClass(r)
}

// The ranges of the runes, common in Chinese, Japanese and Korean text,
// that classOf answers without the unicode lookups of computeClass: the
// CJK symbols, Hiragana and Katakana from a table (as the forms of
// formsTable), and ranges whose runes all share one class (the unified
// ideographs, their extension A, the Hangul syllables).
const (
	kanaFirst, kanaLast     = 0x3000, 0x30FF
	hanFirst, hanLast       = 0x4E00, 0x9FFF
	hanAFirst, hanALast     = 0x3400, 0x4DBF
	hangulFirst, hangulLast = 0xAC00, 0xD7A3
)

// hanClass and hangulClass are the classes of every rune of the unified
// ideographs and of the Hangul syllables.
var (
	hanClass    = computeClass(hanFirst)
	hangulClass = computeClass(hangulFirst)
)

// The range of the variation selectors, the byte order mark and the
// halfwidth and fullwidth forms (the punctuation of Chinese and Japanese
// text), whose classes classOf reads from a table of their own.
const formsFirst, formsLast = 0xFE00, 0xFFFF

// formsTable returns the classes of the runes from formsFirst to
// formsLast, built on first use.
var formsTable = sync.OnceValue(func() *[formsLast - formsFirst + 1]runeClass {
	var t [formsLast - formsFirst + 1]runeClass
	for i := range t {
		t[i] = computeClass(rune(formsFirst + i))
	}
	return &t
})

// kanaTable returns the classes of the runes from kanaFirst to kanaLast,
// built on first use.
var kanaTable = sync.OnceValue(func() *[kanaLast - kanaFirst + 1]runeClass {
	var t [kanaLast - kanaFirst + 1]runeClass
	for i := range t {
		t[i] = computeClass(rune(kanaFirst + i))
	}
	return &t
})

// computeClass looks up the class of r in the unicode package.
func computeClass(r rune) runeClass {
	var c runeClass
	set := func(bit runeClass, ok bool) {
		if ok {
			c |= bit
		}
	}
	set(clsUpper, unicode.IsUpper(r) || unicode.IsTitle(r))
	set(clsLower, unicode.IsLower(r))
	set(clsSpace, unicode.IsSpace(r))
	set(clsDigit, unicode.IsDigit(r))
	set(clsLetter, unicode.IsLetter(r))
	set(clsMark, unicode.IsMark(r))
	set(clsHanKana, isHanKana(r))
	set(clsHan, unicode.Is(unicode.Han, r))
	set(clsKana, unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー')
	set(clsHangul, unicode.Is(unicode.Hangul, r))
	set(clsThai, unicode.Is(unicode.Thai, r))
	set(clsSEAsian, unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar))
	var buf [utf8.UTFMax]byte
	one := buf[:utf8.EncodeRune(buf[:], r)]
	set(clsStable, norm.NFC.Properties(one).BoundaryBefore() && norm.NFC.IsNormal(one))
	set(clsSymbol, unicode.IsSymbol(r))
	return c
}
