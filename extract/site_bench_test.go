package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// siteBenchDocs returns the shipped ScrapingHub dumps as documents, taken
// as the pages of one host.
func siteBenchDocs(b *testing.B) []*Document {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "text", "scrapinghub-*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("no dumps")
	}
	var docs []*Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := NewTextDocument(string(data))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

// BenchmarkSiteLearn learns one profile from the shipped ScrapingHub dumps
// per iteration (documents built beforehand).
func BenchmarkSiteLearn(b *testing.B) {
	docs := siteBenchDocs(b)
	b.ReportAllocs()
	for b.Loop() {
		var l SiteLearner
		for _, d := range docs {
			l.AddHost("h", d)
		}
		_ = l.Profile("h")
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(docs))/1000, "ms/page")
}

// BenchmarkSiteTemplate runs SiteTemplate alone over the dumps, with a
// profile learned from them.
func BenchmarkSiteTemplate(b *testing.B) {
	docs := siteBenchDocs(b)
	var l SiteLearner
	for _, d := range docs {
		l.AddHost("", d)
	}
	e := SiteTemplate(l.Profile(""))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			for _, blk := range d.Blocks {
				blk.removal = nil
			}
			d.removed = 0
			_ = e.Extract(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(docs))/1000, "ms/page")
}
