package clean

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestAppendFoldAllAgreesWithPrefix checks the in-place fold against the
// general one, appendFoldPrefix with no limit, on random texts mixing
// ASCII letters, symbols, digits, punctuation and non-ASCII runes of each
// class, after a prefix already in the buffer.
func TestAppendFoldAllAgreesWithPrefix(t *testing.T) {
	parts := []string{"Ab", "z", " ", "  ", "..", "-", "12", "7", "'", "’", "ʼ", "$", "+", "#", "é", "É",
		"\u00a0", "İ", "\xff", "Σ", "¹", "٣", "Ⱥ", "\t", "中", "—", "x", "©"}
	r := rand.New(rand.NewPCG(35, 36))
	for range 30000 {
		var sb strings.Builder
		for range r.IntN(14) {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		s := sb.String()
		prefix := []byte("ab"[:r.IntN(3)])
		want, _ := appendFoldPrefix(append([]byte(nil), prefix...), s, math.MaxInt)
		got := appendFoldAll(append([]byte(nil), prefix...), s)
		require.Equal(t, string(want), string(got), "%q", s)
	}
}

// TestFoldPhraseAllocatesOnce checks that FoldPhrase allocates only its
// result, for ASCII and accented texts that fold to no more bytes.
func TestFoldPhraseAllocatesOnce(t *testing.T) {
	for _, text := range []string{"Share this article", "Partager l’article — été 2024", "ÀÉÎ çà"} {
		allocs := testing.AllocsPerRun(20, func() { _ = FoldPhrase(text) })
		require.Equal(t, 1.0, allocs, "%q", text)
	}
}
