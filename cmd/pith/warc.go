package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/pith-go/pith/warc"
)

// WARC input. An input whose name ends in .warc or .warc.gz is a WARC
// archive: every record is written to standard output as one line of
// JSON (see warc.Result.JSONL), in archive order, with records extracted
// -j at a time. A summary per archive, and the damage of a corrupt one,
// go to standard error, with a progress bar while stderr is a terminal.
// The exit status is 1 when an archive cannot be opened or read to its
// end; records that fail are counted, not fatal.

// isWARC reports whether path names a WARC archive.
func isWARC(path string) bool {
	name := strings.ToLower(path)
	return strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz")
}

// hasWARC reports whether any input is a WARC archive.
func hasWARC(paths []string) bool {
	for _, p := range paths {
		if isWARC(p) {
			return true
		}
	}
	return false
}

// checkWARC validates the flags and inputs of a run over WARC archives.
func (o options) checkWARC(paths []string) error {
	for _, p := range paths {
		if !isWARC(p) {
			return fmt.Errorf("%s: WARC archives and pages cannot be mixed in one run", p)
		}
	}
	switch {
	case o.explain || o.explainHTML:
		return errors.New("-explain and -explain-html do not apply to WARC input")
	case o.format != "text" && o.format != "jsonl":
		return fmt.Errorf("WARC input is written as jsonl, not %s", o.format)
	case o.url != "":
		return errors.New("-url does not apply to WARC input: each record has its WARC-Target-URI")
	case o.site != siteOptions{}:
		return errors.New("-site-learn, -site-profile and -site-save do not apply to WARC input yet")
	case o.outDir != "":
		return errors.New("-o does not apply to WARC input: its records are written as JSON lines to standard output")
	}
	return o.checkJobs()
}

// processWARC runs every archive in turn and returns the exit status.
func (c *command) processWARC(paths []string, o options) int {
	if err := o.checkWARC(paths); err != nil {
		fmt.Fprintf(c.stderr, "pith: %v\n", err)
		return exitUsage
	}
	wo := warc.Options{Workers: o.jobs, Pipeline: c.pipelineOptions(o)}
	out := bufio.NewWriterSize(c.stdout, 64<<10)
	status := exitOK
	var total warc.Summary
	for _, path := range paths {
		f, err := os.Open(path)
		if err != nil {
			fmt.Fprintf(c.stderr, "pith: %s: %s\n", path, reason(err))
			status = exitInput
			continue
		}
		sum, err := c.archive(out, f, wo)
		f.Close()
		total.Merge(sum)
		fmt.Fprintf(c.stderr, "pith: %s: %v\n", path, sum)
		for _, e := range unjoin(err) {
			var ce *warc.CorruptError
			if errors.As(e, &ce) {
				fmt.Fprintf(c.stderr, "pith: %s\n", strings.TrimPrefix(e.Error(), "warc: "))
			} else {
				fmt.Fprintf(c.stderr, "pith: %s: %s\n", path, reason(e))
			}
			status = exitInput
		}
	}
	if len(paths) > 1 {
		fmt.Fprintf(c.stderr, "pith: total: %v\n", total)
	}
	if err := out.Flush(); err != nil && status == exitOK {
		fmt.Fprintf(c.stderr, "pith: writing output: %v\n", err)
		status = exitInput
	}
	return status
}

// archive writes the records of one archive to out.
func (c *command) archive(out *bufio.Writer, f *os.File, wo warc.Options) (warc.Summary, error) {
	bar := c.progress(f)
	sum, err := warc.Process(f, f.Name(), wo, func(r warc.Result) error {
		line, err := r.JSONL()
		if err != nil {
			return fmt.Errorf("record %s: %w", r.ID, err)
		}
		if _, err := out.Write(line); err != nil {
			return fmt.Errorf("writing output: %w", err)
		}
		bar.update(r.Offset)
		return nil
	})
	bar.done()
	return sum, err
}

// unjoin returns the errors joined in err, err alone, or none.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

// A progressBar draws how far into an archive reading is, on a terminal.
// The zero value draws nothing.
type progressBar struct {
	w     io.Writer
	size  int64
	count int
	last  time.Time
}

// progressEvery is the shortest time between two drawings.
const progressEvery = 100 * time.Millisecond

// progress returns the bar of archive f: drawn on stderr when it is a
// terminal, and nothing otherwise.
func (c *command) progress(f *os.File) *progressBar {
	tty, ok := c.stderr.(*os.File)
	if !ok {
		return &progressBar{}
	}
	if st, err := tty.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return &progressBar{}
	}
	st, err := f.Stat()
	if err != nil || st.Size() == 0 {
		return &progressBar{}
	}
	return &progressBar{w: tty, size: st.Size()}
}

// update counts a record at offset, and redraws at most every
// progressEvery.
func (b *progressBar) update(offset int64) {
	if b.w == nil {
		return
	}
	b.count++
	if now := time.Now(); now.Sub(b.last) >= progressEvery {
		b.last = now
		b.draw(offset)
	}
}

func (b *progressBar) draw(offset int64) {
	const width = 30
	frac := min(float64(offset)/float64(b.size), 1)
	n := int(frac * width)
	fmt.Fprintf(b.w, "\r[%s%s] %3.0f%% %d records", strings.Repeat("=", n), strings.Repeat(" ", width-n), frac*100, b.count)
}

// done erases the bar.
func (b *progressBar) done() {
	if b.w != nil && !b.last.IsZero() {
		fmt.Fprint(b.w, "\r\033[K")
	}
}
