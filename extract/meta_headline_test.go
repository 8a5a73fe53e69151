package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHeadlineDecoration(t *testing.T) {
	tests := []struct {
		name, lang, url, head, h1, want string
	}{
		{name: "a section name after the headline", lang: "en",
			head: `<title>Meditation and the mind | Opinion</title><meta property="og:title" content="How meditation rewires brains | Opinion"><meta property="og:site_name" content="The Courier">`,
			h1:   `How meditation rewires brains | Opinion`, want: "How meditation rewires brains"},
		{name: "Meinung", lang: "de",
			head: `<title>Der Haushalt ist beschlossen | Meinung | Kurier</title>`,
			h1:   `Der Haushalt ist beschlossen | Meinung`, want: "Der Haushalt ist beschlossen"},
		{name: "Tribune", lang: "fr",
			head: `<title>Le budget est adopté - Tribune - Le Courrier</title><meta property="og:title" content="Le budget est adopté - Tribune">`,
			h1:   `Le budget est adopté - Tribune`, want: "Le budget est adopté"},
		{name: "Opinión", lang: "es",
			head: `<title>El presupuesto fue aprobado | Opinión</title>`,
			h1:   `El presupuesto fue aprobado | Opinión`, want: "El presupuesto fue aprobado"},
		{name: "Åsikt", lang: "sv",
			head: `<title>Budgeten är antagen | Åsikt</title>`,
			h1:   `Budgeten är antagen | Åsikt`, want: "Budgeten är antagen"},
		{name: "the site name from og:site_name with its domain", lang: "en",
			head: `<title>Vehicle rental news and coverage | WRAL</title><meta property="og:site_name" content="WRAL.com">`,
			h1:   `Vehicle rental news and coverage | WRAL`, want: "Vehicle rental news and coverage"},
		{name: "the site name from the host's registered name", lang: "en", url: "https://prices.costmatcher.com/a",
			head: `<title>Electricians costs and prices - CostMatcher Report</title>`,
			h1:   `Electricians costs and prices - CostMatcher Report`, want: "Electricians costs and prices"},
		{name: "a source address and a comment count", lang: "en",
			head: `<title>Graduates find their degrees no longer guarantee jobs - Aggregator</title>`,
			h1: `<span class="story-title"><a href="/s/1">Graduates find their degrees no longer guarantee jobs</a> <span><a href="https://news.example.net/x">(news.example.net)</a></span></span>` +
				`<span class="comment-bubble"><a href="/s/1#comments">87</a></span>`,
			want: "Graduates find their degrees no longer guarantee jobs"},
		{name: "a kicker piece stays out although the title line holds it", lang: "de",
			head: `<title>Klimaschutz: Bohren, bis es heiß wird | Die Zeitung</title><meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird">`,
			h1:   `<span class="article-heading__kicker">Klimaschutz:</span> <span class="article-heading__title">Bohren, bis es heiß wird</span>`,
			want: "Bohren, bis es heiß wird"},
		{name: "a kicker without a class, known from og:title", lang: "it",
			head: `<title>Economia - Il bilancio è stato approvato | Il Corriere</title><meta property="og:title" content="Il bilancio è stato approvato">`,
			h1:   `<span>Economia</span> <span>Il bilancio è stato approvato</span>`,
			want: "Il bilancio è stato approvato"},
		{name: "a piece without the dash that sets it off", lang: "en",
			head: `<title>Functions creating iterators — Python docs</title><meta property="og:title" content="Functions creating iterators">`,
			h1:   `<code>itertools</code> — Functions creating iterators`, want: "Functions creating iterators"},
		{name: "a first segment only like the host stays", lang: "de", url: "https://www.welpenkaufen24.de/",
			head: `<title>Welpen kaufen – Tipps zu jeder Hunderasse</title>`,
			h1:   `Welpen kaufen – Tipps zu jeder Hunderasse`, want: "Welpen kaufen – Tipps zu jeder Hunderasse"},
		{name: "segments that are neither site nor section stay", lang: "de",
			head: `<title>Office 365 – HBDI – die Dritte | Blog</title>`,
			h1:   `Office 365 – HBDI – die Dritte`, want: "Office 365 – HBDI – die Dritte"},
		{name: "a bracketed word stays", lang: "nl",
			head: `<title>De soorten wijn (Infographic) | Wijnblad</title>`,
			h1:   `De soorten wijn (Infographic)`, want: "De soorten wijn (Infographic)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := tt.url
			if url == "" {
				url = "https://www.example.org/story"
			}
			page := `<html lang="` + tt.lang + `"><head>` + tt.head + `</head><body><article><h1>` + tt.h1 + `</h1>` +
				strings.Repeat(proseP(tt.lang), 3) + `</article></body></html>`
			a, err := FromHTML(strings.NewReader(page), url)
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Title)
			assert.NotContains(t, a.Text(), tt.want, "the headline's block is not in the body")
		})
	}
}
