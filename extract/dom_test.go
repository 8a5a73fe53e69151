package extract

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// htmlDoc parses src and builds its Document.
func htmlDoc(t *testing.T, src, pageURL string) *Document {
	t.Helper()
	root, err := html.Parse(strings.NewReader(src))
	require.NoError(t, err)
	doc, err := NewHTMLDocument(root, pageURL)
	require.NoError(t, err)
	return doc
}

// blockTexts returns the texts of a document's blocks.
func blockTexts(doc *Document) []string {
	out := make([]string, len(doc.Blocks))
	for i, b := range doc.Blocks {
		out[i] = b.Text
	}
	return out
}

// findBlock returns the block whose text starts with prefix.
func findBlock(t *testing.T, doc *Document, prefix string) *Block {
	t.Helper()
	for _, b := range doc.Blocks {
		if strings.HasPrefix(b.Text, prefix) {
			return b
		}
	}
	require.Failf(t, "no block", "no block starts with %q in %q", prefix, blockTexts(doc))
	return nil
}

func TestNewHTMLDocumentBlocks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"paragraphs and headings", "<h1>Title</h1><p>One <b>bold</b> word.</p><h2>Part</h2><p>Two.</p>",
			[]string{"Title", "One bold word.", "Part", "Two."}},
		{"double br splits", "<p>First line<br>same paragraph<br><br>second paragraph</p>",
			[]string{"First line\nsame paragraph", "second paragraph"}},
		{"div text without block children", "<div>Loose text <span>here</span><div>Inner</div>tail</div>",
			[]string{"Loose text here", "Inner", "tail"}},
		{"scripts, styles and hidden content dropped",
			`<p>Kept.</p><script>var x</script><style>p{}</style><p hidden>H1</p><p aria-hidden="true">H2</p><p style="display: none">H3</p><p style="visibility:hidden">H4</p><template><p>T</p></template>`,
			[]string{"Kept."}},
		{"form controls dropped", `<p>Text</p><button>Share</button><select><option>A</option></select>`, []string{"Text"}},
		{"symbols-only blocks dropped", "<p>•</p><p>|</p><p>Real</p>", []string{"Real"}},
		{"ruby annotations read once", "<p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む。</p>", []string{"漢字を読む。"}},
		{"heading keeps nested divs as one block", "<h2><div>Split</div><div>heading</div></h2>", []string{"Split heading"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := htmlDoc(t, "<html><body>"+tt.body+"</body></html>", "")
			assert.Equal(t, tt.want, blockTexts(doc))
		})
	}
}

func TestNewHTMLDocumentKinds(t *testing.T) {
	doc := htmlDoc(t, `<html><body><article>
<h3>Sub</h3>
<ul><li>Item one<ul><li>Nested</li></ul></li></ul>
<ol><li><p>Numbered</p></li></ol>
<blockquote><p>Quoted words.</p></blockquote>
<pre>  code
    indented</pre>
<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>31</td></tr></table>
<table><tr><td><p>A layout cell with a paragraph.</p></td></tr></table>
</article></body></html>`, "")
	tests := []struct {
		prefix  string
		kind    BlockKind
		level   int
		ordered bool
	}{
		{"Sub", Heading, 3, false},
		{"Item one", ListItem, 1, false},
		{"Nested", ListItem, 2, false},
		{"Numbered", ListItem, 1, true},
		{"Quoted words.", Quote, 0, false},
		{"  code", Code, 0, false},
		{"Name", Table, 0, false},
		{"A layout cell", Paragraph, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			b := findBlock(t, doc, tt.prefix)
			assert.Equal(t, tt.kind, b.Kind)
			assert.Equal(t, tt.level, b.Level)
			assert.Equal(t, tt.ordered, b.Ordered)
		})
	}
	assert.Equal(t, "  code\n    indented", findBlock(t, doc, "  code").Text)
	assert.Equal(t, [][]string{{"Name", "Age"}, {"Ann", "31"}}, findBlock(t, doc, "Name").Rows)
	assert.Equal(t, "Name\tAge\nAnn\t31", findBlock(t, doc, "Name").Text)
}

func TestNewHTMLDocumentEvidence(t *testing.T) {
	doc := htmlDoc(t, `<html><head><base href="/news/"></head><body class="single comments-open">
<nav><ul><li><a href="/home">Home</a></li></ul></nav>
<article class="story"><div id="body" class="article-body">
<p>Read <a href="report.html">the report</a> and <a href="https://other.org/x">this</a>, said the minister today.</p>
</div></article>
<aside role="complementary"><p class="teaser">Aside text.</p></aside>
</body></html>`, "https://example.com/a/page.html")
	p := findBlock(t, doc, "Read")
	require.NotNil(t, p.DOM)
	assert.Equal(t, "body>article>div>p", p.DOM.Path)
	assert.True(t, p.DOM.Containers.Has(InArticle))
	assert.False(t, p.DOM.Containers.Has(InNav))
	assert.Equal(t, []string{"|", "body", "article-body", "|", "story", "|"}, p.DOM.Tokens)
	assert.Equal(t, []Link{{Text: "the report", URL: "https://example.com/news/report.html"}, {Text: "this", URL: "https://other.org/x"}}, p.Links)
	assert.InDelta(t, 13.0/42, p.DOM.LinkDensity, 0.001) // non-space runes: "thereport" and "this" of 42
	assert.Greater(t, p.DOM.PunctDensity, 0.0)

	home := findBlock(t, doc, "Home")
	assert.True(t, home.DOM.Containers.Has(InNav|InList))
	assert.Equal(t, 1.0, home.DOM.LinkDensity)
	assert.Equal(t, 0.0, home.DOM.Position)

	aside := findBlock(t, doc, "Aside text.")
	assert.True(t, aside.DOM.Containers.Has(InAside))
	_, ok := aside.DOM.HasLocalToken("teaser")
	assert.True(t, ok)
	assert.Greater(t, aside.DOM.Position, p.DOM.Position)
}

