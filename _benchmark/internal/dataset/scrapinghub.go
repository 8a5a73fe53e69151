package dataset

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// ScrapingHubHTML loads the HTML pages of the ScrapingHub
// article-extraction benchmark from dir: html/<id>.html.gz with gold text
// and URL from ground-truth.json.
func ScrapingHubHTML(dir string) ([]Page, error) {
	return scrapingHub(dir, func(id string) string {
		return filepath.Join(dir, "html", id+".html.gz")
	})
}

// ScrapingHubText loads the plain-text dumps of the ScrapingHub pages from
// dir: text/<id>.txt, with the same gold as [ScrapingHubHTML].
func ScrapingHubText(dir string) ([]Page, error) {
	pages, err := scrapingHub(dir, func(id string) string {
		return filepath.Join(dir, "text", id+".txt")
	})
	if err != nil {
		return nil, err
	}
	for i := range pages {
		if pages[i].Input, err = readFile(pages[i].Path); err != nil {
			return nil, err
		}
	}
	return pages, nil
}

// scrapingHub reads ground-truth.json and builds one page per entry, with
// its input at path(id).
func scrapingHub(dir string, path func(id string) string) ([]Page, error) {
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &truth); err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(truth))
	for id, t := range truth {
		pages = append(pages, Page{ID: id, URL: t.URL, Path: path(id), Gold: t.ArticleBody})
	}
	sortPages(pages)
	return pages, nil
}

// readJSON decodes the JSON file at path into v.
func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("dataset: %s: %w", path, err)
	}
	return nil
}

// sortPages orders pages by ID.
func sortPages(pages []Page) {
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
}
