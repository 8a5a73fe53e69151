package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return true
		}
	}
	return false
}

// isHidden reports whether an element is hidden by its own markup: the
// hidden attribute, aria-hidden="true", or an inline style with
// display:none or visibility:hidden. Class-based hiding (CSS) is not
// seen.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return n.Data != "input"
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "style":
			if strings.Contains(a.Val, "none") || strings.Contains(a.Val, "hidden") {
				st := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
				if strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// tagPath returns the tag path of n from <body>, such as
// "body>div>article>p"; from the topmost element when n is not in a body.
func tagPath(n *html.Node) string {
	var tags []string
	for a := n; a != nil && a.Type == html.ElementNode; a = a.Parent {
		tags = append(tags, a.Data)
		if a.Data == "body" {
			break
		}
	}
	var sb strings.Builder
	for i := len(tags) - 1; i >= 0; i-- {
		sb.WriteString(tags[i])
		if i > 0 {
			sb.WriteByte('>')
		}
	}
	return sb.String()
}

// nodeTokens returns the class, id, role and itemprop tokens of n and of
// its ancestors below <body>, lower-cased, nearest first, each element's
// group ended by "|". The group of n itself is always there, possibly
// empty; ancestors without tokens add nothing. <body> and <html> are left
// out: their classes describe the page, not the block.
func nodeTokens(n *html.Node) []string {
	var toks []string
	for a := n; a != nil && a.Type == html.ElementNode && a.Data != "body" && a.Data != "html"; a = a.Parent {
		before := len(toks)
		toks = appendTokens(toks, a)
		if len(toks) > before || a == n {
			toks = append(toks, "|")
		}
	}
	return toks
}

// tokenStop reports whether the chain of nodeTokens ends at a: it is no
// element, or <body> or <html>.
func tokenStop(a *html.Node) bool {
	return a.Type != html.ElementNode || a.Data == "body" || a.Data == "html"
}

// appendTokens appends the lower-cased class, id, role and itemprop
// tokens of one element.
func appendTokens(toks []string, n *html.Node) []string {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role", "itemprop":
			toks = valueTokens(toks, a.Val)
		}
	}
	return toks
}

// valueTokens appends the lower-cased words of one attribute value,
// growing toks at most once.
func valueTokens(toks []string, v string) []string {
	toks = slices.Grow(toks, countFields(v))
	for f := range strings.FieldsSeq(v) {
		toks = append(toks, strings.ToLower(f))
	}
	return toks
}

// countTokens returns len(appendTokens(nil, n)) without building them.
func countTokens(n *html.Node) int {
	k := 0
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role", "itemprop":
			k += countFields(a.Val)
		}
	}
	return k
}

// countFields returns len(strings.Fields(s)) without building them.
func countFields(s string) int {
	if isASCII(s) {
		k, in := 0, false
		for i := 0; i < len(s); i++ {
			sp := asciiSpace[s[i]]
			if !sp && !in {
				k++
			}
			in = !sp
		}
		return k
	}
	k, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			k++
		}
		in = !sp
	}
	return k
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// withNoscript returns a copy of the tree in which <noscript> content is
// parsed as markup, as a browser without scripts shows it; root itself
// when the tree cannot be rendered again.
func withNoscript(root *html.Node) *html.Node {
	var buf bytes.Buffer
	if err := html.Render(&buf, root); err != nil {
		return root
	}
	doc, err := html.ParseWithOptions(&buf, html.ParseOptionEnableScripting(false))
	if err != nil {
		return root
	}
	return doc
}
