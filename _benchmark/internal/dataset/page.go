package dataset

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
)

// Page is one benchmark page: its input and whatever gold data its corpus
// provides.
type Page struct {
	// ID names the page within its corpus.
	ID string
	// URL is the page's address, or "" when the corpus does not know it.
	URL string
	// Path is the input file; ignored when Input is set.
	Path string
	// Input is the page content when it was built in memory.
	Input []byte
	// Gold is the expected article text, for the shingle metric.
	Gold string
	// With and Without are the snippets the extraction must and must not
	// contain, for the snippet metric.
	With, Without []string
	// Title is the expected title, or "".
	Title string
	// Lang is the expected language code, or "".
	Lang string
	// Author is the expected author or byline, several names separated by
	// "; ", or "".
	Author string
	// Published is the expected publication date (ISO 8601, at least
	// YYYY-MM-DD), or "".
	Published string
	// SiteName is the expected site name, or "".
	SiteName string
	// PageType is the corpus's page category (WCXB), or "".
	PageType string
}

// Read returns the page's input: Input when set, else the content of Path,
// gunzipped when the name ends in ".gz".
func (p Page) Read() ([]byte, error) {
	if p.Input != nil {
		return p.Input, nil
	}
	return readFile(p.Path)
}

// readFile reads a file, gunzipping it when its name ends in ".gz".
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("dataset: %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	return io.ReadAll(r)
}
