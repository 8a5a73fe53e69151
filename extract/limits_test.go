package extract

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

func TestWithMaxNodes(t *testing.T) {
	page := "<html><body><article><p>" + hostileSentence + "</p><p>" + hostileSentence + " Again.</p></article></body></html>"
	tags := strings.Count(page, "<")
	tests := []struct {
		name  string
		limit int
		want  error
	}{
		{"default", 0, nil},
		{"at the limit", tags, nil},
		{"one over", tags - 1, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(WithMaxNodes(tt.limit)).FromHTML(strings.NewReader(page), "")
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.want)
		})
	}
}

func TestWithMaxDepth(t *testing.T) {
	deep := func(n int) string {
		return "<html><body>" + strings.Repeat("<div>", n) + "<p>" + hostileSentence + "</p>" + strings.Repeat("</div>", n) + "</body></html>"
	}
	tests := []struct {
		name      string
		page      string
		limit     int
		wantDepth int // the tree's depth is at most this
	}{
		{"shallow page, default", deep(10), 0, 20},
		{"deeper than the limit", deep(100), 20, 25},
		{"deeper than the parser accepts, default", deep(2000), 0, flattenDepth + 5},
		{"deeper than the parser accepts, lower limit", deep(2000), 30, 35},
		{"limit above the parser's is the default", deep(2000), 5000, flattenDepth + 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := New(WithMaxDepth(tt.limit))
			doc, err := p.ReadHTML(t.Context(), strings.NewReader(tt.page), "")
			require.NoError(t, err)
			assert.False(t, treeDeeper(doc.Root, tt.wantDepth), "tree deeper than %d", tt.wantDepth)
			a, err := p.Run(doc)
			require.NoError(t, err)
			assert.Equal(t, hostileSentence, a.Text(), "the text of flattened elements is kept")
		})
	}
}

func TestTreeDeeper(t *testing.T) {
	tests := []struct {
		page  string
		limit int
		want  bool
	}{
		// Under the document node, <html> is at depth 1, <body> 2, and
		// its children 3.
		{"<p>a</p>", 3, false},
		{"<p>a</p>", 2, true},
		{"<div><div>a</div></div><p>b</p>", 4, false},
		{"<div><div>a</div></div><p>b</p>", 3, true},
		{"<p>a</p><p>b</p><p>c</p>", 3, false},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(tt.page))
			require.NoError(t, err)
			assert.Equal(t, tt.want, treeDeeper(root, tt.limit))
		})
	}
}

func TestDefaultLimits(t *testing.T) {
	p := New()
	assert.Equal(t, int64(DefaultMaxBytes), p.maxBytes)
	assert.Equal(t, DefaultMaxNodes, p.maxNodes)
	assert.Equal(t, DefaultMaxDepth, p.maxDepth)
	p = New(WithMaxBytes(-1), WithMaxNodes(-1), WithMaxDepth(-1))
	assert.Equal(t, int64(DefaultMaxBytes), p.maxBytes, "n <= 0 restores the default")
	assert.Equal(t, DefaultMaxNodes, p.maxNodes, "n <= 0 restores the default")
	assert.Equal(t, DefaultMaxDepth, p.maxDepth, "n <= 0 restores the default")
}

func TestMaxBytesReadsNoMore(t *testing.T) {
	r := bytes.NewReader(bytes.Repeat([]byte("a"), 1000))
	_, err := New(WithMaxBytes(100)).FromHTML(r, "")
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, 1000-101, r.Len(), "reads the limit plus one byte")
}

func TestCapFormatting(t *testing.T) {
	nested := func(n int) string {
		return strings.Repeat("<b>", n) + "text" + strings.Repeat("</b>", n)
	}
	tests := []struct {
		name, page, want string
	}{
		{"no formatting", "<p>a</p><div>b</div>", "<p>a</p><div>b</div>"},
		{"closed formatting", "<p><b>a</b> <i>b</i> <em>c</em></p>", "<p><b>a</b> <i>b</i> <em>c</em></p>"},
		{"eight open at once", nested(8), nested(8)},
		{"nine open at once", nested(9), nested(8)[:24] + "text" + nested(8)[28:]},
		{"mixed names", "<b><i><u><s><em><tt><font><small><strong x=1>deep</strong></small></font></tt></em></s></u></i></b>",
			"<b><i><u><s><em><tt><font><small>deep</small></font></tt></em></s></u></i></b>"},
		{"unclosed, distinct attributes", "<p><b id=1><b id=2><b id=3><b id=4><b id=5><b id=6><b id=7><b id=8><b id=9><b id=10></p><p>x",
			"<p><b id=1><b id=2><b id=3><b id=4><b id=5><b id=6><b id=7><b id=8></p><p>x"},
		{"not formatting tags", "<br><bdi><body><strike>x</strike><b/>", "<br><bdi><body><strike>x</strike><b/>"},
		{"unterminated tag", nested(8) + "<b", nested(8) + "<b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, string(capFormatting([]byte(tt.page))))
		})
	}
}

// TestCapFormattingBoundsTheTree parses a page that opens many formatting
// elements with distinct attributes and never closes them, and expects a
// tree linear in the page: at most maxOpenFormatting+2 nodes per tag.
func TestCapFormattingBoundsTheTree(t *testing.T) {
	var b strings.Builder
	b.WriteString("<p>")
	for i := range 400 {
		b.WriteString("<b id=" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + ">")
	}
	b.WriteString("</p>" + strings.Repeat("<p>x", 2000))
	page := b.String()
	root, err := New().parse(t.Context(), capFormatting([]byte(page)))
	require.NoError(t, err)
	nodes := 0
	walkTree(root, func(*html.Node) bool { nodes++; return true }, func(*html.Node) {})
	assert.LessOrEqual(t, nodes, (maxOpenFormatting+2)*strings.Count(page, "<"))
	assert.Greater(t, nodes, 2000, "the paragraphs are all there")
}

func TestCapFormattingNoAllocation(t *testing.T) {
	page := []byte(articleHTML)
	allocs := testing.AllocsPerRun(10, func() { capFormatting(page) })
	assert.Zero(t, allocs)
}
