package clean

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestTextUnchanged checks that Text's one-pass check for lines that need
// no change agrees with the full normalisation, over the lines of the
// shipped dumps and lines that need work.
func TestTextUnchanged(t *testing.T) {
	lines := []string{
		"plain line\n", "  padded  \n", "two  spaces", "tab\there", "nbsp\u00a0here", "e\u0301t\u00e9",
		"caf\u00e9 cr\u00e8me", "soft\u00adhyphen", "zero\u200bwidth", "bad\xffbyte", "nel\u0085x", "line\r\n",
		"", "\n", "  ", "ideographic\u3000space", "قهوه\u200cخانه", "emoji 👍🏽", "ﬁ ligature", "Å", "\u212b",
		"\u1100\u1161 jamo", "a\u0308", "ก\u0e31", "\u0915\u093c", "x\u0345y",
	}
	lines = append(lines, dumpLines(t)...)
	fast := 0
	for _, line := range lines {
		if got, ok := textUnchanged(line); ok {
			fast++
			require.Equal(t, normaliseText(line), got, "%q", line)
		}
	}
	assert.Greater(t, fast, len(lines)/2, "most lines take the one-pass check")
	_, ok := textUnchanged("\u212b") // the Angstrom sign is not NFC
	assert.False(t, ok)
}

// TestStableRunes checks the runes the class table marks as stable for
// NFC: after any of a few starters that combine with marks, each keeps the
// text in NFC.
func TestStableRunes(t *testing.T) {
	stable := 0
	for r := range rune(classTableSize) {
		if classTable()[r]&clsStable == 0 {
			continue
		}
		stable++
		for _, q := range []string{"a", "e", "A", "\u1100", "\uac00", "ก", "\u0915", "\u0627", "\u00e4"} {
			require.True(t, norm.NFC.IsNormalString(q+string(r)), "%q + %U", q, r)
		}
	}
	assert.Greater(t, stable, 5000)
	assert.Zero(t, classTable()[0x0301]&clsStable, "a combining accent is not stable")
	assert.Zero(t, classTable()[0x1161]&clsStable, "a medial jamo is not stable")
	assert.Zero(t, classTable()[0x212b]&clsStable, "the Angstrom sign is not NFC")
}

// TestPlainASCII checks the eight-byte test of textUnchanged against a
// test of each byte, at every offset of lines with controls, DEL, runs of
// spaces across and inside the eight bytes, and bytes outside ASCII.
func TestPlainASCII(t *testing.T) {
	lines := []string{
		"plain words of ascii text here", "a  b c d e f g h i j", "abcdefg  hijklmnop", "abcdefgh ijklmnop",
		"abcdefg\x7fhijklmnop", "abc\x1fdefghijk", "tab\there and there", "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e",
		"~}|{`_^]\\[@?>=<;:/.-,+*)('&%$#\"!", "        ", " x x x x x x x x x", "0123456789 ABCDEFGH",
	}
	each := func(s string, i int) bool {
		for k := i; k < i+8; k++ {
			c := s[k]
			if c >= utf8.RuneSelf || c < ' ' || c == 0x7f || c == ' ' && k > 0 && s[k-1] == ' ' {
				return false
			}
		}
		return true
	}
	for _, s := range lines {
		for i := 0; i+8 <= len(s); i++ {
			assert.Equal(t, each(s, i), plainASCII(s, i), "%q at %d", s, i)
		}
	}
}

// dumpLines returns the lines of the shipped dumps (../testdata/text),
// each with its line break.
func dumpLines(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var lines []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		for line := range strings.Lines(string(data)) {
			lines = append(lines, line)
		}
	}
	return lines
}

// TestNormaliseSpaces checks the one-pass normalisation of lines whose
// spaces alone change against normaliseText, over lines that need work,
// the shipped dumps' lines, and random lines with runs of spaces,
// no-break spaces, tabs and characters it must leave to normaliseText.
func TestNormaliseSpaces(t *testing.T) {
	lines := []string{
		"nbsp\u00a0here", "  padded  \n", "two  spaces", "tab\there", "\u00a0lead and trail\u00a0\n", "\u00a0", " \u00a0 ",
		"a\u00a0 \u00a0b", "ideographic\u3000space", "twelve bytes  then more text  here", "12345678 12345678  12345678",
		"soft\u00adhyphen", "zero\u200bwidth", "bad\xffbyte", "nel\u0085x", "line\r\n", "inner\nbreak", "a\u0308 b",
		"\u212b\u00a0x", "caf\u00e9\u00a0cr\u00e8me", "vertical\vtab", "del\x7fx", "emoji\u00a0👍🏽",
	}
	lines = append(lines, dumpLines(t)...)
	r := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		line := randomLine(r, r.IntN(30))
		if r.IntN(2) == 0 {
			line += "\n"
		}
		lines = append(lines, line)
	}
	fast := 0
	for _, line := range lines {
		got, ok := normaliseSpaces(line, classTable())
		if !ok {
			continue
		}
		fast++
		require.Equal(t, normaliseText(line), got, "%q", line)
	}
	assert.Greater(t, fast, len(lines)/2, "most lines take the one pass")
	for _, line := range []string{"soft\u00adhyphen", "bad\xffbyte", "nel\u0085x", "line\r\n", "inner\nbreak", "a\u0308 b", "\u212b\u00a0x"} {
		_, ok := normaliseSpaces(line, classTable())
		assert.False(t, ok, "%q", line)
	}
}
