package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// treeDiff returns where the trees under a and b first differ, or "" when
// they are the same: the same nodes in the same order, with the same type,
// data, atom, namespace and attributes (a nil and an empty list of
// attributes being the same).
func treeDiff(a, b *html.Node) string {
	type pair struct {
		a, b *html.Node
		path string
	}
	stack := []pair{{a, b, ""}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		x, y := p.a, p.b
		switch {
		case x == nil && y == nil:
			continue
		case x == nil || y == nil:
			return fmt.Sprintf("%s: node %v vs %v", p.path, describe(x), describe(y))
		}
		path := p.path + "/" + describe(x)
		if x.Type != y.Type || x.Data != y.Data || x.DataAtom != y.DataAtom || x.Namespace != y.Namespace {
			return fmt.Sprintf("%s: %s vs %s", p.path, describe(x), describe(y))
		}
		if len(x.Attr) != len(y.Attr) {
			return fmt.Sprintf("%s: attributes %v vs %v", path, x.Attr, y.Attr)
		}
		for i := range x.Attr {
			if x.Attr[i] != y.Attr[i] {
				return fmt.Sprintf("%s: attributes %v vs %v", path, x.Attr, y.Attr)
			}
		}
		// Children, pushed last first so that the first is compared first.
		var xs, ys []*html.Node
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			xs = append(xs, c)
		}
		for c := y.FirstChild; c != nil; c = c.NextSibling {
			ys = append(ys, c)
		}
		for i := max(len(xs), len(ys)) - 1; i >= 0; i-- {
			var cx, cy *html.Node
			if i < len(xs) {
				cx = xs[i]
			}
			if i < len(ys) {
				cy = ys[i]
			}
			stack = append(stack, pair{cx, cy, fmt.Sprintf("%s[%d]", path, i)})
		}
	}
	return ""
}

func describe(n *html.Node) string {
	if n == nil {
		return "<none>"
	}
	switch n.Type {
	case html.ElementNode:
		return n.Data
	case html.TextNode:
		return fmt.Sprintf("text %.60q", n.Data)
	case html.CommentNode:
		return fmt.Sprintf("comment %.60q", n.Data)
	case html.DoctypeNode:
		return fmt.Sprintf("doctype %q %v", n.Data, n.Attr)
	}
	return fmt.Sprintf("type %d", n.Type)
}

// checkFastParse parses page with fastParse and html.Parse and fails t
// when fastParse accepts it and builds another tree. It returns the reason
// fastParse gave up, "" when it accepted the page.
func checkFastParse(t testing.TB, page []byte) string {
	t.Helper()
	fast, reason, err := fastParse(context.Background(), page)
	if err != nil {
		t.Fatalf("fastParse: %v", err)
	}
	if strings.HasPrefix(reason, "panic") {
		t.Fatalf("fastParse: %s", reason)
	}
	want, werr := html.Parse(bytes.NewReader(page))
	if fast == nil {
		return reason
	}
	if werr != nil {
		t.Fatalf("fastParse accepted a page html.Parse rejects (%v)", werr)
	}
	if d := treeDiff(fast, want); d != "" {
		t.Fatalf("fast tree differs from html.Parse's at %s", d)
	}
	return ""
}

