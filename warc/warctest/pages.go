package warctest

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pith-go/pith/extract"
)

// Pages loads the golden pages of the testdata directory dir: each HTML
// page (<name>.html.gz) with its address (<name>.url), and each text dump
// (<name>.txt), in name order.
func Pages(dir string) ([]HTMLPage, []string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "html", "*.html.gz"))
	if err != nil {
		return nil, nil, err
	}
	var html []HTMLPage
	for _, name := range names {
		page, err := gunzipFile(name)
		if err != nil {
			return nil, nil, err
		}
		url, err := os.ReadFile(strings.TrimSuffix(name, ".html.gz") + ".url")
		if err != nil {
			return nil, nil, err
		}
		html = append(html, HTMLPage{URL: strings.TrimSpace(string(url)), HTML: page})
	}
	names, err = filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if err != nil {
		return nil, nil, err
	}
	var text []string
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, nil, err
		}
		text = append(text, string(b))
	}
	return html, text, nil
}

func gunzipFile(name string) ([]byte, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// Alone runs the page of a WantPage entry on its own, as a caller
// without archives would: FromText for a text page, FromHTML with the
// HTTP Content-Type and the target URI for an HTML page.
func (e Entry) Alone() (*extract.Article, error) {
	if e.Text != "" {
		return extract.FromText(e.Text)
	}
	return extract.FromHTML(bytes.NewReader(e.HTML), e.TargetURI, extract.WithContentType(e.ContentType))
}
