// Command throughput measures single-threaded speed and allocations: pith's
// parse and extraction (extract.FromHTML), html.Parse alone,
// go-trafilatura (with and without its fallback extractors) and readeck's
// go-readability over the ScrapingHub HTML pages, and pith's plain-text
// path (extract.FromText) over the ScrapingHub text dumps. Last, it builds
// the pith CLI and times it over the pages with -j 1 and -j 2, to show how
// a batch scales over the machine's CPUs.
//
// Pages are read into memory first and the program runs with GOMAXPROCS=1.
// Each repetition times one pass of every library over all pages, in an
// order that rotates from one repetition to the next, after a forced garbage
// collection: wall time and the process's CPU time, which on a shared
// machine varies far less; bytes and objects allocated come from
// runtime.MemStats. The tables give the median pass and each library's
// ratios to html.Parse.
//
// Usage, from _benchmark:
//
//	go run ./cmd/throughput [-data dir] [-reps n] [-libs list] [-cpuprofile file] [-memprofile file] [-repo dir] [-cli-reps n]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"

	"github.com/pith-go/pith/_benchmark/internal/cli"
	"github.com/pith-go/pith/_benchmark/internal/dataset"
)

func main() {
	data := flag.String("data", cli.DefaultData, "corpus directory")
	reps := flag.Int("reps", 5, "timed passes per library")
	libs := flag.String("libs", "all", "comma-separated HTML libraries: "+strings.Join(names(htmlContenders()), ", "))
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	memProfile := flag.String("memprofile", "", "write an allocation profile of the whole run to this file")
	repo := flag.String("repo", "..", "pith repository whose CLI the scaling runs build")
	cliReps := flag.Int("cli-reps", 7, "CLI scaling runs per -j value (0 skips the scaling table)")
	flag.Parse()
	runtime.GOMAXPROCS(1)
	run := func() error { return bench(os.Stdout, *data, *libs, *reps, *repo, *cliReps) }
	if err := profiled(*cpuProfile, *memProfile, run); err != nil {
		fmt.Fprintln(os.Stderr, "throughput:", err)
		os.Exit(1)
	}
}

// bench loads the ScrapingHub pages, times the chosen HTML libraries and
// the text path, then, unless cliReps is 0, the CLI's scaling from -j 1 to
// -j 2 (see measureScaling), and prints the tables to w.
func bench(w io.Writer, data, libList string, reps int, repo string, cliReps int) error {
	if reps < 1 {
		return fmt.Errorf("-reps %d: need at least 1", reps)
	}
	all := htmlContenders()
	chosen, err := cli.Sets(libList, names(all))
	if err != nil {
		return err
	}
	var libs []contender
	for _, c := range all {
		for _, n := range chosen {
			if c.name == n {
				libs = append(libs, c)
			}
		}
	}
	dir := filepath.Join(data, "scrapinghub")
	pages, err := dataset.ScrapingHubHTML(dir)
	if err != nil {
		return err
	}
	inputs, err := load(pages)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "== scrapinghub HTML: %d pages, %.1f MB in memory, GOMAXPROCS=%d, %d passes per library\n",
		len(pages), mb(totalBytes(inputs)), runtime.GOMAXPROCS(0), reps)
	printTable(w, summarise(libs, measure(libs, pages, inputs, reps), totalBytes(inputs)))

	texts, err := dataset.ScrapingHubText(dir)
	if err != nil {
		return err
	}
	textInputs, err := load(texts)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n== scrapinghub text dumps: %d pages, %.1f MB in memory\n", len(texts), mb(totalBytes(textInputs)))
	printTable(w, summarise(textContenders(), measure(textContenders(), texts, textInputs, reps), totalBytes(textInputs)))
	if cliReps == 0 {
		return nil
	}
	return measureScaling(w, repo, inputs, cliReps)
}

// profiled runs fn, writing a CPU profile of it to cpuPath and an
// allocation profile to memPath when they are not "".
func profiled(cpuPath, memPath string, fn func() error) error {
	if cpuPath != "" {
		f, err := os.Create(cpuPath)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	if err := fn(); err != nil {
		return err
	}
	if memPath == "" {
		return nil
	}
	f, err := os.Create(memPath)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// load reads every page's input.
func load(pages []dataset.Page) ([][]byte, error) {
	inputs := make([][]byte, len(pages))
	for i, p := range pages {
		in, err := p.Read()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.ID, err)
		}
		inputs[i] = in
	}
	return inputs, nil
}

// totalBytes sums the inputs' sizes.
func totalBytes(inputs [][]byte) int {
	n := 0
	for _, in := range inputs {
		n += len(in)
	}
	return n
}

// mb converts bytes to megabytes (10^6 bytes).
func mb(n int) float64 { return float64(n) / 1e6 }
