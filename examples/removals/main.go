// Removals prints every block the default pipeline removed from a page,
// with the extractor that removed it, the kind of boilerplate it was taken
// for and the evidence.
//
// Usage:
//
//	go run ./examples/removals [-html] [file | -]
//
// The page is a plain-text dump, or an HTML page with -html. Without a
// file it reads testdata/atlantico-coalition-londres.txt, relative to the
// current directory: run it from the repository's root.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/pith-go/pith/extract"
)

const sample = "testdata/atlantico-coalition-londres.txt"

func main() {
	isHTML := flag.Bool("html", false, "the page is HTML, not a text dump")
	flag.Parse()
	path := sample
	if flag.NArg() > 0 {
		path = flag.Arg(0)
	}
	if err := run(path, *isHTML, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "removals:", err)
		os.Exit(1)
	}
}

func run(path string, isHTML bool, stdin io.Reader, stdout io.Writer) error {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	var a *extract.Article
	var err error
	if isHTML {
		a, err = extract.FromHTML(r, "")
	} else {
		a, err = extract.FromReader(r)
	}
	if err != nil && !errors.Is(err, extract.ErrNoContent) {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "BLOCK\tEXTRACTOR\tKIND\tTEXT\tEVIDENCE")
	for _, rm := range a.Removed {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%.60q\t%s\n", rm.Index, rm.Extractor, rm.Kind, rm.Text, rm.Evidence)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "\n%d blocks removed, %d kept in the body\n", len(a.Removed), len(a.Body))
	return nil
}
