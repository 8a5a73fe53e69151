package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkFromText extracts every shipped text dump of one source
// (testdata/text/<prefix>-*.txt) per iteration; the reported bytes are
// the dumps' total size.
func BenchmarkFromText(b *testing.B) {
	for _, prefix := range []string{"scrapinghub", "turku-fr", "turku-sv"} {
		b.Run(prefix, func(b *testing.B) {
			paths, err := filepath.Glob(filepath.Join("..", "testdata", "text", prefix+"-*.txt"))
			if err != nil || len(paths) == 0 {
				b.Skipf("no %s dumps", prefix)
			}
			dumps := make([]string, len(paths))
			size := 0
			for i, p := range paths {
				data, err := os.ReadFile(p)
				if err != nil {
					b.Fatal(err)
				}
				dumps[i] = string(data)
				size += len(data)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range dumps {
					_, _ = FromText(d)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(dumps))/1000, "ms/page")
		})
	}
}