// fastParseSnippets are tricky pages, with whether the fast parse
// accepts them.
var fastParseSnippets = []struct {
	name, page string
	accept     bool
}{
	{"empty", "", true},
	{"text only", "hello", true},
	{"doctype", "<!DOCTYPE html><title>T</title><p>x", true},
	{"doctype upper", "<!DOCTYPE HTML><p>a<table><tr><td>b</table>", true},
	{"legacy doctype quirks", `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><p>a<table><td>b</table>`, true},
	{"no doctype table in p", "<p>a<table><td>b</table>", true},
	{"comments everywhere", "<!--a--><html><!--b--><head><!--c--></head><!--d--><body><!--e--></body><!--f--></html><!--g-->", true},
	{"odd comments", "<!--><!---><!-- a --!><!-- b --!-->x<!---->y<?php echo ?></ x>", true},
	{"bogus end", "a</>b<//x>c", true},
	{"comment references", "<!-- &amp; &lt;x\r\n -->", true},
	{"doctype variants", "<!doctype html ><!DOCTYPE>x", true},
	{"doctype no space", "<!DOCTYPEhtml><p><table>", true},
	{"doctype system", "<!DOCTYPE html SYSTEM \"about:legacy-compat\"><p><table>", true},
	{"doctype late", "<p>a<!DOCTYPE html>b", true},
	{"many attributes", "<div " + strings.Repeat("a", 70) + ">x", true},
	{"many distinct attributes", "<div " + manyAttrs(70) + " a3=x a69=y>x", true},
	{"entities", "<p title='a&amp;b &copy &notit; &notin; &ampx=1 &lt=2 &#x41;&#65;&#0;&#x110000;'>&amp; &copy &notit; &ampx &#128; &lt;</p>", true},
	{"attribute refs", `<a href="?a=1&copy=2&reg&gt;&gtx;&region=4&amp">x</a>`, true},
	{"CRLF", "<p a=\"x\r\ny\">line\r\nline\rline</p>\r\n<pre>\r\ncode</pre>", true},
	{"implied p end", "<p>a<div>b</div><p>c<ul><li>d<li>e</ul><dl><dt>f<dd>g<dt>h</dl>", true},
	{"stray end p", "<div></p></div>", true},
	{"stray end tags", "<div>a</span></b></li></td></div></body>after</html>more", true},
	{"br end tag", "<p>a</br>b</p>", true},
	{"void elements", "<p>a<br/>b<img src=x><hr><input type=text><wbr>c</p>", true},
	{"head elements", "<html><head><meta charset=utf-8><title>t &amp; u</title><link rel=x><style>p{}</style><script>var a = '<p>';</script><noscript><img src=x></noscript><base href=/></head><body>", true},
	{"head elements after head", "<head></head><script>x</script><meta name=a> <p>x", true},
	{"text before head", "hello<head><title>x</title>", true},
	{"whitespace after head", "<head></head>\n  <body>x</body>\n</html>\n", true},
	{"body attributes merged", "<body class=a><p>x<body id=b class=c><html lang=en>", true},
	{"raw text", "<p><iframe><b>x</b></iframe><noembed><i></noembed><xmp><p></xmp><textarea>\n<b>&amp;</textarea></p>", true},
	{"script in body", "<div><script>if (a<b && c>d) {document.write('</scr'+'ipt>')}</script></div>", true},
	{"script comment", "<script><!-- var x = 1; --></script><p>x", true},
	{"script double escape", "<script><!--<script>x</script>y--></script><p>z", true},
	{"script escapes", "<script><!-- a -- > --!> <!--> <s</script><script><!--<SCRIPT/>--></script>b</script><script><!--<script <!--</script>--></script>c", true},
	{"script unterminated escape", "<script><!--<script></script>", true},
	{"raw text to EOF", "<p><style>p {", true},
	{"formatting reconstructed", "<p><b>a<i>b</p><p>c</i>d</b>", true},
	{"formatting end without block", "<b>a<i>b</b>c</i>", true},
	{"noahs ark", "<p><b><b><b><b>x</p><p>y", true},
	{"formatting attributes sorted", `<a title=t href=h class=c>x</a><b z=1 a=2>y</b>`, true},
	{"nested a", "<a href=1>x<a href=2>y</a>", true},
	{"adoption agency", "<b>a<div>b</b>c</div>", true},
	{"adoption agency deep", "<a href=x><b><i><u><s><div>a</a>b</div><p>c<em><p>d</em>e<font><h2>f</font>", true},
	{"adoption agency many", "<b>1<b>2<b>3<b>4<i>5<div>6<p>7</b>8</i>9", true},
	{"adoption agency in cell", "<table><tr><td><b>x<div>y</b>z</td></tr></table>", true},
	{"adoption agency table", "<b><table><tr><td>x</b>y</table>", true},
	{"adoption agency foster", "<table><b><tr><td>x</td></tr><div>y</b></table>", true},
	{"table", "<table><caption>c</caption><colgroup><col></colgroup><thead><tr><th>h</thead><tr><td>a<td>b<tr><td>c</table>", true},
	{"table whitespace", "<table>\n <tr>\n  <td>a</td>\n </tr>\n</table>", true},
	{"table foster text", "x<table>y<tr>z<td>a</td>w</tr></table>", true},
	{"table foster in template", "<template><table>x<div>y</div></table></template>", true},
	{"table foster formatting", "<table><b>x<tr><td>y</td></tr>z</b></table><p>w", true},
	{"table foster element", "<table><div>x</div><p>a</p></table>", true},
	{"table ignored end", "<table><tr><td>a</div></span></td></tr></table>", true},
	{"nested tables", "<table><tr><td><table><tr><td>x</table></td></tr></table>", true},
	{"table hidden input and form", "<table><form><input type=hidden name=a><tr><td>x</table>", true},
	{"select", "<select><option>a<option>b<optgroup><option>c</select>", true},
	{"headings", "<h1>a<h2>b</h3>c", true},
	{"button", "<button>a<button>b", true},
	{"ruby", "<ruby>a<rb>b<rt>c<rp>d</ruby>", true},
	{"after body", "<body>a</body> <!--x--> </html> \n<!--y-->", true},
	{"uppercase tags", "<DIV CLASS=A ID=b Class=c>x</DIV><Custom-Tag>y</CUSTOM-TAG>", true},
	{"custom elements", "<my-el a=1><other>x</my-el></other>", true},
	{"odd attributes", `<div a=b/ c= d e =f g"h=i ==j /k/>x</div><br/ >`, true},
	{"image", "<image src=x>", true},
	{"lt in text", "a < b <3 <> <=", true},
	{"pre newline", "<pre>\n\nx</pre><listing>\ny</listing>", true},
	{"html attributes late", "<html><body><html a=1>", true},
	{"svg", "<p><svg viewbox='0 0 1 1' xmlns:xlink=x><path d=x/><use xlink:href=#a /><lineargradient><stop/></lineargradient><title>T &amp; <b>u</b></title><desc><p>d</desc><style>a{}</style><foreignobject><div>x</div></foreignobject></svg>y", true},
	{"svg breakout", "<svg><g><p>x<svg><font color=red>y</font><font>z</font></svg>", true},
	{"svg self-closing", "<div><svg/><svg><circle/><rect /><g/></svg></div>", true},
	{"svg end tags", "<svg><g><path></g></svg></div><svg><clipPath><rect></CLIPPATH></svg>", true},
	{"svg CDATA", "<svg><style><![CDATA[a > b &amp; c]]></style></svg><p><![CDATA[x]]>", true},
	{"svg in table", "<table><tr><td><svg><rect/></svg></td></tr></table>", true},
	{"svg title end tag", "<svg><title><a href=x><title>t</title></title><main>x", true},
	{"math", "<math><mi>x</mi></math>", false},
	{"template", "<template><p>x</template><head><template><tr><td>a</template></head><template><col></template><template><td>b<template>c</template></template><p><template>", true},
	{"template form", "<form><template><form>x</form></template></form><template><html a=1><body b=2>", true},
	{"frameset", "<frameset><frame></frameset>", false},
	{"plaintext", "<plaintext><p>", false},
	{"NUL", "a\x00b", false},
	{"unclosed tag", "<p>a<div class=", false},
	{"unclosed comment", "<p>a<!-- b", false},
}

