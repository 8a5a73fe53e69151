package run

import (
	"time"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
)

// Library is an extractor under test. Extract receives a page and its input
// and must be safe for concurrent use.
type Library struct {
	Name    string
	Extract func(page dataset.Page, input []byte) (Output, error)
}

// Names returns the libraries' names, in order.
func Names(libs []Library) []string {
	names := make([]string, len(libs))
	for i, l := range libs {
		names[i] = l.Name
	}
	return names
}

// Pages runs every library on every page, spreading the pages over workers
// goroutines, each call protected and timed by [Call] with the given
// timeout. A page whose input cannot be read gets that error for every
// library. Results are indexed [library][page].
func Pages(pages []dataset.Page, libs []Library, workers int, timeout time.Duration) [][]Result {
	results := make([][]Result, len(libs))
	for i := range results {
		results[i] = make([]Result, len(pages))
	}
	Parallel(len(pages), workers, func(p int) {
		input, err := pages[p].Read()
		for l, lib := range libs {
			if err != nil {
				results[l][p] = Result{Err: err}
				continue
			}
			results[l][p] = Call(timeout, func() (Output, error) {
				return lib.Extract(pages[p], input)
			})
		}
	})
	return results
}
