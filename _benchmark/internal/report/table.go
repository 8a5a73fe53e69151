package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Table is a titled text table.
type Table struct {
	Title  string
	Header []string
	Rows   [][]string
}

// Add appends a row.
func (t *Table) Add(cells ...string) {
	t.Rows = append(t.Rows, cells)
}

// Write prints the table to w: the title, then the header and rows in
// left-aligned columns separated by " | ", then a blank line.
func (t *Table) Write(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "%s\n", t.Title); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	rule := make([]string, len(t.Header))
	for i, h := range t.Header {
		rule[i] = strings.Repeat("-", len(h))
	}
	for _, row := range append([][]string{t.Header, rule}, t.Rows...) {
		if _, err := fmt.Fprintln(tw, strings.Join(row, "\t| ")); err != nil {
			return err
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

// Float formats a score with three decimals.
func Float(v float64) string {
	return fmtFloat(v, 3)
}

// fmtFloat formats v with prec decimals.
func fmtFloat(v float64, prec int) string {
	return strconv.FormatFloat(v, 'f', prec, 64)
}
