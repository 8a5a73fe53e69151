package extract

import (
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