// manyAttrs returns n distinct attributes.
func manyAttrs(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, " a%d=%d", i, i)
	}
	return b.String()
}

func TestFastParseSnippets(t *testing.T) {
	for _, tt := range fastParseSnippets {
		t.Run(tt.name, func(t *testing.T) {
			reason := checkFastParse(t, []byte(tt.page))
			assert.Equal(t, tt.accept, reason == "", "reason %q", reason)
		})
	}
}

// FuzzFastParse checks that the fast parse never panics and, whenever it
// accepts a page, builds the tree html.Parse builds.
func FuzzFastParse(f *testing.F) {
	seedAll(f)
	for _, tt := range fastParseSnippets {
		f.Add(tt.page)
	}
	f.Fuzz(func(t *testing.T, page string) {
		checkFastParse(t, []byte(page))
	})
}

func TestFastParseDeep(t *testing.T) {
	for _, depth := range []int{500, 520} {
		page := strings.Repeat("<div>", depth) + "x"
		reason := checkFastParse(t, []byte(page))
		assert.Equal(t, depth < 510, reason == "", "depth %d: reason %q", depth, reason)
	}
}

func TestFastParseCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	root, _, err := fastParse(ctx, []byte(strings.Repeat("<p>x", 5000)))
	require.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, root)
}

