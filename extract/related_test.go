package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRelated(t *testing.T) {
	runPhraseCases(t, Related, []phraseCase{
		{"en heading and its links", "en", nil, []string{"Related articles", "Council delays vote on parks", "Mayor names new police chief", "The weather was mild on Sunday, and most people stayed outdoors until late in the evening."},
			map[string]string{"Related articles": "related", "Council delays vote on parks": "related", "Mayor names new police chief": "related",
				"The weather was mild on Sunday, and most people stayed outdoors until late in the evening.": ""}},
		{"fr lire aussi", "fr", nil, []string{"À lire aussi : le maire démissionne"}, map[string]string{"À lire aussi : le maire démissionne": "related"}},
		{"de lesen sie auch", "de", nil, []string{"Lesen Sie auch"}, map[string]string{"Lesen Sie auch": "related"}},
		{"sv läs också", "sv", nil, []string{"Läs också: Budgeten klar"}, map[string]string{"Läs också: Budgeten klar": "related"}},
		{"en next up heading", "en", nil, []string{"Next Up In Science & Health", "A clever new solar solution to one of the trickiest climate problems"},
			map[string]string{"Next Up In Science & Health": "related", "A clever new solar solution to one of the trickiest climate problems": "related"}},
		{"sv toppnyheter", "sv", nil, []string{"Toppnyheter just nu", "Borås Tidning nominerad till Årets redaktion"},
			map[string]string{"Toppnyheter just nu": "related", "Borås Tidning nominerad till Årets redaktion": "related"}},
		{"a sentence that reads more is kept", "en", nil, []string{"Most people read more books in winter than in summer, the survey found."},
			map[string]string{"Most people read more books in winter than in summer, the survey found.": ""}},
	})
}

func TestRelatedLinkTeasers(t *testing.T) {
	runDOMCases(t, Related, "related", []domCase{
		{name: "a headline link on its own in the body", lang: "en",
			inside:  `<p><a href="/other">Council delays vote on the new parks budget</a></p>`,
			removed: []string{"Council delays vote on the new parks budget"}},
		{name: "read-also line mostly linked", lang: "es",
			inside:  `<p>Lea: <a href="/otra">Consejo Permanente de la OEA aborda la confiscación de sus oficinas</a></p>`,
			removed: []string{"Lea: Consejo Permanente de la OEA aborda la confiscación de sus oficinas"}},
		{name: "a run of link items after a prose line", lang: "en",
			inside:  `<ul><li><a href="/a">Four out of five jobs affected by virus globally</a></li><li><a href="/b">Markets fall as lockdown widens</a></li></ul>`,
			removed: []string{"Four out of five jobs affected by virus globally", "Markets fall as lockdown widens"}},
		{name: "prose with a link is kept", lang: "en",
			inside: `<p>The council, <a href="/c">which met on Monday</a>, said the budget would be published in the spring after a long consultation.</p>`,
			kept:   []string{"The council, which met on Monday, said the budget would be published in the spring after a long consultation."}},
		{name: "a web address is a reference", lang: "en",
			inside: `<p><a href="http://example.org/report.pdf">http://example.org/report.pdf</a></p>`,
			kept:   []string{"http://example.org/report.pdf"}},
		{name: "a mail address is a reference", lang: "fr",
			inside: `<p><a href="mailto:contact@example.org">contact@example.org</a></p>`,
			kept:   []string{"contact@example.org"}},
		{name: "an unlinked list after a related heading is content", lang: "en",
			inside:  `<h3>Related articles</h3><ul><li><a href="/a">Plant terrarium ideas</a></li></ul><p>What You'll Need:</p><ul><li>Glass cloche</li><li>Floral foam oasis</li></ul>`,
			removed: []string{"Related articles", "Plant terrarium ideas"},
			kept:    []string{"What You'll Need:", "Glass cloche", "Floral foam oasis"}},
		{name: "a linked table cell is data", lang: "en",
			inside: `<table><tr><td><p><a href="/x">Mandarins, about six</a></p></td><td><p>Sugar and lemon juice</p></td></tr></table>`,
			kept:   []string{"Mandarins, about six"}},
	})
}

// TestRelatedListPage checks that the link items that make up a list
// page's main content stay, while those inserted in an article's prose go.
func TestRelatedListPage(t *testing.T) {
	var products, stories strings.Builder
	for _, name := range []string{"Cast iron skillet, twelve inches", "Cast iron lid, nine inches", "Rectangular grill press", "Silicone hot handle holder", "Grill pan scrapers", "Enamelled dutch oven, red"} {
		products.WriteString(`<div class="card"><p><a href="/p">` + name + `</a></p><p>$39.99 USD</p></div>`)
	}
	for _, title := range []string{"Council delays vote on the new parks budget", "Mayor names a new police chief after long search", "Schools reopen after the storm damage is repaired"} {
		stories.WriteString(proseP("en") + `<p><a href="/s">` + title + `</a></p>`)
	}
	tests := []struct {
		name, page  string
		text        string
		wantRemoved bool
	}{
		{"a product grid keeps its product links",
			`<html lang="en"><body><nav><a href="/">Home</a></nav><main><h1>Cast iron</h1>` + products.String() + `</main></body></html>`,
			"Rectangular grill press", false},
		{"an article loses the links inserted between its paragraphs",
			`<html lang="en"><body><main><article><h1>Budget</h1>` + stories.String() + proseP("en") + `</article></main></body></html>`,
			"Mayor names a new police chief after long search", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := htmlDoc(t, tc.page, "https://example.com/a")
			var target *Block
			for _, b := range doc.Blocks {
				if b.Text == tc.text {
					target = b
				}
			}
			require.NotNil(t, target)
			require.True(t, doc.InCore(target), "the link must lie in the main content")
			doc.current = "related"
			require.NoError(t, Related.Extract(doc))
			assert.Equal(t, tc.wantRemoved, target.Removed())
		})
	}
}
