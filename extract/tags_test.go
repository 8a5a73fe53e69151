package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTags(t *testing.T) {
	tests := []struct {
		name          string
		lang          string
		before, after []string
		want          map[string]string
	}{
		{"inline tag list (en)", "en", nil, []string{"Tags: budget, schools, council"}, map[string]string{"Tags: budget, schools, council": "tags"}},
		{"bare label and its items (fr)", "fr", nil, []string{"Mots-clés", "Budget", "Écoles", "Conseil municipal"},
			map[string]string{"Mots-clés": "tags", "Budget": "tags", "Conseil municipal": "tags"}},
		{"de Schlagwörter", "de", nil, []string{"Schlagwörter: Haushalt, Schulen"}, map[string]string{"Schlagwörter: Haushalt, Schulen": "tags"}},
		{"breadcrumb (en)", "en", []string{"Home > World > Europe"}, nil, map[string]string{"Home > World > Europe": "tags"}},
		{"breadcrumb (es)", "es", []string{"Inicio / Política / España"}, nil, map[string]string{"Inicio / Política / España": "tags"}},
		{"WordPress post meta (en)", "en", nil, []string{"This entry was posted in News and tagged climate, cities. Bookmark the permalink."},
			map[string]string{"This entry was posted in News and tagged climate, cities. Bookmark the permalink.": "tags"}},
		{"WordPress post meta (fr)", "fr", nil, []string{"Ce billet a été publié dans Politique, et marqué avec budget."},
			map[string]string{"Ce billet a été publié dans Politique, et marqué avec budget.": "tags"}},
		{"WordPress post meta (es)", "es", nil, []string{"Esta entrada fue publicada en Noticias y etiquetada clima."},
			map[string]string{"Esta entrada fue publicada en Noticias y etiquetada clima.": "tags"}},
		{"a sentence about an entry is kept", "en", nil, []string{"The entry was posted in a hurry, he said."},
			map[string]string{"The entry was posted in a hurry, he said.": ""}},
		{"a sentence with slashes is kept", "en", nil, []string{"He said and/or she said / they said / we said it all."},
			map[string]string{"He said and/or she said / they said / we said it all.": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runExtractors(t, testDump("T", tt.lang, tt.before, tt.after), Tags)
			assertKinds(t, doc, tt.want)
			assert.Empty(t, kindOf(t, doc, testBodies[tt.lang][0]))
		})
	}
}

// TestHasCrumbByte checks the word-at-a-time test against a byte loop on
// random texts of crumb bytes, their neighbours and other bytes, at every
// length around the 8-byte words.
func TestHasCrumbByte(t *testing.T) {
	bytesOf := []byte{'>', '/', '|', 0xBB, 0xBA, 0x92, '=', '?', '.', 0xBC, 0x91, 0x93, 'a', ' ', 0x00, 0xFF, 0x80, 0x7F}
	r := rand.New(rand.NewPCG(7, 8))
	want := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if crumbBytes[s[i]] {
				return true
			}
		}
		return false
	}
	hits := 0
	for range 50000 {
		n := r.IntN(30)
		b := make([]byte, n)
		for i := range b {
			if r.IntN(8) == 0 {
				b[i] = bytesOf[r.IntN(len(bytesOf))]
			} else {
				b[i] = byte('a' + r.IntN(26))
			}
		}
		s := string(b)
		require.Equal(t, want(s), hasCrumbByte(s), "%q", s)
		if want(s) {
			hits++
		}
	}
	assert.Greater(t, hits, 1000)
	assert.True(t, hasCrumbByte("Home › News › World"))
	assert.False(t, hasCrumbByte("Home - News - World"))
}

// TestMarkupGatesOnText checks the inlined tests that Tags and Related
// make before their markup tests: a block without DOM evidence has no
// token of a family and is no link teaser, whatever its text.
func TestMarkupGatesOnText(t *testing.T) {
	doc, err := NewTextDocument("Title\nTags: a, b\nHome > News > World\nRead more: a link\nShare on Facebook")
	require.NoError(t, err)
	for _, b := range doc.Blocks {
		require.Nil(t, b.DOM)
		_, ok := doc.familyToken(b, famTags)
		assert.False(t, ok, "%q", b.Text)
		assert.False(t, isLinkTeaser(b), "%q", b.Text)
	}
	b := &Block{Text: "Home > News", DOM: &DOMEvidence{Tokens: []string{"breadcrumb"}, LinkDensity: 1}}
	_, ok := doc.familyToken(b, famTags)
	assert.True(t, ok, "the same test finds a token with DOM evidence")
	assert.True(t, isLinkTeaser(b), "and a teaser")
}

// TestCountCrumbSeparatorsAgreesWithCount checks countCrumbSeparators
// against strings.Count on random texts made of separators, their parts
// and words, overlapping runs (" > > ") included.
func TestCountCrumbSeparatorsAgreesWithCount(t *testing.T) {
	pieces := []string{" ", ">", "/", "|", "»", "›", "→", "a", "Home", " > ", " » ", " / ", "\xe2\x80", "\xbb", "\xba", "\x92", "é"}
	rng := rand.New(rand.NewPCG(12, 13))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := sb.String()
		got := countCrumbSeparators(text)
		for k, sep := range crumbSeparators {
			require.Equal(t, strings.Count(text, sep), got[k], "%q in %q", sep, text)
		}
	}
	assert.Equal(t, [len(crumbSeparators)]int{2, 0, 0, 1, 0, 0}, countCrumbSeparators("a > b > > c / d"))
}

// TestHoldsCrumbByte checks holdsCrumbByte against hasCrumbByte on random
// texts of ASCII, separators and other runes, measured as a Document
// measures its blocks, so that a text all in ASCII takes the byte
// searches.
func TestHoldsCrumbByte(t *testing.T) {
	pieces := []string{">", "/", "|", "»", "›", "→", "a", "b", " ", "é", "’", "=", "-", "«", "‹"}
	r := rand.New(rand.NewPCG(23, 24))
	ascii, hits := 0, 0
	for range 20000 {
		var s strings.Builder
		for range r.IntN(24) {
			if r.IntN(3) == 0 {
				s.WriteString(pieces[r.IntN(len(pieces))])
			} else {
				s.WriteByte(byte('a' + r.IntN(26)))
			}
		}
		b := &Block{Text: s.String(), Features: clean.Measure(s.String(), "")}
		if !mayHoldNonASCII(b) {
			ascii++
		}
		want := hasCrumbByte(b.Text)
		if want {
			hits++
		}
		require.Equal(t, want, holdsCrumbByte(b), "%q", b.Text)
	}
	assert.Greater(t, ascii, 1000)
	assert.Greater(t, hits, 1000)
}

// TestCrumbEvidence checks the breadcrumb evidence table against the
// evidence as Removef would format it.
func TestCrumbEvidence(t *testing.T) {
	for k, sep := range crumbSeparators {
		assert.Equal(t, fmt.Sprintf("breadcrumb, items separated by %q", strings.TrimSpace(sep)), crumbEvidence[k])
	}
}
