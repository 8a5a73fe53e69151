package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestLabelledAuthors(t *testing.T) {
	tests := []struct {
		name, label, data string
		want              []string
	}{
		{"en", "Written by", "Jane Doe", []string{"Jane Doe"}},
		{"de", "Verfasst von", "Karoline Herr", []string{"Karoline Herr"}},
		{"fr", "Écrit par", "Marie Dupont", []string{"Marie Dupont"}},
		{"es", "Escrito por", "Juliet Jimenez", []string{"Juliet Jimenez"}},
		{"it", "Scritto da", "Marco Rossi", []string{"Marco Rossi"}},
		{"nl", "Geschreven door", "Jan de Vries", []string{"Jan de Vries"}},
		{"sv", "Skriven av", "Anna Svensson", []string{"Anna Svensson"}},
		{"two names", "Written by", "Chen Zhao, Daryl Fairweather", []string{"Chen Zhao", " Daryl Fairweather"}},
		{"reading time is no byline", "Est. reading time", "7 minutes", nil},
		{"price is no byline", "Price", "$22", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><meta name="twitter:label1" content="` + tt.label +
				`"><meta name="twitter:data1" content="` + tt.data + `"></head><body></body></html>`
			root, err := html.Parse(strings.NewReader(page))
			require.NoError(t, err)
			m := readMeta(root, "https://example.com/a")
			assert.Equal(t, tt.want, m.labelledAuthors())
		})
	}
}

func TestLabelledAuthorsAreTheLastSource(t *testing.T) {
	card := `<meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="Max Muster">`
	tests := []struct {
		name, head string
		lines      []string
		want       []string
	}{
		{"card alone", card, nil, []string{"Max Muster"}},
		{"meta author first", `<meta name="author" content="Anna Schmidt">` + card, nil, []string{"Anna Schmidt"}},
		{"visible byline first", card, []string{"<p>Von Clara Weber</p>"}, []string{"Clara Weber"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage("de", tc.head, "Haushalt nach langer Nacht beschlossen", tc.lines...)), "")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

func TestForumPosterIsTheLastSource(t *testing.T) {
	poster := `<p><a class="username" href="/memberlist.php?u=5">galitsyn</a></p>`
	second := `<p><a class="username-coloured" href="/memberlist.php?u=7">jahboater</a></p>`
	tests := []struct {
		name, head string
		lines      []string
		want       []string
	}{
		{"the thread's opener", "", []string{poster, second}, []string{"galitsyn"}},
		{"vBulletin", "", []string{`<div><a class="bigusername" href="/member.php?u=1">microfast</a></div>`}, []string{"microfast"}},
		{"meta author first", `<meta name="author" content="Anna Schmidt">`, []string{poster}, []string{"Anna Schmidt"}},
		{"card label first", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe">`, []string{poster}, []string{"Jane Doe"}},
		{"other classes are no posters", "", []string{`<p><a class="user" href="/u/1">someone</a></p>`}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage("en", tc.head, "Which forum software is still maintained", tc.lines...)), "")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}
