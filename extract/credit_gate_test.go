package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/clean"
	"github.com/pith-go/pith/internal/randtext"
)

// TestCreditGates checks the gates of agencyCredit and bracketCredit on
// random lines: a line mayEndBracket turns away never ends with a
// bracket once trimmed, endsBracket tells such a line as TrimSpace and
// HasSuffix do, and a line without "/" is no agency credit.
func TestCreditGates(t *testing.T) {
	parts := []string{"AP", "Photo", "/", ")", "]", "(", "[", " ", "\t", "\u00a0", "\u0085", "\u3000", "\u2009", "\u202f", "\u205f", "\u1680", "\u2029", ".", "Jane Doe", "é", "写真", "Фото", "x", "\xff", "\xe3\x80"}
	r := rand.New(rand.NewPCG(11, 12))
	ends := 0
	for range 50000 {
		s := randtext.Concat(r, parts, r.IntN(8))
		trimmed := strings.TrimSpace(s)
		bracket := strings.HasSuffix(trimmed, ")") || strings.HasSuffix(trimmed, "]")
		require.Equal(t, bracket, endsBracket(s), "%q", s)
		if bracket {
			ends++
			require.True(t, mayEndBracket(s), "%q", s)
		}
		if !strings.Contains(s, "/") {
			require.False(t, agencyCredit(s), "%q", s)
		}
	}
	assert.Greater(t, ends, 5000, "lines ending with a bracket")
	assert.False(t, mayEndBracket("Photo (AP) x"))
	assert.True(t, mayEndBracket("Photo (AP)\u00a0"))
}

// TestHasCopyrightSign checks hasCopyrightSign against strings.Contains.
func TestHasCopyrightSign(t *testing.T) {
	for _, s := range []string{"", "©", "Photo © AP", "\u00a0x", "(c) 2020", "é", "x©", "\xc2", "\xc2\xa9"} {
		assert.Equal(t, strings.Contains(s, "©"), hasCopyrightSign(s), "%q", s)
	}
}

// TestMayHoldNonASCII checks that mayHoldNonASCII holds for every block
// with a byte outside ASCII, on the features of the text path
// (NewTextDocument) and of the HTML path (clean.Measure), and that it
// turns an ASCII line away.
func TestMayHoldNonASCII(t *testing.T) {
	pieces := []string{"a", "B", " ", "1", "©", "é", "\u00a0", "x y", "—", "Ⱥ", "/", "\t"}
	doc := randomDump(t, rand.New(rand.NewPCG(7, 8)), pieces, 10)
	for _, b := range doc.Blocks {
		measured := &Block{Text: b.Text, Features: clean.Measure(b.Text, "")}
		ascii := true
		for i := 0; i < len(b.Text); i++ {
			ascii = ascii && b.Text[i] < utf8.RuneSelf
		}
		assert.Equal(t, !ascii, mayHoldNonASCII(b), "%q", b.Text)
		assert.Equal(t, !ascii, mayHoldNonASCII(measured), "%q", b.Text)
	}
}

// TestSpaceTails checks spaceTails against unicode.IsSpace for every rune
// above ASCII: a space's last byte has its bit set.
func TestSpaceTails(t *testing.T) {
	var want uint64
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			s := string(r)
			want |= 1 << (s[len(s)-1] & 0x3f)
		}
	}
	require.Equal(t, want, uint64(spaceTails))
}
