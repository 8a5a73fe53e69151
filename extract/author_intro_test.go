package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pith-go/pith/clean"
)

// TestIntroValueAgrees checks introValue against a plain reading of its
// rule (the words joined, folded and looked up) on random lines made of
// the writer intros' words and others, spaced in several ways.
func TestIntroValueAgrees(t *testing.T) {
	reference := func(t string) (string, bool) {
		words := strings.Fields(t)
		for k := 2; k <= 4 && k < len(words); k++ {
			if n, ok := writerIntroSet[clean.FoldPhrase(strings.Join(words[:k], " "))]; ok && n == k {
				return strings.Join(words[k:], " "), true
			}
		}
		return "", false
	}
	var vocab []string
	for _, intros := range writerIntros {
		for _, in := range intros {
			vocab = append(vocab, strings.Fields(in)...)
			vocab = append(vocab, strings.ToUpper(in))
		}
	}
	vocab = append(vocab, "Jane", "Doe", "von", ":", "-", "(AFP)", "Ærø", "x")
	spaces := []string{" ", "  ", "\u00a0", "\t"}
	r := rand.New(rand.NewPCG(31, 32))
	found := 0
	for range 5000 {
		n := 1 + r.IntN(7)
		var sb strings.Builder
		for i := range n {
			if i > 0 {
				sb.WriteString(spaces[r.IntN(len(spaces))])
			}
			sb.WriteString(vocab[r.IntN(len(vocab))])
		}
		line := sb.String()
		want, wantOK := reference(line)
		got, ok := introValue(line)
		assert.Equal(t, wantOK, ok, "%q", line)
		assert.Equal(t, want, got, "%q", line)
		if ok {
			found++
		}
	}
	assert.Positive(t, found)
}
