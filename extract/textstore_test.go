package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// textDumps reads the text dumps of testdata.
func textDumps(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../testdata/text/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	dumps := make([]string, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		dumps[i] = string(data)
	}
	return dumps
}

// TestFromTextReusesStores checks that FromText and FromReader, which
// give their blocks' store back for the next dump, build the Articles that Run builds from
// Documents that keep theirs, over dumps of various lengths in turn.
func TestFromTextReusesStores(t *testing.T) {
	dumps := textDumps(t)
	p := New()
	require.True(t, p.ownBlocks)
	for round := range 2 {
		for i, dump := range dumps {
			if round == 1 {
				dump = dumps[len(dumps)-1-i] // the other order: stores of other sizes
			}
			got, gotErr := p.FromText(dump)
			doc, err := NewTextDocument(dump)
			require.NoError(t, err)
			want, wantErr := p.Run(doc)
			require.Equal(t, wantErr, gotErr)
			require.Equal(t, want, got)
			got, gotErr = p.FromReader(strings.NewReader(dump))
			require.Equal(t, wantErr, gotErr)
			require.Equal(t, want, got)
		}
	}
}

// TestReleaseTextZeroes checks that releaseText leaves the store's
// blocks zero, and the Document without them.
func TestReleaseTextZeroes(t *testing.T) {
	long := strings.Repeat("A line long enough for its profile to be kept. ", 3)
	doc, err := NewTextDocument("Title\nFirst line of the page.\n\n" + long + "\n")
	require.NoError(t, err)
	_, err = New().Run(doc)
	require.NoError(t, err)
	s := doc.text
	require.NotNil(t, s)
	require.Len(t, s.blocks, 2)
	require.Len(t, s.profiles, 1)
	assert.Same(t, &s.profiles[0], doc.Blocks[1].cache.profile)
	blocks, profiles := s.blocks[:cap(s.blocks)], s.profiles[:cap(s.profiles)]
	doc.releaseText()
	assert.Nil(t, doc.text)
	assert.Nil(t, doc.Blocks)
	assert.Empty(t, s.blocks)
	assert.Empty(t, s.profiles)
	for i := range blocks {
		assert.Equal(t, textBlock{}, blocks[i], "block %d", i)
	}
	for i := range profiles {
		assert.Equal(t, clean.LineProfile{}, profiles[i], "profile %d", i)
	}
	doc.releaseText() // once released, nothing more to do
}

// TestTakeTextStore checks that a store has room for the blocks asked
// for, and is empty.
func TestTakeTextStore(t *testing.T) {
	for _, n := range []int{0, 1, 5, 300, 40, textStoreMost + 1} {
		s := takeTextStore()
		s.reserve(n)
		assert.GreaterOrEqual(t, cap(s.blocks), n)
		assert.GreaterOrEqual(t, cap(s.ptrs), cap(s.blocks))
		assert.Len(t, s.phrases, 2*cap(s.ptrs))
		assert.Empty(t, s.blocks)
		assert.Empty(t, s.ptrs)
		(&Document{text: s}).releaseText()
	}
}

// TestRepeatArraysReused checks that countRepeatsIn, with the arrays of
// a store that counted other blocks before, counts as countRepeats does.
func TestRepeatArraysReused(t *testing.T) {
	texts := []string{"Share", "share", "Menu", "SHARE", "Home", "menu", "Ünë", "üNË", "Home", "x"}
	s := new(textStore)
	for n := len(texts); n >= 1; n-- {
		// Blocks of the first n texts, in another order each time.
		var got, want []*Block
		for i := range n {
			text := texts[(i*3+n)%n]
			for _, list := range []*[]*Block{&got, &want} {
				b := &Block{Text: text}
				b.Features.Runes = len([]rune(text))
				*list = append(*list, b)
			}
		}
		countRepeats(want)
		keys, table := s.repeatArrays(n, repeatTableSize(n))
		countRepeatsIn(got, keys, table)
		for i := range got {
			assert.Equal(t, want[i].Repeats, got[i].Repeats, "n=%d block %d", n, i)
		}
	}
}

// TestFromTextUserExtractorKeepsBlocks checks that a pipeline running
// an extractor of the caller's, which may keep the blocks it saw, does
// not give their store back: they hold their texts after other dumps.
func TestFromTextUserExtractorKeepsBlocks(t *testing.T) {
	dumps := textDumps(t)
	var kept []*Block
	keep := ExtractorFunc(func(d *Document) error {
		if kept == nil {
			kept = d.Blocks
		}
		return nil
	})
	p := New(WithExtractors(append(DefaultExtractors(), keep)...))
	require.False(t, p.ownBlocks)
	_, _ = p.FromText(dumps[0])
	require.NotEmpty(t, kept)
	texts := make([]string, len(kept))
	for i, b := range kept {
		texts[i] = b.Text
	}
	for _, dump := range dumps[1:] {
		_, _ = New().FromText(dump)
	}
	for i, b := range kept {
		assert.Equal(t, texts[i], b.Text)
		assert.Equal(t, i, b.Index)
	}
}
