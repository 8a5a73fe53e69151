// Custompipeline shows how to compose a pipeline: it runs the built-in
// extractors plus one of its own, which removes the lines that hold one
// of the phrases given with -drop (by default "Advertisement" and
// "Sponsored"), and prints the body and what the new extractor removed.
//
// Usage:
//
//	go run ./examples/custompipeline [-drop phrase,phrase] [file | -]
//
// Without a file it reads a small built-in page.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pith-go/pith/extract"
)

// page is the input when no file is given.
const page = `Harbour reopens after storm | Coastal Times
Harbour reopens after storm
Advertisement
The harbour reopened on Tuesday morning, three days after the storm tore two fishing boats from their moorings.
Sponsored: the best raincoats of the season
Harbour staff worked through the night to clear the debris from the main channel, the port authority said.
`

func main() {
	drop := flag.String("drop", "Advertisement,Sponsored", "comma-separated `phrases` whose lines are removed")
	flag.Parse()
	if err := run(flag.Arg(0), strings.Split(*drop, ","), os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "custompipeline:", err)
		os.Exit(1)
	}
}

// dropLines returns an extractor that removes every block holding one of
// the phrases, compared without case.
func dropLines(phrases []string) extract.Extractor {
	return extract.ExtractorFunc(func(doc *extract.Document) error {
		for _, b := range doc.Blocks {
			text := strings.ToLower(b.Text)
			for _, p := range phrases {
				if p = strings.TrimSpace(p); p != "" && strings.Contains(text, strings.ToLower(p)) {
					doc.Removef(b, "user-list", "holds %q", p)
					break
				}
			}
		}
		return nil
	})
}

func run(path string, phrases []string, stdin io.Reader, stdout io.Writer) error {
	input := page
	if path != "" {
		data, err := readInput(path, stdin)
		if err != nil {
			return err
		}
		input = data
	}
	// The user's extractor runs first, so the blocks it recognises are
	// credited to it; the built-in ones follow in their usual order.
	extractors := append([]extract.Extractor{extract.Named("droplist", dropLines(phrases))}, extract.DefaultExtractors()...)
	p := extract.New(extract.WithExtractors(extractors...))
	a, err := p.FromText(input)
	if err != nil && !errors.Is(err, extract.ErrNoContent) {
		return err
	}
	fmt.Fprintf(stdout, "%s\n\n%s\n\n", a.Title, a.Text())
	for _, r := range a.Removed {
		if r.Extractor == "droplist" {
			fmt.Fprintf(stdout, "removed %q: %s\n", r.Text, r.Evidence)
		}
	}
	return err
}

func readInput(path string, stdin io.Reader) (string, error) {
	if path == "-" {
		data, err := io.ReadAll(stdin)
		return string(data), err
	}
	data, err := os.ReadFile(path)
	return string(data), err
}
