package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPhraseFilter checks that the first-word filters of each set let
// every first word of its phrases through, and that it keeps
// out some words.
func TestPhraseFilter(t *testing.T) {
	rejected, startRejected := 0, 0
	for set, si := range phraseIndex() {
		for w := range si.anywhere {
			assert.True(t, si.mayStartAnywhere(w), "%s: %q", set, w)
		}
		for w := range si.atStart {
			assert.True(t, si.mayStartText(w), "%s: %q", set, w)
		}
		if !si.mayStartAnywhere("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz") {
			rejected++
		}
		if !si.mayStartText("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz") {
			startRejected++
		}
	}
	assert.Positive(t, rejected)
	assert.Positive(t, startRejected)
}

func TestASCIIFold(t *testing.T) {
	assert.Equal(t, byte('a'), asciiFold['A'])
	assert.Equal(t, byte('z'), asciiFold['z'])
	assert.Equal(t, byte('\''), asciiFold['\''])
	assert.Equal(t, byte(foldDigit), asciiFold['7'])
	assert.Equal(t, byte('+'), asciiFold['+'], "a symbol is kept")
	assert.Equal(t, byte(foldSpace), asciiFold['-'])
	assert.Equal(t, byte(foldSpace), asciiFold['\t'])
	assert.Equal(t, "it's # + #a b", FoldPhrase("  It’s 2024 + 3A -- b. "))
}
