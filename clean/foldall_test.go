package clean

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/require"
)

// TestAppendFoldAllAgreesWithPrefix checks the in-place fold against the
// general one, appendFoldPrefix with no limit, on random texts mixing
// ASCII letters, symbols, digits, punctuation and non-ASCII runes of each
// class, after a prefix already in the buffer, and long runs of letters
// and spaces that take the eight-byte path.
func TestAppendFoldAllAgreesWithPrefix(t *testing.T) {
	parts := []string{"Ab", "z", " ", "  ", "..", "-", "12", "7", "'", "’", "ʼ", "$", "+", "#", "é", "É",
		"\u00a0", "İ", "\xff", "Σ", "¹", "٣", "Ⱥ", "\t", "中", "—", "x", "©",
		"Share this ", "STORY continues", " Below the", "abcdefghijklmnopqrstuvwxyz", "@[`{", " AZaz "}
	r := rand.New(rand.NewPCG(35, 36))
	for range 30000 {
		s := randtext.Concat(r, parts, r.IntN(24))
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

// TestLetterPrefix8AgreesWithBytes checks letterPrefix8 and lowerLetters8
// against a byte at a time, on random bytes weighted to letters, spaces
// and the bytes next to them.
func TestLetterPrefix8AgreesWithBytes(t *testing.T) {
	alphabet := []byte("aAzZ@[`{  \x1f!\x7f\x80\xc3\xff09'")
	r := rand.New(rand.NewPCG(8, 14))
	for range 50000 {
		var b [8]byte
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		space := r.IntN(2) == 0
		want, prev := 0, space
		for _, c := range b {
			letter := 'a' <= c|0x20 && c|0x20 <= 'z'
			if !letter && (c != ' ' || prev) {
				break
			}
			want, prev = want+1, c == ' '
		}
		v := binary.LittleEndian.Uint64(b[:])
		require.Equal(t, want, letterPrefix8(v, space), "%q space %v", b, space)
		lowered := binary.LittleEndian.AppendUint64(nil, lowerLetters8(v))
		require.Equal(t, strings.ToLower(string(b[:want])), string(lowered[:want]), "%q", b)
	}
}
