package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// articleHTML is a small news page: navigation, an article with a
// headline, a byline and three paragraphs, a related list and a footer.
const articleHTML = `<!DOCTYPE html><html lang="en"><head><title>Council approves budget | Daily Example</title>
<meta property="og:site_name" content="Daily Example"></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article><h1>Council approves budget</h1>
<p>The city council approved the annual budget on Tuesday after a long debate about schools and roads.</p>
<p>Members voted nine to four, and the mayor said the plan would keep taxes stable for another year.</p>
<p>Opponents argued that the road repairs were underfunded and promised to raise the issue again.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another story about the council and its work</a></li></ul></aside></main>
<footer><p>© 2024 Daily Example. All rights reserved.</p></footer></body></html>`

func TestFromHTML(t *testing.T) {
	a, err := FromHTML(strings.NewReader(articleHTML), "https://example.com/news/budget")
	require.NoError(t, err)
	assert.Equal(t, "Council approves budget", a.Title)
	assert.Equal(t, "Daily Example", a.SiteName)
	assert.Equal(t, "en", a.Language)
	text := a.Text()
	assert.Contains(t, text, "The city council approved the annual budget")
	assert.Contains(t, text, "promised to raise the issue again.")
	for _, junk := range []string{"Home", "Another story", "All rights reserved"} {
		assert.NotContains(t, text, junk)
	}
}

func TestFromHTMLCharsets(t *testing.T) {
	const word = "café déjà à Zürich"
	page := func(meta string) string {
		return "<html><head>" + meta + "</head><body><p>Un " + word + " ce matin, avec des amis, pour parler du temps.</p></body></html>"
	}
	latin1, err := charmap.Windows1252.NewEncoder().String(page(`<meta charset="windows-1252">`))
	require.NoError(t, err)
	latin1NoMeta, err := charmap.ISO8859_1.NewEncoder().String(page(""))
	require.NoError(t, err)
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(page(""))
	require.NoError(t, err)
	tests := []struct {
		name, input, contentType string
	}{
		{"utf-8", page(`<meta charset="utf-8">`), ""},
		{"utf-8 declared latin-1", page(`<meta charset="iso-8859-1">`), ""},
		{"utf-8 with BOM", "\xEF\xBB\xBF" + page(""), ""},
		{"meta windows-1252", latin1, ""},
		{"content-type latin-1", latin1NoMeta, "text/html; charset=ISO-8859-1"},
		{"no declaration", latin1NoMeta, ""},
		{"utf-16 with BOM", utf16, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := New(WithContentType(tt.contentType))
			a, err := p.FromHTML(strings.NewReader(tt.input), "")
			require.NoError(t, err)
			assert.Contains(t, a.Text(), word)

			a, err = FromHTML(strings.NewReader(tt.input), "", WithContentType(tt.contentType))
			require.NoError(t, err)
			assert.Contains(t, a.Text(), word, "the package-level FromHTML takes the same options")
		})
	}
}

func TestFromHTMLErrors(t *testing.T) {
	tests := []struct {
		name  string
		input string
		opts  []Option
		want  error
	}{
		{"empty", "", nil, ErrEmpty},
		{"blank", " \n\t ", nil, ErrEmpty},
		{"no text", "<html><head><script>x()</script></head><body></body></html>", nil, ErrEmpty},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", nil, ErrBinary},
		{"too large", "<p>" + strings.Repeat("a", 100) + "</p>", []Option{WithMaxBytes(50)}, ErrTooLarge},
		{"only boilerplate", "<html><body><nav><a href='/'>Home</a></nav></body></html>", nil, ErrNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.opts...).FromHTML(strings.NewReader(tt.input), "")
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

func TestFromHTMLPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: pathological inputs")
	}
	tests := []struct {
		name  string
		input string
	}{
		{"deep nesting", strings.Repeat("<div>", 100000) + "<p>Deep text here, at the bottom of the page.</p>" + strings.Repeat("</div>", 100000)},
		{"deep inline nesting", "<p>" + strings.Repeat("<span>", 100000) + "Deep words" + strings.Repeat("</span>", 100000) + "</p>"},
		{"huge text node", "<p>" + strings.Repeat("word ", 1<<20) + "</p>"},
		{"many tables", strings.Repeat("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", 5000)},
		{"unclosed everything", strings.Repeat("<ul><li><table><tr><td><p>x", 2000)},
		{"broken JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","articleBody":` + strings.Repeat("[", 20000) + `</script><p>Text.</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			assert.NotPanics(t, func() {
				_, _ = FromHTML(strings.NewReader(tt.input), "")
			})
			assert.Less(t, time.Since(start), 20*time.Second)
		})
	}
}

