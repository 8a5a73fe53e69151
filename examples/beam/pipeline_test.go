package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/pith-go/pith/warc"
	"github.com/pith-go/pith/warc/warctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

// writeArchives writes two archives of the test crawl's records into
// dir, one plain and one compressed with a cut last record, and returns
// their paths.
func writeArchives(t *testing.T, dir string) []string {
	t.Helper()
	html, text, err := warctest.Pages("../../testdata")
	require.NoError(t, err)
	entries, err := warctest.Crawl(html, text)
	require.NoError(t, err)
	var first, last []warctest.Record
	for _, e := range entries[:7] {
		first = append(first, e.Record)
	}
	for _, e := range entries[1:] {
		// Two text pages, then the records of every other kind, the cut
		// one last.
		if strings.HasPrefix(e.TargetURI, "https://text.example/") && len(last) < 2 ||
			strings.HasPrefix(e.TargetURI, "https://example.org/") {
			last = append(last, e.Record)
		}
	}
	gz, offsets, err := warctest.Bytes(true, last...)
	require.NoError(t, err)
	cut := offsets[len(offsets)-1] + 50
	plain, _, err := warctest.Bytes(false, first...)
	require.NoError(t, err)
	paths := []string{filepath.Join(dir, "a.warc.gz"), filepath.Join(dir, "b.warc")}
	require.NoError(t, os.WriteFile(paths[0], gz[:cut], 0o644))
	require.NoError(t, os.WriteFile(paths[1], plain, 0o644))
	return paths
}

// TestPipeline runs the pipeline on the direct runner over two archives
// it writes, and checks that it writes the lines warc.Process gives, in
// some order, and counts every record.
func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	paths := writeArchives(t, dir)
	var want []string
	var sum warc.Summary
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		s, _ := warc.Process(bytes.NewReader(data), path, warc.Options{}, func(r warc.Result) error {
			line, err := r.JSONL()
			want = append(want, strings.TrimSuffix(string(line), "\n"))
			return err
		})
		sum.Merge(s)
	}
	require.Equal(t, 20, sum.Records)
	require.Equal(t, 3, sum.Failed, "two failed records and the cut one")
	require.Positive(t, sum.Extracted)

	output := filepath.Join(dir, "out.jsonl")
	p, s := beam.NewPipelineWithRoot()
	build(s, filepath.Join(dir, "*.warc*"), output, config{})
	res, err := direct.Execute(context.Background(), p)
	require.NoError(t, err)

	data, err := os.ReadFile(output)
	require.NoError(t, err)
	got := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	slices.Sort(got)
	slices.Sort(want)
	assert.Equal(t, want, got)

	counts := map[string]int64{}
	for _, c := range res.Metrics().Query(func(r metrics.SingleResult) bool { return r.Namespace() == "pith" }).Counters() {
		counts[c.Name()] += c.Result()
	}
	assert.Equal(t, int64(sum.Records), counts["records"])
	assert.Equal(t, int64(sum.Extracted), counts["extracted"])
	assert.Equal(t, int64(sum.Empty), counts["empty"])
	assert.Equal(t, int64(sum.Skipped), counts["skipped"])
	assert.Equal(t, int64(sum.Failed), counts["failed"])
}
