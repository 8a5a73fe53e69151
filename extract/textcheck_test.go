package extract

import (
	"encoding/binary"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewTextDocumentUTF8 checks that a dump mostly not UTF-8 is
// rejected wherever its bad bytes are, and that a few bad bytes are
// cleaned and kept.
func TestNewTextDocumentUTF8(t *testing.T) {
	bad := strings.Repeat("\xff\xfe", 40)
	tests := []struct {
		name string
		dump string
		err  error
	}{
		{"in the title", bad + "\nA line of text.\n", ErrBinary},
		{"before the title", bad + "\n\nTitle\nA line of text.\n", ErrBinary},
		{"in a paragraph", "Title\nA line of text.\n" + bad + "\n", ErrBinary},
		{"only the paragraphs", "Title\n\n" + bad + "\n" + bad + "\n", ErrBinary},
		{"a few bad bytes", "Title\nA line of \xfftext that is long enough to hold it.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := NewTextDocument(tc.dump)
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				return
			}
			require.NoError(t, err)
			require.Len(t, doc.Blocks, 1)
			assert.Equal(t, "A line of \uFFFDtext that is long enough to hold it.", doc.Blocks[0].Text)
		})
	}
}

// TestLowerHash checks that texts equal in lower case have equal hashes,
// when their bytes are not aligned alike (the Kelvin sign lowers to one
// byte, İ to one) and past the runes hashed from the start, and that
// texts that differ mostly do not, at their start or at their end.
func TestLowerHash(t *testing.T) {
	pairs := [][2]string{
		{"\u212aABCDEFGHIJKLMNOP and so on", "kabcdefghijklmnop AND SO ON"},
		{"İSTANBUL İSTANBUL İSTANBUL", "istanbul istanbul istanbul"},
		{"ÉTÉ EN FRANCE, ÉTÉ EN ITALIE", "été en france, été en italie"},
		{strings.Repeat("Same Start ", 5) + "End \u212a", strings.Repeat("same start ", 5) + "eND k"},
		{"Short", "sHORT"},
		{"", ""},
	}
	for _, p := range pairs {
		require.Equal(t, strings.ToLower(p[0]), strings.ToLower(p[1]), "the pair is equal in lower case")
		assert.Equal(t, lowerHash(p[0]), lowerHash(p[1]), "%q %q", p[0], p[1])
	}
	long := strings.Repeat("Same Start ", 5)
	seen := map[uint64]string{}
	for _, s := range []string{"a", "b", "ab", "ba", "abcdefgh", "abcdefgi", "abcdefghi", "abcdefgh\x00", "Share", "Share this", "été", "ete",
		long + "end one", long + "end two", long + "été", long + "ete"} {
		h := lowerHash(s)
		_, dup := seen[h]
		assert.False(t, dup, "%q has the hash of %q", s, seen[h])
		seen[h] = s
	}
}

// refLowerHash is lowerHash written plainly: the bytes of the lower-case
// runes, one at a time, up to the rune that ends at or past hashBytes of
// them, into words of eight; then, when runes are left, the last eight
// bytes, or those after the last rune that is not ASCII in lower case
// and as many of its own as fit.
func refLowerHash(s string) uint64 {
	var lowers []rune
	for _, r := range []rune(s) {
		lowers = append(lowers, clean.LowerRune(r))
	}
	var stream []byte
	n := 0
	for n < len(lowers) && len(stream) < hashBytes {
		stream = utf8.AppendRune(stream, lowers[n])
		n++
	}
	var h lowerHasher
	for len(stream) >= 8 {
		h.mix(binary.LittleEndian.Uint64(stream))
		stream = stream[8:]
	}
	for i, c := range stream {
		h.acc |= uint64(c) << (8 * i)
	}
	h.n = len(stream)
	var tail uint64
	if n < len(lowers) {
		var end []byte // the tail's bytes, from the last
		for j := len(lowers) - 1; j >= 0 && len(end) < 8; j-- {
			enc := utf8.AppendRune(nil, lowers[j])
			for k := len(enc) - 1; k >= 0 && len(end) < 8; k-- {
				end = append(end, enc[k])
			}
			if lowers[j] >= utf8.RuneSelf {
				break
			}
		}
		for _, c := range end {
			tail = tail<<8 | uint64(c)
		}
	}
	return h.sum(tail)
}

// randomText returns a text of up to max runes drawn from letters of
// both cases, digits, spaces, accented and other non-ASCII letters and
// invalid bytes.
func randomText(rng *rand.Rand, max int) string {
	pieces := []string{"a", "B", "z", "Z", "0", " ", ".", "é", "É", "\u212a", "İ", "ß", "Ω", "ω", "中", "\xff", "\xe2\x82", "\x80", "\U0001F600"}
	var sb strings.Builder
	for range rng.IntN(max + 1) {
		sb.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return sb.String()
}

// TestLowerHashRandom checks lowerHash against refLowerHash, and
// equalLower against comparing strings.ToLower, on random texts.
func TestLowerHashRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		a := randomText(rng, 70)
		require.Equal(t, refLowerHash(a), lowerHash(a), "%q", a)
		b := a
		if rng.IntN(2) == 0 {
			b = randomText(rng, 70)
		} else if rng.IntN(2) == 0 {
			b = strings.ToUpper(a)
		}
		require.Equal(t, strings.ToLower(a) == strings.ToLower(b), equalLower(a, b), "%q %q", a, b)
	}
}
