package metric

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{name: "empty", text: "", want: []string{}},
		{name: "punctuation only", text: " -- ... !", want: []string{}},
		{name: "ascii", text: "Hello, world! It's 2024.", want: []string{"Hello", "world", "It", "s", "2024"}},
		{name: "case kept", text: "The the THE", want: []string{"The", "the", "THE"}},
		{name: "connector punctuation", text: "snake_case a-b", want: []string{"snake_case", "a", "b"}},
		{name: "accented letters", text: "Ça déjà-vu, naïve", want: []string{"Ça", "déjà", "vu", "naïve"}},
		{name: "combining mark", text: "cafe\u0301 ok", want: []string{"cafe\u0301", "ok"}},
		{name: "numbers", text: "½ ² 42", want: []string{"½", "²", "42"}},
		{name: "cjk run", text: "日本語の文章。次", want: []string{"日本語の文章", "次"}},
		{name: "no-break space separates", text: "a\u00a0b", want: []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Tokens(tt.text)
			if len(tt.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestShingles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]int
	}{
		{name: "empty", text: "", want: map[string]int{}},
		{name: "no tokens", text: "...", want: map[string]int{}},
		{name: "one token", text: "word", want: map[string]int{"word": 1}},
		{name: "three tokens", text: "a b, c", want: map[string]int{"a\x00b\x00c": 1}},
		{name: "exactly four", text: "a b c d", want: map[string]int{"a\x00b\x00c\x00d": 1}},
		{name: "five tokens", text: "a b c d e", want: map[string]int{
			"a\x00b\x00c\x00d": 1,
			"b\x00c\x00d\x00e": 1,
		}},
		{name: "repeated", text: "a b c d a b c d", want: map[string]int{
			"a\x00b\x00c\x00d": 2,
			"b\x00c\x00d\x00a": 1,
			"c\x00d\x00a\x00b": 1,
			"d\x00a\x00b\x00c": 1,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Shingles(tt.text))
		})
	}
}

func TestCompareShingles(t *testing.T) {
	const third = 1.0 / 3
	tests := []struct {
		name       string
		gold, pred string
		want       Match
		p, r       float64
		pOK, rOK   bool
	}{
		{
			name: "identical", gold: "a b c d e", pred: "a  b\nc d e",
			want: Match{TP: 1}, p: 1, r: 1, pOK: true, rOK: true,
		},
		{
			// gold {abcd, bcde}, pred {abcd, bcdx}: tp 1, fp 1, fn 1.
			name: "one shingle each way", gold: "a b c d e", pred: "a b c d x",
			want: Match{TP: third, FP: third, FN: third}, p: 0.5, r: 0.5, pOK: true, rOK: true,
		},
		{
			// gold has 5 shingles (abcd twice), pred only abcd once.
			name: "gold multiplicity", gold: "a b c d a b c d", pred: "a b c d",
			want: Match{TP: 0.2, FN: 0.8}, p: 1, r: 0.2, pOK: true, rOK: true,
		},
		{
			name: "predicted duplicate", gold: "a b c d", pred: "a b c d a b c d",
			want: Match{TP: 0.2, FP: 0.8}, p: 0.2, r: 1, pOK: true, rOK: true,
		},
		{
			name: "case matters", gold: "The Cat", pred: "the cat",
			want: Match{FP: 0.5, FN: 0.5}, p: 0, r: 0, pOK: true, rOK: true,
		},
		{
			name: "both empty", gold: "", pred: " ",
			want: Match{}, p: 1, r: 1, pOK: true, rOK: true,
		},
		{
			name: "empty prediction", gold: "a b c d e", pred: "",
			want: Match{FN: 1}, p: 0, r: 0, pOK: false, rOK: true,
		},
		{
			name: "empty gold", gold: "", pred: "x y",
			want: Match{FP: 1}, p: 0, r: 0, pOK: true, rOK: false,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := CompareShingles(tt.gold, tt.pred)
			assert.InDelta(t, tt.want.TP, m.TP, 1e-12, "TP")
			assert.InDelta(t, tt.want.FP, m.FP, 1e-12, "FP")
			assert.InDelta(t, tt.want.FN, m.FN, 1e-12, "FN")
			p, pOK := m.Precision()
			r, rOK := m.Recall()
			assert.Equal(t, tt.pOK, pOK, "precision defined")
			assert.Equal(t, tt.rOK, rOK, "recall defined")
			assert.InDelta(t, tt.p, p, 1e-12, "precision")
			assert.InDelta(t, tt.r, r, 1e-12, "recall")
		})
	}
}

func TestMatchScore(t *testing.T) {
	s := CompareShingles("a b c d a b c d", "a b c d")
	assert.InDelta(t, 1, s.Score().P, 1e-12)
	assert.InDelta(t, 0.2, s.Score().R, 1e-12)
	assert.InDelta(t, 2*0.2/1.2, s.Score().F1, 1e-12)

	empty := CompareShingles("a b c d", "").Score()
	assert.Equal(t, Score{}, empty, "an empty prediction scores 0 per page")

	both := CompareShingles("", "").Score()
	assert.Equal(t, Score{P: 1, R: 1, F1: 1}, both)
}

func TestCorpus(t *testing.T) {
	var c Corpus
	require.Equal(t, Score{}, c.Score(), "empty corpus")

	c.Add(CompareShingles("a b c d e", "a b c d x"))     // P .5, R .5
	c.Add(CompareShingles("a b c d a b c d", "a b c d")) // P 1, R .2
	c.Add(CompareShingles("a b c d e", ""))              // P undefined, R 0
	c.Add(CompareShingles("", "stray words"))            // P 0, R undefined
	c.Add(CompareShingles("", ""))                       // P 1, R 1
	require.Equal(t, 5, c.Pages())

	got := c.Score()
	wantP := (0.5 + 1 + 0 + 1) / 4
	wantR := (0.5 + 0.2 + 0 + 1) / 4
	assert.InDelta(t, 0.625, wantP, 1e-12)
	assert.InDelta(t, wantP, got.P, 1e-12)
	assert.InDelta(t, wantR, got.R, 1e-12)
	assert.InDelta(t, 2*wantP*wantR/(wantP+wantR), got.F1, 1e-12)
}

func TestF1(t *testing.T) {
	assert.Equal(t, 0.0, F1(0, 0))
	assert.InDelta(t, 0.5, F1(0.5, 0.5), 1e-12)
	assert.InDelta(t, 2.0/3, F1(1, 0.5), 1e-12)
}
