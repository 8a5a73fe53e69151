package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestApostropheWord checks which words candidateScan.apostropheWord reads,
// where they end, and their letters; TestProseRandom checks the profiles
// of lines with such words against the functions profileLine stands for.
func TestApostropheWord(t *testing.T) {
	tests := []struct {
		s            string
		j            int // the apostrophe
		end, letters int
	}{
		{"don't stop", 3, 5, 4},
		{"don’t stop", 3, 7, 4},
		{"It’s", 2, 6, 3},
		{"l'homme, dit", 1, 7, 6},
		{"aujourd’hui.", 7, 13, 10},
		{"x'abcdefgh", 1, 10, 9},
		{"x'abcdefghi", 1, 0, 0}, // a second run of nine letters
		{"O’Brien", 1, 0, 0},     // a capital after it
		{"rock’n’roll", 4, 0, 0}, // no word break after the second run
		{"a’", 1, 0, 0},          // nothing after it
		{"a'", 1, 0, 0},
		{"a' b", 1, 0, 0},
		{"a’2", 1, 0, 0},
		{"a'é", 1, 0, 0},
		{"a–b", 1, 0, 0}, // a dash, not ’
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			cs := candidateScan{space: true, ix: candidateIndex(), words: &index().words, bits: proseTables.get()}
			end, letters := cs.apostropheWord(tt.s, 0, tt.j, true)
			assert.Equal(t, tt.end, end)
			assert.Equal(t, tt.letters, letters)
			if end == 0 {
				assert.Zero(t, cs.size, "nothing done")
				assert.Empty(t, cs.hits)
			}
		})
	}
}
