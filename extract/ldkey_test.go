package extract

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLDKey(t *testing.T) {
	tests := []struct {
		name, in string
		limit    int
		want     string
	}{
		{"whole", "Hello, World! It's 2024.", math.MaxInt, "hello world it s 2024"},
		{"markup and spacing", "  «Élan»\n— vital ", math.MaxInt, "élan vital"},
		{"stops past max", "Hello, World! It's 2024.", 7, "hello w"},
		{"a prefix of the whole key", "ab cd ef", 3, "ab c"},
		{"invalid utf-8 is a separator", "a\xffb", math.MaxInt, "a b"},
		{"empty", "", 10, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ldKey(tc.in, tc.limit))
		})
	}
}
