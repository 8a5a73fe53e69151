package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// signatureMaxWords is the longest signature line (signatureNames): a
// name or two, each of two or three words.
const signatureMaxWords = 7

// signatureNames returns the names of a signature under an article: a
// paragraph whose whole text is set in bold or italics and holds only
// people's names, each of at least two words ("<p><b><i>Anna
// Maier</i></b></p>"), the way many sites sign a text at its end; nil for
// any other block, for text input (no markup says the line is set apart)
// and for an organisation's name.
func signatureNames(b *Block) []string {
	if b.DOM == nil || b.DOM.Node == nil || b.Kind != Paragraph || b.Features.Words > signatureMaxWords ||
		b.Features.Words < 2 || b.Features.Terminal || strings.Contains(b.Text, "\n") || len(b.Links) > 0 {
		return nil
	}
	if !allEmphasised(b.DOM.Node, false) {
		return nil
	}
	names := nameLine(b.Text)
	if len(names) == 0 || !allPersonNames(names) {
		return nil
	}
	for _, n := range names {
		if len(strings.Fields(n)) > 3 {
			return nil
		}
	}
	return names
}

// allEmphasised reports whether every non-blank text under n sits inside
// a <b>, <strong>, <i> or <em> element (in is true once one encloses n).
func allEmphasised(n *html.Node, in bool) bool {
	switch n.Type {
	case html.TextNode:
		return in || strings.TrimSpace(n.Data) == ""
	case html.ElementNode:
		switch n.DataAtom {
		case atom.B, atom.Strong, atom.I, atom.Em:
			in = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !allEmphasised(c, in) {
			return false
		}
	}
	return true
}
