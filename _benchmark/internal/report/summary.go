package report

import (
	"slices"
	"time"

	"github.com/pith-go/pith/_benchmark/metric"
)

// Summary is one library's result on one set.
type Summary struct {
	Library string
	Score   metric.Score
	// Pages counts the pages run, Errors those whose call failed (error,
	// panic or timeout) and Empty those with an empty prediction, failed
	// calls included.
	Pages, Errors, Empty int
	// Accuracy is the snippet accuracy; 0 for shingle sets.
	Accuracy float64
	// Times holds the duration of every call.
	Times []time.Duration
}

// Median returns the median call duration, or 0 without calls.
func (s Summary) Median() time.Duration {
	return Median(s.Times)
}

// Total returns the sum of the call durations.
func (s Summary) Total() time.Duration {
	var total time.Duration
	for _, d := range s.Times {
		total += d
	}
	return total
}

// Median returns the median of ds (the mean of the two middle values for an
// even count), or 0 for none. ds is not modified.
func Median(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	sorted := slices.Clone(ds)
	slices.Sort(sorted)
	mid := len(sorted) / 2
	if len(sorted)%2 == 1 {
		return sorted[mid]
	}
	return (sorted[mid-1] + sorted[mid]) / 2
}

// Ms formats a duration as milliseconds with one decimal.
func Ms(d time.Duration) string {
	return fmtFloat(float64(d)/float64(time.Millisecond), 1)
}
