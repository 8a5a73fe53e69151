package dataset

import (
	"os"
	"path/filepath"
)

// ReadabilityURL is the address Mozilla Readability's test suite gives its
// test pages.
const ReadabilityURL = "http://fakehost/test/page.html"

// Readability loads the Mozilla Readability test pages from dir: one
// directory per case holding source.html, expected.txt (the gold text) and
// expected-metadata.json (title, lang, byline, publishedTime,
// siteName). Directories without source.html are skipped.
func Readability(dir string) ([]Page, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var pages []Page
	for _, e := range entries {
		caseDir := filepath.Join(dir, e.Name())
		source := filepath.Join(caseDir, "source.html")
		if _, err := os.Stat(source); err != nil {
			continue
		}
		gold, err := os.ReadFile(filepath.Join(caseDir, "expected.txt"))
		if err != nil {
			return nil, err
		}
		var meta struct {
			Title  *string `json:"title"`
			Lang   *string `json:"lang"`
			Byline *string `json:"byline"`
			Date   *string `json:"publishedTime"`
			Site   *string `json:"siteName"`
		}
		if err := readJSON(filepath.Join(caseDir, "expected-metadata.json"), &meta); err != nil {
			return nil, err
		}
		pages = append(pages, Page{
			ID:        e.Name(),
			URL:       ReadabilityURL,
			Path:      source,
			Gold:      string(gold),
			Title:     deref(meta.Title),
			Lang:      deref(meta.Lang),
			Author:    deref(meta.Byline),
			Published: deref(meta.Date),
			SiteName:  deref(meta.Site),
		})
	}
	sortPages(pages)
	return pages, nil
}
