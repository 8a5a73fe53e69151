package dataset

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKeyURL(t *testing.T) {
	tests := []struct {
		key, want string
	}{
		{key: "https://taz.de/a/!56/", want: "https://taz.de/a/!56/"},
		{key: "http://example.org/x?y=1", want: "http://example.org/x?y=1"},
		{key: "xhttps://www.zoo-berlin.de/de/a", want: "https://www.zoo-berlin.de/de/a"},
		{key: "hard::100noticias.com-millones.html", want: ""},
		{key: "httpfoo", want: ""},
		{key: "", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			assert.Equal(t, tt.want, keyURL(tt.key))
		})
	}
}

func TestTrafilatura(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "evaldata.json", `{
		"https://b.example/post": {"file": "b.html", "with": ["keep"], "without": ["drop"], "title": "B", "author": "Ann", "date": "2019-01-02"},
		"hard::a.html": {"file": "a page.html", "with": ["w1", "w2"], "without": [], "author": ["A", "B"]},
		"hard::c.html": {"file": "c.html", "with": [], "without": [], "author": null}
	}`)
	writeFile(t, dir, "html/a page.html.gz", "<p>w1 w2</p>")

	pages, err := Trafilatura(dir)
	require.NoError(t, err)
	require.Len(t, pages, 3)
	a, b, c := pages[0], pages[1], pages[2]
	assert.Equal(t, "a page.html", a.ID)
	assert.Equal(t, "", a.URL)
	assert.Equal(t, []string{"w1", "w2"}, a.With)
	assert.Equal(t, filepath.Join(dir, "html", "a page.html.gz"), a.Path)
	got, err := a.Read()
	require.NoError(t, err)
	assert.Equal(t, "<p>w1 w2</p>", string(got))

	assert.Equal(t, "https://b.example/post", b.URL)
	assert.Equal(t, []string{"drop"}, b.Without)
	assert.Equal(t, "B", b.Title)
	assert.Equal(t, "Ann", b.Author)
	assert.Equal(t, "2019-01-02", b.Published)
	assert.Equal(t, "A; B", a.Author, "list of names")
	assert.Equal(t, "", c.Author, "null author")
}
