package main

import (
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

// htmlSet is one HTML benchmark set and how it is scored.
type htmlSet struct {
	name   string
	metric metricKind
	// byType also scores each page type separately.
	byType bool
}

// load reads the set's pages from the corpus directory data.
func (s htmlSet) load(data string) ([]dataset.Page, error) {
	set, _ := dataset.HTMLSetNamed(s.name)
	return set.Load(data)
}

// sets lists the HTML sets in run order.
var sets = []htmlSet{
	{name: "scrapinghub", metric: shingleMetric},
	{name: "trafilatura", metric: snippetMetric},
	{name: "wcxb", metric: shingleMetric, byType: true},
	{name: "readability", metric: shingleMetric},
}

// setNames returns the names of sets in order.
func setNames() []string {
	names := make([]string, len(sets))
	for i, s := range sets {
		names[i] = s.name
	}
	return names
}
