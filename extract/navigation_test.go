package extract

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNavigation(t *testing.T) {
	tests := []struct {
		name          string
		lang          string
		before, after []string
		want          map[string]string
	}{
		{"menu run before the article (en)", "en", []string{"Home", "World", "U.S.", "Politics"}, nil,
			map[string]string{"Home": "navigation", "World": "navigation", "Politics": "navigation"}},
		{"skip link (fr)", "fr", []string{"Aller au contenu principal"}, nil, map[string]string{"Aller au contenu principal": "navigation"}},
		{"skip link (sv)", "sv", []string{"Hoppa till innehåll"}, nil, map[string]string{"Hoppa till innehåll": "navigation"}},
		{"menu run after the article (de)", "de", nil, []string{"Impressum", "Kontakt", "Datenschutz"},
			map[string]string{"Impressum": "navigation", "Kontakt": "navigation"}},
		{"two short lines are no menu (es)", "es", []string{"Política", "Economía"}, nil,
			map[string]string{"Política": "", "Economía": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runExtractors(t, testDump("T", tt.lang, tt.before, tt.after), Navigation)
			assertKinds(t, doc, tt.want)
		})
	}
	t.Run("a short list inside the core is content", func(t *testing.T) {
		b := testBodies["en"]
		dump := "T\n" + b[0] + "\nApples\nPears\nPlums\nCherries\n" + b[1] + "\n" + b[2]
		doc := runExtractors(t, dump, Navigation)
		for _, item := range []string{"Apples", "Pears", "Plums", "Cherries"} {
			assert.Empty(t, kindOf(t, doc, item))
		}
	})
	t.Run("evidence names the run", func(t *testing.T) {
		doc := runExtractors(t, testDump("T", "en", []string{"World", "Sport", "Culture"}, nil), Navigation)
		require.NotNil(t, doc.Blocks[1].Removal())
		assert.Equal(t, "menu run of 3 short lines before the article", doc.Blocks[1].Removal().Evidence)
	})
}

// TestMenuRunEvidenceAgreesWithJoin checks the table of menu-run evidence
// against the string built anew, within the table and beyond it, and for
// a place removeRuns does not give.
func TestMenuRunEvidenceAgreesWithJoin(t *testing.T) {
	var a evidenceArena
	for _, where := range []string{"before the article", "after the article", "elsewhere"} {
		for n := range 2 * menuRunTable {
			want := "menu run of " + strconv.Itoa(n) + " short lines " + where
			require.Equal(t, want, menuRunEvidence(menuRuns(), &a, n, where))
		}
	}
}
