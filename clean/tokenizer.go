package clean

import (
	"unicode"
	"unicode/utf8"
)

// maxWordBytes bounds the words the tokenizer lower-cases. Longer words
// (such as a whole unspaced Chinese sentence) cannot be stop words and are
// returned as an empty, non-nil slice.
const maxWordBytes = 64

// tokenizer splits text into lower-cased words for stop word matching: a
// word is a maximal run of letters and combining marks. Digits,
// punctuation, apostrophes and hyphens separate words. The zero value is
// ready after reset; it does not allocate.
type tokenizer struct {
	s   string
	i   int
	buf [maxWordBytes + utf8.UTFMax]byte
}

func (t *tokenizer) reset(s string) {
	t.s, t.i = s, 0
}

// next returns the next word, valid until the following call, and false
// at the end of the text.
func (t *tokenizer) next() ([]byte, bool) {
	s := t.s
	i := t.i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if isASCIILetter(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			break
		}
		i += size
	}
	if i >= len(s) {
		t.i = i
		return nil, false
	}
	n := 0
	long := false
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIILetter(c) {
				break
			}
			if n < maxWordBytes {
				t.buf[n] = c | 0x20
				n++
			} else {
				long = true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			break
		}
		if n+utf8.UTFMax <= maxWordBytes {
			n += utf8.EncodeRune(t.buf[n:], unicode.ToLower(r))
		} else {
			long = true
		}
		i += size
	}
	t.i = i
	if long {
		return t.buf[:0], true
	}
	return t.buf[:n], true
}

func isASCIILetter(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r)
}