func TestNewHTMLDocumentLocalTokens(t *testing.T) {
	doc := htmlDoc(t, `<html><body><div class="page has-comments"><article class="post">
<h1>Headline</h1>
<p>`+strings.Repeat("A sentence of the article body with enough words. ", 8)+`</p>
<div class="comment-list"><p>A reader wrote this comment here.</p></div>
</article></div></body></html>`, "")
	body := findBlock(t, doc, "A sentence")
	_, ok := body.DOM.HasToken("has-comments")
	assert.True(t, ok, "HasToken sees the wrappers")
	_, ok = body.DOM.HasLocalToken("has-comments")
	assert.False(t, ok, "HasLocalToken does not")
	c := findBlock(t, doc, "A reader")
	tok, ok := c.DOM.HasLocalToken("comment")
	assert.True(t, ok)
	assert.Equal(t, "comment-list", tok)
}

func TestNewHTMLDocumentHiddenFallback(t *testing.T) {
	article := strings.Repeat("The article streamed into a hidden element waits for a script. ", 20)
	tests := []struct {
		name, body, want string
	}{
		{"hidden holds the page", `<nav><a href="/">Home</a></nav><div hidden id="S:0"><p>` + article + `</p></div>`, "The article streamed"},
		{"noscript holds the page", `<noscript><p>` + article + `</p></noscript>`, "The article streamed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := htmlDoc(t, "<html><body>"+tt.body+"</body></html>", "")
			findBlock(t, doc, tt.want)
		})
	}
	t.Run("small hidden menus stay hidden", func(t *testing.T) {
		doc := htmlDoc(t, `<html><body><p>`+article+`</p><div hidden><p>Hidden menu</p></div><noscript><p>Enable JavaScript</p></noscript></body></html>`, "")
		assert.Len(t, doc.Blocks, 1)
	})
}

func TestNewHTMLDocumentEmpty(t *testing.T) {
	root, err := html.Parse(strings.NewReader("<html><body><script>x()</script></body></html>"))
	require.NoError(t, err)
	_, err = NewHTMLDocument(root, "")
	assert.ErrorIs(t, err, ErrEmpty)
	_, err = NewHTMLDocument(nil, "")
	assert.ErrorIs(t, err, ErrEmpty)
}

func TestNewHTMLDocumentDoesNotChangeTree(t *testing.T) {
	src := `<html><head><title>T</title></head><body><div hidden><p>` + strings.Repeat("x ", 400) + `</p></div><p>Short.</p><noscript><p>N</p></noscript></body></html>`
	root, err := html.Parse(strings.NewReader(src))
	require.NoError(t, err)
	var before strings.Builder
	require.NoError(t, html.Render(&before, root))
	_, err = NewHTMLDocument(root, "")
	require.NoError(t, err)
	var after strings.Builder
	require.NoError(t, html.Render(&after, root))
	assert.Equal(t, before.String(), after.String())
}

// TestBlockEvidenceCaches checks that the paths and tokens the DOM walk
// builds from its frames equal tagPath and nodeTokens of the block's node,
// on the shipped pages and on walks that start below <body>.
func TestBlockEvidenceCaches(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "html", "*.html.gz"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	check := func(t *testing.T, blocks []*Block) {
		for _, b := range blocks {
			require.Equal(t, tagPath(b.DOM.Node), b.DOM.Path, b.Text)
			require.Equal(t, nodeTokens(b.DOM.Node), b.DOM.Tokens, b.Text)
		}
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			zr, err := gzip.NewReader(bytes.NewReader(data))
			require.NoError(t, err)
			root, err := html.Parse(zr)
			require.NoError(t, err)
			check(t, buildBlocks(root, nil, false))
			var sub *html.Node // an element three levels below <body>
			walkTree(root, func(n *html.Node) bool {
				if sub == nil && n.Type == html.ElementNode && strings.Count(tagPath(n), ">") == 3 && len(n.Attr) > 0 {
					sub = n
				}
				return sub == nil
			}, func(*html.Node) {})
			if sub != nil {
				check(t, buildBlocks(sub, nil, false))
			}
		})
	}
	src := `<html><body><div class="Outer x"><section id="s"><table class="t"><tr><th>a</th><th>b</th></tr>` +
		`<tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table><p>Text here.</p></section></div></body></html>`
	root, err := html.Parse(strings.NewReader(src))
	require.NoError(t, err)
	check(t, buildBlocks(root, nil, false))
	// walks that start below <body>, under an ancestor with tokens and
	// under one without
	src = `<html><body><div class="Outer"><div><article class="a"><h2>Title</h2><div class="inner"><p>One para.</p></div>` +
		`</article></div></div></body></html>`
	root, err = html.Parse(strings.NewReader(src))
	require.NoError(t, err)
	walkTree(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.Data == "article" || n.Data == "div" && attr(n, "class") == "inner") {
			blocks := buildBlocks(n, nil, false)
			require.NotEmpty(t, blocks)
			check(t, blocks)
		}
		return true
	}, func(*html.Node) {})
}
