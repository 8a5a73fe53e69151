// Command metabench compares the metadata pith extracts from HTML pages
// (title, authors, publication date, language, site name) with what
// go-trafilatura and readeck's go-readability extract, on the sets whose
// gold has metadata: WCXB, the trafilatura evaluation set and Mozilla
// Readability's test pages. It prints one table, a row per set and
// library, and writes every compared value to a TSV file.
//
// Usage, from _benchmark:
//
//	go run ./cmd/metabench [-data dir] [-set list] [-lib list] [-limit n] [-out file]
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/pith-go/pith/_benchmark/internal/cli"
	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/htmllib"
	"github.com/pith-go/pith/_benchmark/internal/report"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/_benchmark/internal/score"
)

// metaSets are the sets with gold metadata, in run order.
var metaSets = []string{"wcxb", "trafilatura", "readability"}

// config holds the command-line settings.
type config struct {
	data, sets, libs, out string
	limit, workers        int
	timeout               time.Duration
}

func main() {
	var c config
	flag.StringVar(&c.data, "data", cli.DefaultData, "corpus directory")
	flag.StringVar(&c.sets, "set", "all", "comma-separated sets: "+strings.Join(metaSets, ", "))
	flag.StringVar(&c.libs, "lib", "all", "comma-separated libraries: pith, trafilatura, readability")
	flag.IntVar(&c.limit, "limit", 0, "run only the first N pages of each set (0: all)")
	flag.StringVar(&c.out, "out", "results-meta.tsv", "per-page TSV output")
	flag.DurationVar(&c.timeout, "timeout", 20*time.Second, "per-call timeout")
	flag.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "pages processed concurrently")
	flag.Parse()
	if err := bench(c, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "metabench:", err)
		os.Exit(1)
	}
}

// bench runs the chosen libraries on the chosen sets, prints the table to w
// and writes the per-page file.
func bench(c config, w io.Writer) error {
	chosen, err := cli.Sets(c.sets, metaSets)
	if err != nil {
		return err
	}
	libs, err := chooseLibs(c.libs)
	if err != nil {
		return err
	}
	names := run.Names(libs)
	start := time.Now()
	var rows []score.MetaRow
	var cmp []comparison
	total := 0
	for _, name := range chosen {
		set, _ := dataset.HTMLSetNamed(name)
		pages, err := set.Load(c.data)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if c.limit > 0 && len(pages) > c.limit {
			pages = pages[:c.limit]
		}
		total += len(pages)
		results := run.Pages(pages, libs, c.workers, c.timeout)
		for _, m := range score.Metadata(pages, names, results) {
			rows = append(rows, score.MetaRow{Set: name, Meta: m})
		}
		cmp = append(cmp, compare(name, pages, names, results)...)
	}
	title := fmt.Sprintf("metadata match rate (gold pages), %d pages, wall %ss", total, report.Seconds(time.Since(start)))
	table := score.MetaTable(title, rows)
	if err := table.Write(w); err != nil {
		return err
	}
	return writeComparisons(c.out, cmp)
}

// chooseLibs returns the libraries named in a comma-separated list, in
// their usual order; "" and "all" select every one.
func chooseLibs(list string) ([]run.Library, error) {
	all := htmllib.Libraries()
	names, err := cli.Sets(list, run.Names(all))
	if err != nil {
		return nil, err
	}
	var libs []run.Library
	for _, l := range all {
		for _, n := range names {
			if l.Name == n {
				libs = append(libs, l)
			}
		}
	}
	return libs, nil
}

// comparison is one library's value of one field on one page, beside the
// gold value.
type comparison struct {
	set, id, library, field, gold, pred, err string
	hit                                      bool
}

// compare lists, for every page, library and field the page has gold for,
// the two values and whether they match.
func compare(set string, pages []dataset.Page, libs []string, results [][]run.Result) []comparison {
	var out []comparison
	for p, page := range pages {
		for l, lib := range libs {
			res := results[l][p]
			errText := report.FirstLine(res.Err)
			for f := range score.NumFields {
				has, hit := score.Match(f, page, res.Output)
				if !has {
					continue
				}
				out = append(out, comparison{set: set, id: page.ID, library: lib, field: score.FieldNames[f],
					gold: score.Gold(f, page), pred: score.Predicted(f, res.Output), err: errText, hit: hit})
			}
		}
	}
	return out
}

// writeComparisons writes the comparisons to path as tab-separated values
// with a header line: set, id, library, field, hit (1 or 0), gold,
// predicted and error, tabs and line breaks in values replaced by spaces.
func writeComparisons(path string, cmp []comparison) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	fmt.Fprintln(bw, "set\tid\tlibrary\tfield\thit\tgold\tpredicted\terror")
	for _, c := range cmp {
		hit := "0"
		if c.hit {
			hit = "1"
		}
		fmt.Fprintln(bw, strings.Join([]string{c.set, c.id, c.library, c.field, hit,
			oneLine(c.gold), oneLine(c.pred), oneLine(c.err)}, "\t"))
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// oneLine replaces tabs and line breaks by spaces.
func oneLine(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}
