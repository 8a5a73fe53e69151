package report

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/pith-go/pith/_benchmark/metric"
)

// PageRow is one library's score on one page.
type PageRow struct {
	Set, ID, Library string
	Score            metric.Score
	Dur              time.Duration
	Err              error
}

// WriteTSV writes rows to w as tab-separated values with a header line:
// set, id, library, P, R, F1, ms and error (the first line of the error
// message, tabs replaced by spaces, or empty).
func WriteTSV(w io.Writer, rows []PageRow) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "set\tid\tlibrary\tP\tR\tF1\tms\terror")
	for _, r := range rows {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%.4f\t%.4f\t%.4f\t%s\t%s\n",
			field(r.Set), field(r.ID), field(r.Library),
			r.Score.P, r.Score.R, r.Score.F1, Ms(r.Dur), field(FirstLine(r.Err)))
	}
	return bw.Flush()
}

// FirstLine returns the first line of err's message, or "" for nil.
func FirstLine(err error) string {
	if err == nil {
		return ""
	}
	line, _, _ := strings.Cut(err.Error(), "\n")
	return line
}

// field makes s safe for one TSV cell.
func field(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// Worst returns up to n rows of library, lowest F1 first, ties by ID. rows is
// not modified.
func Worst(rows []PageRow, library string, n int) []PageRow {
	var mine []PageRow
	for _, r := range rows {
		if r.Library == library {
			mine = append(mine, r)
		}
	}
	slices.SortFunc(mine, func(a, b PageRow) int {
		return cmp.Or(cmp.Compare(a.Score.F1, b.Score.F1), cmp.Compare(a.ID, b.ID))
	})
	return mine[:min(n, len(mine))]
}
