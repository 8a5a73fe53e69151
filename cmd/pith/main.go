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
//	    print the HTML explanation report instead (one input only)
//	-url URL
//	    the page's address, to make the links of HTML input absolute
//	-lang CODE
//	    the page's language (ISO 639-1), instead of detecting it
//	-site-learn, -site-profile FILE, -site-save FILE
//	    learn each host's template from all inputs first, or load saved
//	    profiles, and remove the boilerplate they show (see site.go)
//	-j N
//	    the number of WARC records processed at once (default GOMAXPROCS)
//
// Files ending in .warc or .warc.gz are WARC archives (see warc.go): each
// record is printed as one line of JSON, in archive order, with a summary
// of the archive on standard error.
//
// Inputs are processed concurrently and printed in the order given; with
// several inputs, text, markdown and -explain output start each one with a
// "==> path <==" line. An input that cannot be read or has no article is
// reported on standard error as "pith: path: reason" and the others still
// run; the exit status is then 1 (2 for a usage error).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/pith-go/pith/extract"
)

func main() {
	c := command{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}
	os.Exit(c.run(os.Args[1:]))
}

// command is one invocation of pith, with its streams.
type command struct {
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
}

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // an input failed
	exitUsage = 2
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
	fs.IntVar(&o.jobs, "j", 0, "number of WARC records processed at once (default GOMAXPROCS)")
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
	if o.explainHTML && n > 1 {
		return fmt.Errorf("-explain-html takes one input, not %d", n)
	}
	return nil
}

// pipeline returns the pipeline the options ask for, with extra options.
func (c *command) pipeline(o options, extra ...extract.Option) *extract.Pipeline {
	opts := slices.Clone(extra)
	if o.lang != "" {
		opts = append(opts, extract.WithLanguage(o.lang))
	}
	if c.extractors != nil {
		opts = append(opts, extract.WithExtractors(c.extractors...))
	}
	return extract.New(opts...)
}
