package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// siteNote is the shared line of siteDump that no single-page rule knows.
const siteNote = "The Daily Example is published by Example Media, an independent company founded by its readers in the spring."

// noteDump is siteDump with siteNote after the moderation notice.
func noteDump(i int) string {
	return strings.Replace(siteDump(i), "\nCopyright", "\n"+siteNote+"\nCopyright", 1)
}

func templateRemovals(a *Article) []Removal {
	var out []Removal
	for _, r := range a.Removed {
		if r.Extractor == "site-template" {
			out = append(out, r)
		}
	}
	return out
}

func TestSiteTemplateDumps(t *testing.T) {
	prof := learnDumps(t, "example.com", noteDump(1), noteDump(2), noteDump(3), noteDump(4))
	plain, err := FromText(noteDump(2))
	require.NoError(t, err)
	require.Contains(t, plain.Text(), siteNote, "the single-page rules keep the note")

	a, err := New(WithSiteProfile(prof)).FromText(noteDump(2))
	require.NoError(t, err)
	rs := templateRemovals(a)
	// The single-page rules miss the note and this wording of the
	// moderation notice; the profile removes both, and nothing else.
	notice := "Because of repeated abuse we have decided to close the comments under all the articles of this site."
	require.Len(t, rs, 2, "removed: %+v", a.Removed)
	want := plain.Text()
	for i, text := range []string{notice, siteNote} {
		assert.Equal(t, text, rs[i].Text)
		assert.Equal(t, "template", rs[i].Kind)
		assert.Equal(t, "seen on 4 of 4 pages of this host", rs[i].Evidence)
		require.Contains(t, want, text)
		want = strings.Replace(want, "\n\n"+text, "", 1)
	}
	// The body is intact, the shared heading between its paragraphs too.
	assert.Equal(t, want, a.Text())
	assert.Contains(t, a.Text(), "\nBackground\n")
}

func TestSiteTemplateDoesNothing(t *testing.T) {
	edition := func(i int, name string) string { return noteDump(1) + "\nEdition of the " + name }
	cases := []struct {
		name    string
		profile *SiteProfile
		page    string
	}{
		{"nil profile", nil, noteDump(2)},
		{"too few pages", learnDumps(t, "", noteDump(1), noteDump(2)), noteDump(2)},
		{"other host", func() *SiteProfile {
			var l SiteLearner
			for i := range 4 {
				l.AddHost("other.org", htmlDocOf(t, hostPage(i), ""))
			}
			return l.Profile("other.org")
		}(), hostPage(1)},
		// Three copies of one article: its body recurs with the page, so
		// the page keeps it all.
		{"copies", learnDumps(t, "", edition(1, "morning"), edition(1, "evening"), edition(1, "night")), edition(1, "morning")},
	}
	// Three copies of one HTML article, each with a sidebar of its own.
	copyPage := func(i int) string {
		return strings.Replace(hostPage(1), "<footer>", "<aside><p>"+strings.Repeat(placeName(i)+" weather today. ", 12)+"</p></aside><footer>", 1)
	}
	var l SiteLearner
	for i := range 3 {
		l.AddHost("example.com", htmlDocOf(t, copyPage(i+10), ""))
	}
	cases = append(cases, struct {
		name    string
		profile *SiteProfile
		page    string
	}{"html copies", l.Profile("example.com"), copyPage(10)})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := New(WithSiteProfile(c.profile))
			var a *Article
			var err error
			if strings.HasPrefix(c.page, "<html>") {
				a, err = p.FromHTML(strings.NewReader(c.page), "https://example.com/news/1")
			} else {
				a, err = p.FromText(c.page)
			}
			require.NoError(t, err)
			assert.Empty(t, templateRemovals(a))
			if c.profile != nil {
				assert.Greater(t, c.profile.Pages, 0)
			}
		})
	}
}

// hostPage is an HTML page of an invented site: a menu, the article (its
// own paragraphs, then a shared promo line), a "Most read" box with the
// last paragraph of page 0 (on every page but page 0) and a footer.
func hostPage(i int) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "<html><head><title>Market news - Example</title></head><body><nav><ul><li><a href=/>Home</a></li><li><a href=/news>News</a></li></ul></nav><main><article><h1>Market of %s</h1>", placeName(i))
	for j := range 4 {
		fmt.Fprintf(&sb, "<p>%s</p>", newsPara(i, j))
	}
	sb.WriteString("<p>Example Media is funded by its readers, and every donation, however small, keeps our newsroom going for another day.</p></article>")
	if i != 0 {
		fmt.Fprintf(&sb, "<aside><h2>Most read</h2><ul><li>%s</li></ul></aside>", newsPara(0, 3))
	}
	sb.WriteString("<footer><p>Example Media, all rights reserved.</p></footer></main></body></html>")
	return sb.String()
}

