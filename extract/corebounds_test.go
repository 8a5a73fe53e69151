package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCoreBoundsFollowsCore checks that CoreBounds answers for the current
// core after SetCore or a direct assignment replaces it, although it keeps
// its answer between calls.
func TestCoreBoundsFollowsCore(t *testing.T) {
	doc, err := NewTextDocument("Title\nOne\nTwo\nThree\nFour\nFive")
	require.NoError(t, err)
	require.Len(t, doc.Blocks, 5, "the title line is no block")
	doc.SetCore(func(b *Block) bool { return b.Index == 2 || b.Index == 3 })
	first, last := doc.CoreBounds()
	assert.Equal(t, [2]int{2, 3}, [2]int{first, last})
	first, last = doc.CoreBounds()
	assert.Equal(t, [2]int{2, 3}, [2]int{first, last}, "the kept answer")
	doc.SetCore(func(b *Block) bool { return b.Index >= 1 && b.Index <= 4 })
	first, last = doc.CoreBounds()
	assert.Equal(t, [2]int{1, 4}, [2]int{first, last}, "after SetCore")
	doc.core = make([]bool, len(doc.Blocks))
	first, last = doc.CoreBounds()
	assert.Equal(t, [2]int{-1, -1}, [2]int{first, last}, "after an assignment")
}
