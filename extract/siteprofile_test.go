package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestSiteProfilesRoundTrip(t *testing.T) {
	p := learnDumps(t, "example.com", siteDump(1), siteDump(2), siteDump(3))
	var buf bytes.Buffer
	require.NoError(t, SaveSiteProfiles(&buf, []*SiteProfile{p}))
	assert.Contains(t, buf.String(), `"host": "example.com"`)
	got, err := LoadSiteProfiles(&buf)
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, p.Host, got[0].Host)
	assert.Equal(t, p.Pages, got[0].Pages)
	assert.Equal(t, p.Texts, got[0].Texts)
	// A loaded profile removes what the learned one does.
	for _, prof := range []*SiteProfile{p, got[0]} {
		a, err := New(WithSiteProfile(prof)).FromText(siteDump(2))
		require.NoError(t, err)
		assert.Equal(t, 1, countKind(a, "template"))
	}
}

func TestSaveSiteProfilesEmpty(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, SaveSiteProfiles(&buf, nil))
	got, err := LoadSiteProfiles(&buf)
	require.NoError(t, err)
	assert.Empty(t, got)
}

func TestLoadSiteProfilesBad(t *testing.T) {
	cases := []struct{ name, in string }{
		{"not json", "hello"},
		{"wrong type", `{"profiles": 3}`},
		{"null profile", `{"profiles": [null]}`},
		{"host twice", `{"profiles": [{"host": "a", "pages": 3}, {"host": "a", "pages": 4}]}`},
		{"negative pages", `{"profiles": [{"host": "a", "pages": -1}]}`},
		{"more pages than learned", `{"profiles": [{"host": "a", "pages": 3, "texts": [{"key": "menu", "pages": 4}]}]}`},
		{"empty key", `{"profiles": [{"host": "a", "pages": 3, "texts": [{"key": "", "pages": 2}]}]}`},
		{"key twice", `{"profiles": [{"host": "a", "pages": 3, "texts": [{"key": "x", "pages": 2}, {"key": "x", "pages": 3}]}]}`},
		{"path beyond text", `{"profiles": [{"host": "a", "pages": 3, "texts": [{"key": "x", "pages": 2, "paths": [{"path": "body>p", "pages": 3}]}]}]}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadSiteProfiles(strings.NewReader(c.in))
			assert.ErrorIs(t, err, ErrBadProfile)
		})
	}
}

func TestSiteHost(t *testing.T) {
	cases := []struct{ name, page, url, want string }{
		{"page url", `<p>x</p>`, "https://WWW.Example.com/a/b", "example.com"},
		{"url wins", `<link rel="canonical" href="https://other.org/x"><p>x</p>`, "http://news.example.com/", "news.example.com"},
		{"canonical", `<html><head><link rel="canonical" href="https://www.site.fr/article"></head><body><p>x</p></body></html>`, "", "site.fr"},
		{"og url", `<html><head><meta property="og:url" content="https://blog.site.de/post"></head><body><p>x</p></body></html>`, "", "blog.site.de"},
		{"relative canonical", `<html><head><link rel="canonical" href="/article"></head><body><p>x</p></body></html>`, "", ""},
		{"none", `<p>x</p>`, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(c.page))
			require.NoError(t, err)
			doc, err := NewHTMLDocument(root, c.url)
			require.NoError(t, err)
			assert.Equal(t, c.want, SiteHost(doc))
		})
	}
	assert.Empty(t, SiteHost(textDoc(t, siteDump(1))))
}

// countKind counts the removals of the given kind.
func countKind(a *Article, kind string) int {
	n := 0
	for _, r := range a.Removed {
		if r.Kind == kind {
			n++
		}
	}
	return n
}
