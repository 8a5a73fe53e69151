package main

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTuneGC(t *testing.T) {
	tests := []struct {
		name string
		gogc string
		want int
	}{
		{"unset: the batch target", "", batchGCPercent},
		{"set: the user's setting is left alone", "50", 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := debug.SetGCPercent(100)
			defer debug.SetGCPercent(old)
			tuneGC(func(key string) string {
				if key == "GOGC" {
					return tt.gogc
				}
				return ""
			})
			assert.Equal(t, tt.want, debug.SetGCPercent(100))
		})
	}
}
