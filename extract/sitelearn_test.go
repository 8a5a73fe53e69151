package extract

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// siteDump builds a text dump of page i of an invented news site: a menu,
// a headline, a body of its own (with the shared heading "Background" in
// the middle), a moderation notice and a footer, the three last shared by
// every page.
func siteDump(i int) string {
	body := func(j int) string {
		return fmt.Sprintf("The council of %s voted on item %c of its budget this week, after a debate that lasted %s hours and left %s members unhappy with the outcome.",
			placeName(i), rune('a'+j), []string{"two", "three", "four", "five", "six"}[(i+j)%5], []string{"many", "few", "several", "some"}[(i*j)%4])
	}
	lines := []string{
		fmt.Sprintf("Storm over %s - The Daily Example", placeName(i)),
		"Home", "World", "Politics", "Sport",
		fmt.Sprintf("Storm over %s", placeName(i)),
		body(0), body(1),
		"Background",
		body(2), body(3),
		"Because of repeated abuse we have decided to close the comments under all the articles of this site.",
		"Copyright The Daily Example, all rights reserved.",
	}
	return strings.Join(lines, "\n")
}

// placeName is a made-up place name, different for every i, without digits
// (which site keys fold).
func placeName(i int) string {
	name := []byte{'Z'}
	for ; i > 0; i /= 26 {
		name = append(name, byte('a'+i%26))
	}
	return string(name) + "ville"
}

func textDoc(t *testing.T, dump string) *Document {
	t.Helper()
	doc, err := NewTextDocument(dump)
	require.NoError(t, err)
	return doc
}

func learnDumps(t *testing.T, host string, dumps ...string) *SiteProfile {
	t.Helper()
	var l SiteLearner
	for _, d := range dumps {
		l.AddHost(host, textDoc(t, d))
	}
	return l.Profile(host)
}

func TestSiteLearnerCounts(t *testing.T) {
	p := learnDumps(t, "example.com", siteDump(1), siteDump(2), siteDump(3), siteDump(4))
	require.NotNil(t, p)
	assert.Equal(t, "example.com", p.Host)
	assert.Equal(t, 4, p.Pages)
	notice := p.index()[siteKey("Because of repeated abuse we have decided to close the comments under all the articles of this site.")]
	require.NotNil(t, notice)
	assert.Equal(t, 4, notice.Pages)
	assert.Empty(t, notice.Paths, "a dump has no DOM paths")
	assert.Nil(t, p.index()[siteKey("Storm over "+placeName(1))], "a text seen once is not kept")
	assert.Equal(t, 4, p.index()[siteKey("Background")].Pages)
	assert.Empty(t, siteKey("$29.95"), "a text without letters has no key")
	assert.Equal(t, siteKey("12 comments"), siteKey("3 Comments"), "digit runs fold")
}

func TestSiteLearnerDuplicatePagesCountOnce(t *testing.T) {
	p := learnDumps(t, "h", siteDump(1), siteDump(1), siteDump(2), siteDump(1))
	assert.Equal(t, 2, p.Pages)
}

func TestSiteLearnerUnknownHost(t *testing.T) {
	var l SiteLearner
	assert.Nil(t, l.Profile("nowhere"))
	assert.Empty(t, l.Profiles())
	l.Add(textDoc(t, siteDump(1)))
	assert.Equal(t, []string{""}, l.Hosts(), "a dump has no host")
}

// TestSiteLearnerOrder checks that a profile depends on the set of pages,
// not their order, also when there are more pages than MaxSitePages.
func TestSiteLearnerOrder(t *testing.T) {
	var dumps []string
	for i := range MaxSitePages + 30 {
		d := siteDump(i)
		if i%3 == 0 {
			d += "\nOnly on some pages: the weekly quiz."
		}
		dumps = append(dumps, d)
	}
	var want []byte
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 3 {
		if round > 0 {
			rng.Shuffle(len(dumps), func(i, j int) { dumps[i], dumps[j] = dumps[j], dumps[i] })
		}
		p := learnDumps(t, "h", dumps...)
		assert.Equal(t, MaxSitePages, p.Pages, "the sample is bounded")
		var buf bytes.Buffer
		require.NoError(t, SaveSiteProfiles(&buf, []*SiteProfile{p}))
		if round == 0 {
			want = buf.Bytes()
			continue
		}
		assert.Equal(t, string(want), buf.String(), "round %d", round)
	}
}

func TestSiteLearnerKeysPerPageBounded(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("title\n")
	for i := range maxSiteKeysPerPage + 50 {
		fmt.Fprintf(&sb, "line %c%c%c\n", 'a'+i%26, 'a'+i/26%26, 'a'+i/676)
	}
	page := newSitePage(textDoc(t, sb.String()))
	assert.Len(t, page.keys, maxSiteKeysPerPage)
	long := newSitePage(textDoc(t, "title\n"+strings.Repeat("word ", maxSiteKeyBytes)))
	assert.Empty(t, long.keys, "a block longer than maxSiteKeyBytes is not learned")
}

func TestSiteLearnerAddInputs(t *testing.T) {
	var l SiteLearner
	for i := range 3 {
		require.NoError(t, l.AddHTML(strings.NewReader(hostPage(i)), fmt.Sprintf("https://www.example.com/%d", i), "text/html; charset=utf-8"))
		require.NoError(t, l.AddText("dumps", noteDump(i)))
	}
	assert.Equal(t, []string{"dumps", "example.com"}, l.Hosts())
	assert.Equal(t, 3, l.Profile("example.com").Pages)
	assert.Equal(t, 3, l.Profile("dumps").Pages)

	assert.ErrorIs(t, l.AddHTML(strings.NewReader("  "), "", ""), ErrEmpty)
	assert.ErrorIs(t, l.AddText("h", ""), ErrEmpty)
	assert.ErrorIs(t, l.AddText("h", "a\x00b"), ErrBinary)
	assert.ErrorIs(t, l.AddHTML(strings.NewReader(strings.Repeat("x", DefaultMaxBytes+1)), "", ""), ErrTooLarge)
	assert.Equal(t, []string{"dumps", "example.com"}, l.Hosts(), "failed inputs add nothing")
}
