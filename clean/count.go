package clean

import (
	"unicode"
	"unicode/utf8"
)

// Characters per word assumed by WordCount for scripts written without
// spaces.
const (
	hanKanaPerWord = 2 // Chinese and Japanese
	thaiPerWord    = 5 // Thai, Lao, Khmer and Myanmar
)

// WordCount returns the number of words in s, comparable across scripts.
//
// In scripts written with spaces (Latin, Cyrillic, Arabic, Hangul...) a
// word is a run of non-space characters holding at least one letter or
// digit, so "don't", "peut-être" and "3.5" count once and a lone "—" does
// not count. Scripts written without spaces are estimated from their
// characters: one word per 2 Han, Hiragana or Katakana characters, and one
// word per 5 letters of Thai, Lao, Khmer or Myanmar (combining vowel and
// tone marks are not counted). Each estimate is rounded up, so a
// 40-character Chinese sentence counts 20 words.
func WordCount(s string) int {
	_, words := PunctWords(s)
	return words
}

// PunctWords returns the number of punctuation marks in s (runes
// unicode.IsPunct accepts) and WordCount(s), counted in one pass.
func PunctWords(s string) (puncts, words int) {
	var wc wordCounter
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				wc.inWord = false
			case !wc.inWord && (isASCIILetter(c) || '0' <= c && c <= '9'):
				wc.inWord = true
				wc.words++
			case asciiPunct[c]:
				puncts++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsPunct(r) {
			puncts++
		}
		wc.count(r)
	}
	return puncts, wc.total()
}

// asciiPunct marks the ASCII bytes unicode.IsPunct accepts.
var asciiPunct = func() (t [utf8.RuneSelf]bool) {
	for c := range rune(utf8.RuneSelf) {
		t[c] = unicode.IsPunct(c)
	}
	return t
}()

// wordCounter is the state of WordCount.
type wordCounter struct {
	words, hanKana, thai int
	inWord               bool
}

// count counts r, a rune outside ASCII.
func (wc *wordCounter) count(r rune) {
	wc.countClass(r, classOf(r, classTable()))
}

// countClass counts r, a rune outside ASCII of class cls.
func (wc *wordCounter) countClass(r rune, cls runeClass) {
	switch {
	case cls&clsSpace != 0:
		wc.inWord = false
	case r < firstScriptRune: // no Han, Kana, Thai, Lao, Khmer or Myanmar
		if !wc.inWord && cls&(clsLetter|clsDigit) != 0 {
			wc.inWord = true
			wc.words++
		}
	case cls&clsHanKana != 0:
		wc.hanKana++
		wc.inWord = false
	case cls&clsSEAsian != 0:
		if cls&clsLetter != 0 {
			wc.thai++
		}
		wc.inWord = false
	case !wc.inWord && cls&(clsLetter|clsDigit) != 0:
		wc.inWord = true
		wc.words++
	}
}

// total is the word count of the text counted.
func (wc *wordCounter) total() int {
	return wc.words + ceilDiv(wc.hanKana, hanKanaPerWord) + ceilDiv(wc.thai, thaiPerWord)
}

func isHanKana(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || r == 'ー'
}

func ceilDiv(a, b int) int {
	return (a + b - 1) / b
}
