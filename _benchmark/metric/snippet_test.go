package metric

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormalizeSpace(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "empty", in: "", want: ""},
		{name: "trim", in: "  a  ", want: "a"},
		{name: "collapse mixed", in: "a \t\n\r b", want: "a b"},
		{name: "no-break space", in: "a\u00a0\u00a0b", want: "a b"},
		{name: "only space", in: " \n ", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, NormalizeSpace(tt.in))
		})
	}
}

func TestCheckSnippets(t *testing.T) {
	pred := "Title\nLead  text\u00a0here.\n\nBody of the page"
	tests := []struct {
		name          string
		with, without []string
		want          SnippetCounts
	}{
		{name: "none", want: SnippetCounts{}},
		{
			name:    "one of each",
			with:    []string{"Lead text here.", "missing sentence"},
			without: []string{"Body", "nav menu"},
			want:    SnippetCounts{TP: 1, FN: 1, FP: 1, TN: 1},
		},
		{
			name: "snippet whitespace normalised",
			with: []string{" Lead\ntext   here. ", "here. Body of"},
			want: SnippetCounts{TP: 2},
		},
		{
			name: "case sensitive",
			with: []string{"lead text"},
			want: SnippetCounts{FN: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, CheckSnippets(pred, tt.with, tt.without))
		})
	}
}

func TestSnippetCountsScore(t *testing.T) {
	var c SnippetCounts
	assert.Equal(t, Score{}, c.Score())
	assert.Equal(t, 0.0, c.Accuracy())

	c.Add(SnippetCounts{TP: 3, FN: 1, FP: 1, TN: 5})
	c.Add(SnippetCounts{TP: 1, FN: 3, FP: 0, TN: 2})
	assert.Equal(t, SnippetCounts{TP: 4, FN: 4, FP: 1, TN: 7}, c)

	s := c.Score()
	assert.InDelta(t, 0.8, s.P, 1e-12)
	assert.InDelta(t, 0.5, s.R, 1e-12)
	assert.InDelta(t, 2*0.8*0.5/1.3, s.F1, 1e-12)
	assert.InDelta(t, 11.0/16, c.Accuracy(), 1e-12)
}
