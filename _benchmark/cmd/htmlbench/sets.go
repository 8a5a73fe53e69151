package main

import (
	"path/filepath"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
)

// metricKind selects how a set is scored.
type metricKind int

const (
	// shingleMetric compares the body text with the page's gold text.
	shingleMetric metricKind = iota
	// snippetMetric looks for the page's with/without snippets in the
	// title, lead and body.
	snippetMetric
)

// htmlSet is one HTML benchmark set.
type htmlSet struct {
	name   string
	metric metricKind
	// byType also scores each page type separately.
	byType bool
	load   func(data string) ([]dataset.Page, error)
}

// sets lists the HTML sets in run order.
var sets = []htmlSet{
	{name: "scrapinghub", metric: shingleMetric, load: func(data string) ([]dataset.Page, error) {
		return dataset.ScrapingHubHTML(filepath.Join(data, "scrapinghub"))
	}},
	{name: "trafilatura", metric: snippetMetric, load: func(data string) ([]dataset.Page, error) {
		return dataset.Trafilatura(filepath.Join(data, "trafilatura"))
	}},
	{name: "wcxb", metric: shingleMetric, byType: true, load: func(data string) ([]dataset.Page, error) {
		return dataset.WCXB(filepath.Join(data, "wcxb"))
	}},
	{name: "readability", metric: shingleMetric, load: func(data string) ([]dataset.Page, error) {
		return dataset.Readability(filepath.Join(data, "readability"))
	}},
}

// setNames returns the names of sets in order.
func setNames() []string {
	names := make([]string, len(sets))
	for i, s := range sets {
		names[i] = s.name
	}
	return names
}
