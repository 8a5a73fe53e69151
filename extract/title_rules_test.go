package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// titlePage builds a page with head in its <head>, before (a header,
// say) ahead of an article whose heading is h1, followed by prose in
// lang.
func titlePage(lang, head, before, h1 string) string {
	article := ""
	if h1 != "" {
		article = `<h1>` + h1 + `</h1>`
	}
	return `<html lang="` + lang + `"><head>` + head + `</head><body>` + before + `<article>` + article +
		strings.Repeat(proseP(lang), 3) + `</article></body></html>`
}

func TestTitleRules(t *testing.T) {
	tests := []struct {
		name, lang, head, before, h1 string
		want, site                   string
	}{
		{name: "a blog's name in the <h1>, the post's title in og:title", lang: "en",
			head:   `<title>Silicon Notes: Open flow for programmable logic devices</title><meta property="og:title" content="Open flow for programmable logic devices">`,
			before: `<header><h1><a href="/">Silicon Notes</a></h1></header>`,
			want:   "Open flow for programmable logic devices", site: "Silicon Notes"},
		{name: "a blog's name after the post's title", lang: "fr",
			head:   `<title>La réforme des retraites expliquée : Carnets du Lundi</title><meta property="og:title" content="La réforme des retraites expliquée">`,
			before: `<header><h1>Carnets du Lundi</h1></header>`,
			want:   "La réforme des retraites expliquée", site: "Carnets du Lundi"},
		{name: "a blog's name and a JSON-LD headline", lang: "de",
			head: `<title>Gartenblog Sonnenhof: Tomaten richtig anbauen</title>` +
				`<script type="application/ld+json">{"@type":"BlogPosting","headline":"Tomaten richtig anbauen"}</script>`,
			before: `<header><h1>Gartenblog Sonnenhof</h1></header>`,
			want:   "Tomaten richtig anbauen", site: "Gartenblog Sonnenhof"},
		{name: "an <h1> equal to the title is the headline", lang: "en",
			head: `<title>Silicon Notes: Open flow for programmable logic devices</title>`,
			h1:   `Silicon Notes: Open flow for programmable logic devices`,
			want: "Silicon Notes: Open flow for programmable logic devices"},
		{name: "a label before a colon in the <h1>", lang: "de",
			head: `<title>Impfen ist bis Ende Februar überall möglich</title>`,
			h1:   `Medienmitteilung der Gesundheitsdirektion :Impfen ist bis Ende Februar überall möglich`,
			want: "Impfen ist bis Ende Februar überall möglich"},
		{name: "a quote before a slash in the <h1>", lang: "de",
			head: `<title>Stetter-Karp ist neue Präsidentin | Radio</title><meta property="og:title" content="Stetter-Karp ist neue Präsidentin">`,
			h1:   `"Reformstau lösen" / Stetter-Karp ist neue Präsidentin`,
			want: "Stetter-Karp ist neue Präsidentin"},
		{name: "a section before a bar in the <h1>", lang: "en",
			head: `<title>Park elects a new mayor, the first of her city | Star</title>`,
			h1:   `Twin Cities | Park elects a new mayor, the first of her city`,
			want: "Park elects a new mayor, the first of her city"},
		{name: "a label in es", lang: "es",
			head: `<title>El Senado aprueba la reforma de las pensiones</title>`,
			h1:   `Comunicado: El Senado aprueba la reforma de las pensiones`,
			want: "El Senado aprueba la reforma de las pensiones"},
		{name: "a dash sets off no label", lang: "de",
			head: `<title>Zwei weitere Corona-Fälle im Team | Sport</title>`,
			h1:   `Olympia 2022 - Zwei weitere Corona-Fälle im Team`,
			want: "Olympia 2022 - Zwei weitere Corona-Fälle im Team"},
		{name: "a field label before the <h1>", lang: "en",
			head: `<title>[2512.1] Merging language models under geometric constraints</title>`,
			h1:   `Title:Merging language models under geometric constraints`,
			want: "Merging language models under geometric constraints"},
		{name: "og:title cut at an unescaped quote", lang: "es",
			head: `<title>Senador califica al presidente de "incapacitado"</title><meta property="og:title" content="Senador califica al presidente de "incapacitado"">`,
			want: `Senador califica al presidente de "incapacitado"`},
		{name: "a front page keeps its title line", lang: "en",
			head: `<title>Home - Ohio Artisan Collective</title>`,
			want: "Home - Ohio Artisan Collective"},
		{name: "a front page in it", lang: "it",
			head: `<title>Benvenuti | Cantina dei Colli</title>`,
			want: "Benvenuti | Cantina dei Colli"},
		{name: "a front page in sv", lang: "sv",
			head: `<title>Startsida – Föreningen Norrsken</title>`,
			want: "Startsida – Föreningen Norrsken"},
		{name: "a front page titled only so takes its <h1>", lang: "de",
			head: `<title>Startseite</title>`, h1: `Frische Brötchen seit 1920`,
			want: "Frische Brötchen seit 1920"},
		{name: "a front page titled only so, without <h1>", lang: "pt",
			head: `<title>Página inicial</title>`,
			want: "Página inicial"},
		{name: "an <h1> equal to og:title keeps the segment after its dash", lang: "it",
			head: `<title>Qualità Oro - Caffè macinato | Torrefazione Rossi</title><meta property="og:title" content="Qualità Oro - Miscela dolce, 250g">`,
			h1:   `Qualità Oro - Miscela dolce, 250g`,
			want: "Qualità Oro - Miscela dolce, 250g"},
		{name: "an <h1> equal to og:title, in en", lang: "en",
			head: `<title>Trail Blazer - Walking shoes | Footwear Co</title><meta property="og:title" content="Trail Blazer - Waterproof, 300g">`,
			h1:   `Trail Blazer - Waterproof, 300g`,
			want: "Trail Blazer - Waterproof, 300g"},
		{name: "og:title is the title line less its site", lang: "fr",
			head: `<title>Débutant en astronomie – Quel premier télescope recommandez-vous ? - Forum - Ciel Clair</title>` +
				`<meta property="og:title" content="Débutant en astronomie – Quel premier télescope recommandez-vous ?"><meta property="og:site_name" content="Ciel Clair">`,
			want: "Débutant en astronomie – Quel premier télescope recommandez-vous ?"},
		{name: "og:title is the title line less its site, in en", lang: "en",
			head: `<title>New to Astronomy – Best First Telescope Recommendations? - Site Feedback - Stargazers</title>` +
				`<meta property="og:title" content="New to Astronomy – Best First Telescope Recommendations?"><meta property="og:site_name" content="Stargazers">`,
			want: "New to Astronomy – Best First Telescope Recommendations?"},
		{name: "a title line that is only the declared site name takes the <h1>", lang: "de",
			head: `<title>.:: WEB-MEDIEN ::. Vorlagen, Shops / Designvorlagen</title><meta property="og:site_name" content=".:: WEB-MEDIEN ::. Vorlagen, Shops / Designvorlagen">`,
			h1:   `Datenschutztechnische Anpassung der Verkaufsvorlagen`,
			want: "Datenschutztechnische Anpassung der Verkaufsvorlagen"},
		{name: "a title line that is only the host's name takes the <h1>", lang: "en",
			head: `<title>Example</title>`,
			h1:   `Council approves the new budget`,
			want: "Council approves the new budget"},
		{name: "a title line that is only the site name, in es", lang: "es",
			head: `<title>Bodega Sol | Vinos de Rioja</title><meta property="og:site_name" content="Bodega Sol | Vinos de Rioja">`,
			h1:   `La vendimia de este año`,
			want: "La vendimia de este año"},
		{name: "an <h1> marked as the entry's title wins over a title worded otherwise", lang: "en",
			head:   `<title>Free Blockchain Course - Chain Academy</title>`,
			before: `<h1 class="entry-title">Blockchain Fundamentals Free Course</h1>`,
			want:   "Blockchain Fundamentals Free Course"},
		{name: "an <h1> marked as the post's title, in de", lang: "de",
			head:   `<title>Das beste elektronische Katzenspielzeug 2022 - Vergleich</title>`,
			before: `<h1 class="post-title">Kaufratgeber: elektronisches Katzenspielzeug sorgt ganz automatisch für Abwechslung</h1>`,
			want:   "Kaufratgeber: elektronisches Katzenspielzeug sorgt ganz automatisch für Abwechslung"},
		{name: "an <h1> marked as the article's title, in fr", lang: "fr",
			head:   `<title>Interview avec Nora Berger sur son nouveau roman | Radio Livres</title>`,
			before: `<h1 class="article-title">L'autrice Nora Berger en conversation sur son roman « Zone »</h1>`,
			want:   "L'autrice Nora Berger en conversation sur son roman « Zone »"},
		{name: "an unmarked <h1> worded otherwise and longer does not win", lang: "en",
			head:   `<title>Free Blockchain Course - Chain Academy</title>`,
			before: `<h1>Blockchain Fundamentals: a Free Course for Every Beginner</h1>`,
			want:   "Free Blockchain Course"},
		{name: "a marked <h1> about something else does not win", lang: "en",
			head:   `<title>Website Design Portfolio | Agency</title>`,
			before: `<h1 class="entry-title">Our Latest Projects</h1>`,
			want:   "Website Design Portfolio"},
		{name: "an about page keeps its name", lang: "nl",
			head: `<title>Over ons | Stichting Noorderlicht</title>`,
			want: "Over ons"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(titlePage(tt.lang, tt.head, tt.before, tt.h1)), "https://www.example.org/story")
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Title)
			if tt.site != "" {
				assert.Equal(t, tt.site, a.SiteName)
			}
		})
	}
}

