package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/clean"
)

// asciiDigits counts the ASCII digits of s.
func asciiDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// randomDump returns the Document of a dump of 400 random lines after its
// title line, each "w" and then up to maxPieces-1 of pieces drawn by r.
func randomDump(t *testing.T, r *rand.Rand, pieces []string, maxPieces int) *Document {
	t.Helper()
	var lines []string
	for range 400 {
		var sb strings.Builder
		sb.WriteString("w")
		for range r.IntN(maxPieces) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		lines = append(lines, sb.String())
	}
	doc, err := NewTextDocument("Title\n" + strings.Join(lines, "\n"))
	require.NoError(t, err)
	return doc
}

// TestMayHoldDate checks mayHoldDate's answer from a block's features
// against a count of the text's ASCII digits, on the features of the
// HTML path (clean.Measure) and of the text path (NewTextDocument), and
// that no block it turns away holds a date clean.FindDate reads.
func TestMayHoldDate(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"2019", false},
		{"March 2018", false},
		{"May 2, 2021", true},
		{"01.02.21", true},
		{"  1  2  3  4  5 ", true},
		{"", false},
	} {
		t.Run(tc.text, func(t *testing.T) {
			b := &Block{Text: tc.text, Features: clean.Measure(tc.text, "")}
			assert.Equal(t, tc.want, mayHoldDate(b))
		})
	}
	t.Run("random", func(t *testing.T) {
		pieces := []string{"1", "2", "0", "9", " ", "  ", "a", "Zé", "-", ".", "/", "٣", "\u00a0", "x y", "—", " 2021", " May ", " 3 May 2021", " 01.02.2021", " 1.2.21"}
		doc := randomDump(t, rand.New(rand.NewPCG(6, 7)), pieces, 12)
		dates := 0
		for _, b := range doc.Blocks {
			measured := &Block{Text: b.Text, Features: clean.Measure(b.Text, "")}
			if asciiDigits(b.Text) >= 5 {
				assert.True(t, mayHoldDate(b), b.Text)
				assert.True(t, mayHoldDate(measured), b.Text)
			}
			if _, _, _, ok := clean.FindDate(b.Text); ok {
				dates++
				assert.True(t, mayHoldDate(b), b.Text)
			}
		}
		assert.Greater(t, dates, 10, "dates")
	})
}
