package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDumpTitle(t *testing.T) {
	tests := []struct {
		name, lang, dump, title, site string
	}{
		{name: "sv blog name then the post's headline", lang: "sv",
			dump:  "Staffans blogg: Nästa ödesmatch\nStaffans blogg\nEn blogg om politik\n2012-05-07\nNästa ödesmatch\n",
			title: "Nästa ödesmatch", site: "Staffans blogg"},
		{name: "fr", lang: "fr",
			dump:  "Carnets du lundi : La réforme expliquée\nAccueil\nCarnets du lundi\nLa réforme expliquée\n",
			title: "La réforme expliquée", site: "Carnets du lundi"},
		{name: "de", lang: "de",
			dump:  "Gartenblog Sonnenhof: Tomaten richtig anbauen\nGartenblog Sonnenhof\nTomaten richtig anbauen\n",
			title: "Tomaten richtig anbauen", site: "Gartenblog Sonnenhof"},
		{name: "a kicker that no line shows alone stays", lang: "en",
			dump:  "Climate: the talks resume in Bonn\nMenu\nClimate: the talks resume in Bonn\n",
			title: "Climate: the talks resume in Bonn"},
		{name: "the headline before the name is no blog's", lang: "es",
			dump:  "Presupuesto: el Senado lo aprueba\nel Senado lo aprueba\nPresupuesto\n",
			title: "Presupuesto: el Senado lo aprueba"},
		{name: "a title with a site separator is split as before", lang: "it",
			dump:  "Il bilancio è approvato | Il Corriere\nIl Corriere\nIl bilancio è approvato\n",
			title: "Il bilancio è approvato", site: "Il Corriere"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := tt.dump + strings.Repeat(proseP(tt.lang)+"\n", 3)
			doc, err := NewTextDocument(dump)
			require.NoError(t, err)
			assert.Equal(t, tt.title, doc.Title)
			assert.Equal(t, tt.site, doc.Meta.SiteName)
		})
	}
}

// TestTitleKeyIs checks titleKeyIs against comparing titleKey's result,
// on random strings of letters, digits, punctuation and non-ASCII runes,
// with keys that are often their own or a prefix of it.
func TestTitleKeyIs(t *testing.T) {
	pieces := []string{"a", "B", "7", " ", "-", ":", "é", "Ö", "ß", "K", "İ", "中", "\xff", "’"}
	rng := rand.New(rand.NewPCG(3, 4))
	random := func() string {
		var sb strings.Builder
		for range rng.IntN(10) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return sb.String()
	}
	key := func(s string) string {
		k := titleKey(s)
		if rng.IntN(3) == 0 && k != "" {
			k = k[:rng.IntN(len(k))]
		}
		return k
	}
	same := 0
	for range 20000 {
		s := random()
		a, b := key(s), titleKey(random())
		if rng.IntN(2) == 0 {
			a, b = b, a
		}
		isA, isB := titleKeyIs(s, a, b)
		require.Equal(t, titleKey(s) == a, isA, "%q %q", s, a)
		require.Equal(t, titleKey(s) == b, isB, "%q %q", s, b)
		if isA || isB {
			same++
		}
	}
	assert.Positive(t, same)
}