func TestLabelledHeadline(t *testing.T) {
	tests := []struct {
		name, h1, cand, want string
	}{
		{"colon", "Energiewende Oberland: Klimavorreiter Oberland?", "Klimavorreiter Oberland?", "Klimavorreiter Oberland?"},
		{"spaced colon", "Auftragshoch bei FACC : Luftfahrtbranche hebt ab", "Luftfahrtbranche hebt ab", "Luftfahrtbranche hebt ab"},
		{"guillemet", "Économie » Le budget est adopté par le Sénat", "Le budget est adopté par le Sénat", "Le budget est adopté par le Sénat"},
		{"candidate before the colon", "Le budget est adopté par le Sénat: les détails", "Le budget est adopté par le Sénat", ""},
		{"dash", "Olympia 2022 - Zwei weitere Corona-Fälle", "Zwei weitere Corona-Fälle", ""},
		{"no letters before", ": Le budget est adopté par le Sénat", "Le budget est adopté par le Sénat", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, labelledHeadline(tt.h1, titleKey(tt.cand)))
		})
	}
}

func TestRephrases(t *testing.T) {
	tests := []struct {
		name, h1, title string
		want            bool
	}{
		{"en shorter rewording", "Best Office Chairs to Prevent Back Pain", "Best Office Chairs for Back Pain Relief", true},
		{"de question and statement", "Eignet sich eine Wärmepumpe im Altbau?", "Wärmepumpe im Altbau - Wann es sich lohnt", true},
		{"de one word changed", "DB Lounge: Kein Zugang mehr mit Sparpreis-Ticket", "DB Lounge: Kein Zutritt mehr mit Sparpreis-Tickets", true},
		{"it", "Il bilancio approvato dal Senato", "Il bilancio è stato approvato dal Senato ieri sera", true},
		{"a longer h1 adds a subtitle", "Zwei weitere Corona-Fälle im Team – Frenzel betroffen", "Zwei weitere Corona-Fälle im Team", false},
		{"a slogan shares no word", "Your content. Your canvas.", "Build scalable websites visually with the CMS", false},
		{"few words in common", "Unlock the Power of AI for Your Business", "AI-Powered Marketing & CRM Solutions for Small Businesses", false},
		{"a short h1 that does not open the title is a slogan", "Make your browser your own", "Firefox — Customize and make it your own — The most flexible browser on the Web", false},
		{"de, a short slogan", "Dein Garten, dein Stil", "Gartenmöbel – Dein Garten und dein Stil mit unseren Möbeln", false},
		{"a short h1 that opens the title", "Hiking Boots", "Hiking Boots: Shop Boots for Hiking & Backpacking", true},
		{"no title", "Anything at all", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, rephrases(tt.h1, tt.title))
		})
	}
}

