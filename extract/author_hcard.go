package extract

import (
	"net/url"
	"strings"
	"sync"

	"golang.org/x/net/html"
)

// hcardAuthor reads an hCard that names a post's writer, the microformat
// blog themes print their bylines with (`<span class="author vcard">von
// <span class="fn">Jane Doe</span></span>`): an element whose classes
// hold "vcard" or "h-card" and that is, or sits in, an element of an
// author class (authorClass). The name is the text of its first "fn" or
// "p-name" element, cleaned by cleanAuthor. ok reports whether n is
// such an hCard; name is "" when the card has no name, or when its name
// links to the site's front page (the blog's own name in its header:
// `<h1 class="vcard author"><a href="/" class="fn">Blog</a></h1>`).
func hcardAuthor(n *html.Node) (name string, ok bool) {
	if !mayHaveClass(n, hcardMarks, hcardStarts()) || !hasClassToken(n, "vcard", "h-card") || !authorClass(n) && (n.Parent == nil || !authorClass(n.Parent)) {
		return "", false
	}
	var fn *html.Node
	walkTree(n, func(c *html.Node) bool {
		if fn != nil || c.Type != html.ElementNode {
			return false
		}
		if c != n && hasClassToken(c, "fn", "p-name") {
			fn = c
			return false
		}
		return true
	}, func(*html.Node) {})
	if fn == nil || fn.Data == "a" && frontPageLink(attr(fn, "href")) {
		return "", true
	}
	return cleanAuthor(metaLine(nodeText(fn))), true
}

// hasClassToken reports whether one of n's class tokens is one of
// tokens, without case.
func hasClassToken(n *html.Node, tokens ...string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		for _, t := range tokens {
			if strings.EqualFold(c, t) {
				return true
			}
		}
	}
	return false
}

// authorClass reports whether one of n's class tokens marks a post's
// writer: "author", or a token that ends in "-author" or "_author"
// ("post-author", "entry_author"), but not a commenter's
// ("comment-author").
func authorClass(n *html.Node) bool {
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if strings.HasPrefix(c, "comment") {
			continue
		}
		if c == "author" || strings.HasSuffix(c, "-author") || strings.HasSuffix(c, "_author") {
			return true
		}
	}
	return false
}

// frontPageLink reports whether href leads to a site's front page: an
// address whose path is empty or "/", with no query.
func frontPageLink(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	return strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}

// hcard records the writer an hCard names (hcardAuthor) when it belongs
// to the page's first hCard byline: the first card with a name sets the
// byline's box (authorBox), and a later card belongs when its box is
// that box, inside it or a sibling of it.
func (m *pageMeta) hcard(n *html.Node) {
	name, ok := hcardAuthor(n)
	if !ok || name == "" {
		return
	}
	box := authorBox(n)
	if m.hcardBox == nil {
		m.hcardBox = box
		m.hcards = append(m.hcards, name)
		return
	}
	for b := box; b != nil; b = b.Parent {
		if b == m.hcardBox {
			m.hcards = append(m.hcards, name)
			return
		}
	}
	if box.Parent != nil && box.Parent == m.hcardBox.Parent {
		m.hcards = append(m.hcards, name)
	}
}

// classAuthor records, as pageMeta.classAuthor, the first person's name
// after the first <h1> that an element of an author class shows as its
// whole text: `<div class="text__author">Jane Doe</div>`,
// `<div class="post_author-name">Jane Doe</div>`; a class token that
// holds "author" marks it (authorClassToken). pageMeta.apply takes it
// when the markup credits only the publisher. The name must read as a
// person's: a line of one name (nameLine) of two to nameMaxWords
// capitalised words, no organisation's. Author boxes and bylines away
// from the headline show the writer so.
func (m *pageMeta) classAuthor(n *html.Node) {
	if m.classAuthorName != "" || len(m.h1s) == 0 || !mayHaveClass(n, authorMarks, authorStarts()) || !authorClassToken(n) {
		return
	}
	t := metaLine(nodeText(n))
	if len(t) > 60 {
		return
	}
	names := nameLine(t)
	if len(names) != 1 || names[0] != t || !allPersonNames(names) {
		return
	}
	for _, w := range strings.Fields(t) {
		if !startsUpper(w) && !strings.HasSuffix(w, ".") {
			return
		}
	}
	m.classAuthorName = t
}

// authorClassToken reports whether one of n's class tokens holds
// "author", and none "comment" or "review" (a commenter's, a product
// reviewer's).
func authorClassToken(n *html.Node) bool {
	found := false
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if strings.Contains(c, "comment") || strings.Contains(c, "review") {
			return false
		}
		found = found || strings.Contains(c, "author")
	}
	return found
}

// The class marks readMeta looks for on every element, and their first
// bytes (foldStarts), to skip the elements whose class cannot hold them
// without splitting it.
var (
	hcardMarks   = []string{"vcard", "h-card"}
	authorMarks  = []string{"author"}
	hcardStarts  = sync.OnceValue(func() *[256]bool { return foldStarts(hcardMarks) })
	authorStarts = sync.OnceValue(func() *[256]bool { return foldStarts(authorMarks) })
)

// mayHaveClass reports whether n's class attribute could hold one of
// marks (lower case) in any case: false for no class, or an ASCII class
// without any of them.
func mayHaveClass(n *html.Node, marks []string, starts *[256]bool) bool {
	class := attr(n, "class")
	return class != "" && (!isASCII(class) || containsFoldASCII(class, marks, starts))
}
