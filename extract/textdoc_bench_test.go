package extract

import "testing"

// BenchmarkTextDocument builds the Document of every dump of the
// ScrapingHub benchmark set (as BenchmarkTextDumps reads it) per
// iteration, without running the extractors: the text front end alone.
// The reported bytes are the dumps' total size. It is skipped when the
// set is absent.
func BenchmarkTextDocument(b *testing.B) {
	dumps := readDumps(b, scrapinghubDumps)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range dumps {
			if _, err := NewTextDocument(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
