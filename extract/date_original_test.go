package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOriginalDateOverTheShownDate(t *testing.T) {
	tests := []struct {
		name, lang, byline, footer, want string
	}{
		{"originally published (en)", "en", "<p>30 Sep 2022, 11:07am</p>", "<p>This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated to keep the information current.</p>", "2019-09-26"},
		{"initialement publié (fr)", "fr", "<p>30 septembre 2022</p>", "<p>Cet article a été initialement publié le 26 septembre 2019 et mis à jour depuis.</p>", "2019-09-26"},
		{"erstmals veröffentlicht (de)", "de", "<p>30. September 2022</p>", "<p>Dieser Beitrag wurde erstmals am 26. September 2019 veröffentlicht.</p>", "2019-09-26"},
		{"publicado originalmente (es)", "es", "<p>30 de septiembre de 2022</p>", "<p>Este artículo fue publicado originalmente el 26 de septiembre de 2019.</p>", "2019-09-26"},
		{"another outlet keeps the page's date (en)", "en", "<p>30 Sep 2022, 11:07am</p>", "<p>Originally published at www.example.com on September 26, 2019.</p>", "2022-09-30"},
		{"a related story's linked teaser keeps the page's (en)", "en", "<p>30 Sep 2022, 11:07am</p>", `<p><a href="/older">Tiny homes, originally published on 26 Sep 2019</a></p>`, "2022-09-30"},
		{"a later original date keeps the page's (en)", "en", "<p>30 Sep 2022, 11:07am</p>", "<p>This article was originally published on 3 Oct 2022.</p>", "2022-09-30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := strings.Replace(newsPage(tc.lang, "", "Living in a tiny home", tc.byline), "</article>", tc.footer+"</article>", 1)
			a, err := FromHTML(strings.NewReader(page), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Published.Format(time.DateOnly))
		})
	}
}

func TestGluedDateLineOverMarkup(t *testing.T) {
	markup := `<meta property="article:published_time" content="2024-08-07T12:01:51Z">`
	a, err := FromHTML(strings.NewReader(newsPage("en", markup, "Lessons learned from my failed startup", "<p>7 min readDec 30, 2013</p>")), "https://news.example/x")
	require.NoError(t, err)
	assert.Equal(t, "2013-12-30", a.Published.Format(time.DateOnly))
}
