package clean

import (
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
	dumps, size := readDumpFiles(b, filepath.Join("..", "..", "shared", "bench", "scrapinghub", "text", "*.txt"))
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
