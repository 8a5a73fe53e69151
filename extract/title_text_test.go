package extract

import (
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
