package main

import (
	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/htmllib"
	"github.com/pith-go/pith/_benchmark/internal/run"
)

// libraries returns the extractors compared on plain-text dumps: pith, the
// whole input ("raw") and the C4-style line filter ("c4").
func libraries() []run.Library {
	return []run.Library{
		{Name: "pith", Extract: htmllib.PithText},
		{Name: "raw", Extract: func(_ dataset.Page, in []byte) (run.Output, error) {
			return run.Output{Text: string(in)}, nil
		}},
		{Name: "c4", Extract: func(_ dataset.Page, in []byte) (run.Output, error) {
			return run.Output{Text: c4Filter(string(in))}, nil
		}},
	}
}