func TestRephrasedHeadline(t *testing.T) {
	tests := []struct {
		name, lang, head, h1, want string
	}{
		{name: "the visible rewording of the title", lang: "en",
			head: `<title>Best Office Chairs for Back Pain Relief | Seating Co</title><meta property="og:title" content="Best Office Chairs for Back Pain Relief">`,
			h1:   `Best Office Chairs to Prevent Back Pain`, want: "Best Office Chairs to Prevent Back Pain"},
		{name: "fr", lang: "fr",
			head: `<title>Le Sénat adopte enfin le budget de l'État pour 2025 - Le Courrier</title>`,
			h1:   `Le Sénat adopte le budget 2025`, want: "Le Sénat adopte le budget 2025"},
		{name: "pt", lang: "pt",
			head: `<title>Governo aprova reforma da previdência após longo debate | Jornal</title>`,
			h1:   `Aprovada a reforma da previdência`, want: "Aprovada a reforma da previdência"},
		{name: "an h1 about something else is not the headline", lang: "nl",
			head: `<title>De gemeente verhoogt de parkeertarieven in het centrum | Krant</title>`,
			h1:   `Nieuwsbrief van de week`, want: "De gemeente verhoogt de parkeertarieven in het centrum"},
		{name: "a longer h1 is not taken", lang: "sv",
			head: `<title>Regeringen sänker skatten | Tidningen</title>`,
			h1:   `Nyheter om ekonomin och regeringen i Sverige i dag`, want: "Regeringen sänker skatten"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(titlePage(tt.lang, tt.head, "", tt.h1)), "https://www.example.org/story")
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Title)
		})
	}
}

