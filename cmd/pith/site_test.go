package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pith-go/pith/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// siteNotice is the line every page of the invented site ends with, which
// no single-page rule removes.
const siteNotice = "The Daily Example is published by Example Media, an independent company founded by its readers in the spring."

// sitePageDump is a text dump of page i of an invented site.
func sitePageDump(i int) string {
	place := []string{"Arlon", "Bastogne", "Ciney", "Dinant", "Eupen", "Fleurus"}[i]
	body := func(what, when string) string {
		return fmt.Sprintf("The council of %s voted on the %s budget on %s, after a long debate that left several members unhappy with the outcome.", place, what, when)
	}
	return strings.Join([]string{
		"Budget vote in " + place + " | The Daily Example",
		"Budget vote in " + place,
		body("school", "Monday"),
		body("road", "Tuesday"),
		body("library", "Thursday"),
		siteNotice,
	}, "\n") + "\n"
}

// siteDir writes n pages of the invented site to a new directory and
// returns their paths.
func siteDir(t *testing.T, n int) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i := range n {
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("page%d.txt", i), []byte(sitePageDump(i))))
	}
	return paths
}

func TestSiteLearn(t *testing.T) {
	paths := siteDir(t, 4)
	status, out, errOut := runPith(t, "", append([]string{"-format", "jsonl"}, paths...)...)
	require.Equal(t, exitOK, status, errOut)
	assert.Contains(t, out, siteNotice, "without a profile the notice stays")

	status, out, errOut = runPith(t, "", append([]string{"-format", "jsonl", "-site-learn"}, paths...)...)
	require.Equal(t, exitOK, status, errOut)
	recs := jsonLines(t, out)
	require.Len(t, recs, 4)
	for i, rec := range recs {
		assert.Equal(t, paths[i], rec["source"])
		assert.NotContains(t, rec["text"], siteNotice)
		assert.Contains(t, rec["text"], "voted on the library budget")
	}

	status, out, _ = runPith(t, "", append([]string{"-explain", "-site-learn"}, paths...)...)
	require.Equal(t, exitOK, status)
	assert.Contains(t, out, "seen on 4 of 4 pages of this host")
}

func TestSiteLearnOrder(t *testing.T) {
	paths := siteDir(t, 5)
	outputs := map[string]string{}
	for round, order := range [][]int{{0, 1, 2, 3, 4}, {4, 2, 0, 3, 1}} {
		var args []string
		for _, i := range order {
			args = append(args, paths[i])
		}
		status, out, errOut := runPith(t, "", append([]string{"-format", "jsonl", "-site-learn"}, args...)...)
		require.Equal(t, exitOK, status, errOut)
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			src := jsonLines(t, line)[0]["source"].(string)
			if round == 0 {
				outputs[src] = line
				continue
			}
			assert.Equal(t, outputs[src], line, "%s", src)
		}
	}
}

func TestSiteSaveAndLoad(t *testing.T) {
	paths := siteDir(t, 3)
	saved := filepath.Join(t.TempDir(), "profiles.json")
	status, learned, errOut := runPith(t, "", append([]string{"-format", "jsonl", "-site-learn", "-site-save", saved}, paths...)...)
	require.Equal(t, exitOK, status, errOut)

	f, err := os.Open(saved)
	require.NoError(t, err)
	profiles, err := extract.LoadSiteProfiles(f)
	f.Close()
	require.NoError(t, err)
	require.Len(t, profiles, 1)
	dir, err := filepath.Abs(filepath.Dir(paths[0]))
	require.NoError(t, err)
	assert.Equal(t, "dir:"+dir, profiles[0].Host, "dumps without an address are grouped by directory")
	assert.Equal(t, 3, profiles[0].Pages)

	status, loaded, errOut := runPith(t, "", append([]string{"-format", "jsonl", "-site-profile", saved}, paths...)...)
	require.Equal(t, exitOK, status, errOut)
	assert.Equal(t, learned, loaded)
	for _, rec := range jsonLines(t, loaded) {
		assert.NotContains(t, rec["text"], siteNotice)
	}

	// A page of another directory has another host: the profile does not
	// apply to it.
	other := writeFile(t, t.TempDir(), "other.txt", []byte(sitePageDump(5)))
	status, out, errOut := runPith(t, "", "-site-profile", saved, other)
	require.Equal(t, exitOK, status, errOut)
	assert.Contains(t, out, siteNotice)
}