func TestFromNodeMatchesFromHTML(t *testing.T) {
	a1, err := FromHTML(strings.NewReader(articleHTML), "")
	require.NoError(t, err)
	root, err := html.Parse(strings.NewReader(articleHTML))
	require.NoError(t, err)
	var before bytes.Buffer
	require.NoError(t, html.Render(&before, root))

	a2, err := FromNode(root, "")
	require.NoError(t, err)
	assert.Equal(t, a1.Text(), a2.Text())
	assert.Equal(t, a1.Title, a2.Title)
	a3, err := New(WithLanguage("de")).FromNode(root, "")
	require.NoError(t, err)
	assert.Equal(t, "de", a3.Language, "the pipeline's options apply")

	var after bytes.Buffer
	require.NoError(t, html.Render(&after, root))
	assert.Equal(t, before.String(), after.String(), "the tree is not changed")
}

// BenchmarkFromHTML extracts testdata/bench-wapo.html, a 125 KB news
// page (see testdata/README.md), charset decoding and parsing included.
func BenchmarkFromHTML(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "bench-wapo.html"))
	if err != nil {
		b.Skip("no benchmark page")
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := FromHTML(bytes.NewReader(data), "https://www.washingtonpost.com/"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFromHTMLDeepNesting(t *testing.T) {
	const sentence = "The council approved the annual budget on Tuesday after a long debate about schools."
	tests := []struct {
		name  string
		input string
		want  string
	}{
		{"unclosed divs", strings.Repeat("<div>", 2000) + "x", "x"},
		{"closed divs", strings.Repeat("<div>", 2000) + "<p>" + sentence + "</p>" + strings.Repeat("</div>", 2000), sentence},
		{"inline nesting", "<p>" + strings.Repeat("<span>", 3000) + sentence + strings.Repeat("</span>", 3000) + "</p>", sentence},
		{"formatting elements", strings.Repeat("<b><i><u>", 1000) + "<p>" + sentence + "</p>", sentence},
		{"nested tables", strings.Repeat("<table><tr><td>", 1000) + "<p>" + sentence + "</p>", sentence},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := FromHTML(strings.NewReader(tt.input), "")
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Text())
		})
	}
}

func TestFlattenNesting(t *testing.T) {
	tests := []struct {
		name  string
		input string
		depth int
		want  string
	}{
		{"shallow page unchanged", `<div class="a"><p>One<br>two</p></div>`, 3, `<div class="a"><p>One<br>two</p></div>`},
		{"deep tags dropped", "<div><div><div><p>Text</p></div></div></div>", 2, "<div><div>Text</div></div>"},
		{"unclosed tags", "<div><div><div><div>Text", 2, "<div><div>Text"},
		{"void elements open nothing", "<div><img src=a><br><p>Text</p></div>", 2, "<div><img src=a><br><p>Text</p></div>"},
		{"stray end tag kept", "<div></span><p>Text</p></div>", 2, "<div></span><p>Text</p></div>"},
		{"end tag closes what was opened after it", "<div><span><b>A</div><p>B</p>", 2, "<div><span>A</div><p>B</p>"},
		{"text of dropped elements kept", "<ul><li><ul><li><ul><li>Deep", 3, "<ul><li><ul>Deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := flattenNesting([]byte(tt.input), tt.depth)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}
