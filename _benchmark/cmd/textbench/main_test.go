package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeData lays out a one-page ScrapingHub corpus and a one-page Turku
// corpus under a temporary directory and returns it.
func writeData(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"scrapinghub/ground-truth.json": `{"p1": {"articleBody": "The council approved the budget on Monday after a long debate.", "url": "https://a.example/"}}`,
		"scrapinghub/text/p1.txt":       "Home\nNews\nThe council approved the budget on Monday after a long debate.\nShare this",
		"turku/fr/t1.txt":               "##ID t1\n## http://b.example/\n#0#Accueil\n#1#Le conseil a voté le budget lundi soir après un long débat.\n##END OF TEXT\n",
		"turku/sv/t2.txt":               "##ID t2\n#1#Fullmäktige antog budgeten på måndagen efter en lång debatt.\n",
	}
	for name, content := range files {
		path := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return dir
}

func TestBench(t *testing.T) {
	data := writeData(t)
	out := filepath.Join(t.TempDir(), "results.tsv")
	require.NoError(t, bench(data, "all", out, 3, 5*time.Second))

	tsv, err := os.ReadFile(out)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(tsv)), "\n")
	require.Len(t, lines, 1+3*3, "header plus 3 sets x 3 libraries")
	assert.True(t, strings.HasPrefix(lines[1], "scrapinghub\tp1\tpith\t"), lines[1])
	raw := strings.Split(lines[2], "\t")
	assert.Equal(t, "raw", raw[2])
	assert.Equal(t, "1.0000", raw[4], "raw recall")
}

func TestBenchUnknownSet(t *testing.T) {
	err := bench(t.TempDir(), "nope", filepath.Join(t.TempDir(), "x.tsv"), 0, time.Second)
	assert.ErrorContains(t, err, "unknown set")
}

func TestBenchMissingData(t *testing.T) {
	err := bench(t.TempDir(), "scrapinghub", filepath.Join(t.TempDir(), "x.tsv"), 0, time.Second)
	assert.ErrorContains(t, err, "scrapinghub")
}
