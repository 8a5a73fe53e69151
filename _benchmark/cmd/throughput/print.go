package main

import (
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"
)

// row is one contender's summary: the medians of its passes.
type row struct {
	name                            string
	dur, cpu                        time.Duration
	mbPerSec, cpuMBPerSec           float64
	bytes, objects                  float64
	timeRatio, cpuRatio, allocRatio float64
	failures                        int
}

// summarise takes the medians of each contender's passes over size input
// bytes and their ratios to the baseline's medians (0 when the baseline is
// not among the contenders).
func summarise(cs []contender, passes [][]pass, size int) []row {
	rows := make([]row, len(cs))
	for i, c := range cs {
		ps := passes[i]
		r := row{name: c.name, failures: ps[0].failures,
			dur:     time.Duration(medianOf(ps, func(p pass) float64 { return float64(p.dur) })),
			cpu:     time.Duration(medianOf(ps, func(p pass) float64 { return float64(p.cpu) })),
			bytes:   medianOf(ps, func(p pass) float64 { return float64(p.bytes) }),
			objects: medianOf(ps, func(p pass) float64 { return float64(p.objects) })}
		if s := r.dur.Seconds(); s > 0 {
			r.mbPerSec = mb(size) / s
		}
		if s := r.cpu.Seconds(); s > 0 {
			r.cpuMBPerSec = mb(size) / s
		}
		rows[i] = r
	}
	base := slices.IndexFunc(rows, func(r row) bool { return r.name == baseline })
	if base < 0 {
		return rows
	}
	for i := range rows {
		if rows[base].dur > 0 {
			rows[i].timeRatio = float64(rows[i].dur) / float64(rows[base].dur)
		}
		if rows[base].cpu > 0 {
			rows[i].cpuRatio = float64(rows[i].cpu) / float64(rows[base].cpu)
		}
		if rows[base].bytes > 0 {
			rows[i].allocRatio = rows[i].bytes / rows[base].bytes
		}
	}
	return rows
}

// medianOf returns the median of one measure over the passes (the mean of
// the two middle values for an even count).
func medianOf(ps []pass, value func(pass) float64) float64 {
	vs := make([]float64, len(ps))
	for i, p := range ps {
		vs[i] = value(p)
	}
	slices.Sort(vs)
	n := len(vs)
	if n%2 == 1 {
		return vs[n/2]
	}
	return (vs[n/2-1] + vs[n/2]) / 2
}

// printTable writes the rows as an aligned table; ratio columns are left
// empty when there is no baseline.
func printTable(w io.Writer, rows []row) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "library\twall s\tMB/s\tCPU s\tMB/CPU s\tMB alloc/pass\tMobjects/pass\twall ×parse\tCPU ×parse\talloc ×parse\tfailures\t")
	for _, r := range rows {
		ratios := [3]string{}
		if r.timeRatio > 0 {
			ratios = [3]string{fmt.Sprintf("%.2f", r.timeRatio), fmt.Sprintf("%.2f", r.cpuRatio), fmt.Sprintf("%.2f", r.allocRatio)}
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.1f\t%.3f\t%.1f\t%.1f\t%.2f\t%s\t%s\t%s\t%d\t\n", r.name, r.dur.Seconds(), r.mbPerSec,
			r.cpu.Seconds(), r.cpuMBPerSec, r.bytes/1e6, r.objects/1e6, ratios[0], ratios[1], ratios[2], r.failures)
	}
	tw.Flush()
}
