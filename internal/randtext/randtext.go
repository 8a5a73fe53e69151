// Package randtext builds random texts from given pieces, for the tests
// that check a fast path against a simple reference on many inputs.
//
// The texts depend only on the pieces and the state of the *rand.Rand, so
// a test seeded with a fixed source sees the same texts on every run.
package randtext

import (
	"math/rand/v2"
	"strings"
)

// Concat returns n pieces drawn at random from pieces, one after another
// with nothing between them; "" when n is 0. pieces must not be empty.
func Concat(r *rand.Rand, pieces []string, n int) string {
	var sb strings.Builder
	for range n {
		sb.WriteString(pieces[r.IntN(len(pieces))])
	}
	return sb.String()
}

// Words returns n words drawn at random from words, joined by single
// spaces; "" when n is 0. words must not be empty.
func Words(r *rand.Rand, words []string, n int) string {
	var sb strings.Builder
	for i := range n {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(words[r.IntN(len(words))])
	}
	return sb.String()
}
