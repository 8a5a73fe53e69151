// Package cli holds the command-line plumbing shared by the benchmark
// programs: choosing sets and writing the per-page file.
package cli

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/pith-go/pith/_benchmark/internal/report"
)

// DefaultData is the default corpus directory, relative to _benchmark.
const DefaultData = "../../shared/bench"

// Sets parses a comma-separated list of set names, checking each against
// known; "" and "all" select every known set. The result keeps the order of
// known.
func Sets(list string, known []string) ([]string, error) {
	if list == "" || list == "all" {
		return known, nil
	}
	want := strings.Split(list, ",")
	for i, name := range want {
		want[i] = strings.TrimSpace(name)
		if !slices.Contains(known, want[i]) {
			return nil, fmt.Errorf("unknown set %q (known: %s)", want[i], strings.Join(known, ", "))
		}
	}
	var sets []string
	for _, name := range known {
		if slices.Contains(want, name) {
			sets = append(sets, name)
		}
	}
	return sets, nil
}

// WriteTSV writes rows to the file at path with [report.WriteTSV].
func WriteTSV(path string, rows []report.PageRow) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := report.WriteTSV(f, rows); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
