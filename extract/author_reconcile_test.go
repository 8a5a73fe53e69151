package extract

import (
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWeakMarkupAuthors(t *testing.T) {
	tests := []struct {
		name, lang, head string
		lines            []string
		want             []string
	}{
		{"account name gives way to the byline (en)", "en", `<meta name="author" content="KatieS">`,
			[]string{"<p>by Aoife Ryan</p>"}, []string{"Aoife Ryan"}},
		{"account with digits gives way (fr)", "fr", `<meta name="author" content="link78">`,
			[]string{"<p>Par Claire Petit</p>"}, []string{"Claire Petit"}},
		{"dotted account gives way (de)", "de", `<meta name="author" content="anna.schmidt">`,
			[]string{"<p>Von Anna Schmidt</p>"}, []string{"Anna Schmidt"}},
		{"organisation gives way to a person (de)", "de", `<meta name="author" content="Bund der Verbraucher e.V.">`,
			[]string{"<h2>Von Leonora Holling</h2>"}, []string{"Leonora Holling"}},
		{"organisation gives way to a person (es)", "es", `<meta name="author" content="Ediciones García S.L.">`,
			[]string{"<p>Por Luis Pérez</p>"}, []string{"Luis Pérez"}},
		{"first name completed by the byline (it)", "it", `<meta name="author" content="Maria">`,
			[]string{"<p>di Maria Rossi</p>"}, []string{"Maria Rossi"}},
		{"first name kept before another person (pt)", "pt", `<meta name="author" content="Ana">`,
			[]string{"<p>Por João Silva</p>"}, []string{"Ana"}},
		{"organisation kept without a person (nl)", "nl", `<meta name="author" content="Uitgeverij Bakker B.V.">`,
			nil, []string{"Uitgeverij Bakker B.V."}},
		{"account kept before a bare name in a heading (sv)", "sv", `<meta name="author" content="eriks">`,
			[]string{"<h2>Kära Vänner Europas</h2><p>12 maj 2014</p>"}, []string{"eriks"}},
		{"site label in the byline is no writer (en)", "en", `<meta property="og:site_name" content="Net Security"><meta name="author" content="Net Security">`,
			[]string{"<p>By Net Security Sponsored</p>"}, []string{"Net Security"}},
		{"team byline gives way to the writer at the end (en)", "en", `<meta name="author" content="Team Acme Data">`,
			[]string{"<p>By Team Acme Data</p>"}, []string{"Team Acme Data"}},
		{"person in the markup kept (en)", "en", `<meta name="author" content="Mary Major">`,
			[]string{"<p>By Jane Doe</p>"}, []string{"Mary Major"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage(tc.lang, tc.head, "Budget adopted after a long night", tc.lines...)), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

func TestJSONLDAuthorReference(t *testing.T) {
	graph := `<script type="application/ld+json">{"@graph":[
{"@type":"Article","headline":"x","author":{"@id":"https://news.example/#/person/1"}},
{"@type":"Organization","@id":"https://news.example/#org","name":"The Courier"},
{"@type":"Person","@id":"https://news.example/#/person/1","name":"Nirmita Panchal"}]}</script>`
	tests := []struct {
		name, head string
		want       []string
	}{
		{"reference resolved", graph, []string{"Nirmita Panchal"}},
		{"account name gives way to the person referred to", `<meta name="author" content="kffnirmitap">` + graph, []string{"Nirmita Panchal"}},
		{"a named person in the meta tags first", `<meta name="author" content="Mary Major">` + graph, []string{"Mary Major"}},
		{"organisation reference not an author", `<script type="application/ld+json">{"@graph":[
{"@type":"Article","author":{"@id":"#org"}},{"@type":"Organization","@id":"#org","name":"The Courier"}]}</script>`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage("en", tc.head, "Budget adopted after a long night")), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

func TestNameShapes(t *testing.T) {
	tests := []struct {
		in           string
		handle, name bool
	}{
		{"jdoe", true, false},
		{"jane.doe", true, false},
		{"j_doe", true, false},
		{"link78", true, false},
		{"KatieS", true, false},
		{"Todd", false, true},
		{"Jean-Luc", false, true},
		{"Jane Doe", false, false},
		{"", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.handle, isHandle(tc.in), "isHandle")
			assert.Equal(t, tc.name, isFirstName(tc.in), "isFirstName")
		})
	}
}

func TestSplitAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Jean Dupont et Marie Martin", []string{"Jean Dupont", "Marie Martin"}},
		{"Anna Schmidt und Max Weber; Eva Braun", []string{"Anna Schmidt", "Max Weber", " Eva Braun"}},
		{"Staff and news service reports", []string{"Staff and news service reports"}},
		{"Redacción y agencias", []string{"Redacción y agencias"}},
		{"Anna Berg och Lars Ek", []string{"Anna Berg", "Lars Ek"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, splitAuthors(tc.in))
		})
	}
}

func TestAuthorListSources(t *testing.T) {
	tests := []struct {
		name, head string
		want       []string
	}{
		{"scholarly authors first, surname first inverted", `<meta name="author" content="Jane Doe">
<meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Patel, Jyoti">`, []string{"Aniruddha Roy", "Jyoti Patel"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage("en", tc.head, "Budget adopted after a long night")), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

func TestTitleSuffixSiteGivesWay(t *testing.T) {
	page := strings.Replace(newsPage("de", `<meta name="author" content="Die Furche">`, "Achtsam durch die Krise",
		`<p><span itemprop="author">Ursula Baatz</span></p>`),
		"<title>Achtsam durch die Krise - Site</title>", "<title>Achtsam durch die Krise | Die Furche</title>", 1)
	a, err := FromHTML(strings.NewReader(page), "https://furche.example/x")
	require.NoError(t, err)
	assert.Equal(t, []string{"Ursula Baatz"}, a.Authors, "the title's site name is no author when a person is named")
}

func TestWeakMarkupEndByline(t *testing.T) {
	tests := []struct {
		lang, author, line string
		want               []string
	}{
		{"en", "Team Acme Data", "Written by Paula Gomes", []string{"Paula Gomes"}},
		{"de", "Redaktion Wirtschaft", "Text von Anna Maier", []string{"Anna Maier"}},
		{"fr", "jdupont", "Par Jean Dupont", []string{"Jean Dupont"}},
		{"en", "Mary Major", "Written by Paula Gomes", []string{"Mary Major"}},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.author, func(t *testing.T) {
			page := newsPage(tc.lang, `<meta name="author" content="`+tc.author+`">`, "Budget adopted after a long night")
			page = strings.Replace(page, "</article>", "<p>"+tc.line+"</p></article>", 1)
			a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

func TestProfileFieldIsNoDateLine(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"date (en)", "December 11, 2021", true},
		{"dateline label (en)", "Published: Dec 11, 2021", true},
		{"dateline label (fr)", "Publié : 11 décembre 2021", true},
		{"profile field (en)", "Founded: Dec 11, 2021", false},
		{"profile field (de)", "Registriert: 11. Dezember 2021", false},
		{"profile field (es)", "Registrado: 11 de diciembre de 2021", false},
		{"time of day (sv)", "11 december 2021 14:05", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := &Block{Text: tc.text}
			b.Features = clean.Measure(tc.text, "")
			assert.Equal(t, tc.want, isDateLine(b, nil))
		})
	}
}

func TestSiteAddressLineIsNoAuthors(t *testing.T) {
	head := `<meta property="og:site_name" content="Courier"><meta name="author" content="courier.example, Frankfurt, Germany">`
	a, err := FromHTML(strings.NewReader(newsPage("de", head, "Budget adopted after a long night")), "https://courier.example/x")
	require.NoError(t, err)
	assert.Empty(t, a.Authors, "the places of the site's address are no writers")
}

func TestThreadOpener(t *testing.T) {
	opener := `<div class="post"><span class="username">sean_g</span><p>First post</p></div>`
	reply := `<div class="post"><section itemprop="author"><span itemprop="name">Packard</span></section></div>`
	tests := []struct {
		name  string
		lines []string
		want  []string
	}{
		{"opener over a reply's author element", []string{opener, reply}, []string{"sean_g"}},
		{"same name kept", []string{`<div class="post"><span class="username">Packard</span></div>`, reply}, []string{"Packard"}},
		{"e-mail address not taken", []string{`<div class="post"><span class="username">jo@example.org</span></div>`, reply}, []string{"Packard"}},
		{"person in the markup kept", []string{opener, `<p itemprop="author">Jane Doe</p>`}, []string{"Jane Doe"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage("en", "", "Which headphones should I buy", tc.lines...)), "https://forum.example/t/1")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

// A markup author that is the publisher its markup names gives way to
// the person the visible byline names.
func TestPublisherMarkupGivesWay(t *testing.T) {
	tests := []struct {
		name, lang, head, byline string
		want                     []string
	}{
		{"meta publisher (fr)", "fr", `<meta name="publisher" content="Deutsche Welle"><meta name="author" content="Deutsche Welle">`,
			"<p>Auteur : Kossivi Tiassou</p>", []string{"Kossivi Tiassou"}},
		{"JSON-LD publisher (de)", "de", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Rheinische Post"},"publisher":{"@type":"Organization","name":"Rheinische Post"}}</script>`,
			"<p>Von Anna Maier</p>", []string{"Anna Maier"}},
		{"publisher alone kept (en)", "en", `<meta name="publisher" content="Courier Media"><meta name="author" content="Courier Media">`,
			"", []string{"Courier Media"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage(tc.lang, tc.head, "Budget adopted after a long night", tc.byline)), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}
