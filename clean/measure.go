package clean

import (
	"unicode"
	"unicode/utf8"
)

// closers are the closing quotes and brackets EndsSentence looks through,
// including the German „…“ and »…« and the Swiss «…» pairs' closers.
const closers = "\"'”’“‘»«›‹)]}」』》〉）］"

// terminals are the runes that end a sentence.
const terminals = ".!?…;。！？．‼⁇؟۔।॥։።"

// EndsSentence reports whether s, ignoring trailing spaces and closing
// quotes or brackets (”’"'»)]} and their CJK forms), ends with sentence
// punctuation: . ! ? … ; or the CJK, Arabic, Urdu, Devanagari, Armenian or
// Ethiopic full stops and question marks (。！？．؟۔।॥։።). A colon does not
// end a sentence, nor does a footnote number ("end.[1]" is false).
func EndsSentence(s string) bool { return endsSentence(s, classTable()) }

// endsSentence is EndsSentence, with the classes of the runes from
// classes (classTable). Most texts end with an ASCII character that is
// neither a space nor a closer: it alone decides, inline.
func endsSentence(s string, classes *[classTableSize]runeClass) bool {
	if n := len(s); n > 0 && s[n-1] < utf8.RuneSelf && asciiProps[s[n-1]]&(asciiSpace|asciiCloser) == 0 {
		return asciiProps[s[n-1]]&asciiTerminal != 0
	}
	return endsSentenceTrimmed(s, classes)
}

// endsSentenceTrimmed is endsSentence for any text: the trailing spaces,
// then the closers, are passed over a rune at a time from the end, ASCII
// without decoding, and the rune before them decides.
func endsSentenceTrimmed(s string, classes *[classTableSize]runeClass) bool {
	i := len(s)
	r, size := lastRune(s)
	for i > 0 && isSpaceRune(r, classes) {
		i -= size
		r, size = lastRune(s[:i])
	}
	for i > 0 && isCloser(r) {
		i -= size
		r, size = lastRune(s[:i])
	}
	return isTerminal(r) // false for utf8.RuneError, at the start of s
}

// isSpaceRune is unicode.IsSpace, from the classes of the runes
// (classOf).
func isSpaceRune(r rune, classes *[classTableSize]runeClass) bool {
	if r < utf8.RuneSelf {
		return asciiProps[r]&asciiSpace != 0
	}
	return classOf(r, classes)&clsSpace != 0
}

// isCloser reports whether r is one of closers.
func isCloser(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiProps[r]&asciiCloser != 0
	}
	switch r {
	case '”', '’', '“', '‘', '»', '«', '›', '‹', '」', '』', '》', '〉', '）', '］':
		return true
	}
	return false
}

// isTerminal reports whether r is one of terminals.
func isTerminal(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiProps[r]&asciiTerminal != 0
	}
	switch r {
	case '…', '。', '！', '？', '．', '‼', '⁇', '؟', '۔', '।', '॥', '։', '።':
		return true
	}
	return false
}

// lastRune is utf8.DecodeLastRuneInString, with an ASCII last byte
// read at once; an empty s gives utf8.RuneError.
func lastRune(s string) (rune, int) {
	if n := len(s); n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	return utf8.DecodeLastRuneInString(s)
}

// CapitalShare returns the share, between 0 and 1, of the cased letters of
// s that are upper or title case. Letters of scripts without case (Han,
// Arabic, Thai...) are not counted; s without cased letters gives 0.
func CapitalShare(s string) float64 {
	upper, cased := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			upper++
			cased++
		case unicode.IsLower(r):
			cased++
		}
	}
	return share(upper, cased)
}

// DigitShare returns the share, between 0 and 1, of the non-space runes of
// s that are decimal digits in any script; 0 when s is blank.
func DigitShare(s string) float64 {
	digits, total := 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		total++
		if unicode.IsDigit(r) {
			digits++
		}
	}
	return share(digits, total)
}

func share(n, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}

// Features are the surface measures of a paragraph that boilerplate
// classifiers use. The zero value describes empty text.
type Features struct {
	// Words is the word count, see WordCount.
	Words int
	// Runes is the number of runes, spaces included.
	Runes int
	// Terminal reports whether the text ends a sentence, see EndsSentence.
	Terminal bool
	// StopDensity is the share of words that are stop words of the
	// language given to Measure, see StopwordDensity.
	StopDensity float64
	// Capitals is the share of cased letters in upper case, see
	// CapitalShare.
	Capitals float64
	// Digits is the share of non-space runes that are digits, see
	// DigitShare.
	Digits float64
}

// Measure computes the Features of s, a paragraph normally cleaned by
// Text, using lang's stop words. StopDensity is 0 when lang is "" or has
// no stop list; detect the page's language once with DetectLanguage and
// pass it for every paragraph. Measure is safe for concurrent use.
func Measure(s, lang string) Features {
	c := countRunes(s)
	return Features{
		Words:       WordCount(s),
		Runes:       c.runes,
		Terminal:    EndsSentence(s),
		StopDensity: StopwordDensity(s, lang),
		Capitals:    share(c.upper, c.cased),
		Digits:      share(c.digits, c.nonSpace),
	}
}

// runeCounts are the counts behind Features.Runes, CapitalShare and
// DigitShare.
type runeCounts struct {
	runes, upper, cased, digits, nonSpace int
}

// countRunes counts the runes of s in one pass, with the classes of
// CapitalShare and DigitShare; ASCII is classified without the Unicode
// tables.
func countRunes(s string) runeCounts {
	var c runeCounts
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			i++
			c.runes++
			switch {
			case 'a' <= b && b <= 'z':
				c.cased++
			case 'A' <= b && b <= 'Z':
				c.upper++
				c.cased++
			case '0' <= b && b <= '9':
				c.digits++
			case b == ' ' || '\t' <= b && b <= '\r':
				continue
			}
			c.nonSpace++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		c.count(r)
	}
	return c
}

// count counts r, a rune outside ASCII.
func (c *runeCounts) count(r rune) {
	c.countClass(classOf(r, classTable()))
}

// countClass counts a rune outside ASCII of class cls.
func (c *runeCounts) countClass(cls runeClass) {
	c.runes++
	switch {
	case cls&clsUpper != 0:
		c.upper++
		c.cased++
	case cls&clsLower != 0:
		c.cased++
	}
	if cls&clsSpace != 0 {
		return
	}
	c.nonSpace++
	if cls&clsDigit != 0 {
		c.digits++
	}
}
