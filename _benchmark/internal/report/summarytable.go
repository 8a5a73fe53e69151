package report

import (
	"strconv"
	"time"
)

// SummaryTable builds the table of one set, one row per summary: library,
// P, R, F1, accuracy (when withAccuracy is set), pages, errors, empty
// predictions, median ms per page and total seconds of call time.
func SummaryTable(title string, sums []Summary, withAccuracy bool) Table {
	t := Table{Title: title, Header: []string{"library", "P", "R", "F1"}}
	if withAccuracy {
		t.Header = append(t.Header, "acc")
	}
	t.Header = append(t.Header, "pages", "errors", "empty", "median ms", "total s")
	for _, s := range sums {
		cells := []string{s.Library, Float(s.Score.P), Float(s.Score.R), Float(s.Score.F1)}
		if withAccuracy {
			cells = append(cells, Float(s.Accuracy))
		}
		cells = append(cells, strconv.Itoa(s.Pages), strconv.Itoa(s.Errors), strconv.Itoa(s.Empty),
			Ms(s.Median()), fmtFloat(s.Total().Seconds(), 2))
		t.Add(cells...)
	}
	return t
}

// Seconds formats a duration as seconds with one decimal.
func Seconds(d time.Duration) string {
	return fmtFloat(d.Seconds(), 1)
}
