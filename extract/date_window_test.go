package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestShownDateOverMarkup(t *testing.T) {
	markup := `<meta property="article:published_time" content="2020-03-20T10:00:00Z"><meta property="article:modified_time" content="2020-03-25T10:00:00Z">`
	day := func(y int, m time.Month, d int) string {
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
	}
	tests := []struct {
		name, lang, line, want string
	}{
		{"earlier date shown (fr)", "fr", "<p>3 mars 2020</p>", day(2020, 3, 3)},
		{"earlier date shown (de)", "de", "<p>3. März 2020</p>", day(2020, 3, 3)},
		{"earlier date shown (es)", "es", "<p>3 de marzo de 2020</p>", day(2020, 3, 3)},
		{"earlier date shown (it)", "it", "<p>3 marzo 2020</p>", day(2020, 3, 3)},
		{"earlier date shown (pt)", "pt", "<p>3 de março de 2020</p>", day(2020, 3, 3)},
		{"earlier date shown (nl)", "nl", "<p>3 maart 2020</p>", day(2020, 3, 3)},
		{"earlier date shown (sv)", "sv", "<p>3 mars 2020</p>", day(2020, 3, 3)},
		{"later date shown (en)", "en", "<p>March 24, 2020</p>", day(2020, 3, 24)},
		{"update shown keeps the markup's (en)", "en", "<p>Updated March 2, 2020</p>", day(2020, 3, 20)},
		{"day and month swapped keeps the markup's (en)", "en", "<p>20/03/2020</p>", day(2020, 3, 20)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage(tc.lang, markup, "Budget adopted after a long night", tc.line)), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestWindowDate(t *testing.T) {
	pub := time.Date(2024, 7, 5, 19, 30, 0, 0, time.FixedZone("", -4*3600))
	mod := time.Date(2024, 7, 1, 9, 0, 0, 0, time.UTC)
	day := func(m time.Month, d int) time.Time { return time.Date(2024, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name       string
		dates      [4]time.Time
		fromMarkup bool
		want       time.Time
	}{
		{"no markup: best rank", [4]time.Time{{}, day(6, 2), day(6, 1), {}}, false, day(6, 2)},
		{"same day as the markup in its zone", [4]time.Time{day(7, 5)}, true, pub},
		{"earlier day", [4]time.Time{day(6, 2)}, true, day(6, 2)},
		{"the modified date", [4]time.Time{day(7, 1)}, true, pub},
		{"swapped day and month", [4]time.Time{day(5, 7)}, true, pub},
		{"an update only", [4]time.Time{{}, day(6, 2)}, true, pub},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := &Document{modified: mod}
			doc.Meta.Published = pub
			assert.True(t, tc.want.Equal(windowDate(doc, tc.dates, tc.fromMarkup)))
		})
	}
}

func TestMonthFirstByMarkup(t *testing.T) {
	head := `<meta property="article:published_time" content="2025-01-31T10:00:00Z">`
	tests := []struct {
		name, lang, line, want string
	}{
		{"month first as the time element says (en)", "en", `<p><time datetime="2017-03-01T12:00:00Z">03/01/2017</time> by Jane Doe</p>`, "2017-03-01"},
		{"month first as the time element says (es)", "es", `<p><time datetime="2017-03-01">03/01/2017</time> por Juan Pérez</p>`, "2017-03-01"},
		{"month first as the time element says (pt)", "pt", `<p><time datetime="2017-04-02">04/02/2017</time></p>`, "2017-04-02"},
		{"day first when the markup agrees (fr)", "fr", `<p><time datetime="2017-01-03">03/01/2017</time></p>`, "2017-01-03"},
		{"day first without a markup date to match (de)", "de", `<p>03.01.2017</p>`, "2017-01-03"},
		{"a day above 12 is never swapped (it)", "it", `<p><time datetime="2017-01-13">13/01/2017</time></p>`, "2017-01-13"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage(tc.lang, head, "Budget adopted after a long night", tc.line)), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestDateAboveTheHeadline(t *testing.T) {
	head := `<meta name="date" content="2020-02-12">`
	tests := []struct {
		name, lang, line, want string
	}{
		{"earlier date line over the title (de)", "de", "<p>05.02.2020 - Redaktion: Eberhard Fuhr</p>", "2020-02-05"},
		{"earlier date line over the title (fr)", "fr", "<p>5 février 2020 | Politique</p>", "2020-02-05"},
		{"earlier date line over the title (en)", "en", "<p>February 5, 2020 — News</p>", "2020-02-05"},
		{"an update over the title keeps the markup's (es)", "es", "<p>Actualizado el 5 de febrero de 2020</p>", "2020-02-12"},
		{"a later date over the title (it)", "it", "<p>20 febbraio 2020 | Politica</p>", "2020-02-20"},
		{"no date line over the title (nl)", "nl", "<p>Politiek</p>", "2020-02-12"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := strings.Replace(newsPage(tc.lang, head, "Budget adopted after a long night"), "<h1>", tc.line+"<h1>", 1)
			a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestLaterShownDate(t *testing.T) {
	tests := []struct {
		name, lang, head, lines, want string
	}{
		{"a later day shown (de)", "de", `<meta property="article:published_time" content="2021-12-20T10:00:00+01:00">`,
			"<p>27.01.2022</p>", "2022-01-27"},
		{"the markup's instant on its UTC day keeps the markup's (en)", "en", `<meta property="article:published_time" content="2024-06-02T20:22:24-04:00">`,
			"<p>#1 · Jun 3, 2024</p>", "2024-06-02"},
		{"an update label on the line above keeps the markup's (en)", "en", `<meta property="article:published_time" content="2022-02-08T10:00:00Z">`,
			"<p>Last update:</p><p>July 16, 2025</p>", "2022-02-08"},
		{"an update label on the line above keeps the markup's (nl)", "nl", `<meta property="article:published_time" content="2022-02-08T10:00:00Z">`,
			"<p>Laatste update:</p><p>16 juli 2025</p>", "2022-02-08"},
		{"the modified day keeps the markup's (fr)", "fr", `<meta property="article:published_time" content="2022-02-08T10:00:00Z"><meta property="article:modified_time" content="2022-03-01T10:00:00Z">`,
			"<p>1 mars 2022</p>", "2022-02-08"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage(tc.lang, tc.head, "Budget adopted after a long night", tc.lines)), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestShownDateAfterARepeatedSummary(t *testing.T) {
	markup := `<meta property="article:published_time" content="2025-06-24T10:00:00Z">`
	summary := map[string]string{
		"en": "A guide to what a yoga class should cost, with the prices studios charge and what changes them.",
		"fr": "Un guide de ce que doit coûter un cours de yoga, avec les prix des studios et ce qui les fait varier.",
		"de": "Ein Leitfaden dazu, was eine Yogastunde kosten sollte, mit den Preisen der Studios und was sie verändert.",
	}
	tests := []struct {
		name, lang, date, want string
		twice                  bool
	}{
		{"summary printed twice (en)", "en", "August 25, 2024", "2024-08-25", true},
		{"summary printed twice (fr)", "fr", "25 août 2024", "2024-08-25", true},
		{"summary printed twice (de)", "de", "25. August 2024", "2024-08-25", true},
		{"summary printed once (en)", "en", "August 25, 2024", "2024-08-25", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := []string{"<p>" + summary[tc.lang] + "</p>"}
			if tc.twice {
				lines = append(lines, "<p>"+summary[tc.lang]+"</p>")
			}
			lines = append(lines, `<div class="author">Shauna Mitchell</div>`, "<p>"+tc.date+"</p>")
			a, err := FromHTML(strings.NewReader(newsPage(tc.lang, markup, "How much to charge for a yoga class", lines...)), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestShownDateAfterANoticeAboveTheHeadline(t *testing.T) {
	markup := `<meta property="article:published_time" content="2019-10-10T20:00:00Z">`
	tests := []struct {
		name, lang, notice, lead, date, want string
	}{
		{"notice above (de)", "de", "Vielen Dank für Ihre Registrierung. Sie haben den Aktivierungslink für Ihr Benutzerkonto per E-Mail erhalten.",
			"Die Tanzkompanie des Theaters öffnet mit ihrer ersten Arbeit unter dem neuen Tanzchef, traumleicht und bildstark.", "Bettina Kugler 19.10.2019, 05:00 Uhr", "2019-10-19"},
		{"notice above (en)", "en", "Thank you for signing up. We have sent the activation link for your new account to your e-mail address.",
			"The dance company of the city theatre opens its season with the first work of its new director, light and vivid.", "Jane Doe 19.10.2019, 05:00", "2019-10-19"},
		{"notice above (fr)", "fr", "Merci pour votre inscription. Nous avons envoyé le lien d'activation de votre compte à votre adresse e-mail.",
			"La compagnie de danse du théâtre ouvre sa saison avec la première œuvre de son nouveau directeur, légère et vive.", "Jeanne Dupont 19.10.2019, 05:00", "2019-10-19"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.lang, markup, "Rain opens the season", "<p>"+tc.lead+"</p>", "<p>"+tc.date+"</p>")
			page = strings.Replace(page, "<article>", "<div><p>"+tc.notice+"</p></div><article>", 1)
			a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestDateAfterTheArticleDoesNotReplaceTheBanner(t *testing.T) {
	tests := []struct {
		name, lang, banner, related, want string
	}{
		{"related card after the article (en)", "en", "March 4, 2025 20 min read", "August 12, 2024 49 min read", "2025-03-04"},
		{"related card after the article (fr)", "fr", "4 mars 2025", "12 août 2024", "2025-03-04"},
		{"related card after the article (de)", "de", "4. März 2025", "12. August 2024", "2025-03-04"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.lang, "", "Automation testing tutorial")
			// The banner sits further above the headline than the byline
			// window reaches.
			menu := strings.Repeat(`<li><a href="/m">Menu entry</a></li>`, 8)
			page = strings.Replace(page, "<article>", "<div><p>"+tc.banner+"</p><ul>"+menu+"</ul></div><article>", 1)
			page = strings.Replace(page, "</article>", `</article><aside><p><a href="/r">`+tc.related+`</a></p><h3><a href="/r">Importance of automation testing</a></h3></aside>`, 1)
			a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestShownDateOverTimeElementsOfListedStories(t *testing.T) {
	related := `<aside><h3><a href="/r1">Six comfort recipes</a></h3><time datetime="2025-10-23">23 October 2025</time>` +
		`<h3><a href="/r2">Soups you can freeze</a></h3><time datetime="2025-07-17">17 July 2025</time></aside>`
	tests := []struct {
		name, lang, head, lines, want string
	}{
		{"updated line after the headline (en)", "en", "", "<p>Page updated:</p><p>12 November 2025</p>", "2025-11-12"},
		{"updated line after the headline (fr)", "fr", "", "<p>Mis à jour :</p><p>12 novembre 2025</p>", "2025-11-12"},
		{"updated line after the headline (de)", "de", "", "<p>Aktualisiert:</p><p>12. November 2025</p>", "2025-11-12"},
		{"a meta date keeps its rank (en)", "en", `<meta property="article:published_time" content="2025-10-23T10:00:00Z">`, "<p>Page updated:</p><p>12 November 2025</p>", "2025-10-23"},
		{"no date line: the time element (en)", "en", "", "", "2025-10-23"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.lang, tc.head, "Seven days of healthy meals on a budget", tc.lines)
			page = strings.Replace(page, "</article>", "</article>"+related, 1)
			a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestTimeElementOverAnUpdateLine(t *testing.T) {
	tests := []struct {
		name, lang, shown, update string
	}{
		{"en", "en", "3 March 2020", "<p>Updated March 10, 2020</p>"},
		{"fr", "fr", "3 mars 2020", "<p>Mis à jour le 10 mars 2020</p>"},
		{"de", "de", "3. März 2020", "<p>Aktualisiert am 10. März 2020</p>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.lang, "", "Budget adopted after a long night", tc.update)
			page = strings.Replace(page, "<article><h1>", `<article><p><time datetime="2020-03-03T10:00:00Z">`+tc.shown+`</time></p><h1>`, 1)
			a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, "2020-03-03", a.Published.Format(time.DateOnly))
		})
	}
}
