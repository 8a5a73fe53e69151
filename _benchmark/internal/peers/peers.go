// Package peers holds the HTML extractors the benchmark programs compare:
// pith and the two peers, go-trafilatura and readeck go-readability, each
// wrapped as a [run.Library] that fills the body text and the metadata of
// [run.Output]. The wrappers are safe for concurrent use.
package peers

import (
	"bytes"
	"errors"
	"net/url"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-trafilatura"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/extract"
)

// HTML returns the HTML extractors compared, pith first.
func HTML() []run.Library {
	return []run.Library{
		{Name: "pith", Extract: pithHTML},
		{Name: "trafilatura", Extract: trafilaturaHTML},
		{Name: "readability", Extract: readabilityHTML},
	}
}

// pithHTML runs extract.FromHTML. ErrEmpty (no text at all) gives an
// empty output; ErrNoContent (no body left) an output with the Article's
// metadata and no text.
func pithHTML(page dataset.Page, in []byte) (run.Output, error) {
	a, err := extract.FromHTML(bytes.NewReader(in), page.URL)
	if errors.Is(err, extract.ErrEmpty) || errors.Is(err, extract.ErrNoContent) && a == nil {
		return run.Output{}, nil
	}
	if err != nil && !errors.Is(err, extract.ErrNoContent) {
		return run.Output{}, err
	}
	out := run.Output{Title: a.Title, Lang: a.Language, Author: strings.Join(a.Authors, "; "),
		Published: isoDay(a.Published), SiteName: a.SiteName}
	if err == nil {
		out.Lead, out.Text = a.Lead, a.Text()
	}
	return out, nil
}

// trafilaturaHTML parses the page as trafilatura.Extract does (with charset
// detection) and runs trafilatura.ExtractDocument with the fallback
// extractors enabled. Its "not long enough" refusal gives an empty output.
func trafilaturaHTML(page dataset.Page, in []byte) (run.Output, error) {
	doc, err := dom.Parse(bytes.NewReader(in))
	if err != nil {
		return run.Output{}, err
	}
	opts := trafilatura.Options{EnableFallback: true, OriginalURL: pageURL(page)}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil && strings.Contains(err.Error(), "not long enough") {
		return run.Output{}, nil
	}
	if err != nil {
		return run.Output{}, err
	}
	return run.Output{Title: res.Metadata.Title, Text: res.ContentText, Lang: res.Metadata.Language,
		Author: res.Metadata.Author, Published: isoDay(res.Metadata.Date), SiteName: res.Metadata.Sitename}, nil
}

// readabilityHTML runs readeck's go-readability and renders its article as
// plain text. An article without content gives an empty output.
func readabilityHTML(page dataset.Page, in []byte) (run.Output, error) {
	a, err := readability.FromReader(bytes.NewReader(in), pageURL(page))
	if err != nil {
		return run.Output{}, err
	}
	out := run.Output{Title: a.Title(), Lang: a.Language(), Author: a.Byline(), SiteName: a.SiteName()}
	if t, err := a.PublishedTime(); err == nil {
		out.Published = isoDay(t)
	}
	if a.Node == nil {
		return out, nil
	}
	var sb strings.Builder
	if err := a.RenderText(&sb); err != nil {
		return run.Output{}, err
	}
	out.Text = sb.String()
	return out, nil
}

// isoDay formats a date as YYYY-MM-DD, or "" for the zero time.
func isoDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// pageURL parses the page's URL, or returns nil when it has none.
func pageURL(page dataset.Page) *url.URL {
	if page.URL == "" {
		return nil
	}
	u, err := url.Parse(page.URL)
	if err != nil {
		return nil
	}
	return u
}
