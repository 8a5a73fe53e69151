package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkTextDocument builds the Document of every dump of the
// ScrapingHub benchmark set (as BenchmarkTextDumps reads it) per
// iteration, without running the extractors: the text front end alone.
// The reported bytes are the dumps' total size. It is skipped when the
// set is absent.
func BenchmarkTextDocument(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "bench", "scrapinghub", "text", "*.txt"))
	if len(paths) == 0 {
		b.Skip("no ScrapingHub dumps")
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
			if _, err := NewTextDocument(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
