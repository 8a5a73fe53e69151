package main

import (
	"errors"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/extract"
)

// libraries returns the extractors compared on plain-text dumps: pith, the
// whole input ("raw") and the C4-style line filter ("c4").
func libraries() []run.Library {
	return []run.Library{
		{Name: "pith", Extract: pithText},
		{Name: "raw", Extract: func(_ dataset.Page, in []byte) (run.Output, error) {
			return run.Output{Text: string(in)}, nil
		}},
		{Name: "c4", Extract: func(_ dataset.Page, in []byte) (run.Output, error) {
			return run.Output{Text: c4Filter(string(in))}, nil
		}},
	}
}

// pithText runs extract.FromText. ErrNoContent and ErrEmpty
// (no text at all) give an empty output.
func pithText(_ dataset.Page, in []byte) (run.Output, error) {
	a, err := extract.FromText(string(in))
	if errors.Is(err, extract.ErrNoContent) || errors.Is(err, extract.ErrEmpty) {
		return run.Output{}, nil
	}
	if err != nil {
		return run.Output{}, err
	}
	return run.Output{Title: a.Title, Lead: a.Lead, Text: a.Text(), Lang: a.Language}, nil
}
