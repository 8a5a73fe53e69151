package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/clean"
)

// newsPage builds an HTML news page: a headline, the given lines
// around it, and a body of paragraphs in lang.
func newsPage(lang, head, headline string, lines ...string) string {
	var sb strings.Builder
	sb.WriteString(`<html lang="` + lang + `"><head><title>` + headline + ` - Site</title>` + head + `</head><body>`)
	sb.WriteString(`<nav><a href="/">Home</a> <a href="/a">A</a> <a href="/b">B</a></nav><article><h1>` + headline + `</h1>`)
	for _, l := range lines {
		sb.WriteString(l)
	}
	body := testBodies[lang]
	if body == nil {
		body = moreBodies[lang]
	}
	for _, p := range body {
		sb.WriteString("<p>" + p + "</p>")
	}
	sb.WriteString(`</article></body></html>`)
	return sb.String()
}

// moreBodies are article paragraphs in the languages testBodies lacks.
var moreBodies = map[string][]string{
	"it": {
		"Il consiglio comunale ha approvato il nuovo bilancio martedì dopo un lungo dibattito che è durato fino a notte fonda, e la maggior parte dei consiglieri ha detto che le scuole hanno bisogno di più soldi.",
		"Gli oppositori hanno detto che il piano aumenterà le tasse per le famiglie che sono già in difficoltà, e hanno promesso di riportare la questione agli elettori la prossima primavera.",
	},
	"pt": {
		"A câmara municipal aprovou o novo orçamento na terça-feira depois de um longo debate que durou até tarde da noite, e a maioria dos vereadores disse que as escolas precisam de mais dinheiro.",
		"Os opositores disseram que o plano vai aumentar os impostos das famílias que já passam por dificuldades, e prometeram levar a questão de volta aos eleitores na próxima primavera.",
	},
	"nl": {
		"De gemeenteraad heeft dinsdag na een lang debat dat tot diep in de nacht duurde de nieuwe begroting goedgekeurd, en de meeste raadsleden zeiden dat de scholen meer geld nodig hebben.",
		"De tegenstanders zeiden dat het plan de belastingen zal verhogen voor gezinnen die het al moeilijk hebben, en ze beloofden de vraag volgend voorjaar opnieuw aan de kiezers voor te leggen.",
	},
}

