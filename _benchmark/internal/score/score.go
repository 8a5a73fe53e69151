package score

import (
	"strings"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/report"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/_benchmark/metric"
)

// Set is the scored outcome of one benchmark set.
type Set struct {
	Name string
	// Summaries holds one entry per library, in library order.
	Summaries []report.Summary
	// Rows holds one row per library and page, library by library.
	Rows []report.PageRow
}

// Predictor builds the text to score from an extractor's output.
type Predictor func(run.Output) string

// Shingle scores results, indexed [library][page], against each page's Gold
// text with the shingle metric.
func Shingle(name string, pages []dataset.Page, libs []string, results [][]run.Result, predict Predictor) Set {
	set := Set{Name: name}
	for l, lib := range libs {
		var corpus metric.Corpus
		sum := report.Summary{Library: lib}
		for p, page := range pages {
			res := results[l][p]
			pred := predict(res.Output)
			m := metric.CompareShingles(page.Gold, pred)
			corpus.Add(m)
			count(&sum, res, pred)
			set.Rows = append(set.Rows, row(name, page, lib, res, m.Score()))
		}
		sum.Score = corpus.Score()
		set.Summaries = append(set.Summaries, sum)
	}
	return set
}

// Snippet scores results, indexed [library][page], against each page's With
// and Without snippets with the snippet metric. A page's row carries the
// scores of its own snippets.
func Snippet(name string, pages []dataset.Page, libs []string, results [][]run.Result, predict Predictor) Set {
	set := Set{Name: name}
	for l, lib := range libs {
		var total metric.SnippetCounts
		sum := report.Summary{Library: lib}
		for p, page := range pages {
			res := results[l][p]
			pred := predict(res.Output)
			c := metric.CheckSnippets(pred, page.With, page.Without)
			total.Add(c)
			count(&sum, res, pred)
			set.Rows = append(set.Rows, row(name, page, lib, res, c.Score()))
		}
		sum.Score = total.Score()
		sum.Accuracy = total.Accuracy()
		set.Summaries = append(set.Summaries, sum)
	}
	return set
}

// count adds one page's call to sum.
func count(sum *report.Summary, res run.Result, pred string) {
	sum.Pages++
	if res.Err != nil {
		sum.Errors++
	}
	if strings.TrimSpace(pred) == "" {
		sum.Empty++
	}
	sum.Times = append(sum.Times, res.Dur)
}

// row builds the per-page row of one call.
func row(set string, page dataset.Page, lib string, res run.Result, s metric.Score) report.PageRow {
	return report.PageRow{Set: set, ID: page.ID, Library: lib, Score: s, Dur: res.Dur, Err: res.Err}
}

// Subset keeps the pages for which keep is true, with their results.
func Subset(pages []dataset.Page, results [][]run.Result, keep func(dataset.Page) bool) ([]dataset.Page, [][]run.Result) {
	var kept []dataset.Page
	sub := make([][]run.Result, len(results))
	for p, page := range pages {
		if !keep(page) {
			continue
		}
		kept = append(kept, page)
		for l := range results {
			sub[l] = append(sub[l], results[l][p])
		}
	}
	return kept, sub
}

// Body predicts the body text alone.
func Body(o run.Output) string {
	return o.Text
}

// LeadAndBody predicts the lead followed by the body.
func LeadAndBody(o run.Output) string {
	return joinLines(o.Lead, o.Text)
}

// Everything predicts title, lead and body, one per line.
func Everything(o run.Output) string {
	return joinLines(o.Title, o.Lead, o.Text)
}

// joinLines joins the non-empty parts with "\n".
func joinLines(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n")
}
