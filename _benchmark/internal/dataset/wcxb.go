package dataset

import (
	"path/filepath"
	"strings"
)

// WCXB loads the WCXB web content extraction set from dir: html/<id>.html.gz
// with gold text, title, language, page type, authors and publication
// date from gold.json.
func WCXB(dir string) ([]Page, error) {
	var gold map[string]struct {
		Text     string   `json:"text"`
		Title    *string  `json:"title"`
		Lang     *string  `json:"lang"`
		PageType string   `json:"page_type"`
		URL      string   `json:"url"`
		Authors  []string `json:"authors"`
		Date     *string  `json:"published"`
	}
	if err := readJSON(filepath.Join(dir, "gold.json"), &gold); err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(gold))
	for id, g := range gold {
		pages = append(pages, Page{
			ID:        id,
			URL:       g.URL,
			Path:      filepath.Join(dir, "html", id+".html.gz"),
			Gold:      g.Text,
			Title:     deref(g.Title),
			Lang:      deref(g.Lang),
			PageType:  g.PageType,
			Author:    strings.Join(g.Authors, "; "),
			Published: deref(g.Date),
		})
	}
	sortPages(pages)
	return pages, nil
}

// deref returns *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
