package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriterLabelLine(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Text: Anna Maier", []string{"Anna Maier"}},
		{"Redaktion: Eberhard Fuhr (Pressesprecher des EJW)", []string{"Eberhard Fuhr"}},
		{"Words: Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Auteur : Kossivi Tiassou", []string{"Kossivi Tiassou"}},
		{"Texto: Ana López", []string{"Ana López"}},
		{"Testo: Marco Rossi", []string{"Marco Rossi"}},
		{"Redação: João Silva", []string{"João Silva"}},
		{"Tekst: Jan de Vries", []string{"Jan de Vries"}},
		{"Författare: Anna Berg", []string{"Anna Berg"}},
		{"Text: Anna Maier Fotos: Jan Roe", []string{"Anna Maier"}},
		{"Artikel von:", nil},
		{"Kategorie: Politik", nil},
		{"Text: Die Stadt hat gestern den neuen Haushalt beschlossen.", nil},
		{"Anna Maier", nil},
		{"Blog Beitrag von Margarita Koreneva", []string{"Margarita Koreneva"}},
		{"Un billet de Jean Dupont", []string{"Jean Dupont"}},
		{"A guest post by Jane Doe", []string{"Jane Doe"}},
		{"Un articolo di Marco Rossi", []string{"Marco Rossi"}},
		{"Um artigo de João Silva", []string{"João Silva"}},
		{"Una columna de Ana López", []string{"Ana López"}},
		{"Een artikel van Jan de Vries", []string{"Jan de Vries"}},
		{"En krönika av Anna Berg", []string{"Anna Berg"}},
		{"Ein Beitrag von gestern", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, writerLabelLine(tc.in))
		})
	}
}

func TestSourceLine(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Quelle: kathpress", []string{"kathpress"}},
		{"Source : Agence France-Presse", []string{"Agence France-Presse"}},
		{"Fuente: EFE", []string{"EFE"}},
		{"Fonte: ANSA", []string{"ANSA"}},
		{"Bron: ANP", []string{"ANP"}},
		{"Källa: TT", []string{"TT"}},
		{"Quelle: https://example.org/studie", nil},
		{"Quelle: Statistisches Bundesamt, eigene Berechnungen 2021", nil},
		{"Quellen", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, sourceLine(tc.in))
		})
	}
}

func TestCopyrightLine(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"© 2019 Sven Schreivogel", []string{"Sven Schreivogel"}},
		{"(c) Johannes Wolf • Weitere Rechte siehe Impressum", []string{"Johannes Wolf"}},
		{"Copyright 2006-2008 by Jane Doe. All rights reserved.", []string{"Jane Doe"}},
		{"Copyright © Marie Martin, 2020", []string{"Marie Martin"}},
		{"© 2020 Jane E. Doe", []string{"Jane E. Doe"}},
		{"© 2021 Acme Media GmbH", nil},
		{"© Reuters", nil},
		{"Sven Schreivogel", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, copyrightLine(tc.in))
		})
	}
}

// The writer labels, the source line and the copyright line name the
// page's writer when nothing else does.
func TestLabelledAuthorsOnPage(t *testing.T) {
	tests := []struct {
		name, lang, before, after string
		want                      []string
	}{
		{"dated writer label (de)", "de", "<p>05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher)</p>", "", []string{"Eberhard Fuhr"}},
		{"label on its own line (fr)", "fr", "<ul><li>Texte :</li><li>Jean Dupont</li></ul>", "", []string{"Jean Dupont"}},
		{"source line at the end (it)", "it", "", "<p>Fonte: ANSA</p>", []string{"ANSA"}},
		{"copyright line at the end (es)", "es", "", "<p>© 2019 Ana López</p>", []string{"Ana López"}},
		{"byline over source line (en)", "en", "<p>By Jane Doe</p>", "<p>Source: Reuters</p>", []string{"Jane Doe"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.lang, "", "Budget adopted after a long night", tc.before)
			page = strings.Replace(page, "</article>", tc.after+"</article>", 1)
			a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

// A site's address as the markup's only author is the site's own byline,
// kept when the page names no one else.
func TestHostBylineLastResort(t *testing.T) {
	tests := []struct {
		name, lines string
		want        []string
	}{
		{"only the host", "", []string{"Courier.example"}},
		{"a byline line wins", "<p>By Jane Doe</p>", []string{"Jane Doe"}},
		{"a source line wins", "", []string{"AFP"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage("en", `<meta name="author" content="Courier.example">`, "Budget adopted after a long night", tc.lines)
			if tc.name == "a source line wins" {
				page = strings.Replace(page, "</article>", "<p>Source: AFP</p></article>", 1)
			}
			a, err := FromHTML(strings.NewReader(page), "https://courier.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

// A poster's account name in the byline window gives way to the
// writer's byline after it.
func TestPosterGivesWayToByline(t *testing.T) {
	tests := []struct {
		lang, poster, byline string
		want                 []string
	}{
		{"de", "<p>Gespeichert von human am 7. Juli 2019 - 18:44</p>", "<p>Blog Beitrag von Margarita Koreneva</p>", []string{"Margarita Koreneva"}},
		{"en", "<p>Posted by jdoe on July 7, 2019</p>", "<p>Written by Jane Doe</p>", []string{"Jane Doe"}},
		{"en", "<p>Posted by jdoe on July 7, 2019</p>", "", []string{"jdoe"}},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.byline, func(t *testing.T) {
			page := newsPage(tc.lang, "", "Budget adopted after a long night", tc.poster, tc.byline)
			a, err := FromHTML(strings.NewReader(page), "https://blog.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

func TestCreditValue(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Peter Amende und Fuchsy designed", true},
		{"Theme by Acme, powered by wordpress", true},
		{"Jane Doe and John Roe", false},
		{"Bundesministerium für Wirtschaft und Klimaschutz", false},
		{"Redacción y agencias", false},
		{"Staff and news service reports", false},
		{"Deutscher Caritasverband e. V.", false},
		{"Frank Bueltge - http://bueltge.de", false},
		{"Ludwig van Beethoven", false},
		{"Jean de la Fontaine", false},
		{"jdoe", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, creditValue(splitAuthors(tc.in)))
		})
	}
}

// A theme's credit in the author meta tag gives way to the page's
// author element.
func TestCreditMetaGivesWay(t *testing.T) {
	head := `<meta name="author" content="Peter Amende und Fuchsy designed">`
	page := newsPage("de", head, "Budget adopted after a long night", `<p><a href="/author/hb/" rel="author">Harald Bauer</a> Autor</p>`)
	a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
	require.NoError(t, err)
	assert.Equal(t, []string{"Harald Bauer"}, a.Authors)
}