func TestVisibleAuthors(t *testing.T) {
	tests := []struct {
		name, lang string
		head       string
		lines      []string
		want       []string
	}{
		{"byline word (en)", "en", "", []string{"<p>By Jane Doe and John Roe</p>"}, []string{"Jane Doe", "John Roe"}},
		{"glued byline word (en)", "en", "", []string{"<p>ByTrevor Jones</p>"}, []string{"Trevor Jones"}},
		{"byline after a date (en)", "en", "", []string{"<p>Published August 7, 2023 by Nicole Burke</p>"}, []string{"Nicole Burke"}},
		{"name before a date (en)", "en", "", []string{"<p>Dakota Hebert July 3, 2025</p>"}, []string{"Dakota Hebert"}},
		{"name next to a date line (en)", "en", "", []string{"<p>Posted Dec 19, 2025</p><p>Christian Dupuis</p>"}, []string{"Christian Dupuis"}},
		{"label then name (en)", "en", "", []string{"<p>Written by</p><p>Jordanna Campbell</p>"}, []string{"Jordanna Campbell"}},
		{"par (fr)", "fr", "", []string{"<p>Par Jean Dupont et Marie Martin, le 22 janvier 2015</p>"}, []string{"Jean Dupont", "Marie Martin"}},
		{"date then name (fr)", "fr", "", []string{"<p>22 janvier 2015 | Claire Petit</p>"}, []string{"Claire Petit"}},
		{"von (de)", "de", "", []string{"<p>Veröffentlicht am 22. Januar 2015 von Anna Schmidt</p>"}, []string{"Anna Schmidt"}},
		{"user name after von (de)", "de", "", []string{"<p>Gespeichert von rasos am 24. Juli 2017 - 18:55</p>"}, []string{"rasos"}},
		{"por (es)", "es", "", []string{"<p>Por Luis Pérez y Ana García</p>"}, []string{"Luis Pérez", "Ana García"}},
		{"di (it)", "it", "", []string{"<p>di Maria Rossi</p>"}, []string{"Maria Rossi"}},
		{"por (pt)", "pt", "", []string{"<p>Por João Silva e Ana Costa</p>"}, []string{"João Silva", "Ana Costa"}},
		{"door (nl)", "nl", "", []string{"<p>Door Piet de Vries</p>"}, []string{"Piet de Vries"}},
		{"av (sv)", "sv", "", []string{"<p>Av Anna Berg och Lars Ek</p>"}, []string{"Anna Berg", "Lars Ek"}},
		{"text by (en)", "en", "", []string{`<p>Text by <a href="/contributor/hd">Hunter Dukes</a></p>`}, []string{"Hunter Dukes"}},
		{"article by, then the name (en)", "en", "", []string{"<h2>Article by</h2><p>Matias Heikkilä</p>"}, []string{"Matias Heikkilä"}},
		{"texte par (fr)", "fr", "", []string{"<p>Texte par Claire Petit</p>"}, []string{"Claire Petit"}},
		{"texto de (es)", "es", "", []string{"<p>Texto de Luis Pérez</p>"}, []string{"Luis Pérez"}},
		{"testo di (it)", "it", "", []string{"<p>Testo di Maria Rossi</p>"}, []string{"Maria Rossi"}},
		{"texto por (pt)", "pt", "", []string{"<p>Texto por João Silva</p>"}, []string{"João Silva"}},
		{"tekst door (nl)", "nl", "", []string{"<p>Tekst door Piet de Vries</p>"}, []string{"Piet de Vries"}},
		{"forum post header (en)", "en", "", []string{"<p>jdoe42 September 5, 2024, 11:15pm 1</p>"}, []string{"jdoe42"}},
		{"person over the site as author (en)", "en", `<meta property="og:site_name" content="Site"><meta name="author" content="Site">`,
			[]string{"<p>By Jane Doe</p>"}, []string{"Jane Doe"}},
		{"metadata person kept (en)", "en", `<meta name="author" content="Mary Major">`, []string{"<p>By Jane Doe</p>"}, []string{"Mary Major"}},
		{"no byline (en)", "en", "", []string{"<p>Home</p><p>Friday, December 19, 2025</p>"}, nil},
		{"photo credit is no byline (en)", "en", "", []string{"<p>Photo by Solen Feyissa on Unsplash, 2024</p>"}, nil},
		{"capitals are no user name (sv)", "sv", "", []string{"<p>POSTAT 2012-04-26 12:34:50</p>"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage(tc.lang, tc.head, "Budget adopted after a long night", tc.lines...)), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

func TestForumAuthorElements(t *testing.T) {
	page := newsPage("en", "", "Which headphones should I buy",
		`<div class="post"><div class="user"><a rel="author" href="/u/op">opuser</a></div></div>`,
		`<div class="post"><div class="user"><a rel="author" href="/u/b">replier</a></div></div>`)
	a, err := FromHTML(strings.NewReader(page), "https://forum.example/t/1")
	require.NoError(t, err)
	assert.Equal(t, []string{"opuser"}, a.Authors, "only the first byline's author elements")

	page = newsPage("en", "", "Budget adopted after a long night",
		`<p class="byline">By <a rel="author" href="/a/jd">Jane Doe</a> and <a rel="author" href="/a/jr">John Roe</a></p>`)
	a, err = FromHTML(strings.NewReader(page), "https://news.example/x")
	require.NoError(t, err)
	assert.Equal(t, []string{"Jane Doe", "John Roe"}, a.Authors, "names of one byline")
}

func TestAuthorSourcePriority(t *testing.T) {
	head := `<meta property="og:site_name" content="The Courier"><meta name="author" content="Mary Major">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Manoj Jain and Jagpreet Chhatwal, The Courier"}}</script>`
	a, err := FromHTML(strings.NewReader(newsPage("en", head, "Budget adopted after a long night")), "https://courier.example/x")
	require.NoError(t, err)
	assert.Equal(t, []string{"Manoj Jain", "Jagpreet Chhatwal"}, a.Authors, "JSON-LD first, split, without the publisher")
}

func TestPublishedReference(t *testing.T) {
	ref := time.Date(2020, 3, 10, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, lang, head string
		lines            []string
		want             time.Time
	}{
		{"published over modified", "en", `<meta property="article:modified_time" content="2020-03-09T10:00:00Z"><meta property="article:published_time" content="2020-03-01T10:00:00Z">`,
			nil, time.Date(2020, 3, 1, 10, 0, 0, 0, time.UTC)},
		{"future date dropped for the next one", "en", `<meta property="article:published_time" content="2031-01-01T10:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-02-01T10:00:00+01:00"}</script>`,
			nil, time.Date(2020, 2, 1, 10, 0, 0, 0, time.FixedZone("", 3600))},
		{"relative (fr)", "fr", "", []string{"<p>Publié il y a 2 heures</p>"}, ref.Add(-2 * time.Hour)},
		{"relative (de)", "de", "", []string{"<p>vor 3 Tagen</p>"}, ref.AddDate(0, 0, -3)},
		{"relative (es)", "es", "", []string{"<p>hace 2 días</p>"}, ref.AddDate(0, 0, -2)},
		{"visible date (it)", "it", "", []string{"<p>22 gennaio 2015</p>"}, time.Date(2015, 1, 22, 0, 0, 0, 0, time.UTC)},
		{"visible date (pt)", "pt", "", []string{"<p>22 de janeiro de 2015</p>"}, time.Date(2015, 1, 22, 0, 0, 0, 0, time.UTC)},
		{"visible date (nl)", "nl", "", []string{"<p>22 januari 2015</p>"}, time.Date(2015, 1, 22, 0, 0, 0, 0, time.UTC)},
		{"visible date (sv)", "sv", "", []string{"<p>22 januari 2015</p>"}, time.Date(2015, 1, 22, 0, 0, 0, 0, time.UTC)},
		{"future visible date ignored (en)", "en", "", []string{"<p>January 22, 2031</p>"}, time.Time{}},
	}
	p := New(WithReferenceTime(ref))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := p.FromHTML(strings.NewReader(newsPage(tc.lang, tc.head, "Budget adopted after a long night", tc.lines...)), "")
			require.NoError(t, err)
			assert.True(t, tc.want.Equal(a.Published), "published %v, want %v", a.Published, tc.want)
		})
	}
	a, err := FromHTML(strings.NewReader(newsPage("fr", "", "Budget adopté", "<p>Publié il y a 2 heures</p>")), "")
	require.NoError(t, err)
	assert.True(t, a.Published.IsZero(), "no relative date without a reference time")
}

