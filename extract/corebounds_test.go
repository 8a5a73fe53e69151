package extract

import (
	"math/rand/v2"
	"strings"
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

// TestCoreFlags checks that coreFlags agrees with InCore for every block,
// for the located core and after SetCore replaces it.
func TestCoreFlags(t *testing.T) {
	doc, err := NewTextDocument("Title\nMenu\nHome\n" + strings.Repeat("This is a sentence of the article with enough words in it.\n", 5) + "Footer")
	require.NoError(t, err)
	check := func() {
		core := doc.coreFlags()
		require.Len(t, core, len(doc.Blocks))
		for _, b := range doc.Blocks {
			assert.Equal(t, doc.InCore(b), core[b.Index], "block %d", b.Index)
		}
	}
	check()
	assert.True(t, doc.coreFlags()[3])
	doc.SetCore(func(b *Block) bool { return b.Index == 1 })
	check()
	assert.True(t, doc.coreFlags()[1])
	assert.False(t, doc.coreFlags()[3])
}

// TestScanBounds checks scanBounds against a scan of every value, on
// random cores of every length up to 40, empty and all false included.
func TestScanBounds(t *testing.T) {
	reference := func(core []bool) (int, int) {
		first, last := -1, -1
		for i, in := range core {
			if in {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		return first, last
	}
	r := rand.New(rand.NewPCG(11, 12))
	for range 5000 {
		core := make([]bool, r.IntN(41))
		density := r.IntN(4)
		for i := range core {
			core[i] = r.IntN(8) < density
		}
		wantFirst, wantLast := reference(core)
		first, last := scanBounds(core)
		require.Equal(t, wantFirst, first, "%v", core)
		require.Equal(t, wantLast, last, "%v", core)
	}
}

// TestFoldedTitleFollowsTitle checks that the text core's title is
// foldText of the document's title: before Headline has run, after it
// (which may replace the title), and after the title is changed again.
func TestFoldedTitleFollowsTitle(t *testing.T) {
	for _, doc := range testDumpDocs(t) {
		var buf [titleFoldBuf]byte
		require.Equal(t, foldText(doc.Title), doc.foldedTitle(&buf), "before Headline: %q", doc.Title)
		require.NoError(t, Headline.Extract(doc))
		require.Equal(t, foldText(doc.Title), doc.foldedTitle(&buf), "after Headline: %q", doc.Title)
		doc.Title = "Another Title, Changed"
		require.Equal(t, "another title changed", doc.foldedTitle(&buf))
		doc.Title = ""
		require.Equal(t, "", doc.foldedTitle(&buf))
	}
}
