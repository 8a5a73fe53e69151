package dataset

import "path/filepath"

// An HTMLSet is one HTML corpus: its name and its loader, which reads it
// from the subdirectory of that name under the corpus directory data.
type HTMLSet struct {
	Name string
	Load func(data string) ([]Page, error)
}

// HTMLSets lists the HTML corpora in run order.
var HTMLSets = []HTMLSet{
	{Name: "scrapinghub", Load: func(data string) ([]Page, error) {
		return ScrapingHubHTML(filepath.Join(data, "scrapinghub"))
	}},
	{Name: "trafilatura", Load: func(data string) ([]Page, error) {
		return Trafilatura(filepath.Join(data, "trafilatura"))
	}},
	{Name: "wcxb", Load: func(data string) ([]Page, error) {
		return WCXB(filepath.Join(data, "wcxb"))
	}},
	{Name: "readability", Load: func(data string) ([]Page, error) {
		return Readability(filepath.Join(data, "readability"))
	}},
}

// HTMLSetNamed returns the HTML corpus called name.
func HTMLSetNamed(name string) (HTMLSet, bool) {
	for _, s := range HTMLSets {
		if s.Name == name {
			return s, true
		}
	}
	return HTMLSet{}, false
}
