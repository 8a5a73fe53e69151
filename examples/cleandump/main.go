// Cleandump prints the clean article of a plain-text page dump: its title,
// lead and body.
//
// Usage:
//
//	go run ./examples/cleandump [file | -]
//
// The dump is read from the named file, or from standard input for "-".
// Without an argument it reads the sample shipped in the repository,
// testdata/atlantico-coalition-londres.txt, relative to the current
// directory: run it from the repository's root.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/pith-go/pith/extract"
)

const sample = "testdata/atlantico-coalition-londres.txt"

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "cleandump:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	path := sample
	if len(args) > 0 {
		path = args[0]
	}
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	a, err := extract.FromReader(r)
	if err != nil && !errors.Is(err, extract.ErrNoContent) {
		return err
	}
	fmt.Fprintf(stdout, "%s\n\n", a.Title)
	if a.Lead != "" {
		fmt.Fprintf(stdout, "%s\n\n", a.Lead)
	}
	fmt.Fprintln(stdout, a.Text())
	return err
}
