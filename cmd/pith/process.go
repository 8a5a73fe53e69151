package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/pith-go/pith/extract"
)

// result is the output of one input, or why it failed. out may be set
// with err, as for an explanation of a page with no content. skipped marks
// an input never started because the run was interrupted.
type result struct {
	out     []byte
	err     error
	skipped bool
}

// process runs every input through the pipeline, at most o.jobs at a
// time, writes the outputs in input order (to standard output, or to the
// files of -o) and the failures on stderr, and returns the exit status.
// Once c.ctx is done it starts no more inputs, abandons those in
// progress, and reports what was done.
func (c *command) process(paths []string, o options) int {
	ctx := c.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	var outs []string
	if o.outDir != "" {
		if err := os.MkdirAll(o.outDir, 0o755); err != nil {
			fmt.Fprintf(c.stderr, "pith: %v\n", err)
			return exitOutput
		}
		var err error
		if outs, err = outputPaths(o.outDir, paths, o); err != nil {
			fmt.Fprintf(c.stderr, "pith: %v\n", err)
			return exitUsage
		}
	}
	p := c.pipeline(o)
	load := readFile
	if slices.Contains(paths, "-") {
		// Standard input is read once, whatever the number of "-".
		data, err := readLimited(c.stdin)
		load = func(path string) (input, error) {
			if path != "-" {
				return readFile(path)
			}
			return input{path: path, data: data}, err
		}
	}
	// At most o.jobs inputs are read and extracted at a time (work), and
	// at most waitingFactor*o.jobs inputs are started and not yet written
	// (queue): memory stays bounded, and one slow input holds up the
	// writing of the others, not their extraction.
	work := make(chan struct{}, o.jobs)
	queue := make(chan struct{}, waitingFactor*o.jobs)
	results := make([]chan result, len(paths))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	go func() {
		for i, path := range paths {
			if !acquire(ctx, queue) || !acquire(ctx, work) {
				for _, r := range results[i:] {
					r <- result{skipped: true}
				}
				return
			}
			go func() {
				r := c.one(ctx, p, o, path, load)
				<-work
				results[i] <- r
			}()
		}
	}()
	var t tally
	printed := false
	for i, path := range paths {
		r := <-results[i]
		if !r.skipped {
			<-queue
		}
		if ctx.Err() != nil && (r.skipped || errors.Is(r.err, ctx.Err())) {
			t.abandoned++
			continue
		}
		t.done++
		if r.out != nil {
			var werr error
			if outs != nil {
				werr = writeAtomic(outs[i], r.out)
			} else {
				if len(paths) > 1 && o.headed() {
					if printed {
						fmt.Fprintln(c.stdout)
					}
					fmt.Fprintf(c.stdout, "==> %s <==\n", path)
					printed = true
				}
				_, werr = c.stdout.Write(r.out)
			}
			if werr != nil {
				fmt.Fprintf(c.stderr, "pith: %s: writing output: %s\n", path, reason(werr))
				t.status = max(t.status, exitOutput)
			}
		}
		if r.err != nil {
			fmt.Fprintf(c.stderr, "pith: %s: %s\n", path, reason(r.err))
			t.failed++
			t.status = max(t.status, exitInput)
		}
	}
	if ctx.Err() != nil {
		fmt.Fprintf(c.stderr, "pith: interrupted: %d of %d inputs done (%d failed), %d not done\n", t.done, len(paths), t.failed, t.abandoned)
		return exitInterrupted
	}
	return t.status
}

// waitingFactor bounds the inputs started and not yet written to this
// many times the number of jobs.
const waitingFactor = 4

// acquire takes a token of sem, or returns false once ctx is done.
func acquire(ctx context.Context, sem chan struct{}) bool {
	select {
	case sem <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// tally counts the inputs of a run by outcome.
type tally struct {
	done, failed, abandoned int
	status                  int
}

// one processes one input. A panic is recovered and reported as its error,
// so that the other inputs still run.
func (c *command) one(ctx context.Context, p *extract.Pipeline, o options, path string, load func(string) (input, error)) (r result) {
	defer func() {
		if v := recover(); v != nil {
			r = result{err: fmt.Errorf("internal error: %v", v)}
		}
	}()
	in, err := load(path)
	if err != nil {
		return result{err: err}
	}
	doc, err := in.document(ctx, p, o.url)
	if err != nil {
		return result{err: err}
	}
	a, err := c.sitePipeline(p, o, path, doc).RunContext(ctx, doc)
	if err != nil && !(errors.Is(err, extract.ErrNoContent) && (o.explain || o.explainHTML)) {
		return result{err: err}
	}
	out, rerr := render(o, path, doc, a)
	if rerr != nil {
		return result{err: rerr}
	}
	return result{out: out, err: err}
}

// reason is the message pith prints for an error.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return strings.TrimPrefix(err.Error(), "extract: ")
}
