package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text normalises a line or paragraph of text and returns it:
//
//   - invalid UTF-8 bytes are replaced by U+FFFD;
//   - "\r\n", "\r", NEL (U+0085) and the Unicode line and paragraph
//     separators become "\n";
//   - tabs, form feeds and every Unicode space separator, including the
//     no-break spaces U+00A0, U+2007 and U+202F, become a plain space;
//   - zero-width spaces (U+200B), word joiners (U+2060), byte order marks
//     (U+FEFF), soft hyphens (U+00AD) and other control characters are
//     removed;
//   - zero-width non-joiners and joiners (U+200C, U+200D) are removed too,
//     except between two letters, marks or symbols, where they change the
//     rendering (Persian and Indic words, emoji sequences) and are kept;
//   - the result is put in Unicode Normalization Form C;
//   - runs of spaces collapse to one, each line is trimmed, runs of blank
//     lines collapse to one blank line, and leading and trailing blank
//     lines are dropped.
//
// Bidirectional controls (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069)
// are kept. Text is idempotent: Text(Text(s)) == Text(s). It is safe for
// concurrent use.
func Text(s string) string {
	if t, ok := textUnchanged(s); ok {
		return t
	}
	return normaliseText(s)
}

// normaliseText is Text without its check for text that needs no change.
func normaliseText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = filterRunes(s)
	if !isASCII(s) { // ASCII is in NFC already
		s = norm.NFC.String(s)
	}
	return squeezeSpaces(s)
}

