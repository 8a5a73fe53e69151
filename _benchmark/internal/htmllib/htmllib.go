// Package htmllib holds the HTML extractors the benchmark programs
// compare: pith, go-trafilatura and readeck's go-readability, each wrapped
// as a [run.Library] that parses the page and turns the result into a
// [run.Output]; and PithText, pith's plain-text path. The wrappers are safe for concurrent use.
package htmllib

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

// Libraries returns the HTML extractors compared, pith first, with
// go-trafilatura's fallback extractors enabled.
func Libraries() []run.Library {
	return []run.Library{
		{Name: "pith", Extract: Pith},
		{Name: "trafilatura", Extract: Trafilatura(true)},
		{Name: "readability", Extract: Readability},
	}
}

// Pith runs extract.FromHTML. ErrEmpty (no text at all) gives an empty
// output; ErrNoContent (no body left) an output with the Article's
// metadata and no text.
func Pith(page dataset.Page, in []byte) (run.Output, error) {
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

// PithText runs extract.FromText on a plain-text page dump. ErrNoContent
// and ErrEmpty (no text at all) give an empty output.
func PithText(_ dataset.Page, in []byte) (run.Output, error) {
	a, err := extract.FromText(string(in))
	if errors.Is(err, extract.ErrNoContent) || errors.Is(err, extract.ErrEmpty) {
		return run.Output{}, nil
	}
	if err != nil {
		return run.Output{}, err
	}
	return run.Output{Title: a.Title, Lead: a.Lead, Text: a.Text(), Lang: a.Language}, nil
}

// Trafilatura returns an extractor that parses the page as
// trafilatura.Extract does (with charset detection) and runs
// trafilatura.ExtractDocument, with the fallback extractors (readability
// and dom-distiller) when fallback is true. Its "not long enough" refusal
// gives an empty output.
func Trafilatura(fallback bool) func(dataset.Page, []byte) (run.Output, error) {
	return func(page dataset.Page, in []byte) (run.Output, error) {
		doc, err := dom.Parse(bytes.NewReader(in))
		if err != nil {
			return run.Output{}, err
		}
		opts := trafilatura.Options{EnableFallback: fallback, OriginalURL: PageURL(page)}
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
}

// Readability runs readeck's go-readability and renders its article as
// plain text. An article without content gives an empty output.
func Readability(page dataset.Page, in []byte) (run.Output, error) {
	a, err := readability.FromReader(bytes.NewReader(in), PageURL(page))
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

// PageURL parses the page's URL, or returns nil when it has none or it
// does not parse.
func PageURL(page dataset.Page) *url.URL {
	if page.URL == "" {
		return nil
	}
	u, err := url.Parse(page.URL)
	if err != nil {
		return nil
	}
	return u
}