// benchPagePatterns are the pages of the benchmark sets beside the
// repository, as the benchmark reads them.
var benchPagePatterns = map[string]string{
	"scrapinghub": "../../shared/bench/scrapinghub/html/*.html.gz",
	"trafilatura": "../../shared/bench/trafilatura/html/*.html.gz",
	"wcxb":        "../../shared/bench/wcxb/html/*.html.gz",
	"readability": "../../shared/bench/readability/*/source.html",
	"testdata":    "../testdata/html/*.html.gz",
}

// TestFastParsePages parses every page of the shipped and the benchmark
// sets, decoded and capped as the pipeline does, with both parsers, and
// requires the same tree wherever the fast parse accepts the page. It logs
// the share accepted per set and the reasons for the others; sets that are
// absent are skipped.
func TestFastParsePages(t *testing.T) {
	names := make([]string, 0, len(benchPagePatterns))
	for name := range benchPagePatterns {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			paths, err := filepath.Glob(benchPagePatterns[name])
			require.NoError(t, err)
			if len(paths) == 0 {
				t.Skipf("no pages match %s", benchPagePatterns[name])
			}
			reasons := map[string]int{}
			accepted := 0
			for _, path := range paths {
				page := readPage(t, path)
				if r := checkFastParse(t, page); r != "" {
					reasons[r]++
					if testing.Verbose() {
						t.Logf("%s: %s", filepath.Base(path), r)
					}
				} else {
					accepted++
				}
			}
			t.Logf("%s: %d of %d pages accepted (%.1f%%); fallbacks: %v", name, accepted, len(paths), 100*float64(accepted)/float64(len(paths)), reasons)
		})
	}
}

// readPage reads a page, gunzipped when its name ends in ".gz", and
// decodes and caps it as Pipeline.ReadHTML does before parsing.
func readPage(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	if strings.HasSuffix(path, ".gz") {
		data = gunzip(t, data)
	}
	if data, err = decodeHTML(data, ""); err != nil {
		return nil
	}
	return capFormatting(data)
}

// BenchmarkParse parses every page of a set per iteration, decoded as the
// pipeline does: with the fast parse (falling back to html.Parse where it
// gives up, as the pipeline does) and with html.Parse alone. The sets are
// the shipped pages (testdata/html) and the ScrapingHub benchmark pages
// beside the repository, skipped when absent. The reported bytes are the
// pages' total size.
func BenchmarkParse(b *testing.B) {
	for _, set := range []string{"testdata", "scrapinghub"} {
		b.Run(set, func(b *testing.B) {
			paths, err := filepath.Glob(benchPagePatterns[set])
			if err != nil || len(paths) == 0 {
				b.Skipf("no pages match %s", benchPagePatterns[set])
			}
			var pages [][]byte
			size := 0
			for _, path := range paths {
				data, err := os.ReadFile(path)
				require.NoError(b, err)
				zr, err := gzip.NewReader(bytes.NewReader(data))
				require.NoError(b, err)
				data, err = io.ReadAll(zr)
				require.NoError(b, err)
				if data, err = decodeHTML(data, ""); err != nil {
					continue
				}
				pages = append(pages, capFormatting(data))
				size += len(data)
			}
			benchParsers(b, pages, size)
		})
	}
}

