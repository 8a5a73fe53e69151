package warc_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/pith-go/pith/extract"
	"github.com/pith-go/pith/warc"
	"github.com/pith-go/pith/warc/warctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testPages loads the golden pages of testdata.
func testPages(t testing.TB) ([]warctest.HTMLPage, []string) {
	t.Helper()
	html, text, err := warctest.Pages("../testdata")
	require.NoError(t, err)
	require.NotEmpty(t, html)
	require.NotEmpty(t, text)
	return html, text
}

// crawlArchive writes the test crawl with its last record cut in half,
// and returns it with the crawl's entries and the offset of the cut
// record.
func crawlArchive(t testing.TB, gz bool) ([]byte, []warctest.Entry, int64) {
	t.Helper()
	data, offsets, entries := wholeCrawl(t, gz)
	last := offsets[len(offsets)-1]
	return data[:last+(int64(len(data))-last)/2], entries, last
}

// wholeCrawl writes the test crawl, intact, and returns it with the
// offsets of its records and the crawl's entries.
func wholeCrawl(t testing.TB, gz bool) ([]byte, []int64, []warctest.Entry) {
	t.Helper()
	html, text := testPages(t)
	entries, err := warctest.Crawl(html, text)
	require.NoError(t, err)
	records := make([]warctest.Record, len(entries))
	for i, e := range entries {
		records[i] = e.Record
	}
	data, offsets, err := warctest.Bytes(gz, records...)
	require.NoError(t, err)
	return data, offsets, entries
}

// alone is what the page of an entry gives on its own, through FromHTML
// or FromText: its status and its article as JSON.
func alone(t *testing.T, e warctest.Entry) (warc.Status, string) {
	t.Helper()
	a, err := e.Alone()
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
// record at a time and three at once: every page gives what it gives
// alone, every other record is skipped or failed as built, the counts add
// up, and the cut record is reported at its offset.
func TestProcessCrawl(t *testing.T) {
	type outcome struct {
		status  warc.Status
		article string
	}
	var alones map[int]outcome // what each page gives alone
	for _, gz := range []bool{false, true} {
		data, entries, cut := crawlArchive(t, gz)
		if alones == nil {
			alones = map[int]outcome{}
			for i, e := range entries[:len(entries)-1] {
				if e.Want == warctest.WantPage {
					status, article := alone(t, e)
					alones[i] = outcome{status, article}
				}
			}
		}
		var outputs [][]byte
		for _, workers := range []int{1, 3} {
			t.Run(fmt.Sprintf("%s/workers=%d", map[bool]string{false: "warc", true: "warc.gz"}[gz], workers), func(t *testing.T) {
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
						status, article := alones[i].status, alones[i].article
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
