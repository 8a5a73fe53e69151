package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestExplainHTML(t *testing.T) {
	doc := runExplained(t)
	doc.Blocks[3].Text = `<script>alert("x")</script> & more`
	a := &Article{Title: "Harbour <b>reopens</b>", SiteName: "Coastal Times", Language: "en",
		Authors: []string{"Ann Lee", "Bo Ng"}, Published: time.Date(2024, 5, 6, 7, 8, 0, 0, time.UTC)}
	var sb strings.Builder
	require.NoError(t, ExplainHTML(&sb, doc, a))
	page := sb.String()

	root, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	var blocks []*html.Node
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script", "link", "img", "iframe":
			t.Errorf("the report holds a <%s> element", n.Data)
		}
		for _, at := range n.Attr {
			assert.NotContains(t, []string{"src", "href", "onclick", "onload"}, at.Key, "attribute on <%s>", n.Data)
		}
		if hasClass(n, "block") {
			blocks = append(blocks, n)
		}
	}
	require.Len(t, blocks, len(doc.Blocks))
	wantClass := []string{"drop", "kicker", "lead", "keep", "drop"}
	for i, n := range blocks {
		assert.True(t, hasClass(n, wantClass[i]), "block %d: %v", i, n.Attr)
	}
	assert.True(t, hasClass(blocks[0], colourClass("rules")))
	assert.Equal(t, "#0 DROP paragraph by rules as navigation: menu item\nbefore the headline", attr(blocks[0], "title"))
	assert.Equal(t, "#3 KEEP paragraph", attr(blocks[3], "title"))

	for _, want := range []string{
		"<h1>Harbour &lt;b&gt;reopens&lt;/b&gt;</h1>",
		"<dd>Coastal Times</dd>", "<dd>en</dd>", "<dd>Ann Lee, Bo Ng</dd>", "<dd>2024-05-06</dd>",
		"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more",
		`<li class="drop ` + colourClass("rules") + `">rules: 2</li>`,
		`<li class="keep">KEEP: 1</li>`,
	} {
		assert.Contains(t, page, want)
	}
}

func TestExplainHTMLWithoutArticleUsesTheDocument(t *testing.T) {
	doc := runExplained(t)
	var sb strings.Builder
	require.NoError(t, ExplainHTML(&sb, doc, nil))
	assert.Contains(t, sb.String(), "<h1>Harbour reopens</h1>")
	assert.Contains(t, sb.String(), "<dd>Coastal Times</dd>")
}

func TestColourClassIsStable(t *testing.T) {
	assert.Equal(t, colourClass("navigation"), colourClass("navigation"))
	seen := map[string]bool{}
	for _, e := range DefaultExtractors() {
		seen[colourClass(extractorName(e, 0))] = true
	}
	assert.GreaterOrEqual(t, len(seen), 5, "the built-in extractors should not share one or two colours")
}

func hasClass(n *html.Node, class string) bool {
	return strings.Contains(" "+attr(n, "class")+" ", " "+class+" ")
}
