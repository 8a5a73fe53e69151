package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriterFoldsAgrees checks writerFolds.match against writerName on
// random short lines and authors, also when the authors change between
// blocks.
func TestWriterFoldsAgrees(t *testing.T) {
	words := []string{"Jane", "JANE", "jane", "Doe", "Doe,", "(Jane", "9 Doe", "\u00a0Doe", "", "Ærø", "ÆRØ", "İlker", "José", "JOSÉ", "O’Neil", "O'Neil", "von", "-", "|", "Straße", "STRASSE", "Ⱥ", "x"}
	r := rand.New(rand.NewPCG(21, 22))
	matched := 0
	for range 300 {
		lines := make([]string, 40)
		for i := range lines {
			lines[i] = randtext.Words(r, words, 1+r.IntN(3))
		}
		doc, err := NewTextDocument("Title\n" + strings.Join(lines, "\n"))
		require.NoError(t, err)
		var w writerFolds
		for _, b := range doc.Blocks {
			if r.IntN(8) == 0 {
				doc.Meta.Authors = nil
				for range r.IntN(3) {
					doc.Meta.Authors = append(doc.Meta.Authors, randtext.Words(r, words, 1+r.IntN(2)))
				}
			}
			want := writerName(doc, b)
			require.Equal(t, want, w.match(doc, b), "%q %q", b.Text, doc.Meta.Authors)
			if want {
				matched++
			}
		}
	}
	assert.Greater(t, matched, 200, "blocks that name a writer")
}