// newsPara is paragraph j of hostPage(i).
func newsPara(i, j int) string {
	return fmt.Sprintf("In %s the %s market reopened on %s after the floods, and traders said the %s stalls were busy from early morning until the evening.",
		placeName(i), []string{"fish", "flower", "book", "cheese"}[j%4], []string{"Monday", "Tuesday", "Friday"}[(i+j)%3], []string{"old", "new", "covered"}[(i*j)%3])
}

func htmlDocOf(t *testing.T, page, pageURL string) *Document {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	doc, err := NewHTMLDocument(root, pageURL)
	require.NoError(t, err)
	return doc
}

func TestSiteTemplateHTML(t *testing.T) {
	teaser := newsPara(0, 3)
	var l SiteLearner
	for i := range 4 {
		l.Add(htmlDocOf(t, hostPage(i), fmt.Sprintf("https://www.example.com/news/%d", i)))
	}
	prof := l.Profile("example.com")
	require.NotNil(t, prof)
	require.Equal(t, 4, prof.Pages)
	teaserText := prof.index()[siteKey(teaser)]
	require.NotNil(t, teaserText)
	assert.Equal(t, 4, teaserText.Pages)

	p := New(WithSiteProfile(prof))
	for i := range 4 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			a, err := p.Run(htmlDocOf(t, hostPage(i), fmt.Sprintf("https://example.com/news/%d", i)))
			require.NoError(t, err)
			plain, err := FromHTML(strings.NewReader(hostPage(i)), fmt.Sprintf("https://example.com/news/%d", i))
			require.NoError(t, err)
			removed := map[string]string{}
			for _, r := range templateRemovals(a) {
				removed[r.Text] = r.Evidence
			}
			assert.Equal(t, "seen on 4 of 4 pages of this host, at body>main>article>p",
				removed["Example Media is funded by its readers, and every donation, however small, keeps our newsroom going for another day."])
			if i == 0 {
				// Page 0's own last paragraph stays, though its text is on
				// every page: elsewhere it sits in a sidebar.
				assert.Contains(t, a.Text(), teaser)
			} else {
				assert.NotContains(t, a.Text(), teaser)
			}
			// Nothing of the article's own paragraphs goes.
			for _, b := range plain.Body {
				if strings.HasPrefix(b.Text, "In "+placeName(i)) {
					assert.Contains(t, a.Text(), b.Text)
				}
			}
		})
	}
}

// TestSiteTemplateRealPages learns a profile from three pages of one host
// in the WCXB set and checks that what it removes is not in their gold
// text.
func TestSiteTemplateRealPages(t *testing.T) {
	dir := "/work/shared/bench/wcxb"
	goldData, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Skip("WCXB set not available:", err)
	}
	var gold map[string]struct {
		Text string `json:"text"`
		URL  string `json:"url"`
	}
	require.NoError(t, json.Unmarshal(goldData, &gold))
	ids := []string{"3071", "3075", "3076"} // three product pages of one store
	var l SiteLearner
	docs := func() []*Document {
		var out []*Document
		for _, id := range ids {
			f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
			require.NoError(t, err)
			zr, err := gzip.NewReader(f)
			require.NoError(t, err)
			data, err := io.ReadAll(zr)
			f.Close()
			require.NoError(t, err)
			root, err := html.Parse(bytes.NewReader(data))
			require.NoError(t, err)
			doc, err := NewHTMLDocument(root, gold[id].URL)
			require.NoError(t, err)
			out = append(out, doc)
		}
		return out
	}
	for _, doc := range docs() {
		l.Add(doc)
	}
	hosts := l.Hosts()
	require.Len(t, hosts, 1)
	p := New(WithSiteProfile(l.Profile(hosts[0])))
	total := 0
	for i, doc := range docs() {
		a, err := p.Run(doc)
		require.NoError(t, err)
		lines := map[string]bool{}
		for line := range strings.Lines(gold[ids[i]].Text) {
			lines[clean.FoldPhrase(line)] = true
		}
		for _, r := range templateRemovals(a) {
			total++
			assert.False(t, lines[clean.FoldPhrase(r.Text)], "page %s: gold line removed: %q", ids[i], r.Text)
		}
	}
	assert.Greater(t, total, 10, "the store's template is found")
}

// TestSiteConcurrentUse learns from many goroutines at once and runs one
// pipeline with the profile from many goroutines. Run it with -race.
func TestSiteConcurrentUse(t *testing.T) {
	var l SiteLearner
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() { l.AddHost("h", textDoc(t, noteDump(i))) })
	}
	wg.Wait()
	prof := l.Profile("h")
	require.Equal(t, 8, prof.Pages)
	p := New(WithSiteProfile(prof))
	want := make([]string, 8)
	for i := range want {
		a, err := p.FromText(noteDump(i))
		require.NoError(t, err)
		want[i] = a.Text()
		require.NotContains(t, want[i], siteNote)
	}
	got := make([]string, 8)
	for i := range got {
		wg.Go(func() {
			if a, err := p.FromText(noteDump(i)); err == nil {
				got[i] = a.Text()
			}
		})
	}
	wg.Wait()
	assert.Equal(t, want, got)
}
