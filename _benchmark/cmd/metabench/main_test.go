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

// pageHTML is a small news page with metadata in its head.
const pageHTML = `<!DOCTYPE html>
<html lang="en"><head><title>Council approves new budget - The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2020-01-02T10:00:00+01:00">
</head><body><article><h1>Council approves new budget</h1>
<p>The city council approved a new budget on Monday after a long debate about
spending on schools, roads and public transport in the coming year.</p>
<p>Members of the council argued for several hours about the size of the
increase for schools before a majority finally agreed on the compromise.</p>
</article></body></html>`

// writeCase writes one Readability test case under data.
func writeCase(t *testing.T, data, meta string) {
	t.Helper()
	dir := filepath.Join(data, "readability", "budget")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	for name, content := range map[string]string{
		"source.html": pageHTML, "expected.txt": "The city council approved a new budget.", "expected-metadata.json": meta,
	} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
}

func TestBench(t *testing.T) {
	data := t.TempDir()
	writeCase(t, data, `{"title": "Council approves new budget", "lang": "en", "byline": "By Jane Doe",
		"publishedTime": "2020-01-02T10:00:00+01:00", "siteName": "The Daily Example"}`)
	out := filepath.Join(t.TempDir(), "meta.tsv")
	var sb strings.Builder
	c := config{data: data, sets: "readability", libs: "pith", out: out, timeout: 10 * time.Second, workers: 1}
	require.NoError(t, bench(c, &sb))

	assert.Contains(t, sb.String(), "readability | pith    | 1.000 (1) | 1.000 (1) | 1.000 (1) | 1.000 (1) | 1.000 (1)")
	tsv, err := os.ReadFile(out)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(tsv)), "\n")
	require.Len(t, lines, 1+5, "header plus five fields")
	assert.Equal(t, "readability\tbudget\tpith\ttitle\t1\tCouncil approves new budget\tCouncil approves new budget\t", lines[1])
	assert.Equal(t, "readability\tbudget\tpith\tauthors\t1\tBy Jane Doe\tJane Doe\t", lines[2])
}

func TestBenchFieldsWithoutGold(t *testing.T) {
	data := t.TempDir()
	writeCase(t, data, `{"title": "Another headline"}`)
	out := filepath.Join(t.TempDir(), "meta.tsv")
	var sb strings.Builder
	c := config{data: data, sets: "readability", libs: "pith", out: out, timeout: 10 * time.Second, workers: 1}
	require.NoError(t, bench(c, &sb))
	assert.Contains(t, sb.String(), "0.000 (1) | -")
	tsv, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Len(t, strings.Split(strings.TrimSpace(string(tsv)), "\n"), 2, "only the title is compared")
}

func TestBenchErrors(t *testing.T) {
	assert.ErrorContains(t, bench(config{sets: "scrapinghub"}, nil), "unknown set")
	assert.ErrorContains(t, bench(config{libs: "nope"}, nil), "unknown set")
	_, err := chooseLibs("readability,pith")
	require.NoError(t, err)
}

func TestChooseLibs(t *testing.T) {
	libs, err := chooseLibs("readability,pith")
	require.NoError(t, err)
	require.Len(t, libs, 2)
	assert.Equal(t, "pith", libs[0].Name, "usual order kept")
	assert.Equal(t, "readability", libs[1].Name)
}

func TestOneLine(t *testing.T) {
	assert.Equal(t, "a b  c", oneLine("a\tb\r\nc"))
}
