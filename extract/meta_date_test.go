package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestInPageZone(t *testing.T) {
	utc := time.Date(2023, 11, 9, 5, 30, 59, 0, time.UTC)
	local := time.Date(2023, 11, 8, 23, 30, 59, 0, time.UTC) // read without zone
	got := inPageZone(utc, []time.Time{local})
	assert.True(t, got.Equal(utc), "the same instant")
	assert.Equal(t, "2023-11-08", got.Format(time.DateOnly), "the page's day")
	_, off := got.Zone()
	assert.Equal(t, -6*3600, off)

	other := time.Date(2023, 11, 8, 23, 31, 12, 0, time.UTC)
	assert.Equal(t, utc, inPageZone(utc, []time.Time{other}), "not a whole zone apart")
	paris := time.Date(2023, 11, 9, 6, 30, 59, 0, time.FixedZone("", 3600))
	assert.Equal(t, paris, inPageZone(paris, []time.Time{local}), "a zone of its own is kept")
}

func TestHasZone(t *testing.T) {
	for s, want := range map[string]bool{
		"2023-11-09T05:30:59Z": true, "2023-11-09T05:30:59+01:00": true, "2023-11-09 05:30:59 -0500": true,
		"2023-11-08 23:30:59": false, "2023-11-08": false, "Thu, 09 Nov 2023 05:30:59 GMT": true,
	} {
		assert.Equal(t, want, hasZone(s), s)
	}
}

func TestURLDateInMetadata(t *testing.T) {
	doc := htmlDoc(t, `<html><head><title>T</title></head><body><p>Some article text that is long enough to be the body of the page, with words.</p>
<aside><time datetime="2009-04-11 18:06:36">old post</time></aside></body></html>`, "https://blog.example/2019/10/22/story/")
	assert.Equal(t, time.Date(2019, 10, 22, 0, 0, 0, 0, time.UTC), doc.Meta.Published, "the address's date before page-wide <time> elements")
}

func TestDescriptionImageCanonical(t *testing.T) {
	tests := []struct {
		name, head, pageURL       string
		description, image, canon string
	}{
		{"OpenGraph", `<meta property="og:description" content="Kurz gesagt."><meta property="og:image" content="/img/a.jpg"><meta property="og:url" content="https://news.example/a">`,
			"https://news.example/a?utm=x", "Kurz gesagt.", "https://news.example/img/a.jpg", "https://news.example/a"},
		{"link and JSON-LD", `<link rel="canonical" href="https://news.example/b"><script type="application/ld+json">{"@type":"NewsArticle","description":"Résumé.","image":{"@type":"ImageObject","url":"https://cdn.example/b.jpg"}}</script>`,
			"https://news.example/b", "Résumé.", "https://cdn.example/b.jpg", "https://news.example/b"},
		{"twitter card", `<meta name="twitter:image" content="https://cdn.example/c.png"><meta name="description" content="Resumen.">`,
			"", "Resumen.", "https://cdn.example/c.png", ""},
		{"no usable address", `<link rel="canonical" href="javascript:void(0)">`, "", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := htmlDoc(t, `<html><head><title>T</title>`+tc.head+`</head><body><p>Some article text that is long enough to be the body of the page.</p></body></html>`, tc.pageURL)
			assert.Equal(t, tc.description, doc.Meta.Description)
			assert.Equal(t, tc.image, doc.Meta.Image)
			assert.Equal(t, tc.canon, doc.Meta.Canonical)
		})
	}
}

func TestOnURLDay(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name    string
		t, url  time.Time
		wantDay string
		wantOff int
	}{
		{"late UTC, next day in the address", time.Date(2018, 12, 31, 23, 11, 59, 0, time.UTC), day(2019, 1, 1), "2019-01-01", 3600},
		{"early UTC, previous day in the address", time.Date(2025, 12, 19, 3, 5, 0, 0, time.UTC), day(2025, 12, 18), "2025-12-18", -4 * 3600},
		{"same day", time.Date(2019, 7, 25, 15, 0, 0, 0, time.UTC), day(2019, 7, 25), "2019-07-25", 0},
		{"two days apart", time.Date(2019, 7, 25, 15, 0, 0, 0, time.UTC), day(2019, 7, 27), "2019-07-25", 0},
		{"noon is too far from the next day", time.Date(2019, 7, 25, 9, 0, 0, 0, time.UTC), day(2019, 7, 26), "2019-07-25", 0},
		{"a zone of its own is kept", time.Date(2019, 7, 25, 23, 0, 0, 0, time.FixedZone("", 3600)), day(2019, 7, 26), "2019-07-25", 3600},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := onURLDay(tt.t, tt.url)
			assert.True(t, got.Equal(tt.t), "the same instant")
			assert.Equal(t, tt.wantDay, got.Format(time.DateOnly))
			_, off := got.Zone()
			assert.Equal(t, tt.wantOff, off)
		})
	}
}

func TestLocalMidnight(t *testing.T) {
	tests := []struct {
		name    string
		t       time.Time
		wantDay string
	}{
		{"Central European midnight", time.Date(2022, 11, 6, 23, 0, 0, 0, time.UTC), "2022-11-07"},
		{"summer time midnight", time.Date(2022, 6, 6, 22, 0, 0, 0, time.UTC), "2022-06-07"},
		{"an afternoon hour", time.Date(2019, 7, 25, 15, 0, 0, 0, time.UTC), "2019-07-25"},
		{"minutes", time.Date(2022, 11, 6, 23, 11, 0, 0, time.UTC), "2022-11-06"},
		{"a zone of its own", time.Date(2022, 11, 6, 23, 0, 0, 0, time.FixedZone("", -5*3600)), "2022-11-06"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := localMidnight(tt.t)
			assert.True(t, got.Equal(tt.t), "the same instant")
			assert.Equal(t, tt.wantDay, got.Format(time.DateOnly))
		})
	}
}