// benchParsers times the fast parse and html.Parse over pages.
func benchParsers(b *testing.B, pages [][]byte, size int) {
	ctx := context.Background()
	parsers := []struct {
		name  string
		parse func([]byte) error
	}{
		{"fast", func(p []byte) error { _, err := parseHTML(ctx, p); return err }},
		{"html.Parse", func(p []byte) error { _, err := html.Parse(bytes.NewReader(p)); return err }},
	}
	for _, p := range parsers {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, page := range pages {
					if err := p.parse(page); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// soupPieces are the pieces TestFastParseSoup builds pages of: the tags
// and text whose combinations the tree construction treats differently.
var soupPieces = []string{
	"<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<i>", "</i>", "<a href=x>", "</a>",
	"<font color=red>", "</font>", "<nobr>", "</nobr>", "<em class=c id=d>", "</em>",
	"<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<tbody>", "</tbody>", "<thead>", "<caption>", "</caption>",
	"<colgroup>", "<col>", "</colgroup>",
	"<ul>", "</ul>", "<ol>", "<li>", "</li>", "<dl>", "<dt>", "<dd>", "</dd>",
	"<h1>", "</h1>", "<h2>", "</h3>", "<pre>", "</pre>", "\n", " ", "text", "a&amp;b", "&copy", "<br>", "</br>", "<hr>", "<img src=i>",
	"<select>", "</select>", "<option>", "<optgroup>", "<input>", "<input type=hidden>", "<button>", "</button>",
	"<form>", "</form>", "<template>", "</template>", "<object>", "</object>", "<marquee>",
	"<svg>", "</svg>", "<path d=x/>", "<g>", "</g>", "<foreignObject>", "</foreignObject>", "<title>t</title>", "<desc>", "<clippath>",
	"<script>s</script>", "<style>s</style>", "<textarea>x</textarea>", "<noscript>n</noscript>", "<iframe>f</iframe>",
	"<!--c-->", "<!DOCTYPE html>", "<html lang=en>", "</html>", "<head>", "</head>", "<body class=b>", "</body>", "<meta charset=x>",
	"<ruby>", "<rt>", "<rp>", "<custom-el>", "</custom-el>", "<image>", "<listing>", "<xmp>x</xmp>", "<main>", "<section>", "<nav>",
	"<", "</", "<!", "-->", "<?x>", "</ >", "&", "&#", "&#x", ";", "\r\n", "\r", "'", "\"", "=", "/", ">",
	"<a title='x&ampy' href=\"?a=1&b=2\">", "<div a=b/>", "<br/>", "<svg/>", "<![CDATA[x]]>", "<math>", "</p >", "<DIV Class=X>", "<TD>",
	"<!doctype html>", "<frameset>", "<script><!--", "<script>", "</script>", "<style>", "</style>", "<title>", "</title>",
	"<svg viewbox=0 xlink:href=x>", "<a>", "<font size=2>", "<font face=x>", "</desc>", "<desc>", "<textarea>", "<use/>",
	"<foreignobject>", "<lineargradient>", "</linearGradient>", "<table><tr><td>", "</td></tr></table>", "<u>", "</u>",
	"<s>", "<strike>", "<code>", "</code>", "<small>", "<big>", "<tt>", "<p class=x>", "<li class=y>", "<blockquote>", "</blockquote>",
	"<iframe>", "</iframe>", "<noembed>", "</noembed>", "<noframes>", "</noframes>", "<plaintext>", "<keygen>", "<wbr>", "<embed>",
}

// TestFastParseSoup builds random pages of soupPieces, with a fixed seed,
// and requires the fast parse to build html.Parse's tree for every one it
// accepts.
func TestFastParseSoup(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 3000
	if testing.Short() {
		n = 300
	}
	accepted := 0
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(40) {
			b.WriteString(soupPieces[rng.IntN(len(soupPieces))])
		}
		page := b.String()
		reason := ""
		t.Run("", func(t *testing.T) {
			reason = checkFastParse(t, []byte(page))
			if t.Failed() {
				t.Logf("page: %q", page)
			}
		})
		if reason == "" {
			accepted++
		}
	}
	t.Logf("%d of %d pages accepted", accepted, n)
	assert.Greater(t, accepted, n/4)
}