func TestVisibleBylineInTextDump(t *testing.T) {
	tests := []struct {
		name, lang string
		before     []string
		authors    []string
		published  time.Time
	}{
		{"fr", "fr", []string{"Le budget est adopté", "Claire Petit", "22 janvier 2015"}, []string{"Claire Petit"}, time.Date(2015, 1, 22, 0, 0, 0, 0, time.UTC)},
		{"sv", "sv", []string{"Budgeten antagen", "Upplagd av", "Anna Berg", "måndag, maj 07, 2012"}, []string{"Anna Berg"}, time.Date(2012, 5, 7, 0, 0, 0, 0, time.UTC)},
		{"de", "de", []string{"Haushalt beschlossen", "22. Januar 2015 | Anna Schmidt"}, []string{"Anna Schmidt"}, time.Date(2015, 1, 22, 0, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := runExtractors(t, testDump(tc.before[0]+" - Site", tc.lang, tc.before, nil), Headline, Byline)
			assert.Equal(t, tc.authors, doc.Meta.Authors)
			assert.True(t, tc.published.Equal(doc.Meta.Published), "published %v", doc.Meta.Published)
		})
	}
}

// TestPlausibleNameAgrees checks plausibleName, which matches its fold
// only against the sets among its phrase candidates, against the phrase
// test it gates (every set matched), on the heads of one to four words
// of the test dumps' lines.
func TestPlausibleNameAgrees(t *testing.T) {
	sets := []clean.PhraseSet{clean.PhraseDateline, clean.PhraseByline, clean.PhraseNavigation,
		clean.PhraseShare, clean.PhraseTags, clean.PhraseComments, clean.PhraseNewsletter}
	phrase := func(s string) bool {
		for _, set := range sets {
			if _, ok := clean.MatchPhrase(set, s); ok {
				return true
			}
		}
		return false
	}
	names, phrases := 0, 0
	for _, line := range testDumpLines(t) {
		words := strings.Fields(line)
		for n := 1; n <= min(4, len(words)); n++ {
			s := strings.Join(words[:n], " ")
			for _, users := range []bool{false, true} {
				got := plausibleName(s, users)
				// plausibleName with the phrase test turned off is
				// plausibleName of a text no set matches.
				if phrase(s) {
					phrases++
					require.False(t, got, "%q", s)
					continue
				}
				if got {
					names++
				}
			}
		}
	}
	assert.Greater(t, names, 1000, "plausible names")
	assert.Greater(t, phrases, 100, "phrase heads")
}
