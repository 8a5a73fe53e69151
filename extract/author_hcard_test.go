package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestHCardAuthors(t *testing.T) {
	header := `<h1 class="vcard author"><a href="https://blog.example/" class="fn">Das Blog</a></h1>`
	tests := []struct {
		name, lang, header, card string
		want                     []string
	}{
		{"byline card (de)", "de", header, `<h4 class="vcard author">vom <span class="fn">Krimiblogger</span></h4>`, []string{"Krimiblogger"}},
		{"post-author card (en)", "en", "", `<p class="post-author vcard">Shared on a Sunday <span class="fn">Jane Roe</span></p>`, []string{"Jane Roe"}},
		{"card inside an author box (fr)", "fr", header, `<div class="entry-author"><span class="vcard"><span class="fn">Jean Dupont</span></span></div>`, []string{"Jean Dupont"}},
		{"h-card (sv)", "sv", "", `<p class="author h-card"><span class="p-name">Anna Berg</span></p>`, []string{"Anna Berg"}},
		{"two cards of one byline (es)", "es", "", `<p><span class="author vcard"><span class="fn">Ana López</span></span> y <span class="author vcard"><span class="fn">Luis Pérez</span></span></p>`, []string{"Ana López", "Luis Pérez"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.lang, "", "Budget adopted after a long night", tc.card)
			page = strings.Replace(page, "<nav>", tc.header+"<nav>", 1)
			a, err := FromHTML(strings.NewReader(page), "https://blog.example/2020/05/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

func TestHCardsRead(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"the blog's name in its header", `<h1 class="vcard author"><a href="/" class="fn">Das Blog</a></h1>`, nil},
		{"header then byline", `<h1 class="vcard author"><a href="/" class="fn">Das Blog</a></h1><h4 class="vcard author">von <span class="fn">Anna</span></h4>`, []string{"Anna"}},
		{"a commenter's card", `<div class="comment-author vcard"><span class="fn">Troll</span></div>`, nil},
		{"a card without an author class", `<div class="vcard"><span class="fn">Jan de Vries</span></div>`, nil},
		{"a card without a name", `<div class="author vcard"><img src="a.jpg"></div>`, nil},
		{"a second byline's card", `<div class="byline"><span class="author vcard"><span class="fn">Ana López</span></span></div><aside><div><span class="author vcard"><span class="fn">Luis Pérez</span></span></div></aside>`, []string{"Ana López"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tc.body + "</body></html>"))
			require.NoError(t, err)
			assert.Equal(t, tc.want, readMeta(root, "https://blog.example/x").hcards)
		})
	}
}

func TestFrontPageLink(t *testing.T) {
	tests := []struct {
		href string
		want bool
	}{
		{"https://blog.example/", true},
		{"/", true},
		{"", true},
		{"https://blog.example/author/jane", false},
		{"/?p=12", false},
	}
	for _, tc := range tests {
		t.Run(tc.href, func(t *testing.T) {
			assert.Equal(t, tc.want, frontPageLink(tc.href))
		})
	}
}

func TestMetaAuthorKeys(t *testing.T) {
	tests := []struct {
		name, head string
		want       []string
	}{
		{"shareaholic", `<meta name="shareaholic:article_author_name" content="Wolfgang Michal">`, []string{"Wolfgang Michal"}},
		{"og:article:author", `<meta property="og:article:author" content="Jane Doe">`, []string{"Jane Doe"}},
		{"the site's own byline, when no person is named", `<meta property="og:site_name" content="BBC News"><meta property="og:article:author" content="BBC News">`, []string{"BBC News"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(newsPage("en", tc.head, "Budget adopted after a long night")), "https://news.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

// An author box names the writer when the markup credits only the
// publisher.
func TestClassAuthorOverPublisher(t *testing.T) {
	head := `<meta property="og:site_name" content="Acme"><meta name="author" content="Acme">`
	tests := []struct {
		name, lang, head, box string
		want                  []string
	}{
		{"author box (en)", "en", head, `<div class="staff__wrap"><div class="text__author">Shauna Mitchell</div></div>`, []string{"Shauna Mitchell"}},
		{"author name class (de)", "de", head, `<div class="post_author-name">Anna Maier</div>`, []string{"Anna Maier"}},
		{"a reviewer is no writer (en)", "en", head, `<p class="review-card_author">Tom Kent</p>`, []string{"Acme"}},
		{"a bio is no name (fr)", "fr", head, `<div class="author-bio">Jean Dupont est journaliste à Lyon depuis vingt ans.</div>`, []string{"Acme"}},
		{"no markup: not taken (es)", "es", "", `<div class="text__author">Ana López</div>`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.lang, tc.head, "Budget adopted after a long night")
			page = strings.Replace(page, "</article>", "</article>"+tc.box, 1)
			a, err := FromHTML(strings.NewReader(page), "https://acme.example/x")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}
