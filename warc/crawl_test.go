package warc_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-go/pith/extract"
	"github.com/pith-go/pith/warc"
	"github.com/pith-go/pith/warc/warctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testPages loads the golden pages of testdata: every HTML page with its
// address, and every text dump.
func testPages(t testing.TB) ([]warctest.HTMLPage, []string) {
	t.Helper()
	names, err := filepath.Glob("../testdata/html/*.html.gz")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	var html []warctest.HTMLPage
	for _, name := range names {
		f, err := os.Open(name)
		require.NoError(t, err)
		zr, err := gzip.NewReader(f)
		require.NoError(t, err)
		page, err := io.ReadAll(zr)
		require.NoError(t, err)
		require.NoError(t, f.Close())
		url, err := os.ReadFile(strings.TrimSuffix(name, ".html.gz") + ".url")
		require.NoError(t, err)
		html = append(html, warctest.HTMLPage{URL: strings.TrimSpace(string(url)), HTML: page})
	}
	names, err = filepath.Glob("../testdata/text/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	var text []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		require.NoError(t, err)
		text = append(text, string(b))
	}
	return html, text
}

// crawlArchive writes the test crawl with its last record cut in half,
// and returns it with the crawl's entries and the offset of the cut
// record.
func crawlArchive(t testing.TB, gz bool) ([]byte, []warctest.Entry, int64) {
	t.Helper()
	html, text := testPages(t)
	entries := warctest.Crawl(html, text)
	records := make([]warctest.Record, len(entries))
	for i, e := range entries {
		records[i] = e.Record
	}
	data, offsets, err := warctest.Bytes(gz, records...)
	require.NoError(t, err)
	last := offsets[len(offsets)-1]
	return data[:last+(int64(len(data))-last)/2], entries, last
}

// alone is what the page of an entry gives on its own, through FromHTML
// or FromText: its status and its article as JSON.
func alone(t *testing.T, e warctest.Entry) (warc.Status, string) {
	t.Helper()
	var a *extract.Article
	var err error
	if e.Text != "" {
		a, err = extract.FromText(e.Text)
	} else {
		a, err = extract.FromHTML(bytes.NewReader(e.HTML), e.TargetURI, extract.WithContentType(e.ContentType))
	}
	switch {
	case err == nil:
		return warc.StatusExtracted, articleJSON(t, a)
	case errors.Is(err, extract.ErrNoContent):
		return warc.StatusEmpty, articleJSON(t, a)
	case errors.Is(err, extract.ErrEmpty):
		return warc.StatusEmpty, "null"
	}
	t.Fatalf("record %s: the page alone fails: %v", e.ID, err)
	return 0, ""
}

func articleJSON(t *testing.T, a *extract.Article) string {
	t.Helper()
	b, err := json.Marshal(a)
	require.NoError(t, err)
	return string(b)
}

// TestProcessCrawl runs the 200-record crawl, plain and compressed, one
// record at a time and four at once: every page gives what it gives
// alone, every other record is skipped or failed as built, the counts add
// up, and the cut record is reported at its offset.
func TestProcessCrawl(t *testing.T) {
	for _, gz := range []bool{false, true} {
		data, entries, cut := crawlArchive(t, gz)
		var outputs [][]byte
		for _, workers := range []int{1, 4} {
			t.Run(map[bool]string{false: "warc", true: "warc.gz"}[gz]+"/workers="+string(rune('0'+workers)), func(t *testing.T) {
				var results []warc.Result
				var out bytes.Buffer
				sum, err := warc.Process(bytes.NewReader(data), "crawl", warc.Options{Workers: workers}, func(r warc.Result) error {
					results = append(results, r)
					line, err := r.JSONL()
					out.Write(line)
					return err
				})
				var ce *warc.CorruptError
				require.ErrorAs(t, err, &ce)
				assert.Equal(t, cut, ce.Offset)
				assert.Equal(t, "crawl", ce.Source)
				assert.Contains(t, err.Error(), "byte offset")

				require.Len(t, results, len(entries))
				var want warc.Summary
				for i, e := range entries {
					r := results[i]
					if i == len(entries)-1 {
						assert.Equal(t, warc.StatusFailed, r.Status)
						assert.Equal(t, cut, r.Offset)
						want.Add(r)
						continue
					}
					assert.Equal(t, e.ID, r.ID, "record %d", i)
					assert.Equal(t, e.TargetURI, r.TargetURI, "record %d", i)
					switch e.Want {
					case warctest.WantSkip:
						assert.Equal(t, warc.StatusSkipped, r.Status, "record %s", e.ID)
						assert.NotEmpty(t, r.Reason)
					case warctest.WantFail:
						assert.Equal(t, warc.StatusFailed, r.Status, "record %s", e.ID)
						assert.NotEmpty(t, r.Reason)
					default:
						status, article := alone(t, e)
						assert.Equal(t, status, r.Status, "record %s: %s", e.ID, r.Reason)
						if r.Article == nil {
							assert.Equal(t, "null", article, "record %s", e.ID)
						} else {
							assert.JSONEq(t, article, articleJSON(t, r.Article), "record %s", e.ID)
						}
					}
					want.Add(r)
				}
				assert.Equal(t, want, sum)
				assert.Equal(t, 69, sum.Skipped)
				assert.Equal(t, 3, sum.Failed)
				assert.Equal(t, 128, sum.Extracted+sum.Empty)
				assert.Positive(t, sum.Extracted)
				lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
				require.Len(t, lines, len(entries))
				for i, l := range lines {
					var got struct {
						ID     string `json:"warc_record_id"`
						URI    string `json:"warc_target_uri"`
						Status string `json:"status"`
					}
					require.NoError(t, json.Unmarshal([]byte(l), &got))
					assert.Equal(t, results[i].ID, got.ID)
					assert.Equal(t, results[i].TargetURI, got.URI)
					assert.Equal(t, results[i].Status.String(), got.Status)
				}
				outputs = append(outputs, out.Bytes())
			})
		}
		require.Len(t, outputs, 2)
		assert.Equal(t, string(outputs[0]), string(outputs[1]), "the output depends on the number of workers")
	}
}
