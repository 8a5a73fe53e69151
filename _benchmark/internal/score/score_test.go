package score

import (
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/run"
)

func TestShingle(t *testing.T) {
	pages := []dataset.Page{
		{ID: "p1", Gold: "a b c d e", PageType: "article"},
		{ID: "p2", Gold: "f g h i", PageType: "forum"},
	}
	ms := time.Millisecond
	results := [][]run.Result{
		{ // good: exact on p1, half on p2 via extra shingle
			{Output: run.Output{Text: "a b c d e"}, Dur: 2 * ms},
			{Output: run.Output{Text: "f g h i j"}, Dur: 4 * ms},
		},
		{ // bad: error on p1, empty on p2
			{Err: errors.New("boom"), Dur: ms},
			{Output: run.Output{Title: "only title"}, Dur: ms},
		},
	}
	set := Shingle("s", pages, []string{"good", "bad"}, results, Body)
	require.Len(t, set.Summaries, 2)
	require.Len(t, set.Rows, 4)

	good := set.Summaries[0]
	assert.Equal(t, "good", good.Library)
	assert.InDelta(t, 0.75, good.Score.P, 1e-12) // (1 + 1/2) / 2
	assert.InDelta(t, 1, good.Score.R, 1e-12)
	assert.Equal(t, 2, good.Pages)
	assert.Equal(t, 0, good.Errors)
	assert.Equal(t, 3*ms, good.Median())

	bad := set.Summaries[1]
	assert.Equal(t, 1, bad.Errors)
	assert.Equal(t, 2, bad.Empty)
	assert.Equal(t, 0.0, bad.Score.F1)

	assert.Equal(t, "p2", set.Rows[1].ID)
	assert.InDelta(t, 2.0/3, set.Rows[1].Score.F1, 1e-12)
	assert.EqualError(t, set.Rows[2].Err, "boom")
}

func TestSnippet(t *testing.T) {
	pages := []dataset.Page{
		{ID: "p1", With: []string{"Body one.", "Title"}, Without: []string{"Menu"}},
		{ID: "p2", With: []string{"gone"}, Without: []string{"Footer", "Ads"}},
	}
	results := [][]run.Result{{
		{Output: run.Output{Title: "Title", Text: "Body\none. Menu"}},
		{Output: run.Output{Text: "Footer"}},
	}}
	set := Snippet("t", pages, []string{"lib"}, results, Everything)
	s := set.Summaries[0]
	// TP 2 (Body one., Title), FN 1 (gone), FP 2 (Menu, Footer), TN 1 (Ads).
	assert.InDelta(t, 0.5, s.Score.P, 1e-12)
	assert.InDelta(t, 2.0/3, s.Score.R, 1e-12)
	assert.InDelta(t, 0.5, s.Accuracy, 1e-12)
	assert.InDelta(t, 1, set.Rows[0].Score.R, 1e-12)
	assert.Equal(t, 0.0, set.Rows[1].Score.F1)
}

func TestSubset(t *testing.T) {
	pages := []dataset.Page{{ID: "a", PageType: "x"}, {ID: "b", PageType: "y"}, {ID: "c", PageType: "x"}}
	results := [][]run.Result{
		{{Output: run.Output{Text: "a0"}}, {Output: run.Output{Text: "b0"}}, {Output: run.Output{Text: "c0"}}},
		{{Output: run.Output{Text: "a1"}}, {Output: run.Output{Text: "b1"}}, {Output: run.Output{Text: "c1"}}},
	}
	kept, sub := Subset(pages, results, func(p dataset.Page) bool { return p.PageType == "x" })
	require.Len(t, kept, 2)
	assert.Equal(t, "c", kept[1].ID)
	assert.Equal(t, "c1", sub[1][1].Text)
	assert.Equal(t, "a0", sub[0][0].Text)
}

func TestPredictors(t *testing.T) {
	o := run.Output{Title: "T", Lead: "L", Text: "B"}
	assert.Equal(t, "B", Body(o))
	assert.Equal(t, "L\nB", LeadAndBody(o))
	assert.Equal(t, "T\nL\nB", Everything(o))
	assert.Equal(t, "T\nB", Everything(run.Output{Title: "T", Text: "B"}))
	assert.Equal(t, "", Everything(run.Output{}))
}
