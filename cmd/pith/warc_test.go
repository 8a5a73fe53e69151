package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-go/pith/extract"
	"github.com/pith-go/pith/warc/warctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// crawlFile writes the 200-record test crawl, compressed, with its last
// record cut in half, and returns its path, its entries and the offset of
// the cut record.
func crawlFile(t *testing.T) (string, []warctest.Entry, int64) {
	t.Helper()
	html, text, err := warctest.Pages("../../testdata")
	require.NoError(t, err)
	entries, err := warctest.Crawl(html, text)
	require.NoError(t, err)
	records := make([]warctest.Record, len(entries))
	for i, e := range entries {
		records[i] = e.Record
	}
	data, offsets, err := warctest.Bytes(true, records...)
	require.NoError(t, err)
	last := offsets[len(offsets)-1]
	return writeFile(t, t.TempDir(), "crawl.warc.gz", data[:last+(int64(len(data))-last)/2]), entries, last
}

// jsonLine is what the test reads of an output line.
type jsonLine struct {
	Source string `json:"source"`
	Offset int64  `json:"warc_offset"`
	ID     string `json:"warc_record_id"`
	URI    string `json:"warc_target_uri"`
	Status string `json:"status"`
	Reason string `json:"reason"`
	Title  string `json:"title"`
	Text   string `json:"text"`
}

// TestWARCCrawl runs pith over the 200-record crawl: one line per record
// in archive order with the record's ID and URI, the page's own result,
// exact counts in the summary, the cut record reported at its offset, and
// the same output with -j 1 and -j 2.
func TestWARCCrawl(t *testing.T) {
	path, entries, cut := crawlFile(t)
	// The counts the pages give alone.
	want := map[string]int{"skipped": 0, "failed": 1} // the cut record
	for _, e := range entries[:len(entries)-1] {
		switch e.Want {
		case warctest.WantSkip:
			want["skipped"]++
		case warctest.WantFail:
			want["failed"]++
		default:
			_, err := e.Alone()
			switch {
			case err == nil:
				want["extracted"]++
			case errors.Is(err, extract.ErrNoContent), errors.Is(err, extract.ErrEmpty):
				want["empty"]++
			default:
				t.Fatalf("record %s alone: %v", e.ID, err)
			}
		}
	}
	require.Equal(t, 69, want["skipped"])
	require.Equal(t, 3, want["failed"])
	require.Equal(t, 128, want["extracted"]+want["empty"])
	summary := fmt.Sprintf("pith: %s: 200 records: %d extracted, %d empty, 69 skipped, 3 failed\n", path, want["extracted"], want["empty"])

	var outputs []string
	for _, j := range []string{"1", "2"} {
		status, stdout, stderr := runPith(t, "", "-j", j, path)
		assert.Equal(t, exitInput, status, "a corrupt archive is an input error")
		assert.Equal(t, summary+fmt.Sprintf("pith: %s: corrupt archive at byte offset %d: the archive ends inside the record: unexpected EOF\n", path, cut), stderr)
		assert.NotContains(t, stderr, "\r", "no progress bar off a terminal")
		lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
		require.Len(t, lines, 200)
		got := map[string]int{}
		for i, l := range lines {
			var jl jsonLine
			require.NoError(t, json.Unmarshal([]byte(l), &jl), "line %d", i)
			got[jl.Status]++
			assert.Equal(t, path, jl.Source)
			if i == len(lines)-1 {
				assert.Equal(t, "failed", jl.Status)
				assert.Equal(t, cut, jl.Offset)
				assert.Contains(t, jl.Reason, fmt.Sprintf("byte offset %d", cut))
				continue
			}
			e := entries[i]
			assert.Equal(t, e.ID, jl.ID, "line %d", i)
			assert.Equal(t, e.TargetURI, jl.URI, "line %d", i)
			if e.Want == warctest.WantPage && jl.Status == "extracted" {
				a, err := e.Alone()
				require.NoError(t, err)
				assert.Equal(t, a.Text(), jl.Text, "line %d", i)
				assert.Equal(t, a.Title, jl.Title, "line %d", i)
			}
		}
		for _, s := range []string{"extracted", "empty", "skipped", "failed"} {
			assert.Equal(t, want[s], got[s], s)
		}
		outputs = append(outputs, stdout)
	}
	assert.Equal(t, outputs[0], outputs[1], "-j changes the output")
}

func TestWARCUsage(t *testing.T) {
	dir := t.TempDir()
	data, _, err := warctest.Bytes(false)
	require.NoError(t, err)
	archive := writeFile(t, dir, "a.warc", data)
	page := writeFile(t, dir, "a.txt", []byte(smallDump))
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"mixed inputs", []string{archive, page}, "cannot be mixed"},
		{"markdown", []string{"-format", "markdown", archive}, "written as jsonl"},
		{"explain", []string{"-explain", archive}, "do not apply to WARC input"},
		{"url", []string{"-url", "https://example.org/", archive}, "-url does not apply"},
		{"negative jobs", []string{"-j", "-1", archive}, "-j must be at least 1"},
		{"no jobs", []string{"-j", "0", archive}, "-j must be at least 1"},
		{"output directory", []string{"-o", "out", archive}, "-o does not apply to WARC input"},
		{"site profile", []string{"-site-learn", archive}, "do not apply to WARC input yet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, stdout, stderr := runPith(t, "", tt.args...)
			assert.Equal(t, exitUsage, status)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, tt.want)
		})
	}
}

func TestWARCSeveralArchives(t *testing.T) {
	dir := t.TempDir()
	one, _, err := warctest.Bytes(false, warctest.Record{Type: 8, ID: warctest.ID(1), ContentType: "application/http; msgtype=request",
		Block: []byte("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n")})
	require.NoError(t, err)
	a := writeFile(t, dir, "a.warc", one)
	b := writeFile(t, dir, "b.WARC", one)
	missing := filepath.Join(dir, "missing.warc.gz")
	status, stdout, stderr := runPith(t, "", a, missing, b)
	assert.Equal(t, exitInput, status)
	assert.Equal(t, 2, strings.Count(stdout, "\n"))
	assert.Contains(t, stderr, "pith: "+a+": 1 records: 0 extracted, 0 empty, 1 skipped, 0 failed\n")
	assert.Contains(t, stderr, "pith: "+missing+": no such file or directory\n")
	assert.NotContains(t, stderr, missing+": 0 records")
	assert.Contains(t, stderr, "pith: total: 2 records: 0 extracted, 0 empty, 2 skipped, 0 failed\n")
}

func TestProgressBar(t *testing.T) {
	var buf strings.Builder
	b := &progressBar{w: &buf, size: 200}
	b.update(100)
	b.update(150) // within progressEvery of the first: not drawn
	assert.Equal(t, "\r[===============               ]  50% 1 records", buf.String())
	b.done()
	assert.True(t, strings.HasSuffix(buf.String(), "\r\033[K"))

	var off progressBar // not a terminal: draws nothing
	off.update(10)
	off.done()
}
