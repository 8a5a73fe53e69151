package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPhraseFilter checks that the first-word filter of each set lets
// every first word of its unanchored phrases through, and that it keeps
// out some words.
func TestPhraseFilter(t *testing.T) {
	rejected := 0
	for set, si := range phraseIndex() {
		for w := range si.anywhere {
			assert.True(t, si.mayStartAnywhere(w), "%s: %q", set, w)
		}
		if !si.mayStartAnywhere("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz") {
			rejected++
		}
	}
	assert.Positive(t, rejected)
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
