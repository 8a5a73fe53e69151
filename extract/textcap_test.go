package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewTextDocumentBlockBound checks dumps whose lines exactly fill the
// block slices NewTextDocument sizes from the line count, which must
// never be too small.
func TestNewTextDocumentBlockBound(t *testing.T) {
	for _, tc := range []struct {
		name, dump string
		blocks     int
	}{
		{"title only", "Title", 0},
		{"one line, no newline at end", "Title\nBody", 1},
		{"newline at end", "Title\nBody\n", 1},
		{"blank first", "\nTitle\nBody", 1},
		{"blank lines", "Title\n\n\nOne\n\n\n\nTwo\nThree", 3},
		{"blank with spaces", "Title\n \nOne\n  \nTwo", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := NewTextDocument(tc.dump)
			require.NoError(t, err)
			assert.Equal(t, "Title", doc.TitleLine)
			assert.Len(t, doc.Blocks, tc.blocks)
		})
	}
}

// TestLineEnds checks lineEnds against strings.Lines on random texts of
// line breaks, spaces and letters, and on the test dumps.
func TestLineEnds(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	texts := []string{"", "\n", "\n\n", "a", "a\n", "\na", "a\n\nb\n \n"}
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = "\n\n a"[rng.IntN(4)]
		}
		texts = append(texts, string(b))
	}
	paths, _ := filepath.Glob("../testdata/text/*.txt")
	require.NotEmpty(t, paths)
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		texts = append(texts, string(raw))
	}
	for _, s := range texts {
		ends, breaks := lineEnds(s)
		var lines []string
		start := 0
		for _, end := range ends {
			lines = append(lines, s[start:end])
			start = end
		}
		want := slices.Collect(strings.Lines(s))
		require.Equal(t, want, lines, "%q", s)
		require.Equal(t, len(slices.DeleteFunc(want, func(l string) bool { return l != "\n" })), breaks, "%q", s)
	}
}