func TestWholeMeta(t *testing.T) {
	tests := []struct {
		name, h1     string
		whole, split []string
		want         bool
	}{
		{"the h1 is the meta title before its split", "Trail Blazer - Waterproof, 300g",
			[]string{"Trail Blazer - Waterproof, 300g"}, []string{"Trail Blazer"}, true},
		{"the meta title was not split", "Trail Blazer",
			[]string{"Trail Blazer"}, []string{"Trail Blazer"}, false},
		{"the h1 is another text", "Walking shoes",
			[]string{"Trail Blazer - Waterproof, 300g"}, []string{"Trail Blazer"}, false},
		{"no meta title", "Trail Blazer", nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, wholeMeta(titleKey(tt.h1), tt.whole, tt.split))
		})
	}
}

func TestSiteNameTitle(t *testing.T) {
	tests := []struct {
		name, title, line string
		h1s               []string
		sites             []string
		want              string
	}{
		{"the line is the host's name", "Anwalt Meier", "Anwalt Meier", []string{"Kanzlei für Mietrecht"}, []string{"", "anwaltmeier"}, "Kanzlei für Mietrecht"},
		{"an <h1> that is the site name too is skipped", "Anwalt Meier", "Anwalt Meier", []string{"Anwalt Meier", "Mietrecht"}, []string{"anwaltmeier"}, "Mietrecht"},
		{"the line is more than the site name", "Mietrecht", "Mietrecht - Anwalt Meier", []string{"Kanzlei"}, []string{"Anwalt Meier"}, "Mietrecht"},
		{"no <h1>", "Anwalt Meier", "Anwalt Meier", nil, []string{"Anwalt Meier"}, "Anwalt Meier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, siteNameTitle(tt.title, tt.line, tt.h1s, tt.sites...))
		})
	}
}

func TestSharesWord(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"a word in common", "Blockhaus 3", "Blockhaus Typ 3 in Ludorf", true},
		{"case and punctuation are folded", "Wein dekantieren!", "WEIN: alles Wissenswerte", true},
		{"only short words in common", "Web of AI", "AI of the Web", true},
		{"words of two letters do not count", "AI in a Go", "Go in AI", false},
		{"no word in common", "Web Designs", "Website Design Portfolio", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sharesWord(tt.a, tt.b))
		})
	}
}
