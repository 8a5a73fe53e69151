package main

import (
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"strings"

	"github.com/pith-go/pith/extract"
)

// result is the output of one input, or why it failed. out may be set
// with err, as for an explanation of a page with no content.
type result struct {
	out []byte
	err error
}

// process runs every input through the pipeline, at most GOMAXPROCS at a
// time, prints the outputs in input order and the failures on stderr, and
// returns the exit status.
func (c *command) process(paths []string, o options) int {
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
	// A slot is taken before an input starts and given back once its
	// output is printed, which bounds the outputs held in memory.
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	results := make([]chan result, len(paths))
	for i := range results {
		results[i] = make(chan result, 1)
	}
	go func() {
		for i, path := range paths {
			slots <- struct{}{}
			go func() { results[i] <- c.one(p, o, path, load) }()
		}
	}()
	status := exitOK
	printed := false
	for i, path := range paths {
		r := <-results[i]
		if len(paths) > 1 && o.headed() && r.out != nil {
			if printed {
				fmt.Fprintln(c.stdout)
			}
			fmt.Fprintf(c.stdout, "==> %s <==\n", path)
			printed = true
		}
		if _, err := c.stdout.Write(r.out); err != nil && r.err == nil {
			r.err = fmt.Errorf("writing output: %w", err)
		}
		if r.err != nil {
			fmt.Fprintf(c.stderr, "pith: %s: %s\n", path, reason(r.err))
			status = exitInput
		}
		<-slots
	}
	return status
}

// one processes one input. A panic is recovered and reported as its error,
// so that the other inputs still run.
func (c *command) one(p *extract.Pipeline, o options, path string, load func(string) (input, error)) (r result) {
	defer func() {
		if v := recover(); v != nil {
			r = result{err: fmt.Errorf("internal error: %v", v)}
		}
	}()
	in, err := load(path)
	if err != nil {
		return result{err: err}
	}
	doc, err := in.document(o.url)
	if err != nil {
		return result{err: err}
	}
	a, err := c.sitePipeline(p, o, path, doc).Run(doc)
	if err != nil && !(errors.Is(err, extract.ErrNoContent) && (o.explain || o.explainHTML)) {
		return result{err: err}
	}
	out, rerr := render(o, path, doc, a)
	if rerr != nil {
		return result{err: rerr}
	}
	return result{out: out, err: err}
}

// reason is the message pith prints for an input's error.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return strings.TrimPrefix(err.Error(), "extract: ")
}
