package main

import (
	"bytes"
	"fmt"
	"runtime"
	"syscall"
	"time"

	"golang.org/x/net/html"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/htmllib"
	"github.com/pith-go/pith/_benchmark/internal/run"
)

// baseline names the contender the ratios are taken against.
const baseline = "html.Parse"

// contender is one library timed by the benchmark.
type contender struct {
	name string
	fn   func(dataset.Page, []byte) (run.Output, error)
}

// htmlContenders returns the HTML libraries timed, html.Parse first.
func htmlContenders() []contender {
	return []contender{
		{name: baseline, fn: parseOnly},
		{name: "pith", fn: htmllib.Pith},
		{name: "readability", fn: htmllib.Readability},
		{name: "trafilatura", fn: htmllib.Trafilatura(true)},
		{name: "trafilatura-nofallback", fn: htmllib.Trafilatura(false)},
	}
}

// textContenders returns the plain-text path timed on the dumps.
func textContenders() []contender {
	return []contender{{name: "pith-text", fn: htmllib.PithText}}
}

// names returns the contenders' names, in order.
func names(cs []contender) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.name
	}
	return out
}

// parseOnly parses the page with html.Parse and keeps nothing.
func parseOnly(_ dataset.Page, in []byte) (run.Output, error) {
	_, err := html.Parse(bytes.NewReader(in))
	return run.Output{}, err
}

// pass is the cost of one run of one contender over all pages.
type pass struct {
	dur, cpu       time.Duration
	bytes, objects uint64
	failures       int
}

// measure runs reps passes of every contender over the pages. Repetition r
// starts with contender r mod len(cs), so that no library always runs
// first or after the same neighbour. Results are indexed [contender][rep].
func measure(cs []contender, pages []dataset.Page, inputs [][]byte, reps int) [][]pass {
	out := make([][]pass, len(cs))
	for r := range reps {
		for k := range cs {
			i := (r + k) % len(cs)
			out[i] = append(out[i], timePass(cs[i], pages, inputs))
		}
	}
	return out
}

// timePass runs one contender over every page after a garbage collection,
// recording wall time, the process's CPU time (user and system, garbage
// collection included) and the allocation counters' growth. Errors and
// panics are counted, not fatal.
func timePass(c contender, pages []dataset.Page, inputs [][]byte) pass {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	cpuStart := cpuTime()
	start := time.Now()
	failures := 0
	for i, in := range inputs {
		if err := protect(c.fn, pages[i], in); err != nil {
			failures++
		}
	}
	dur := time.Since(start)
	cpu := cpuTime() - cpuStart
	runtime.ReadMemStats(&after)
	return pass{dur: dur, cpu: cpu, bytes: after.TotalAlloc - before.TotalAlloc,
		objects: after.Mallocs - before.Mallocs, failures: failures}
}

// protect calls fn, turning a panic into an error.
func protect(fn func(dataset.Page, []byte) (run.Output, error), page dataset.Page, in []byte) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("panic: %v", v)
		}
	}()
	_, err = fn(page, in)
	return err
}

// cpuTime returns the CPU time the process has used so far, or 0 when the
// system cannot tell. On a shared machine it varies far less than wall
// time, since waiting for a core is not counted.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
