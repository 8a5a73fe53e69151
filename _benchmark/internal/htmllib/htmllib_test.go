package htmllib

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
)

// articleHTML is a small news page: navigation, a headline, several body
// paragraphs and a footer.
const articleHTML = `<!DOCTYPE html>
<html lang="en"><head><title>Council approves new budget - The Daily Example</title></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Council approves new budget</h1>
<p>The city council approved a new budget on Monday after a long debate about
spending on schools, roads and public transport in the coming year.</p>
<p>Members of the council argued for several hours about the size of the
increase for schools before a majority finally agreed on the compromise.</p>
<p>The mayor said the budget would allow the city to repair more roads than in
any year since the beginning of the decade, and to hire more bus drivers.</p>
<p>Opposition members warned that the plan relied on optimistic forecasts of
tax revenue and said they would watch the spending closely during the year.</p>
</article>
<footer>Copyright The Daily Example. All rights reserved.</footer>
</body></html>`

func TestLibraries(t *testing.T) {
	page := dataset.Page{ID: "x", URL: "https://news.example/budget"}
	for _, lib := range Libraries() {
		t.Run(lib.Name, func(t *testing.T) {
			out, err := lib.Extract(page, []byte(articleHTML))
			require.NoError(t, err)
			assert.Contains(t, out.Text, "optimistic forecasts")
			assert.NotContains(t, out.Text, "All rights reserved")
		})
	}
}

func TestTrafilaturaWithoutFallback(t *testing.T) {
	page := dataset.Page{ID: "x", URL: "https://news.example/budget"}
	out, err := Trafilatura(false)(page, []byte(articleHTML))
	require.NoError(t, err)
	assert.Contains(t, out.Text, "optimistic forecasts")
}

func TestIsoDay(t *testing.T) {
	assert.Empty(t, isoDay(time.Time{}))
	assert.Equal(t, "2024-03-09", isoDay(time.Date(2024, 3, 9, 23, 0, 0, 0, time.UTC)))
}

func TestLibrariesEmptyPage(t *testing.T) {
	for _, lib := range Libraries() {
		t.Run(lib.Name, func(t *testing.T) {
			out, err := lib.Extract(dataset.Page{}, []byte("<html><body></body></html>"))
			if err == nil {
				assert.Empty(t, strings.TrimSpace(out.Text))
			}
		})
	}
}

func TestPageURL(t *testing.T) {
	assert.Nil(t, PageURL(dataset.Page{}))
	assert.Nil(t, PageURL(dataset.Page{URL: "http://bad host/%zz"}))
	u := PageURL(dataset.Page{URL: "https://a.example/p?q=1"})
	require.NotNil(t, u)
	assert.Equal(t, "a.example", u.Host)
}

func TestPithNoContentKeepsMetadata(t *testing.T) {
	page := `<html lang="de"><head><title>Nur ein Titel - Beispiel</title>
<meta name="author" content="Hans Müller"></head><body><nav><a href="/">Start</a></nav></body></html>`
	out, err := Pith(dataset.Page{}, []byte(page))
	require.NoError(t, err)
	assert.Empty(t, out.Text)
	assert.Equal(t, "de", out.Lang)
	assert.Equal(t, "Hans Müller", out.Author)
}
