package report

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestMedian(t *testing.T) {
	ms := time.Millisecond
	tests := []struct {
		name string
		in   []time.Duration
		want time.Duration
	}{
		{name: "none", in: nil, want: 0},
		{name: "one", in: []time.Duration{5 * ms}, want: 5 * ms},
		{name: "odd", in: []time.Duration{9 * ms, 1 * ms, 4 * ms}, want: 4 * ms},
		{name: "even", in: []time.Duration{4 * ms, 1 * ms, 10 * ms, 2 * ms}, want: 3 * ms},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Median(tt.in))
		})
	}
}

func TestMedianKeepsInput(t *testing.T) {
	in := []time.Duration{3, 1, 2}
	Median(in)
	assert.Equal(t, []time.Duration{3, 1, 2}, in)
}

func TestSummary(t *testing.T) {
	s := Summary{Times: []time.Duration{time.Second, 3 * time.Second, 2 * time.Second}}
	assert.Equal(t, 2*time.Second, s.Median())
	assert.Equal(t, 6*time.Second, s.Total())
	assert.Equal(t, "1.5", Ms(1500*time.Microsecond))
}
