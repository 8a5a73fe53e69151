package main

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/report"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/_benchmark/metric"
)

func TestWorstTable(t *testing.T) {
	rows := []report.PageRow{
		{ID: "a", Library: "pith", Score: metric.Score{F1: 0.2}},
		{ID: "a", Library: "trafilatura", Score: metric.Score{F1: 0.95}},
		{ID: "a", Library: "readability", Score: metric.Score{F1: 0.5}},
		{ID: "b", Library: "pith", Score: metric.Score{F1: 0.4}},
		{ID: "b", Library: "trafilatura", Score: metric.Score{F1: 0.6}},
		{ID: "c", Library: "pith", Score: metric.Score{F1: 0.99}},
		{ID: "0", Library: "pith", Score: metric.Score{F1: 0.2}, Err: errors.New("bad\nstack")},
		{ID: "0", Library: "readability", Score: metric.Score{F1: 0.3}},
	}
	got := worstTable(rows, 3)
	assert.Equal(t, "worst 3 pith pages (1 collapses in the set)", got.Title)
	require.Len(t, got.Rows, 3)
	assert.Equal(t, []string{"a", "0.200", "trafilatura", "0.950", "collapse", ""}, got.Rows[0], "tie broken by peer F1")
	assert.Equal(t, []string{"0", "0.200", "readability", "0.300", "", "bad"}, got.Rows[1])
	assert.Equal(t, []string{"b", "0.400", "trafilatura", "0.600", "", ""}, got.Rows[2])
}

func TestTypeTable(t *testing.T) {
	pages := []dataset.Page{
		{ID: "1", PageType: "forum", Gold: "a b c d e"},
		{ID: "2", PageType: "article", Gold: "f g h i"},
		{ID: "3", PageType: "forum", Gold: "j k l m"},
	}
	results := [][]run.Result{{
		{Output: run.Output{Text: "a b c d e"}},
		{Output: run.Output{Text: "f g h i"}},
		{Output: run.Output{Text: "j k l m"}},
	}}
	got := typeTable("wcxb", pages, []string{"lib"}, results, config{})
	assert.Equal(t, [][]string{{"article", "1", "1.000"}, {"forum", "2", "1.000"}}, got.Rows)
}

func TestMetaTable(t *testing.T) {
	pages := []dataset.Page{{Title: "T", Lang: "en", Author: "By Ann Lee", Published: "2020-01-02T10:00:00Z"}}
	results := [][]run.Result{{{Output: run.Output{Title: "t", Lang: "de", Author: "Ann Lee", Published: "2020-01-03"}}}}
	got := metaTable("s", pages, []string{"lib"}, results)
	assert.Equal(t, [][]string{{"s", "lib", "1.000 (1)", "1.000 (1)", "0.000 (1)", "0.000 (1)", "-"}}, got.Rows)

	none := metaTable("s", []dataset.Page{{}}, []string{"lib"}, results)
	assert.Empty(t, none.Rows)
}
