package extract

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// appendFoldBytewise is appendFoldWithin one byte at a time, without the
// eight-byte path, as the reference the fast path must agree with.
func appendFoldBytewise(b []byte, s string, limit int) ([]byte, bool) {
	start := len(b)
	limit = min(limit, math.MaxInt-start) + start
	space := true
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch f := asciiWordFold[c]; f {
			case foldDrop:
			case ' ':
				if !space {
					b = append(b, ' ')
					space = true
				}
			default:
				if len(b) >= limit {
					return b, false
				}
				b = append(b, f)
				space = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch lower, keep := foldRune(r); {
		case keep:
			if b = utf8.AppendRune(b, lower); len(b) > limit {
				return b, false
			}
			space = false
		case r == '’':
		case !space:
			b = append(b, ' ')
			space = true
		}
	}
	if space && len(b) > start {
		b = b[:len(b)-1]
	}
	return b, true
}

func TestAppendFoldWithinEightBytes(t *testing.T) {
	texts := []string{"", "abcdefgh", " abcdefg", "Abc  Def Ghi Jkl", "THE QUICK BROWN FOX 123 jumps", "a b c d e f g h i j", "@[`{/:AZaz09", "Zürich Straße 12 – l’été", "x\ty\nz\x7fabc defgh ijk"}
	paths, _ := filepath.Glob("../testdata/text/*.txt")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aZ9 '@[`{/:.-\t\x7f\x00é’"
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(40) {
			sb.WriteString(string([]rune(alphabet)[rng.IntN(utf8.RuneCountInString(alphabet))]))
		}
		texts = append(texts, sb.String())
	}
	for _, s := range texts {
		for _, limit := range []int{0, 1, 7, 8, 9, 15, 16, 17, len(s) / 2, len(s), math.MaxInt} {
			for _, prefix := range []string{"", "xy"} {
				want, wantOK := appendFoldBytewise([]byte(prefix), s, limit)
				got, gotOK := appendFoldWithin([]byte(prefix), s, limit)
				require.Equal(t, wantOK, gotOK, "%q within %d", s, limit)
				if wantOK {
					require.Equal(t, string(want), string(got), "%q within %d", s, limit)
				}
			}
		}
	}
}

// plainPrefixBytewise is plainPrefix8 one byte at a time.
func plainPrefixBytewise(v uint64, space bool) int {
	for k := range 8 {
		c := byte(v >> (8 * k))
		plain := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == ' ' && !space
		if !plain {
			return k
		}
		space = c == ' '
	}
	return 8
}

func TestPlainPrefix8(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const alphabet = "aZz09 @[`{/:\x7f\x80\xc3\xff"
	for range 200000 {
		var v uint64
		for k := range 8 {
			v |= uint64(alphabet[rng.IntN(len(alphabet))]) << (8 * k)
		}
		space := rng.IntN(2) == 0
		require.Equal(t, plainPrefixBytewise(v, space), plainPrefix8(v, space), "%#x space=%v", v, space)
	}
}
