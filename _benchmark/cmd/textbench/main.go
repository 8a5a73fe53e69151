// Command textbench measures pith's plain-text front end (extract.FromText)
// on page dumps: the ScrapingHub text dumps and the French and Swedish
// Turku boilerplate corpora, with the shingle metric. pith is compared with
// two baselines: the whole input ("raw") and a C4-style line filter ("c4").
//
// Usage, from _benchmark:
//
//	go run ./cmd/textbench [-data dir] [-set list] [-out file] [-worst n]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"github.com/pith-go/pith/_benchmark/internal/cli"
	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/report"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/_benchmark/internal/score"
)

// textSet is one plain-text benchmark set.
type textSet struct {
	name string
	load func(data string) ([]dataset.Page, error)
	// predict builds the scored text: the body alone where the gold is an
	// article body, everything where the gold is every article line.
	predict score.Predictor
}

// sets lists the plain-text sets in run order.
var sets = []textSet{
	{name: "scrapinghub", predict: score.Body, load: func(data string) ([]dataset.Page, error) {
		return dataset.ScrapingHubText(filepath.Join(data, "scrapinghub"))
	}},
	{name: "turku-fr", predict: score.Everything, load: func(data string) ([]dataset.Page, error) {
		return dataset.Turku(filepath.Join(data, "turku", "fr"))
	}},
	{name: "turku-sv", predict: score.Everything, load: func(data string) ([]dataset.Page, error) {
		return dataset.Turku(filepath.Join(data, "turku", "sv"))
	}},
}

func main() {
	data := flag.String("data", cli.DefaultData, "corpus directory")
	setList := flag.String("set", "all", "comma-separated sets: scrapinghub, turku-fr, turku-sv")
	out := flag.String("out", "results-text.tsv", "per-page TSV output")
	worst := flag.Int("worst", 10, "print the N worst pith pages per set")
	timeout := flag.Duration("timeout", 20*time.Second, "per-call timeout")
	flag.Parse()
	if err := bench(*data, *setList, *out, *worst, *timeout); err != nil {
		fmt.Fprintln(os.Stderr, "textbench:", err)
		os.Exit(1)
	}
}

// bench runs the selected sets, prints their tables and writes the TSV.
func bench(data, setList, out string, worst int, timeout time.Duration) error {
	names := make([]string, len(sets))
	for i, s := range sets {
		names[i] = s.name
	}
	chosen, err := cli.Sets(setList, names)
	if err != nil {
		return err
	}
	libs := libraries()
	libNames := run.Names(libs)
	start := time.Now()
	var rows []report.PageRow
	for _, s := range sets {
		if !slices.Contains(chosen, s.name) {
			continue
		}
		pages, err := s.load(data)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		results := run.Pages(pages, libs, runtime.GOMAXPROCS(0), timeout)
		scored := score.Shingle(s.name, pages, libNames, results, s.predict)
		table := report.SummaryTable(fmt.Sprintf("== %s (%d pages, shingle metric)", s.name, len(pages)), scored.Summaries, false)
		if err := table.Write(os.Stdout); err != nil {
			return err
		}
		printWorst(scored.Rows, worst)
		rows = append(rows, scored.Rows...)
	}
	fmt.Printf("total wall time %ss; per-page scores in %s\n", report.Seconds(time.Since(start)), out)
	return cli.WriteTSV(out, rows)
}

// printWorst prints the n lowest-F1 pith pages of a set.
func printWorst(rows []report.PageRow, n int) {
	if n <= 0 {
		return
	}
	t := report.Table{Title: fmt.Sprintf("worst %d pith pages", n), Header: []string{"id", "F1", "P", "R", "error"}}
	for _, r := range report.Worst(rows, "pith", n) {
		errText := ""
		if r.Err != nil {
			errText = r.Err.Error()
		}
		t.Add(r.ID, report.Float(r.Score.F1), report.Float(r.Score.P), report.Float(r.Score.R), errText)
	}
	t.Write(os.Stdout)
}
