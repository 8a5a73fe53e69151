package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/require"
)

// testDumpPaths returns the paths of the shipped text dumps
// (testdata/text), and fails t when there are none.
func testDumpPaths(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	return paths
}

// allDumpPaths returns testDumpPaths and the paths of the ScrapingHub
// benchmark's dumps beside the repository, when they are there.
func allDumpPaths(t *testing.T) []string {
	t.Helper()
	more, err := filepath.Glob(scrapinghubDumps)
	require.NoError(t, err)
	return append(testDumpPaths(t), more...)
}

// testDumpDocs returns the Document of each shipped text dump, in the
// order of testDumpPaths, each built anew.
func testDumpDocs(t *testing.T) []*Document {
	t.Helper()
	var docs []*Document
	for _, p := range testDumpPaths(t) {
		docs = append(docs, readDumpDoc(t, p))
	}
	return docs
}

// readDumpDoc returns the Document of the text dump at path, built anew,
// and fails t when it cannot be read or built.
func readDumpDoc(t *testing.T, path string) *Document {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	doc, err := NewTextDocument(string(data))
	require.NoError(t, err, path)
	return doc
}

// testDumpLines returns the lines of the shipped text dumps that
// clean.Text leaves non-empty, cleaned.
func testDumpLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, p := range testDumpPaths(t) {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		for line := range strings.Lines(string(data)) {
			if text := clean.Text(line); text != "" {
				lines = append(lines, text)
			}
		}
	}
	return lines
}
