package run

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParallel(t *testing.T) {
	tests := []struct {
		name       string
		n, workers int
	}{
		{name: "none", n: 0, workers: 4},
		{name: "more workers than items", n: 3, workers: 8},
		{name: "zero workers means one", n: 5, workers: 0},
		{name: "many", n: 1000, workers: 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seen := make([]atomic.Int32, tt.n)
			Parallel(tt.n, tt.workers, func(i int) { seen[i].Add(1) })
			for i := range seen {
				assert.Equal(t, int32(1), seen[i].Load(), "item %d", i)
			}
		})
	}
}

func TestParallelBoundsConcurrency(t *testing.T) {
	var running, peak atomic.Int32
	Parallel(20, 3, func(int) {
		cur := running.Add(1)
		for {
			old := peak.Load()
			if cur <= old || peak.CompareAndSwap(old, cur) {
				break
			}
		}
		time.Sleep(2 * time.Millisecond)
		running.Add(-1)
	})
	assert.LessOrEqual(t, peak.Load(), int32(3))
	assert.Positive(t, peak.Load())
}
