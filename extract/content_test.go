package extract

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestContent(t *testing.T) {
	doc := runExtractors(t, testDump("T", "en", []string{"Home", "Today's weather"}, []string{"Jobs"}), Content)
	assertKinds(t, doc, map[string]string{
		"Home":              "boilerplate",
		"Today's weather":   "boilerplate",
		"Jobs":              "boilerplate",
		testBodies["en"][0]: "",
		testBodies["en"][2]: "",
	})
	r := doc.Blocks[0].Removal()
	require.NotNil(t, r)
	assert.Equal(t, "before the article's core, 1 word, no terminal punctuation", r.Evidence)
	assert.Equal(t, "content", r.Extractor)

	t.Run("kicker and lead outside the core are kept", func(t *testing.T) {
		doc, err := NewTextDocument(testDump("T", "en", []string{"Label"}, nil))
		require.NoError(t, err)
		doc.Blocks[0].Role = RoleKicker
		require.NoError(t, Content.Extract(doc))
		assert.False(t, doc.Blocks[0].Removed())
	})
}

// TestShapeAfter checks the evidence that describes a block's shape,
// against the format it has always had.
func TestShapeAfter(t *testing.T) {
	tests := []struct {
		words    int
		terminal bool
		links    float64
		dom      bool
	}{
		{1, true, 0, false}, {1, false, 0, false}, {3, false, 0, false}, {12, true, 0, false},
		{0, false, 0, false}, {4, false, 0.75, true}, {4, true, 0.5, true}, {2, true, 0.666, true}, {7, false, 1, true},
	}
	for _, tt := range tests {
		b := &Block{Features: clean.Features{Words: tt.words, Terminal: tt.terminal}}
		if tt.dom {
			b.DOM = &DOMEvidence{LinkDensity: tt.links}
		}
		want := fmt.Sprintf("%d words", tt.words)
		if tt.words == 1 {
			want = "1 word"
		}
		if !tt.terminal {
			want += ", no terminal punctuation"
		}
		if tt.dom && tt.links > 0.5 {
			want += fmt.Sprintf(", %.0f%% link text", 100*tt.links)
		}
		assert.Equal(t, "before: "+want, shapeAfter("before: ", b))
	}
}

func TestEvidenceArenaKeepsStrings(t *testing.T) {
	var a evidenceArena
	var got, want []string
	for i := range 500 {
		b := &Block{Features: clean.Features{Words: i, Terminal: i%3 == 0}}
		if i%5 == 0 {
			b.DOM = &DOMEvidence{LinkDensity: float64(i%7) / 6}
		}
		got = append(got, a.shapeAfter("before the article's core", b))
		want = append(want, shapeAfter("before the article's core, ", b))
	}
	require.Equal(t, want, got)
}

func TestEvidenceArenaJoin(t *testing.T) {
	var a evidenceArena
	var got []string
	for i := range 300 {
		got = append(got, a.join("menu run of ", strconv.Itoa(i), " short lines ", "after the article"))
	}
	for i, s := range got {
		assert.Equal(t, fmt.Sprintf("menu run of %d short lines after the article", i), s)
	}
	assert.Empty(t, a.join())
}

func TestEvidenceArenaPhrase(t *testing.T) {
	var a evidenceArena
	for _, m := range []clean.PhraseMatch{
		{Phrase: "share this", Lang: "en"},
		{Phrase: "", Lang: ""},
		{Phrase: strings.Repeat("é", 60), Lang: "fr"},
		{Phrase: strings.Repeat("é", 61), Lang: "fr"},
		{Phrase: strings.Repeat("a", 60), Lang: "en"},
		{Phrase: strings.Repeat("a", 61), Lang: "en"},
		{Phrase: strings.Repeat("é", 30), Lang: "fr"},
	} {
		assert.Equal(t, phraseEvidence(m), a.phrase(m))
	}
}

// TestContentShapesAgreeWithShapeAfter checks the evidence Content takes
// from its table against shapeAfter built anew, for random blocks within
// the table and beyond it, with and without markup.
func TestContentShapesAgreeWithShapeAfter(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 5))
	var a evidenceArena
	c := builtShapes()
	for range 5000 {
		b := &Block{Features: clean.Features{Words: rng.IntN(2 * shapeCacheWords), Terminal: rng.IntN(2) == 0}}
		if rng.IntN(3) == 0 {
			b.DOM = &DOMEvidence{LinkDensity: float64(rng.IntN(5)) / 4}
		}
		where := rng.IntN(len(contentPlaces))
		require.Equal(t, shapeAfter(contentPlaces[where]+", ", b), c.evidence(&a, where, b))
	}
}
