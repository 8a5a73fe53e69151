package score

import (
	"strconv"

	"github.com/pith-go/pith/_benchmark/internal/report"
)

// MetaRow is one row of a metadata table: a set, a library and its counts.
type MetaRow struct {
	Set string
	Meta
}

// MetaTable builds a metadata table, one row per set and library: the match
// rate of each field with the number of gold pages in brackets ("0.912
// (606)"), or "-" for a field no page of the set has. Rows with no gold
// field at all are left out.
func MetaTable(title string, rows []MetaRow) report.Table {
	t := report.Table{Title: title, Header: []string{"set", "library"}}
	t.Header = append(t.Header, FieldNames[:]...)
	for _, r := range rows {
		cells := []string{r.Set, r.Library}
		any := false
		for f := range NumFields {
			cells = append(cells, rateCell(r.Hits[f], r.Pages[f]))
			any = any || r.Pages[f] > 0
		}
		if any {
			t.Add(cells...)
		}
	}
	return t
}

// rateCell formats hits/n with n in brackets, or "-" when n is 0.
func rateCell(hits, n int) string {
	if n == 0 {
		return "-"
	}
	return report.Float(float64(hits)/float64(n)) + " (" + strconv.Itoa(n) + ")"
}
