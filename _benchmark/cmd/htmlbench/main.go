// Command htmlbench compares pith's HTML extraction (extract.FromHTML) with
// go-trafilatura and readeck's go-readability on four corpora: the
// ScrapingHub article-extraction benchmark, the trafilatura evaluation set,
// WCXB and Mozilla Readability's test pages. All three libraries run in one
// process; each call is timed on its own, protected against panics and
// bounded by a timeout.
//
// Usage, from _benchmark:
//
//	go run ./cmd/htmlbench [-data dir] [-set list] [-limit n] [-out file] [-worst n]
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"time"

	"github.com/pith-go/pith/_benchmark/internal/cli"
	"github.com/pith-go/pith/_benchmark/internal/peers"
	"github.com/pith-go/pith/_benchmark/internal/report"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/_benchmark/internal/score"
)

// config holds the command-line settings.
type config struct {
	data, sets, out string
	limit, worst    int
	timeout         time.Duration
	workers         int
	withLead        bool
}

func main() {
	var c config
	flag.StringVar(&c.data, "data", cli.DefaultData, "corpus directory")
	flag.StringVar(&c.sets, "set", "all", "comma-separated sets: scrapinghub, trafilatura, wcxb, readability")
	flag.IntVar(&c.limit, "limit", 0, "run only the first N pages of each set (0: all)")
	flag.StringVar(&c.out, "out", "results-html.tsv", "per-page TSV output")
	flag.IntVar(&c.worst, "worst", 10, "print the N worst pith pages per set")
	flag.DurationVar(&c.timeout, "timeout", 20*time.Second, "per-call timeout")
	flag.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "pages processed concurrently")
	flag.BoolVar(&c.withLead, "lead", false, "score pith's lead with its body in shingle sets")
	flag.Parse()
	if err := bench(c); err != nil {
		fmt.Fprintln(os.Stderr, "htmlbench:", err)
		os.Exit(1)
	}
}

// bench runs the selected sets, prints their tables and writes the TSV.
func bench(c config) error {
	chosen, err := cli.Sets(c.sets, setNames())
	if err != nil {
		return err
	}
	libs := peers.HTML()
	libNames := run.Names(libs)
	start := time.Now()
	var rows []report.PageRow
	for _, s := range sets {
		if !slices.Contains(chosen, s.name) {
			continue
		}
		pages, err := s.load(c.data)
		if err != nil {
			return fmt.Errorf("%s: %w", s.name, err)
		}
		if c.limit > 0 && len(pages) > c.limit {
			pages = pages[:c.limit]
		}
		setStart := time.Now()
		results := run.Pages(pages, libs, c.workers, c.timeout)
		wall := time.Since(setStart)

		var scored score.Set
		if s.metric == snippetMetric {
			scored = score.Snippet(s.name, pages, libNames, results, score.Everything)
		} else {
			scored = score.Shingle(s.name, pages, libNames, results, c.predictor())
		}
		title := fmt.Sprintf("== %s (%d pages, %s metric, wall %ss on %d workers)",
			s.name, len(pages), metricName(s.metric), report.Seconds(wall), c.workers)
		if err := printSet(s, title, scored, pages, libNames, results, c); err != nil {
			return err
		}
		rows = append(rows, scored.Rows...)
	}
	fmt.Printf("total wall time %ss; per-page scores in %s\n", report.Seconds(time.Since(start)), c.out)
	return cli.WriteTSV(c.out, rows)
}

// predictor returns the text scored by the shingle metric. Peers have no
// separate lead, so only pith is affected by -lead.
func (c config) predictor() score.Predictor {
	if c.withLead {
		return score.LeadAndBody
	}
	return score.Body
}

// metricName names a metric in table titles.
func metricName(m metricKind) string {
	if m == snippetMetric {
		return "snippet"
	}
	return "shingle"
}
