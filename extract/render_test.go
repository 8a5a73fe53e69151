package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestArticleHTML(t *testing.T) {
	tests := []struct {
		name    string
		article Article
		want    string
	}{
		{
			name:    "title, lead and paragraph",
			article: Article{Title: "Storm <hits> coast", Lead: "Winds & rain.", Body: []Block{{Kind: Paragraph, Text: `He said "go".`}}},
			want:    "<h1>Storm &lt;hits&gt; coast</h1>\n<p class=\"lead\">Winds &amp; rain.</p>\n<p>He said &#34;go&#34;.</p>\n",
		},
		{
			name:    "headings",
			article: Article{Body: []Block{{Kind: Heading, Level: 1, Text: "A"}, {Kind: Heading, Level: 4, Text: "B"}, {Kind: Heading, Level: 8, Text: "C"}}},
			want:    "<h2>A</h2>\n<h4>B</h4>\n<h6>C</h6>\n",
		},
		{
			name: "nested lists",
			article: Article{Body: []Block{
				{Kind: ListItem, Level: 1, Text: "a"},
				{Kind: ListItem, Level: 2, Ordered: true, Text: "a1"},
				{Kind: ListItem, Level: 2, Ordered: true, Text: "a2"},
				{Kind: ListItem, Level: 1, Text: "b"},
				{Kind: Paragraph, Text: "p"},
				{Kind: ListItem, Level: 1, Ordered: true, Text: "c"},
				{Kind: ListItem, Level: 1, Text: "d"},
			}},
			want: "<ul>\n<li>a<ol>\n<li>a1</li>\n<li>a2</li>\n</ol>\n</li>\n<li>b</li>\n</ul>\n<p>p</p>\n" +
				"<ol>\n<li>c</li>\n</ol>\n<ul>\n<li>d</li>\n</ul>\n",
		},
		{
			name:    "skipped list level",
			article: Article{Body: []Block{{Kind: ListItem, Level: 3, Text: "deep"}}},
			want:    "<ul>\n<li><ul>\n<li><ul>\n<li>deep</li>\n</ul>\n</li>\n</ul>\n</li>\n</ul>\n",
		},
		{
			name:    "quote, code and table",
			article: Article{Body: []Block{{Kind: Quote, Text: "q"}, {Kind: Code, Text: "if a < b {\n}"}, {Kind: Table, Rows: [][]string{{"x", "<y>"}, {"1"}}}}},
			want: "<blockquote><p>q</p>\n</blockquote>\n<pre><code>if a &lt; b {\n}</code></pre>\n" +
				"<table>\n<tbody>\n<tr><td>x</td><td>&lt;y&gt;</td></tr>\n<tr><td>1</td></tr>\n</tbody>\n</table>\n",
		},
		{
			name: "links made absolute, unsafe ones dropped",
			article: Article{URL: "https://news.example/world/story.html", Body: []Block{{
				Kind: Paragraph,
				Text: "Read the report and the reply, then write to us or click here.",
				Links: []Link{
					{Text: "report", URL: "/docs/report.pdf?a=1&b=2"},
					{Text: "missing", URL: "https://elsewhere.example/"},
					{Text: "reply", URL: "reply.html"},
					{Text: "write to us", URL: "mailto:desk@news.example"},
					{Text: "click here", URL: " JavaScript:alert(1)"},
				},
			}}},
			want: `<p>Read the <a href="https://news.example/docs/report.pdf?a=1&amp;b=2">report</a> and the ` +
				`<a href="https://news.example/world/reply.html">reply</a>, then ` +
				`<a href="mailto:desk@news.example">write to us</a> or click here.</p>` + "\n",
		},
		{
			name: "relative links without a page URL are dropped",
			article: Article{Body: []Block{{Kind: ListItem, Level: 1, Text: "home and away", Links: []Link{
				{Text: "home", URL: "/home"}, {Text: "away", URL: "http://away.example/x"},
			}}}},
			want: "<ul>\n<li>home and <a href=\"http://away.example/x\">away</a></li>\n</ul>\n",
		},
		{
			name:    "a link whose text repeats is placed at its first occurrence after the previous link",
			article: Article{URL: "https://a.example/", Body: []Block{{Kind: Paragraph, Text: "go here, or here", Links: []Link{{Text: "here", URL: "/1"}, {Text: "here", URL: "/2"}}}}},
			want:    `<p>go <a href="https://a.example/1">here</a>, or <a href="https://a.example/2">here</a></p>` + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.article.HTML()
			assert.Equal(t, tt.want, got)
			assertWellFormed(t, got)
		})
	}
}

// assertWellFormed checks that rendering the parsed fragment gives the
// same markup back: every element was closed where it was opened.
func assertWellFormed(t *testing.T, fragment string) {
	t.Helper()
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), body)
	require.NoError(t, err)
	var sb strings.Builder
	for _, n := range nodes {
		require.NoError(t, html.Render(&sb, n))
	}
	assert.Equal(t, fragment, sb.String())
}
