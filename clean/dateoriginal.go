package clean

import (
	"math/bits"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits of OriginalDate.
const (
	maxOriginalWords = 40 // longest line read
	// maxOriginalGap is the most words between the phrase and the date
	// ("originally published on the", "initialement publié le"); more
	// name another outlet ("originally published at example.com on"),
	// which makes the page a republication with a date of its own.
	maxOriginalGap = 2
)

// OriginalDate returns the date a line gives as the first publication of
// a page that was updated or republished since ("This article was
// originally published on 26 Sep 2019 at 4:12pm but has been regularly
// updated", "Dieser Beitrag wurde erstmals am 3. März 2020
// veröffentlicht"): a phrase of the eight tabled languages for a first or
// original publication, then, at most two words after it, a date
// (FindDate). A date further on (a republication names the outlet first:
// "originally published at example.com on …") or before the phrase, or
// a line of more than 40 words, is not taken. It is safe for concurrent use.
func OriginalDate(text string) (time.Time, bool) {
	if !mayBeOriginal(text) || !mayHoldDate(text) || WordCount(text) > maxOriginalWords {
		return time.Time{}, false
	}
	lower := strings.ToLower(text)
	for _, p := range originalPhrases {
		at := strings.Index(lower, p)
		if at < 0 {
			continue
		}
		rest := text[at+len(p):]
		t, start, _, ok := FindDate(rest)
		if ok && WordCount(rest[:start]) <= maxOriginalGap {
			return t, true
		}
	}
	return time.Time{}, false
}

// originalPhrases are the lower-case phrases, in the eight tabled
// languages, that say a page was first published on the date after them.
// German and Dutch also put a word between the two halves ("erstmals am
// 3. März … veröffentlicht"), so their first half alone is listed where
// it says "first" unambiguously. English "first published" is left out:
// it also dates a preprint or an earlier version ("Preprints of this
// paper are available at …, first published 04.Apr.2019").
var originalPhrases = []string{
	"originally published", "originally posted",
	"initialement publié", "publié initialement", "publié à l'origine", "initialement paru", "paru initialement",
	"ursprünglich veröffentlicht", "erstmals veröffentlicht", "zuerst veröffentlicht", "erstmals erschienen", "zuerst erschienen",
	"wurde erstmals", "erschien erstmals", "erschien zuerst",
	"publicado originalmente", "originalmente publicado", "publicado por primera vez", "publicada originalmente",
	"pubblicato originariamente", "originariamente pubblicato", "pubblicato per la prima volta", "pubblicato originalmente",
	"publicado pela primeira vez", "publicada pela primeira vez",
	"oorspronkelijk gepubliceerd", "voor het eerst gepubliceerd", "eerst gepubliceerd",
	"ursprungligen publicerad", "först publicerad", "publicerades ursprungligen", "publicerades första gången",
}

// originalStems are pieces every phrase of originalPhrases holds one of,
// in lower case, by their first byte, for a test that needs no
// lower-cased copy of the line.
var originalStems = [256][]string{
	'o': {"origin", "oorspronk"},
	'u': {"ursprung", "ursprüng"},
	'e': {"erst"},
	'p': {"prim"},
	'i': {"initial"},
	'f': {"först"},
}

// originalStemFirst and originalStemSecond give, for a byte, the stems
// of originalStems (numbered by one bit each, the bits shared beyond
// eight) whose byte at offset o (0, 1 or 2) and whose byte at offset o+1
// it is, in either case, in bits 8*o to 8*o+7: a stem of four bytes at
// least covers a position that is a multiple of three with its byte at
// offset 0, 1 or 2 and the next one, so only the pairs of bytes at those
// positions need be read.
var originalStemFirst, originalStemSecond = func() (first, second [256]uint32) {
	mark := func(t *[256]uint32, b byte, bit uint32) {
		t[b] |= bit
		if b >= 'a' && b <= 'z' {
			t[b-('a'-'A')] |= bit
		}
	}
	n := 0
	for _, stems := range originalStems {
		for _, stem := range stems {
			for o := range 3 {
				bit := uint32(1) << (8*o + n%8)
				mark(&first, stem[o], bit)
				mark(&second, stem[o+1], bit)
			}
			n++
		}
	}
	return first, second
}()

// hasOriginalStem reports whether text holds one of originalStems, its
// ASCII letters compared without case ("Originally", "Erstmals"), in one
// pass over the line: OriginalDate's gate, which mayBeOriginal reads
// faster. It reads the pairs of bytes at every third
// position: a stem (of four bytes at least) starts at one or one or two
// bytes before one, where the pair may be the stem's bytes at that
// offset and the next (see originalStemFirst).
func hasOriginalStem(text string) bool {
	for i := 0; i+1 < len(text); i += 3 {
		m := originalStemFirst[text[i]] & originalStemSecond[text[i+1]]
		if m == 0 { // most pairs, by two loads
			continue
		}
		for o := range 3 {
			if m&(0xff<<(8*o)) != 0 && i >= o && originalStemAt(text[i-o:]) {
				return true
			}
		}
	}
	return false
}

// originalStemAt reports whether text starts with one of originalStems,
// its ASCII letters compared without case.
func originalStemAt(text string) bool {
	c := text[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, stem := range originalStems[c] {
		if hasPrefixASCIIFold(text, stem) {
			return true
		}
	}
	return false
}

// hasPrefixASCIIFold reports whether s starts with the lower-case prefix,
// s's ASCII capitals read as small letters; other bytes compare as they
// are.
func hasPrefixASCIIFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[j] {
			return false
		}
	}
	return true
}

