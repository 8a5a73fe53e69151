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

// articleHTML is a small news page: navigation, a headline, several body
// paragraphs and a footer.
const articleHTML = `<!DOCTYPE html>
<html lang="en"><head><title>Council approves new budget - The Daily Example</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Council approves new budget</h1>
<p>The city council approved a new budget on Monday after a long debate about
spending on schools, roads and public transport in the coming year.</p>
<p>Members of the council argued for several hours about the size of the
increase for schools before a majority finally agreed on the compromise.</p>
<p>The mayor said the budget would allow the city to repair more roads than in
any year since the beginning of the decade, and to hire more bus drivers.</p>
<p>Opposition members warned that the plan relied on optimistic forecasts of
tax revenue and said they would watch the spending closely during the year.</p>
</article>
<footer>Copyright The Daily Example. All rights reserved.</footer>
</body></html>`

func TestBench(t *testing.T) {
	data := t.TempDir()
	caseDir := filepath.Join(data, "readability", "budget")
	require.NoError(t, os.MkdirAll(caseDir, 0o755))
	files := map[string]string{
		"source.html":            articleHTML,
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
