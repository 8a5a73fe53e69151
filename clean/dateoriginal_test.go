package clean

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
)

func TestOriginalDate(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"en", "This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated to keep the information current.", "2019-09-26"},
		{"en originally posted", "Originally posted: March 3, 2020. Last updated: May 5, 2021.", "2020-03-03"},
		{"a preprint's first publication (en)", "Preprints (earlier versions) of this paper are available at https://preprints.example/14273, first published 04.Apr.2019.", ""},
		{"fr", "Cet article a été initialement publié le 12 mars 2018 et mis à jour depuis.", "2018-03-12"},
		{"de", "Dieser Beitrag wurde erstmals am 3. März 2020 veröffentlicht.", "2020-03-03"},
		{"es", "Este artículo fue publicado originalmente el 5 de mayo de 2019.", "2019-05-05"},
		{"it", "Questo articolo è stato pubblicato per la prima volta il 7 giugno 2017.", "2017-06-07"},
		{"pt", "Este texto foi publicado pela primeira vez em 9 de julho de 2016.", "2016-07-09"},
		{"nl", "Dit artikel werd oorspronkelijk gepubliceerd op 4 april 2015.", "2015-04-04"},
		{"sv", "Artikeln publicerades ursprungligen den 3 mars 2014.", "2014-03-03"},
		{"no date (en)", "This article was originally published on coolimba and has been republished here with permission.", ""},
		{"date too far from the phrase (en)", "Originally published in the quarterly review of the society on 3 March 2020", ""},
		{"another outlet's date (en)", "Originally published at www.example.com on November 18, 2011.", ""},
		{"another outlet's date (de)", "Ursprünglich veröffentlicht in der Zeitung am 3. März 2020.", ""},
		{"date before the phrase (en)", "On 3 March 2020 we updated this post, originally published elsewhere.", ""},
		{"no phrase (en)", "Published on 3 March 2020", ""},
		{"a month without a day (fr)", "Cet article, initialement publié en avril 2017, a fait l'objet d'une mise à jour.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := OriginalDate(tc.text)
			assert.Equal(t, tc.want != "", ok)
			if tc.want != "" {
				assert.Equal(t, tc.want, got.Format(time.DateOnly))
			}
		})
	}
}

func TestHasOriginalStem(t *testing.T) {
	for _, p := range originalPhrases {
		assert.True(t, hasOriginalStem(p), p)
	}
	assert.True(t, hasOriginalStem("ORIGINALLY PUBLISHED"))
	assert.True(t, hasOriginalStem("Ursprünglich veröffentlicht"))
	assert.False(t, hasOriginalStem("Published on 3 March 2020"))
}

// TestHasOriginalStemAgrees checks hasOriginalStem against a search of
// the text, its ASCII capitals lowered, for every stem, on random lines.
func TestHasOriginalStemAgrees(t *testing.T) {
	reference := func(s string) bool {
		lower := []byte(s)
		for i, c := range lower {
			if c >= 'A' && c <= 'Z' {
				lower[i] = c + 'a' - 'A'
			}
		}
		for _, stems := range originalStems {
			for _, stem := range stems {
				if strings.Contains(string(lower), stem) {
					return true
				}
			}
		}
		return false
	}
	pieces := []string{"or", "OR", "ig", "IG", "in", "IN", "al", "ur", "UR", "sp", "rü", "RÜ", "ng", "er", "ER", "st", "ST", "pr", "PR", "im", "it", "IT", "ia", "l", "f", "F", "ör", "ÖR", " ", "o", "u", "e", "p", "i", "oo", "OO", "nk", "2019"}
	r := rand.New(rand.NewPCG(41, 42))
	found := 0
	for range 200000 {
		s := randtext.Concat(r, pieces, r.IntN(10))
		want := reference(s)
		assert.Equal(t, want, hasOriginalStem(s), "%q", s)
		if want {
			found++
		}
	}
	assert.Positive(t, found)
}

// TestOriginalStemsPremise checks what hasOriginalStem's pairs at every
// third position rely on: every stem has four bytes at least and is
// listed under its own first byte.
func TestOriginalStemsPremise(t *testing.T) {
	for c, stems := range originalStems {
		for _, stem := range stems {
			assert.GreaterOrEqual(t, len(stem), 4, stem)
			assert.Equal(t, byte(c), stem[0], stem)
		}
	}
}

// TestMayBeOriginalAgrees checks mayBeOriginal against hasOriginalStem on
// random lines: it never lets through a line hasOriginalStem turns away,
// and it lets through every line hasOriginalStem lets through that holds
// one of originalPhrases in lower case (strings.ToLower), as OriginalDate
// finds them.
func TestMayBeOriginalAgrees(t *testing.T) {
	holdsPhrase := func(s string) bool {
		lower := strings.ToLower(s)
		for _, p := range originalPhrases {
			if strings.Contains(lower, p) {
				return true
			}
		}
		return false
	}
	pieces := []string{"origin", "ORİGİN", "Orig", "inal", "ally", " published", "publié", "initial", "İnitial",
		"ur", "UR", "sp", "rü", "RÜ", "ng", "oorspron", "KELİJK", "k", "\u212a", "erst", "ERST", "mals", "zu", "ZU",
		"e", "pr", "PR", "im", "İM", "era", "eira", "a ", "vez", "f", "F", "ör", "ÖR", "st", " ", "veröffentlicht",
		"erschienen", "gepubliceerd", "publicerad", "é", "’", "2019", "x"}
	r := rand.New(rand.NewPCG(43, 44))
	found := 0
	for range 300000 {
		s := randtext.Concat(r, pieces, r.IntN(9))
		old := hasOriginalStem(s)
		got := mayBeOriginal(s)
		if got && !old {
			t.Fatalf("mayBeOriginal(%q) lets through a line hasOriginalStem turns away", s)
		}
		if phrase := holdsPhrase(s); phrase && old != got {
			t.Fatalf("mayBeOriginal(%q) = %v, hasOriginalStem %v, on a line with a phrase", s, got, old)
		} else if phrase && old {
			found++
		}
	}
	assert.Positive(t, found)
}

// TestOriginalLongStemsPremise checks what mayBeOriginal relies on: every
// long stem has six bytes at least, in every spelling, and holds a stem
// of originalStems; every phrase holds a long stem; and the runes outside
// ASCII whose lower case is a rune of a long stem are those of
// originalCapitals; and a bit for each stem at each offset fits a word.
func TestOriginalLongStemsPremise(t *testing.T) {
	assert.LessOrEqual(t, 5*len(originalLongStems), 64, "a bit for each stem at each of five offsets")
	for _, stem := range originalLongStems {
		for _, sp := range spellings(stem) {
			assert.GreaterOrEqual(t, len(sp), 6, sp)
		}
		assert.True(t, hasOriginalStem(stem), stem)
	}
	for _, p := range originalPhrases {
		assert.True(t, slices.ContainsFunc(originalLongStems, func(s string) bool { return strings.Contains(p, s) }), p)
		assert.True(t, mayBeOriginal(p), p)
	}
	runes := map[rune]bool{}
	for _, stem := range originalLongStems {
		for _, c := range stem {
			runes[c] = true
		}
	}
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l != r && runes[l] {
			assert.Equal(t, r, originalCapitals[l], "%U", r)
		}
	}
}
