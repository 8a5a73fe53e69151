package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSuffixes checks that suffixes gives the joined suffixes and prefixes
// of a line's words, for lines joined by single spaces and others.
func TestSuffixes(t *testing.T) {
	for _, line := range []string{
		"By Jane Doe Photos by John Roe",
		"By  Jane\tDoe  Photos by John Roe ",
		" Posted by jdoe on 2025-12-18",
		"One",
		"",
	} {
		t.Run(line, func(t *testing.T) {
			words := strings.Fields(line)
			s := newSuffixes(line, words)
			for _, j := range []int{1, 3, 2, len(words) - 1, 0} {
				if j < 0 || j >= len(words) {
					continue
				}
				assert.Equal(t, strings.Join(words[j:], " "), s.from(j), "from(%d)", j)
				assert.Equal(t, strings.Join(words[:j], " "), s.before(j), "before(%d)", j)
			}
		})
	}
}

// TestMayBeWriterLabel checks the gate before writerLabelLine: it lets
// through every line writerLabelLine reads names from.
func TestMayBeWriterLabel(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Text: Anna Maier", true},
		{"Ein Beitrag von Anna Maier", true},
		{"EIN Beitrag von Anna Maier", true},
		{"Un article de Jean Dupont", true},
		{"Jane Doe July 3, 2025", false},
		{"Jane Doe July 3, 2025 10:05", false},
		{"Redaktion Anna Maier", false},
		{"Redaktion Anna Maier 10:05", true},
		{"Über den Autor Anna Maier", true}, // not ASCII: not gated
		{"", true},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			first, _, _ := strings.Cut(tt.line, " ")
			assert.Equal(t, tt.want, mayBeWriterLabel(tt.line, first))
			if !tt.want {
				assert.Empty(t, writerLabelLine(tt.line))
			}
		})
	}
	for in := range writerLabelSet {
		line := in + ": Anna Maier"
		first, _, _ := strings.Cut(line, " ")
		assert.True(t, mayBeWriterLabel(line, first), line)
		line = in + " : Anna Maier"
		first, _, _ = strings.Cut(line, " ")
		assert.True(t, mayBeWriterLabel(line, first), line)
	}
	for in := range writerIntroSet {
		line := in + " Anna Maier"
		first, _, _ := strings.Cut(line, " ")
		assert.True(t, mayBeWriterLabel(line, first), line)
	}
}
