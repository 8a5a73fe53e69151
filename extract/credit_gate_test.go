package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCreditGates checks the gates of agencyCredit and bracketCredit on
// random lines: a line mayEndBracket turns away never ends with a
// bracket once trimmed, and a line without "/" is no agency credit.
func TestCreditGates(t *testing.T) {
	parts := []string{"AP", "Photo", "/", ")", "]", "(", "[", " ", "\t", "\u00a0", "\u0085", "\u3000", ".", "Jane Doe", "é", "x"}
	r := rand.New(rand.NewPCG(11, 12))
	ends := 0
	for range 50000 {
		var sb strings.Builder
		for range r.IntN(8) {
			sb.WriteString(parts[r.IntN(len(parts))])
		}
		s := sb.String()
		trimmed := strings.TrimSpace(s)
		bracket := strings.HasSuffix(trimmed, ")") || strings.HasSuffix(trimmed, "]")
		if bracket {
			ends++
			require.True(t, mayEndBracket(s), "%q", s)
		}
		if !strings.Contains(s, "/") {
			require.False(t, agencyCredit(s), "%q", s)
		}
	}
	assert.Greater(t, ends, 5000, "lines ending with a bracket")
	assert.False(t, mayEndBracket("Photo (AP) x"))
	assert.True(t, mayEndBracket("Photo (AP)\u00a0"))
}

// TestHasCopyrightSign checks hasCopyrightSign against strings.Contains.
func TestHasCopyrightSign(t *testing.T) {
	for _, s := range []string{"", "©", "Photo © AP", "\u00a0x", "(c) 2020", "é", "x©", "\xc2", "\xc2\xa9"} {
		assert.Equal(t, strings.Contains(s, "©"), hasCopyrightSign(s), "%q", s)
	}
}
