package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkProfiler runs a Profiler over every line of the dumps of the
// ScrapingHub benchmark set (../shared/bench/scrapinghub/text/*.txt
// beside the repository), a new Profiler per dump, as the text front end
// does; the reported bytes are the dumps' total size. It is skipped when
// the set is absent.
func BenchmarkProfiler(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "shared", "bench", "scrapinghub", "text", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("no ScrapingHub dumps")
	}
	var dumps []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		dumps = append(dumps, string(data))
		size += len(data)
	}
	var warm Profiler
	warm.Line(dumps[0]) // builds the shared tables
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range dumps {
			var pr Profiler
			for line := range strings.Lines(d) {
				pr.Line(line)
			}
		}
	}
}
