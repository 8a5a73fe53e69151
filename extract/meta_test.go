package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestHTMLMetadata(t *testing.T) {
	body := `<p>` + "Some article text that is long enough to be the body of the page, with words. " + `</p>`
	tests := []struct {
		name                string
		htmlAttr, head, pre string
		title, site, lang   string
		authors             []string
		published           time.Time
		description, ldBody string
	}{
		{
			name:  "title split with og:site_name",
			head:  `<title>Budget passes after long night - The Courier</title><meta property="og:site_name" content="The Courier">`,
			title: "Budget passes after long night", site: "The Courier",
		},
		{
			name:  "h1 matching og:title wins over the title line",
			head:  `<title>Budget passes | The Courier</title><meta property="og:title" content="Budget passes after long night">`,
			pre:   `<h1>Budget passes after long night</h1>`,
			title: "Budget passes after long night", site: "The Courier",
		},
		{
			name: "JSON-LD article",
			head: `<title>x</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"WebSite","name":"Le Quotidien"},
{"@type":"NewsArticle","headline":"Le budget est adopté","inLanguage":"fr-FR","datePublished":"2024-03-05T08:30:00+01:00",
 "author":[{"@type":"Person","name":"Marie Dupont"},{"@type":"Person","name":"Jean Martin"}],
 "publisher":{"@type":"Organization","name":"Le Quotidien"},"description":"Résumé.","articleBody":"Le conseil a adopté le budget mardi."}]}</script>`,
			pre:   `<p>Le conseil municipal a adopté le budget après un long débat sur les écoles et les routes de la ville.</p>`,
			title: "Le budget est adopté", site: "Le Quotidien", lang: "fr",
			authors:     []string{"Marie Dupont", "Jean Martin"},
			published:   time.Date(2024, 3, 5, 8, 30, 0, 0, time.FixedZone("", 3600)),
			description: "Résumé.", ldBody: "Le conseil a adopté le budget mardi.",
		},
		{
			name: "meta tags",
			head: `<title>Nachricht</title><meta name="author" content="Von Anna Schmidt und Peter Weber"><meta property="article:published_time" content="2023-11-02">
<meta name="description" content="Kurz gesagt."><meta http-equiv="content-language" content="de-AT">`,
			pre:   `<p>Der Gemeinderat hat den Haushalt nach einer langen Debatte über die Schulen und die Straßen der Stadt beschlossen.</p>`,
			title: "Nachricht", lang: "de", authors: []string{"Anna Schmidt", "Peter Weber"},
			published: time.Date(2023, 11, 2, 0, 0, 0, 0, time.UTC), description: "Kurz gesagt.",
		},
		{
			name:     "html lang, rel=author and time",
			htmlAttr: ` lang="es-MX"`,
			head:     `<title>Noticia</title>`,
			pre: `<p>Por <a rel="author" href="/autor/luis">Luis Pérez</a> <time datetime="2022-07-14T10:00:00Z">14 de julio</time></p>
<p>El ayuntamiento aprobó el presupuesto del año después de un largo debate sobre las escuelas y las calles de la ciudad.</p>`,
			title: "Noticia", lang: "es", authors: []string{"Luis Pérez"},
			published: time.Date(2022, 7, 14, 10, 0, 0, 0, time.UTC),
		},
		{
			name:  "invalid JSON-LD with raw newlines is repaired",
			head:  "<title>T</title><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Line\none\",\"author\":\"Sam Lee\"}</script>",
			title: "Line one", authors: []string{"Sam Lee"},
		},
		{
			name: "publisher and credits are not authors",
			head: `<title>T</title><meta property="og:site_name" content="Die Zeitung"><script type="application/ld+json">{"@type":"NewsArticle",
"author":[{"@type":"Person","name":"'Ana Lima'"},{"@type":"Organization","name":"Die Zeitung"},{"@type":"Organization","name":"zeitung.de"}]}</script>`,
			pre:   `<p><span itemprop="author">(Image: Reuters)</span> <span itemprop="author">Ana Lima</span></p>`,
			title: "T", authors: []string{"Ana Lima"},
		},
		{
			name:  "publisher kept when it is the only author",
			head:  `<title>T</title><meta property="og:site_name" content="Die Zeitung"><meta name="author" content="Die Zeitung">`,
			title: "T", authors: []string{"Die Zeitung"},
		},
		{
			name:  "RDFa property list names the title",
			head:  `<title>Title Element</title><meta property="x:title dc:title" content="My title">`,
			pre:   `<h1>Unrelated heading of the page</h1>`,
			title: "My title",
		},
		{
			name: "Parse.ly tags",
			head: `<meta name="parsely-title" content="Some Other Title"><meta name="parsely-author" content="Jane Doe">
<meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">`,
			title: "Some Other Title", authors: []string{"Jane Doe"},
			published: time.Date(2024, 4, 20, 4, 20, 0, 0, time.UTC),
		},
		{
			name:  "permalink sign left out of the h1",
			head:  `<title>Install the tool - Docs</title>`,
			pre:   `<h1>Install the tool¶</h1>`,
			title: "Install the tool", site: "Docs",
		},
		{
			name:      "scholarly citation date",
			head:      `<title>T</title><meta name="citation_publication_date" content="2023 Jan 7">`,
			title:     "T",
			published: time.Date(2023, 1, 7, 0, 0, 0, 0, time.UTC),
		},
		{
			name:  "CJK title without spaces around the bar",
			head:  `<title>NEWS WEB EASY|子どもへの体罰を禁止する法律ができる</title>`,
			title: "子どもへの体罰を禁止する法律ができる", site: "NEWS WEB EASY",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := htmlDoc(t, "<html"+tt.htmlAttr+"><head>"+tt.head+"</head><body>"+tt.pre+body+"</body></html>", "https://www.example.org/story")
			assert.Equal(t, tt.title, doc.Title)
			if tt.site != "" {
				assert.Equal(t, tt.site, doc.Meta.SiteName)
			}
			if tt.lang != "" {
				assert.Equal(t, tt.lang, doc.Meta.Language)
			}
			assert.Equal(t, tt.authors, doc.Meta.Authors)
			assert.True(t, tt.published.Equal(doc.Meta.Published), "published %v, want %v", doc.Meta.Published, tt.published)
			assert.Equal(t, tt.description, doc.Meta.Description)
			assert.Equal(t, tt.ldBody, doc.Meta.ArticleBody)
		})
	}
}

func TestParseMetaDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2024-01-02T03:04:05Z", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)},
		{"2024-01-02T03:04:05.123+0000", time.Date(2024, 1, 2, 3, 4, 5, 123e6, time.UTC)},
		{"2024-01-02 03:04:05", time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)},
		{"2024/01/02", time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)},
		{"January 2, 2024", time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)},
		{"2023 Jan 7", time.Date(2023, 1, 7, 0, 0, 0, 0, time.UTC)},
		{"2023/1/7", time.Date(2023, 1, 7, 0, 0, 0, 0, time.UTC)},
		{"yesterday", time.Time{}},
		{"1900-01-01", time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.True(t, tt.want.Equal(parseMetaDate(tt.in)), "got %v", parseMetaDate(tt.in))
		})
	}
}

func TestNormLang(t *testing.T) {
	for in, want := range map[string]string{"en-US": "en", "fr_FR": "fr", "PT-br": "pt", " sv ": "sv", "eng": "", "": "", "x1": ""} {
		assert.Equal(t, want, normLang(in), in)
	}
}

func TestPageLanguage(t *testing.T) {
	spanish := "El banco central informó este martes que la deuda externa del país aumentó en 900 millones de dólares " +
		"respecto al año anterior, y que la mitad corresponde al sector privado, según el informe."
	english := "The council approved the budget on Monday after a long debate about the money for schools and roads."
	tests := []struct {
		name, htmlLang, contentLang, text, want string
	}{
		{"declared and detected agree", "es-ES", "", spanish, "es"},
		{"template language contradicted by the text", "en", "es", spanish, "es"},
		{"only an inconsistent declaration", "fr", "", english, "en"},
		{"text too short to tell", "de", "", "OK", "de"},
		{"nothing declared", "", "", english, "en"},
		{"Japanese page of kanji only", "ja", "", "東京都知事選挙結果発表", "ja"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &pageMeta{lang: tt.htmlLang, props: map[string][]string{}}
			if tt.contentLang != "" {
				m.props["content-language"] = []string{tt.contentLang}
			}
			assert.Equal(t, tt.want, m.language([]*Block{{Text: tt.text}}))
		})
	}
}