func TestSiteHostsOfHTML(t *testing.T) {
	page := func(host string, i int) []byte {
		return []byte(fmt.Sprintf(`<!DOCTYPE html><html><head><title>Page %d</title><link rel="canonical" href="https://%s/p/%d"></head><body>
<article><h1>Page %s</h1><p>%s</p><p>A second paragraph, about %s, that only this page holds, so that it is the page's own text.</p>
<p>%s</p></article></body></html>`, i, host, i, []string{"one", "two", "three", "four"}[i],
			strings.Repeat([]string{"Rain fell on the hills. ", "Wind blew over the sea. ", "Snow covered the plain. ", "Sun dried the fields. "}[i], 4),
			[]string{"apples", "pears", "plums", "cherries"}[i], siteNotice))
	}
	dir := t.TempDir()
	var paths []string
	for i := range 3 {
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("a%d.html", i), page("www.a.example", i)))
	}
	// One page of another host, in the same directory.
	paths = append(paths, writeFile(t, dir, "b.html", page("b.example", 3)))
	saved := filepath.Join(t.TempDir(), "p.json")
	status, out, errOut := runPith(t, "", append([]string{"-format", "jsonl", "-site-learn", "-site-save", saved}, paths...)...)
	require.Equal(t, exitOK, status, errOut)
	recs := jsonLines(t, out)
	require.Len(t, recs, 4)
	for _, rec := range recs[:3] {
		assert.NotContains(t, rec["text"], siteNotice)
	}
	assert.Contains(t, recs[3]["text"], siteNotice, "b.example has one page")
	data, err := os.ReadFile(saved)
	require.NoError(t, err)
	profiles, err := extract.LoadSiteProfiles(strings.NewReader(string(data)))
	require.NoError(t, err)
	var hosts []string
	for _, p := range profiles {
		hosts = append(hosts, p.Host)
	}
	assert.Equal(t, []string{"a.example", "b.example"}, hosts)

	// -url puts every input under its host.
	status, out, errOut = runPith(t, "", append([]string{"-format", "jsonl", "-site-learn", "-url", "https://c.example/"}, paths...)...)
	require.Equal(t, exitOK, status, errOut)
	for _, rec := range jsonLines(t, out) {
		assert.NotContains(t, rec["text"], siteNotice)
	}
}

func TestSiteFlagErrors(t *testing.T) {
	paths := siteDir(t, 3)
	bad := writeFile(t, t.TempDir(), "bad.json", []byte(`{"profiles": [{"host": "a", "pages": 2, "texts": [{"key": "x", "pages": 3}]}]}`))
	tests := []struct {
		name   string
		args   []string
		status int
		want   string
	}{
		{"learn and profile", []string{"-site-learn", "-site-profile", bad}, exitUsage, "exclude each other"},
		{"save without learn", []string{"-site-save", "x.json"}, exitUsage, "-site-save needs -site-learn"},
		{"learn from stdin", []string{"-site-learn", "-"}, exitUsage, "cannot read standard input"},
		{"missing profile", []string{"-site-profile", filepath.Join(t.TempDir(), "none.json")}, exitInput, "no such file"},
		{"bad profile", []string{"-site-profile", bad}, exitInput, "bad site profile"},
		{"unwritable save", []string{"-site-learn", "-site-save", filepath.Join(t.TempDir(), "no", "dir.json")}, exitInput, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := slices.Clone(tt.args)
			if !slices.Contains(args, "-") {
				args = append(args, paths...)
			}
			status, out, errOut := runPith(t, "", args...)
			assert.Equal(t, tt.status, status)
			assert.Contains(t, errOut, tt.want)
			assert.Empty(t, out)
		})
	}
}
