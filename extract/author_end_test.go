package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDatedByline(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"de", "05.02.2020 - Autor: Anna Maier (Pressesprecherin)", []string{"Anna Maier"}},
		{"fr", "3 mars 2020 | Par Jean Dupont", []string{"Jean Dupont"}},
		{"en", "March 3, 2020 — Written by Jane Doe", []string{"Jane Doe"}},
		{"es", "3 de marzo de 2020 - Escrito por Juan García", []string{"Juan García"}},
		{"nl", "3 maart 2020 | Door Jan Jansen", []string{"Jan Jansen"}},
		{"space", "05.02.2020 von Anna Maier", []string{"Anna Maier"}},
		{"sentence", "05.02.2020 war ein Tag von Anna Maier", nil},
		{"no date", "Autor: Anna Maier", nil},
		{"date later", "Autor: Anna Maier, 05.02.2020", nil},
		{"no byline word", "05.02.2020 - Anna Maier", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, datedByline(tc.text))
		})
	}
}

// The dated credits line under the article names its writer when nothing
// else on the page does, and the body keeps its paragraphs.
func TestEndAuthors(t *testing.T) {
	tests := []struct {
		lang, line string
		want       []string
	}{
		{"de", "05.02.2020 - Autor: Anna Maier (Pressesprecherin)", []string{"Anna Maier"}},
		{"fr", "03/03/2020 | Auteur : Jean Dupont", []string{"Jean Dupont"}},
		{"en", "March 3, 2020 - By Jane Doe", []string{"Jane Doe"}},
		{"it", "03/03/2020 - Autore: Marco Rossi", []string{"Marco Rossi"}},
		{"es", "Escrito por Juan García", []string{"Juan García"}},
		{"nl", "Door Jan Jansen", []string{"Jan Jansen"}},
		{"sv", "Av Anna Berg", []string{"Anna Berg"}},
		{"pt", "Texto por João Silva", []string{"João Silva"}},
	}
	for _, tc := range tests {
		for _, tail := range []string{"", "<p>Share</p><p>Facebook</p><p>Related stories</p>"} {
			t.Run(tc.lang+map[bool]string{true: "/tail", false: ""}[tail != ""], func(t *testing.T) {
				page := newsPage(tc.lang, "", "The council passes the budget", "")
				page = strings.Replace(page, "</article>", "<p>"+tc.line+"</p>"+tail+"</article>", 1)
				a, err := New().FromHTMLContext(context.Background(), strings.NewReader(page), "https://example.com/a")
				require.NoError(t, err)
				assert.Equal(t, tc.want, a.Authors)
				assert.NotContains(t, a.Text(), tc.line)
			})
		}
	}
}

// A page that names its writer in the byline keeps that name.
func TestEndAuthorsLast(t *testing.T) {
	page := newsPage("en", "", "The council passes the budget", "<p>By John Roe</p>")
	page = strings.Replace(page, "</article>", "<p>March 3, 2020 - By Jane Doe</p></article>", 1)
	a, err := New().FromHTMLContext(context.Background(), strings.NewReader(page), "https://example.com/a")
	require.NoError(t, err)
	assert.Equal(t, []string{"John Roe"}, a.Authors)
}
