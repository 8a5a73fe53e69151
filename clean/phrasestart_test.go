package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// anchoredMatch is the reference MayStartAnchored must not contradict:
// whether a phrase of set anchored at the start matches text, tried one
// by one on its fold.
func anchoredMatch(set PhraseSet, text string) bool {
	folded := FoldPhrase(text)
	for _, p := range phraseSetOf(set).phrases {
		if !p.start || !strings.HasPrefix(folded, p.text) {
			continue
		}
		after := len(p.text)
		if after < len(folded) && folded[after] != ' ' || p.end && after != len(folded) {
			continue
		}
		return true
	}
	return false
}

func TestMayStartAnchored(t *testing.T) {
	tests := []struct {
		name string
		set  PhraseSet
		text string
		want bool
	}{
		{"credit word first", PhraseCredit, "Photo: Jane Doe", true},
		{"no phrase starts so", PhraseCredit, "Jane Doe Photo", false},
		{"leading punctuation folds away", PhraseCredit, "(Photo: Jane Doe)", true},
		{"no word at all", PhraseCredit, " ... ", false},
		{"empty", PhraseCredit, "", false},
		{"outside ASCII, unsure", PhraseCredit, "Über alles", true},
		{"unknown set", PhraseSet("no such set"), "Jane", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, MayStartAnchored(tt.set, tt.text))
		})
	}
}

// TestMayStartAnchoredAgrees checks on random texts that MayStartAnchored
// is true whenever an anchored phrase matches (anchoredMatch), and false
// for some.
func TestMayStartAnchoredAgrees(t *testing.T) {
	parts := []string{"Photo", "photo:", "by", "Foto", "von", "Jane", "Doe", "Getty", "Images", "(", "|", "—", "Crédit",
		"Image", "credit", "Source", "Quelle:", "2024", " ", " ", " ", "  ", "\t", "Фото", "x", ".", "Courtesy", "of"}
	r := rand.New(rand.NewPCG(7, 8))
	turned := 0
	for range 30000 {
		text := randtext.Concat(r, parts, r.IntN(7))
		for _, set := range []PhraseSet{PhraseCredit, PhraseByline, PhraseDateline} {
			may := MayStartAnchored(set, text)
			if anchoredMatch(set, text) {
				require.True(t, may, "%s %q", set, text)
			}
			if !may {
				turned++
			}
		}
	}
	assert.Greater(t, turned, 1000, "texts turned away")
}

// TestStartBytes checks on random texts that no phrase anchored at the
// start (anchoredMatch), nor any phrase of a set all of whose phrases are
// (MatchPhrase), matches a text starting with a byte StartBytes turns
// away, and that it turns some letters away for the byline words, all
// anchored at the start, but none for the credits, which are not.
func TestStartBytes(t *testing.T) {
	parts := []string{"by", "By", "von", "Par", "Jane", "Doe", "x", "9", "2024", " ", " ", ":", "-", "é", "Written", "Photo"}
	r := rand.New(rand.NewPCG(9, 10))
	for _, set := range []PhraseSet{PhraseByline, PhraseCredit, PhraseDateline, PhraseSet("no such set")} {
		table := StartBytes(set)
		for range 20000 {
			c := byte(r.IntN(utf8.RuneSelf))
			text := string(c) + randtext.Concat(r, parts, r.IntN(5))
			if !table[c] {
				require.False(t, anchoredMatch(set, text), "%s %q", set, text)
				_, ok := MatchPhrase(set, text)
				require.False(t, ok, "%s %q", set, text)
			}
		}
	}
	byline, credit := StartBytes(PhraseByline), StartBytes(PhraseCredit)
	assert.True(t, byline['b'] && byline['B'], "By")
	assert.False(t, byline['x'] || byline[' '] == false, "x turned away, a space let through")
	for c := range byte(utf8.RuneSelf) {
		assert.True(t, credit[c], "%q", c)
	}
}