// normaliseSpaces returns Text(s) and true for a line whose only changes
// under Text are to its spaces, as for most lines that Text changes: a
// no-break space or a tab for a plain one, a run of spaces, spaces at the
// ends. It writes the line once, with no other pass of normaliseText, and
// takes s when it is valid UTF-8, holds no control character but tabs
// and a last line break, no rune filterRunes drops, and no rune that
// classes does not mark stable for NFC but the space runes it replaces:
// such a text is in NFC once its spaces are plain. It returns false for
// any other s, which normaliseText must clean.
func normaliseSpaces(s string, classes *[classTableSize]runeClass) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; ; {
		// The spaces before a run of text, which Text makes one or
		// drops at the ends.
		for i < len(s) {
			if c := s[i]; c == ' ' || c == '\t' || c == '\n' && i == len(s)-1 {
				i++
				continue
			} else if c < utf8.RuneSelf {
				break
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r <= 0x9f || dropsRune(r) || classOf(r, classes)&clsSpace == 0 {
				break // checked below
			}
			i += size
		}
		if i == len(s) {
			return b.String(), true
		}
		// A run of text, kept as it is: characters that are no space,
		// and single plain spaces between ASCII ones.
		from := i
		for i < len(s) {
			c := s[i]
			if i+8 <= len(s) && s[i+7] != ' ' && plainASCII(s, i) {
				i += 8 // no space ends them: the next byte decides
				continue
			}
			if ' ' < c && c < 0x7f || c == ' ' && i+1 < len(s) && ' ' < s[i+1] && s[i+1] < 0x7f && s[i-1] != ' ' {
				i++
				continue
			}
			if c < utf8.RuneSelf {
				if c == ' ' || c == '\t' || c == '\n' && i == len(s)-1 {
					break
				}
				return "", false // controls, line breaks
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r <= 0x9f || r == utf8.RuneError && size == 1 || dropsRune(r) {
				return "", false // C1 controls, invalid bytes, what filterRunes drops
			}
			cls := classOf(r, classes)
			if cls&clsSpace != 0 {
				break
			}
			if cls&clsStable == 0 {
				return "", false
			}
			i += size
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[from:i])
	}
}

// textUnchanged returns Text(s) and true when that is s with the spaces
// and line breaks at its ends trimmed, as it is for most lines: valid
// UTF-8 in NFC, with no line break inside, no space but single ' ' and
// nothing filterRunes drops. It checks in one pass what Text checks in
// several; false means Text must do its work.
func textUnchanged(s string) (string, bool) {
	t := strings.Trim(s, " \n")
	stable := true // every rune is NFC and combines with none before it
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf && i+8 <= len(t) && plainASCII(t, i) {
			i += 8
			continue
		}
		if c < utf8.RuneSelf {
			if c < ' ' || c == 0x7f || c == ' ' && t[i-1] == ' ' {
				return "", false // controls, line breaks, runs of spaces
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			return "", false
		case r <= 0x9f: // C1 controls, NEL
			return "", false
		case dropsRune(r):
			return "", false
		case r < classTableSize:
			cls := classTable()[r]
			if cls&clsSpace != 0 {
				return "", false
			}
			stable = stable && cls&clsStable != 0
		default:
			if unicode.IsSpace(r) {
				return "", false
			}
			stable = false
		}
	}
	if !stable && !norm.NFC.IsNormalString(s) {
		return "", false
	}
	return t, true
}

// dropsRune reports whether r is one of the runes above U+009F that
// filterRunes may drop or change: the soft hyphen, the zero-width space,
// non-joiner and joiner, the line and paragraph separators, the word
// joiner and the byte order mark.
func dropsRune(r rune) bool {
	switch r {
	case '\u00AD', '\u2028', '\u2029', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF':
		return true
	}
	return false
}

// Eight bytes repeated, for plainASCII.
const (
	bytes01 = 0x0101010101010101
	bytes20 = 0x2020202020202020
	bytes60 = 0x6060606060606060
	bytes7f = 0x7f7f7f7f7f7f7f7f
	bytes80 = 0x8080808080808080
)

// plainASCII reports whether the eight bytes of s from i, which exist, are
// ASCII that textUnchanged passes: no control character, no DEL and no
// space after a space (the byte before i included). It tests them
// together, in a word.
func plainASCII(s string, i int) bool {
	v := load64(s, i)
	if v&bytes80 != 0 || // a byte outside ASCII
		(v+bytes60)&bytes80 != bytes80 || // a byte under 0x20: it stays under 0x80
		(v+bytes01)&bytes80 != 0 { // DEL: the one byte that reaches 0x80
		return false
	}
	x := v ^ bytes20                                     // spaces become zero bytes
	spaces := ^(((x & bytes7f) + bytes7f) | x) & bytes80 // 0x80 in each byte that was a space
	return spaces&(spaces<<8) == 0 && (i == 0 || s[i-1] != ' ' || spaces&0x80 == 0)
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// filterRunes maps line breaks to '\n' and spaces to ' ', and drops
// invisible characters, as described on Text. s must be valid UTF-8.
func filterRunes(s string) string {
	if isFiltered(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(-1)
	for i := 0; i < len(s); {
		if c := s[i]; ' ' <= c && c < 0x7f { // printable ASCII is kept
			b.WriteByte(c)
			prev = rune(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			if !strings.HasPrefix(s[i+1:], "\n") {
				b.WriteByte('\n')
			}
		case r == '\n' || r == '\u0085' || r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\u200C' || r == '\u200D':
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if joinable(prev) && joinable(next) {
				b.WriteRune(r)
			}
		case r == '\u200B' || r == '\u2060' || r == '\uFEFF' || r == '\u00AD':
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
		prev = r
		i += size
	}
	return b.String()
}

// isFiltered reports whether filterRunes would leave s unchanged: it
// holds no control character but '\n', no space but ' ', none of the
// invisible characters filterRunes drops and no joiner. s must be valid
// UTF-8.
func isFiltered(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch r {
		case '\u0085', '\u2028', '\u2029', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
			return false
		}
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return false
		}
	}
	return true
}

// joinable reports whether a zero-width (non-)joiner next to r is
// meaningful.
func joinable(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M, unicode.So, unicode.Sk)
}

// squeezeSpaces collapses spaces and blank lines and trims lines, as
// described on Text. s must contain no whitespace other than ' ' and '\n'.
func squeezeSpaces(s string) string {
	s = strings.Trim(s, " \n") // what the loop below drops at both ends
	if isSqueezed(s) {
		return s
	}
	out := make([]byte, 0, len(s))
	blank := 0 // line breaks seen since the last text
	space := false
	for i := 0; i < len(s); {
		switch s[i] {
		case ' ':
			space = true
			i++
			continue
		case '\n':
			blank++
			space = false
			i++
			continue
		}
		j := i + 1
		for j < len(s) && s[j] != ' ' && s[j] != '\n' {
			j++
		}
		if len(out) > 0 {
			switch {
			case blank > 1:
				out = append(out, "\n\n"...)
			case blank == 1:
				out = append(out, '\n')
			case space:
				out = append(out, ' ')
			}
		}
		blank, space = 0, false
		out = append(out, s[i:j]...)
		i = j
	}
	return string(out)
}

// isSqueezed reports whether squeezeSpaces would return s unchanged.
func isSqueezed(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[0] == '\n' || s[len(s)-1] == ' ' || s[len(s)-1] == '\n' {
		return false
	}
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if s[i-1] == ' ' || s[i-1] == '\n' {
				return false
			}
		case '\n':
			if s[i-1] == ' ' || s[i-1] == '\n' && i >= 2 && s[i-2] == '\n' {
				return false
			}
		}
	}
	return true
}
