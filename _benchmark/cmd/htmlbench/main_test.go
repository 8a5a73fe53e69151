package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/_benchmark/internal/run"
)

// budgetHTML is a small news page with a headline and a few paragraphs.
const budgetHTML = `<!DOCTYPE html>
<html lang="en"><head><title>Council approves new budget - The Daily Example</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves new budget</h1>
<p>The city council approved a new budget on Monday after a long debate about
spending on schools, roads and public transport in the coming year.</p>
</article></body></html>`

func TestBench(t *testing.T) {
	data := t.TempDir()
	caseDir := filepath.Join(data, "readability", "budget")
	require.NoError(t, os.MkdirAll(caseDir, 0o755))
	files := map[string]string{
		"source.html":            budgetHTML,
		"expected.txt":           "The city council approved a new budget on Monday after a long debate.",
		"expected-metadata.json": `{"title": "Council approves new budget", "lang": "en"}`,
	}
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(caseDir, name), []byte(content), 0o644))
	}
	out := filepath.Join(t.TempDir(), "results.tsv")
	c := config{data: data, sets: "readability", out: out, worst: 1, timeout: 10 * time.Second, workers: 2}
	require.NoError(t, bench(c))

	tsv, err := os.ReadFile(out)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(tsv)), "\n")
	require.Len(t, lines, 1+3, "header plus one page for each of 3 libraries")
	for i, lib := range []string{"pith", "trafilatura", "readability"} {
		assert.True(t, strings.HasPrefix(lines[1+i], "readability\tbudget\t"+lib+"\t"), lines[1+i])
	}
}

func TestBenchUnknownSet(t *testing.T) {
	assert.ErrorContains(t, bench(config{sets: "nope"}), "unknown set")
}

func TestPredictor(t *testing.T) {
	o := run.Output{Title: "T", Lead: "L", Text: "B"}
	assert.Equal(t, "B", config{}.predictor()(o))
	assert.Equal(t, "L\nB", config{withLead: true}.predictor()(o))
	assert.Equal(t, "shingle", metricName(shingleMetric))
	assert.Equal(t, "snippet", metricName(snippetMetric))
}
