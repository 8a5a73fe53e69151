package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestModifiedDateIsTheLastSource(t *testing.T) {
	modified := `<meta property="article:modified_time" content="2023-06-12T10:39:42+00:00">`
	ld := `<script type="application/ld+json">{"@type":"Article","dateModified":"2021-03-04T08:00:00+01:00"}</script>`
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name, lang, head string
		lines            []string
		want             time.Time
	}{
		{"meta modified alone (en)", "en", modified, nil, day(2023, 6, 12)},
		{"JSON-LD dateModified alone (de)", "de", ld, nil, day(2021, 3, 4)},
		{"published first (fr)", "fr", modified + `<meta property="article:published_time" content="2020-01-02T10:00:00+00:00">`, nil, day(2020, 1, 2)},
		{"visible date first (es)", "es", modified, []string{"<p>22 de enero de 2015</p>"}, day(2015, 1, 22)},
		{"no date at all (it)", "it", "", nil, time.Time{}},
		{"itemprop dateModified alone (nl)", "nl", "", []string{`<p><time itemprop="dateModified">2018-08-29 14:15:57</time></p>`}, day(2018, 8, 29)},
		{"a date line that is the itemprop dateModified keeps the published (de)", "de", "", []string{`<p><time itemprop="dateModified">2018-08-29 14:15:57</time> <time itemprop="datePublished" datetime="2018-06-22 10:20:00">22.06.2018 10:20</time></p>`}, day(2018, 6, 22)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage(tc.lang, tc.head, "Budget adopted after a long night", tc.lines...)), "")
			require.NoError(t, err)
			if tc.want.IsZero() {
				assert.True(t, a.Published.IsZero(), "published %v", a.Published)
				return
			}
			y, m, d := a.Published.Date()
			assert.Equal(t, tc.want, day(y, m, d), "published %v", a.Published)
		})
	}
	ref := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	a, err := New(WithReferenceTime(ref)).FromHTML(strings.NewReader(newsPage("en", modified, "Budget adopted")), "")
	require.NoError(t, err)
	assert.True(t, a.Published.IsZero(), "a modified date after the reference time is no publication date")
}
