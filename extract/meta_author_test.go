package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestDropPublisherTail(t *testing.T) {
	tests := []struct {
		name    string
		authors []string
		site    []string
		want    []string
	}{
		{"site name after the writer", []string{"Brian Truitt USA TODAY"}, []string{"USA TODAY"}, []string{"Brian Truitt"}},
		{"host label after the writer", []string{"Anna Schmidt Stern"}, []string{"www.stern.de"}, []string{"Anna Schmidt"}},
		{"french", []string{"Marie Dupont Le Monde"}, []string{"Le Monde"}, []string{"Marie Dupont"}},
		{"spanish, with the publisher alone beside", []string{"Luis Pérez El País", "El País"}, []string{"El País"}, []string{"Luis Pérez"}},
		{"one word would be left", []string{"Cooper Bembel"}, []string{"Bembel"}, []string{"Cooper Bembel"}},
		{"a station's name keeps its number", []string{"Jessica Holly", "7 News WSVN"}, []string{"WSVN"}, []string{"Jessica Holly", "7 News WSVN"}},
		{"no site at the end", []string{"Jane Doe"}, []string{"Daily News"}, []string{"Jane Doe"}},
		{"publisher alone is kept", []string{"Daily News"}, []string{"Daily News"}, []string{"Daily News"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, dropPublisher(tt.authors, tt.site...))
		})
	}
}

func TestAuthorPageLinks(t *testing.T) {
	tests := []struct {
		name, lang, byline string
		want               []string
	}{
		{"author page (en)", "en", `<p class="meta"><a class="author vcard" href="/author/ronja-beck/">Ronja Beck</a></p>`, []string{"Ronja Beck"}},
		{"autor page (de)", "de", `<p><a href="https://example.de/autor/anna-schmidt">Anna Schmidt</a> und <a href="/autor/peter-weber">Peter Weber</a></p>`, []string{"Anna Schmidt", "Peter Weber"}},
		{"auteur page (fr)", "fr", `<p>Par <a href="/auteurs/marie-dupont">Marie Dupont</a></p>`, []string{"Marie Dupont"}},
		{"autore page (it)", "it", `<div><a href="/autore/maria-rossi/">Maria Rossi</a></div>`, []string{"Maria Rossi"}},
		{"writers page (en)", "en", `<p>By <a href="/writers/emily-burack/">Emily Burack</a></p>`, []string{"Emily Burack"}},
		{"columnista page (es)", "es", `<p>Por <a href="/columnistas/ana-lopez">Ana López</a></p>`, []string{"Ana López"}},
		{"chroniqueur page (fr)", "fr", `<p><a href="/chroniqueurs/jean-dupont">Jean Dupont</a></p>`, []string{"Jean Dupont"}},
		{"redakteurin page (de)", "de", `<p><a href="/redakteurin/anna-maier">Anna Maier</a></p>`, []string{"Anna Maier"}},
		{"giornalista page (it)", "it", `<p><a href="/giornalisti/marco-rossi">Marco Rossi</a></p>`, []string{"Marco Rossi"}},
		{"colunista page (pt)", "pt", `<p><a href="/colunistas/joao-silva">João Silva</a></p>`, []string{"João Silva"}},
		{"columnist page (nl)", "nl", `<p><a href="/columnisten/jan-de-vries">Jan de Vries</a></p>`, []string{"Jan de Vries"}},
		{"journalist page (sv)", "sv", `<p><a href="/journalister/anna-berg">Anna Berg</a></p>`, []string{"Anna Berg"}},
		{"the writers index is no writer (en)", "en", `<p><a href="/writers/">Jane Doe</a></p>`, nil},
		{"the author index is no writer (es)", "es", `<p><a href="/autor/">Luis Pérez</a></p>`, nil},
		{"a count of articles is no name (en)", "en", `<p><a href="/author/ih/">9 articles</a></p>`, nil},
		{"a link to the author page is no name (de)", "de", `<p><a href="/autor/bp/">Birgit Posselt</a> <a href="/autor/bp/">Autorenseite</a></p>`, []string{"Birgit Posselt"}},
		{"a list of the site's writers (fr)", "fr", `<ul><li><a href="/auteur/a">Pierre Puchot</a></li><li><a href="/auteur/b">Léo Guy</a></li>` +
			`<li><a href="/auteur/c">Mark Alizart</a></li><li><a href="/auteur/d">Mathias Girel</a></li><li><a href="/auteur/e">Serge Kaganski</a></li></ul>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(newsPage(tt.lang, "", "Budget adopted after a long night", tt.byline)))
			require.NoError(t, err)
			assert.Equal(t, tt.want, readMeta(root, "https://news.example/x").authorList())
		})
	}
}

func TestAuthorPageLinkBeforeHeadline(t *testing.T) {
	page := `<html><body><aside><a href="/author/matt-bai/">Matt Bai</a></aside><h1>Budget adopted</h1>` +
		`<p>The committee met on Tuesday to discuss the budget.</p></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	assert.Empty(t, readMeta(root, "https://news.example/x").authorList(), "a teaser's writer before the headline")
}

// TestCountFieldsAgrees checks countFields, which cleanAuthor counts a
// name's words with, against len(strings.Fields) on random texts of
// ASCII and other spaces, words and invalid bytes.
func TestCountFieldsAgrees(t *testing.T) {
	parts := []string{" ", "  ", "\t", "\n", "\u00a0", "\u2003", "Jane", "Doe", "é", "\xff", ",", "de"}
	r := rand.New(rand.NewPCG(41, 42))
	many := 0
	for range 50000 {
		s := randtext.Concat(r, parts, r.IntN(30))
		want := len(strings.Fields(s))
		require.Equal(t, want, countFields(s), "%q", s)
		if want > 6 {
			many++
		}
	}
	assert.Greater(t, many, 1000, "texts of more than six fields")
}
