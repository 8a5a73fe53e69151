// Command pith extracts the article from news pages, given as HTML or as
// plain-text dumps, and prints it as text, Markdown or JSON, or explains
// every decision taken on the page.
//
// Usage:
//
//	pith [flags] [file ...]
//
// Each file is an HTML page or a text dump (the page title on the first
// line, then the page's visible text); "-" or no file reads standard input.
// Files ending in .gz, and any gzip data, are decompressed. A file is taken
// for HTML when its name ends in .html, .htm or .xhtml (before any .gz), or
// when its content starts with <!doctype html>, <html>, <head> or <body>
// (after any byte-order mark, white space and comments); otherwise it is a
// text dump.
//
// The flags are:
//
//	-format text|markdown|json|jsonl
//	    output format (default text): text is the body only, as
//	    Article.Text; markdown is the title, lead and body; json is one
//	    indented object per input and jsonl one object per line, each with
//	    "source" (the path as given), the Article's fields and "text"
//	-explain
//	    print every block with its verdict and the evidence instead
//	-explain-html
//	    print the HTML explanation report instead (one input only, or
//	    one report per input with -o)
//	-url URL
//	    the page's address, to make the links of HTML input absolute
//	-lang CODE
//	    the page's language (ISO 639-1), instead of detecting it
//	-site-learn, -site-profile FILE, -site-save FILE
//	    learn each host's template from all inputs first, or load saved
//	    profiles, and remove the boilerplate they show (see site.go)
//	-j N
//	    the number of inputs processed at once (default: the number of
//	    CPUs); at most N inputs are read and extracted at a time, and at
//	    most 4N are started and not yet written
//	-o DIR
//	    write each input's output to a file of its own in DIR instead of
//	    standard output: the input's base name, without .gz and an .html,
//	    .htm, .xhtml or .txt extension, with .txt (text), .md (markdown),
//	    .json, .jsonl, .explain.txt (-explain) or .html (-explain-html)
//	    appended ("stdin" for standard input; "-2", "-3"... tell apart
//	    inputs of the same base name). Each file is written to a temporary
//	    file in DIR and renamed into place once complete, so an
//	    interrupted run leaves no partial file; a file that would replace
//	    one of the inputs is a usage error.
//
// Files ending in .warc or .warc.gz are WARC archives (see warc.go): each
// record is printed as one line of JSON, in archive order, with a summary
// of the archive on standard error.
//
// Inputs are processed concurrently and printed in the order given; with
// several inputs, text, markdown and -explain output start each one with a
// "==> path <==" line. An input that cannot be read or has no article is
// reported on standard error as "pith: path: reason" and the others still
// run. Inputs are only read, never modified.
//
// An interrupt (SIGINT, or SIGTERM) stops the run cleanly: no new input is
// started, the inputs in progress are abandoned, the outputs already
// written are kept, and a summary of what was done is printed on standard
// error.
//
// The exit status is:
//
//	0   every input gave an article
//	1   at least one input failed: it could not be read, was not text or
//	    had no article (the others still ran)
//	2   usage error: bad flags, or -o would replace an input
//	3   an output could not be written (standard output or a file of -o)
//	130 interrupted
//
// When several apply, the highest but 130 wins, and 130 wins over all.
//
// Unless the GOGC environment variable is set, pith runs Go's garbage
// collector with GOGC=200, not 100: a batch run is faster for a few
// megabytes more of memory.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"syscall"

	"github.com/pith-go/pith/extract"
)

func main() {
	tuneGC(os.Getenv)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	c := command{ctx: ctx, stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	status := c.run(os.Args[1:])
	stop()
	os.Exit(status)
}

// command is one invocation of pith, with its streams.
type command struct {
	// ctx, when done, interrupts the run; nil never does.
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
	// extractors replaces the default extractors when not nil.
	extractors []extract.Extractor
	// site holds the site-profile pipelines (site.go); nil without them.
	site *siteRun
}

// options are the parsed flags.
type options struct {
	format      string
	explain     bool
	explainHTML bool
	url         string
	lang        string
	site        siteOptions // see site.go
	jobs        int
	outDir      string
}

// Exit statuses, documented in the package comment.
const (
	exitOK          = 0
	exitInput       = 1 // an input failed
	exitUsage       = 2
	exitOutput      = 3 // an output could not be written
	exitInterrupted = 130
)

// run parses args, processes every input and returns the exit status.
func (c *command) run(args []string) int {
	fs := flag.NewFlagSet("pith", flag.ContinueOnError)
	fs.SetOutput(c.stderr)
	var o options
	fs.StringVar(&o.format, "format", "text", "output `format`: text, markdown, json or jsonl")
	fs.BoolVar(&o.explain, "explain", false, "explain every block's verdict instead of printing the article")
	fs.BoolVar(&o.explainHTML, "explain-html", false, "print the HTML explanation report instead of the article")
	fs.StringVar(&o.url, "url", "", "page `URL`, to make the links of HTML input absolute")
	fs.StringVar(&o.lang, "lang", "", "page language as an ISO 639-1 `code`, instead of detecting it")
	o.site.register(fs)
	fs.IntVar(&o.jobs, "j", runtime.NumCPU(), "`number` of inputs processed at once")
	fs.StringVar(&o.outDir, "o", "", "write one output file per input in `dir`, atomically, instead of standard output")
	fs.Usage = func() {
		fmt.Fprintln(c.stderr, "usage: pith [flags] [file ...]   (\"-\" or no file reads standard input)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	if hasWARC(paths) {
		return c.processWARC(paths, o)
	}
	if err := o.check(len(paths)); err != nil {
		fmt.Fprintf(c.stderr, "pith: %v\n", err)
		return exitUsage
	}
	if status := c.prepareSite(paths, o); status != exitOK {
		return status
	}
	return c.process(paths, o)
}

// check validates the combination of flags for n inputs.
func (o options) check(n int) error {
	switch o.format {
	case "text", "markdown", "json", "jsonl":
	default:
		return fmt.Errorf("unknown format %q: want text, markdown, json or jsonl", o.format)
	}
	if o.explain && o.explainHTML {
		return fmt.Errorf("-explain and -explain-html exclude each other")
	}
	if o.explainHTML && n > 1 && o.outDir == "" {
		return fmt.Errorf("-explain-html takes one input, not %d (or use -o)", n)
	}
	return o.checkJobs()
}

// checkJobs validates -j.
func (o options) checkJobs() error {
	if o.jobs < 1 {
		return fmt.Errorf("-j must be at least 1, not %d", o.jobs)
	}
	return nil
}

// pipeline returns the pipeline the options ask for, with extra options.
func (c *command) pipeline(o options, extra ...extract.Option) *extract.Pipeline {
	return extract.New(append(slices.Clone(extra), c.pipelineOptions(o)...)...)
}

// pipelineOptions returns the pipeline options that -lang and the
// command's extractors ask for.
func (c *command) pipelineOptions(o options) []extract.Option {
	var opts []extract.Option
	if o.lang != "" {
		opts = append(opts, extract.WithLanguage(o.lang))
	}
	if c.extractors != nil {
		opts = append(opts, extract.WithExtractors(c.extractors...))
	}
	return opts
}
