package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// BenchmarkFromText extracts every shipped text dump of one source
// (testdata/text/<prefix>-*.txt) per iteration; the reported bytes are
// the dumps' total size.
func BenchmarkFromText(b *testing.B) {
	for _, prefix := range []string{"scrapinghub", "turku-fr", "turku-sv"} {
		b.Run(prefix, func(b *testing.B) {
			benchDumps(b, filepath.Join("..", "testdata", "text", prefix+"-*.txt"))
		})
	}
}

// BenchmarkTextDumps extracts every dump of the ScrapingHub benchmark set
// (../shared/bench/scrapinghub/text/*.txt beside the repository, the set
// the throughput command times) per iteration; the reported bytes are the
// dumps' total size. It is skipped when the set is absent.
func BenchmarkTextDumps(b *testing.B) {
	benchDumps(b, scrapinghubDumps)
}

// benchDumps runs FromText over every dump matching pattern per
// iteration, reporting the dumps' total size and the time per page. It
// skips when nothing matches.
func benchDumps(b *testing.B, pattern string) {
	dumps := readDumps(b, pattern)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range dumps {
			_, _ = FromText(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(dumps))/1000, "ms/page")
}

// scrapinghubDumps is the pattern of the ScrapingHub benchmark set's
// dumps, beside the repository.
var scrapinghubDumps = filepath.Join("..", "..", "shared", "bench", "scrapinghub", "text", "*.txt")

// readDumps reads every dump matching pattern and sets the benchmark's
// bytes to their total size. It skips the benchmark when nothing matches.
func readDumps(b *testing.B, pattern string) []string {
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		b.Skipf("no dumps match %s", pattern)
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
	return dumps
}

// BenchmarkHTMLPages runs over every shipped HTML page
// (testdata/html/*.html.gz, unpacked in memory) per iteration: "parse" is
// html.Parse alone, the floor; "extract" is FromHTML, parse included;
// "document" is NewHTMLDocument on a tree parsed beforehand, the HTML front
// end alone. The reported bytes are the pages' total size.
func BenchmarkHTMLPages(b *testing.B) {
	pages := htmlPages(b)
	size := 0
	for _, p := range pages {
		size += len(p)
	}
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				_, _ = html.Parse(bytes.NewReader(p))
			}
		}
	})
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range pages {
				_, _ = FromHTML(bytes.NewReader(p), "https://news.example/article")
			}
		}
	})
	b.Run("document", func(b *testing.B) {
		roots := make([]*html.Node, len(pages))
		for i, p := range pages {
			root, err := html.Parse(bytes.NewReader(p))
			if err != nil {
				b.Fatal(err)
			}
			roots[i] = root
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, root := range roots {
				_, _ = NewHTMLDocument(root, "https://news.example/article")
			}
		}
	})
}

// htmlPages returns the shipped HTML pages, unpacked; it skips the
// benchmark when there are none.
func htmlPages(b *testing.B) [][]byte {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "html", "*.html.gz"))
	if err != nil || len(paths) == 0 {
		b.Skip("no HTML pages")
	}
	pages := make([][]byte, len(paths))
	for i, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		pages[i], err = io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
	return pages
}
