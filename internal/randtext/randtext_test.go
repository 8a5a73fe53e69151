package randtext

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConcat(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	assert.Empty(t, Concat(r, []string{"a"}, 0))
	assert.Equal(t, "aaa", Concat(r, []string{"a"}, 3))
	seen := map[string]bool{}
	for range 200 {
		s := Concat(r, []string{"x", "yz"}, 2)
		require.Contains(t, []string{"xx", "xyz", "yzx", "yzyz"}, s)
		seen[s] = true
	}
	assert.Len(t, seen, 4, "every pair of pieces is drawn")
}

func TestWords(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	assert.Empty(t, Words(r, []string{"a"}, 0))
	assert.Equal(t, "a a a", Words(r, []string{"a"}, 3))
	for range 100 {
		s := Words(r, []string{"one", "two"}, 4)
		f := strings.Split(s, " ")
		require.Len(t, f, 4, "%q", s)
		for _, w := range f {
			require.Contains(t, []string{"one", "two"}, w)
		}
	}
}

func TestSameSeedSameTexts(t *testing.T) {
	pieces := []string{"a", "b", "c", " "}
	r1, r2 := rand.New(rand.NewPCG(5, 6)), rand.New(rand.NewPCG(5, 6))
	for n := range 20 {
		require.Equal(t, Concat(r1, pieces, n), Concat(r2, pieces, n))
	}
}