// originalLongStems are pieces of six bytes at least, each holding one of
// originalStems, every phrase of originalPhrases holds one of, in lower
// case: "erst" and "prim" are read with the letter or two beside them in
// every phrase ("erstma", "zuerst", "eerst ", "primer", "primei", "prima ").
var originalLongStems = []string{
	"origin", "oorspronk", "ursprung", "ursprüng", "initial", "först",
	"erstma", "zuerst", "eerst ", "primer", "primei", "prima ",
}

// originalCapitals are the runes outside ASCII whose lower case
// (unicode.ToLower, as strings.ToLower has it) is a rune of a long stem:
// OriginalDate finds a phrase in a line lowered so, where a stem may be
// spelled with them ("ORİGİNALLY").
var originalCapitals = map[rune]rune{'i': 'İ', 'k': '\u212a', 'ü': 'Ü', 'ö': 'Ö'}

// originalLongFirst, originalLongSecond and originalLongThird give, for a
// byte, the long stems, in any spelling whose lower case is the stem (see
// originalCapitals), whose byte at offset o (0 to 4), o+1 and o+2 it is
// (any byte for o+2 past the spelling's end), in bit 12*o+n for the stem
// numbered n: a spelling of six bytes at least covers a position that is
// a multiple of five with its byte at offset 0 to 4 and the next one.
var originalLongFirst, originalLongSecond, originalLongThird = func() (first, second, third [256]uint64) {
	mark := func(t *[256]uint64, b byte, bit uint64) {
		t[b] |= bit
		if b >= 'a' && b <= 'z' {
			t[b-('a'-'A')] |= bit
		}
	}
	for n, stem := range originalLongStems {
		for _, sp := range spellings(stem) {
			for o := range 5 {
				bit := uint64(1) << (len(originalLongStems)*o + n)
				mark(&first, sp[o], bit)
				mark(&second, sp[o+1], bit)
				if o+2 < len(sp) {
					mark(&third, sp[o+2], bit)
					continue
				}
				for b := range third {
					third[b] |= bit
				}
			}
		}
	}
	return first, second, third
}()

// spellings returns stem and the texts it is written as with capitals of
// originalCapitals in place of its runes (ASCII capitals aside).
func spellings(stem string) []string {
	out := []string{""}
	for _, c := range stem {
		var next []string
		for _, head := range out {
			next = append(next, head+string(c))
			if up, ok := originalCapitals[c]; ok {
				next = append(next, head+string(up))
			}
		}
		out = next
	}
	return out
}

// mayBeOriginal is OriginalDate's gate: it reports whether text may hold
// one of originalPhrases, and OriginalDate reads text on only when
// hasOriginalStem(text) too, reading the pairs of bytes at every fifth
// position where hasOriginalStem reads every third (and the byte after a
// pair that may be part of a stem). A line that holds a
// long stem, its ASCII letters compared without case, holds a short one;
// one that holds none, in any spelling whose lower case it is (see
// originalCapitals), holds no phrase in lower case. A stem spelled with
// such a capital is rare: hasOriginalStem answers for the line.
func mayBeOriginal(text string) bool {
	for i := 0; i+1 < len(text); i += 5 {
		m := originalLongFirst[text[i]] & originalLongSecond[text[i+1]]
		if m == 0 { // most pairs, by two loads
			continue
		}
		if i+2 < len(text) {
			m &= originalLongThird[text[i+2]]
		}
		for ; m != 0; m &= m - 1 {
			b := bits.TrailingZeros64(m)
			o, n := b/len(originalLongStems), b%len(originalLongStems)
			if i < o {
				continue
			}
			switch longStemAt(text[i-o:], originalLongStems[n]) {
			case stemPlain:
				return true
			case stemSpelled:
				return hasOriginalStem(text)
			}
		}
	}
	return false
}

// How a text starts with a long stem (longStemAt).
const (
	stemNone    = iota
	stemPlain   // its ASCII letters compared without case
	stemSpelled // with a capital of originalCapitals
)

// longStemAt reports whether s starts with stem, a long stem: its ASCII
// letters compared without case (stemPlain), or its runes from the first
// byte that differs outside ASCII lowered by unicode.ToLower
// (stemSpelled).
func longStemAt(s, stem string) int {
	if len(s) < len(stem) {
		return stemNone
	}
	for j := 0; j < len(stem); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == stem[j] {
			continue
		}
		if s[j] < utf8.RuneSelf {
			return stemNone
		}
		k := j // the start of stem's rune, and of s's
		for k > 0 && !utf8.RuneStart(stem[k]) {
			k--
		}
		if hasPrefixLower(s[k:], stem[k:]) {
			return stemSpelled
		}
		return stemNone
	}
	return stemPlain
}

// hasPrefixLower reports whether s starts with runes whose lower case
// (unicode.ToLower) are those of the lower-case prefix.
func hasPrefixLower(s, prefix string) bool {
	for _, c := range prefix {
		r, size := utf8.DecodeRuneInString(s)
		if size == 0 || unicode.ToLower(r) != c {
			return false
		}
		s = s[size:]
	}
	return true
}
