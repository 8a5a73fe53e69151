package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
	"golang.org/x/net/html"
)

// Limits of what counts as a data table; anything else is a layout table,
// whose cells are read as containers.
const (
	maxTableNodes = 20000 // nodes looked at before giving up: layout
	maxCellRunes  = 400   // a longer cell holds prose: layout
)

// layoutTags are elements whose presence in a cell marks a layout table.
var layoutTags = map[string]bool{
	"table": true, "p": true, "div": true, "ul": true, "ol": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true,
	"article": true, "section": true, "form": true, "iframe": true, "nav": true,
}

// isDataTable reports whether a <table> holds data (rows of short cells in
// at least two rows and two columns) rather than page layout.
func isDataTable(t *html.Node) bool {
	if strings.EqualFold(attr(t, "role"), "presentation") {
		return false
	}
	rows, maxCols, nodes := 0, 0, 0
	ok := true
	walkTree(t, func(n *html.Node) bool {
		nodes++
		if !ok || nodes > maxTableNodes {
			ok = false
			return false
		}
		if n.Type != html.ElementNode || n == t {
			return n == t
		}
		switch {
		case layoutTags[n.Data]:
			ok = false
		case n.Data == "tr":
			rows++
			cols := 0
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
					cols++
				}
			}
			maxCols = max(maxCols, cols)
		case n.Data == "td" || n.Data == "th":
			if utf8.RuneCountInString(nodeText(n)) > maxCellRunes {
				ok = false
			}
		}
		return ok
	}, func(*html.Node) {})
	return ok && rows >= 2 && maxCols >= 2
}

// table appends the block of a data table.
func (b *blockBuilder) table(t *html.Node) {
	var rows [][]string
	walkTree(t, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		if n.Data == "tr" {
			var row []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
					row = append(row, strings.ReplaceAll(clean.Text(nodeText(c)), "\n", " "))
				}
			}
			if strings.Join(row, "") != "" {
				rows = append(rows, row)
			}
			return false
		}
		return n == t || n.Data == "thead" || n.Data == "tbody" || n.Data == "tfoot"
	}, func(*html.Node) {})
	if len(rows) == 0 {
		return
	}
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = strings.Join(r, "\t")
	}
	cont := InTable
	if len(b.frames) > 0 {
		cont |= b.frames[len(b.frames)-1].cont
	}
	b.finishBlock(newDOMBlock(Block{Kind: Table, Text: strings.Join(lines, "\n"), Rows: rows}, DOMEvidence{
		Node:        t,
		Containers:  cont,
		LinkDensity: linkDensity(t),
		Depth:       len(b.frames) + 1,
	}), -1)
}

// nodeText returns the visible text under n, with <br> as a line break and
// white space otherwise left for clean.Text to collapse. <noscript> content
// is left out: in a tree parsed with scripting enabled it is raw markup.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	walkTree(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
		case html.ElementNode:
			if c.Data == "br" {
				sb.WriteByte('\n')
			}
			return !skipTags[c.Data] && c.Data != "noscript" && !isHidden(c)
		}
		return c.Type == html.DocumentNode
	}, func(*html.Node) {})
	return sb.String()
}

// linkDensity is the share of the visible text under n that sits in links.
func linkDensity(n *html.Node) float64 {
	all, linked := 0, 0
	depth := 0
	walkTree(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			k := len(strings.TrimSpace(c.Data))
			all += k
			if depth > 0 {
				linked += k
			}
		case html.ElementNode:
			if skipTags[c.Data] {
				return false
			}
			if c.Data == "a" {
				depth++
			}
			return true
		}
		return false
	}, func(c *html.Node) {
		if c.Type == html.ElementNode && c.Data == "a" {
			depth--
		}
	})
	if all == 0 {
		return 0
	}
	return float64(linked) / float64(all)
}
