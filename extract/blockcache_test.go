package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBlockFolds checks the folded texts blocks keep: a text dump's, in
// records from their Document's chunks (more blocks than a chunk holds,
// some folded only within a limit), a block's whose cache is made on
// first use, and one's whose cache has no record yet nor folder; each
// stays its own once the others are folded.
func TestBlockFolds(t *testing.T) {
	var dump strings.Builder
	dump.WriteString("Title\n")
	for i := range 3*foldChunk + 5 {
		fmt.Fprintf(&dump, "Line %d: L'été — À BIENTÔT, Ünïcödé ẞ!\n", i)
	}
	doc, err := NewTextDocument(dump.String())
	require.NoError(t, err)
	blocks := append(doc.Blocks, &Block{Text: "A block built elsewhere"},
		&Block{Text: "A bare cache", cache: &blockCache{}})
	for i, b := range blocks {
		switch i % 3 {
		case 0:
			b.foldedText()
		case 1:
			_, ok := b.wordFoldWithin(5)
			assert.False(t, ok, "%q", b.Text)
		}
		f, ok := b.wordFoldWithin(1000)
		assert.True(t, ok, "%q", b.Text)
		assert.Equal(t, foldText(b.Text), f, "%q", b.Text)
	}
	for _, b := range blocks {
		assert.Equal(t, clean.FoldPhrase(b.Text), b.foldedText(), "%q", b.Text)
		assert.Equal(t, foldText(b.Text), b.wordFold(), "%q", b.Text)
		assert.True(t, b.foldsTo(foldText(b.Text)), "%q", b.Text)
	}
}
