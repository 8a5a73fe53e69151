package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"text/tabwriter"
	"time"
)

// scalingCopies is how many times each page is written to the CLI's input
// directory, so that one run lasts long enough (a few seconds at -j 1) to
// time against process start-up.
const scalingCopies = 4

// scalingJobs are the -j values compared; the first is the reference.
var scalingJobs = []int{1, 2}

// measureScaling builds the pith CLI from the repository at repo, writes
// the inputs scalingCopies times into a temporary directory, and runs
// `pith -j N -format jsonl` over all of them reps times for each N in
// scalingJobs, alternating N within each repetition. The CLI runs with the
// machine's own GOMAXPROCS. It prints the median wall time per -j and its
// speed-up over -j 1.
func measureScaling(w io.Writer, repo string, inputs [][]byte, reps int) error {
	dir, err := os.MkdirTemp("", "pith-scaling-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "pith")
	build := exec.Command("go", "build", "-o", bin, "./cmd/pith")
	build.Dir = repo
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building the CLI in %s: %v\n%s", repo, err, out)
	}
	pagesDir := filepath.Join(dir, "pages")
	if err := os.Mkdir(pagesDir, 0o755); err != nil {
		return err
	}
	var files []string
	for c := range scalingCopies {
		for i, in := range inputs {
			name := filepath.Join(pagesDir, fmt.Sprintf("%d-%03d.html", c, i))
			if err := os.WriteFile(name, in, 0o644); err != nil {
				return err
			}
			files = append(files, name)
		}
	}
	times := make([][]pass, len(scalingJobs))
	for r := range reps {
		for k := range scalingJobs {
			k := (k + r) % len(scalingJobs)
			d, err := runCLI(bin, scalingJobs[k], files)
			if err != nil {
				return err
			}
			times[k] = append(times[k], pass{dur: d})
		}
	}
	fmt.Fprintf(w, "\n== CLI scaling: %d pages (%d copies of each), -format jsonl to a file, %d alternating runs, GOMAXPROCS=default\n",
		len(files), scalingCopies, reps)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "-j\twall s\tpages/s\t×(-j 1)\t")
	ref := medianOf(times[0], func(p pass) float64 { return p.dur.Seconds() })
	for k, j := range scalingJobs {
		s := medianOf(times[k], func(p pass) float64 { return p.dur.Seconds() })
		fmt.Fprintf(tw, "%d\t%.3f\t%.0f\t%.2f\t\n", j, s, float64(len(files))/s, ref/s)
	}
	return tw.Flush()
}

// runCLI runs the CLI with -j jobs over files, its output going to a
// file beside bin as a user's redirection would, and returns its wall
// time.
func runCLI(bin string, jobs int, files []string) (time.Duration, error) {
	out, err := os.Create(bin + ".jsonl")
	if err != nil {
		return 0, err
	}
	defer out.Close()
	args := append([]string{"-j", fmt.Sprint(jobs), "-format", "jsonl"}, files...)
	cmd := exec.Command(bin, args...)
	cmd.Env = withoutGOMAXPROCS(os.Environ())
	cmd.Stdout = out
	start := time.Now()
	err = cmd.Run()
	d := time.Since(start)
	if err != nil {
		return 0, fmt.Errorf("pith -j %d: %v", jobs, err)
	}
	if st, err := out.Stat(); err != nil || st.Size() == 0 {
		return 0, fmt.Errorf("pith -j %d: no output", jobs)
	}
	return d, nil
}

// withoutGOMAXPROCS drops a GOMAXPROCS setting from env, so that the CLI
// uses every CPU as a user's run would.
func withoutGOMAXPROCS(env []string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if len(kv) >= 11 && kv[:11] == "GOMAXPROCS=" {
			continue
		}
		out = append(out, kv)
	}
	return out
}
