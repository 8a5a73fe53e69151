package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPostedDateAfterTheArticle(t *testing.T) {
	tests := []struct {
		name, lang, head, footer, want string
	}{
		{"posted footer (en)", "en", "", "<p>This entry was posted on Wednesday, May 19th, 2010 at 11:03 pm and is filed under Books.</p>", "2010-05-19"},
		{"posted footer (de)", "de", "", "<p>Literatur im Netz wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Lesenswert abgelegt.</p>", "2010-05-19"},
		{"posted footer (es)", "es", "", "<p>Publicado el 19 de mayo de 2010 en Libros</p>", "2010-05-19"},
		{"first post header of a thread (en)", "en", "", "<p>by Minoa » Tue Aug 27, 2019 1:47 am</p><p>Nice one.</p><p>by Jane » Wed Aug 28, 2019 9:02 am</p>", "2019-08-27"},
		{"post header over an edited footer (fr)", "fr", "", "<p>Cette page a été modifiée pour la dernière fois le 3 mars 2021 à 10:00.</p><p>par Minoa » 27 août 2019, 01:47</p>", "2019-08-27"},
		{"edited footer (de)", "de", "", "<p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p>", "2020-01-29"},
		{"the markup's date first (it)", "it", `<meta property="article:published_time" content="2021-02-03T10:00:00+01:00">`, "<p>Pubblicato il 19 maggio 2010</p>", "2021-02-03"},
		{"no posting line, no date (nl)", "nl", "", "<p>Tot ziens in de gemeenteraad.</p>", "0001-01-01"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The footer comes after more paragraphs than the byline
			// window reaches.
			filler := strings.Repeat("<p>"+strings.Repeat("The council met again late into the night. ", 6)+"</p>", 12)
			page := strings.Replace(newsPage(tc.lang, tc.head, "Budget adopted after a long night"), "</article>", filler+tc.footer+"</article>", 1)
			a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}
