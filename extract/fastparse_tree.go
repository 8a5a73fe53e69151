package extract

import (
	"slices"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The tree construction helpers of the fast parse (see fastParse): nodes,
// the stack of open elements and its scopes, and the list of active
// formatting elements.

// contains reports whether an HTML element named a is open.
func (b *fastBuilder) contains(a atom.Atom) bool {
	for _, n := range b.oe {
		if n.DataAtom == a && n.Namespace == "" {
			return true
		}
	}
	return false
}

// Node construction.

// nodeBlock and maxNodeBlock are the sizes of the blocks nodes are
// allocated in: the first is sized by the page's '<' up to maxNodeBlock
// (about 7 MB), the next ones hold nodeBlock nodes.
const (
	nodeBlock    = 512
	maxNodeBlock = 1 << 16
)

// newNode returns a zero node of type t, from a block of nodes.
func (b *fastBuilder) newNode(t html.NodeType) *html.Node {
	if len(b.nodes) == 0 {
		b.nodes = make([]html.Node, nodeBlock)
	}
	n := &b.nodes[0]
	b.nodes = b.nodes[1:]
	n.Type = t
	return n
}

func (b *fastBuilder) comment() *html.Node {
	n := b.newNode(html.CommentNode)
	n.Data = b.tok.data
	return n
}

// top returns the current node, or the document when no element is open.
func (b *fastBuilder) top() *html.Node {
	if len(b.oe) > 0 {
		return b.oe[len(b.oe)-1]
	}
	return b.doc
}

// current returns the current node, or nil when no element is open.
func (b *fastBuilder) current() *html.Node {
	if len(b.oe) > 0 {
		return b.oe[len(b.oe)-1]
	}
	return nil
}

func (b *fastBuilder) push(n *html.Node) {
	b.oe = append(b.oe, n)
	if len(b.oe) > 512 {
		b.fail = "nesting deeper than 512"
	}
}

func (b *fastBuilder) pop() *html.Node {
	if len(b.oe) == 0 {
		b.fail = "pop of an empty stack"
		return nil
	}
	n := b.oe[len(b.oe)-1]
	b.oe = b.oe[:len(b.oe)-1]
	return n
}

// needsFoster reports whether a node inserted now is foster-parented.
func (b *fastBuilder) needsFoster() bool {
	if !b.foster {
		return false
	}
	switch b.top().DataAtom {
	case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
		return true
	}
	return false
}

// fosterParent inserts n, which a table cannot hold, before the last open
// table (or into the last open template when that is nearer), merging
// text into the text before the table.
func (b *fastBuilder) fosterParent(n *html.Node) {
	var table, template *html.Node
	i := len(b.oe) - 1
	for ; i >= 0; i-- {
		if b.oe[i].DataAtom == atom.Table {
			table = b.oe[i]
			break
		}
	}
	j := len(b.oe) - 1
	for ; j >= 0; j-- {
		if b.oe[j].DataAtom == atom.Template {
			template = b.oe[j]
			break
		}
	}
	if template != nil && (table == nil || j > i) {
		template.AppendChild(n)
		return
	}
	var parent, prev *html.Node
	if table == nil {
		parent = b.oe[0]
	} else {
		parent = table.Parent
	}
	if parent == nil {
		if i < 1 {
			b.fail = "foster parent"
			return
		}
		parent = b.oe[i-1]
	}
	if table != nil {
		prev = table.PrevSibling
	} else {
		prev = parent.LastChild
	}
	if prev != nil && prev.Type == html.TextNode && n.Type == html.TextNode {
		b.mergeText(prev, n.Data)
		return
	}
	parent.InsertBefore(n, table)
}

// addChild appends n to the current node, or foster-parents it, and, for
// an element, opens it.
func (b *fastBuilder) addChild(n *html.Node) {
	if b.needsFoster() {
		b.fosterParent(n)
	} else {
		b.top().AppendChild(n)
	}
	if n.Type == html.ElementNode {
		b.push(n)
	}
}

// addElement adds and opens the element of the current start tag.
func (b *fastBuilder) addElement() {
	n := b.newNode(html.ElementNode)
	n.DataAtom, n.Data = b.tok.atom, b.tok.data
	n.Attr = b.tok.attrs // the scanner's, kept for this element
	b.addChild(n)
}

// addVoid adds the element of the current start tag without opening it.
func (b *fastBuilder) addVoid() {
	b.addElement()
	if b.fail == "" {
		b.pop()
	}
}

// rawTextElement adds the element of the current start tag, whose content
// is raw text, and switches to the text mode.
func (b *fastBuilder) rawTextElement() {
	b.addElement()
	b.orig, b.hasOrig = b.im, true
	b.im = imText
}

func (b *fastBuilder) setOrig() {
	if b.hasOrig {
		b.fail = "original insertion mode set twice"
	}
	b.orig, b.hasOrig = b.im, true
}

// addText adds text to the current node, merged into its last child when
// that is text.
func (b *fastBuilder) addText(text string) {
	if text == "" {
		return
	}
	if b.needsFoster() {
		n := b.newNode(html.TextNode)
		n.Data = text
		b.fosterParent(n)
		return
	}
	t := b.top()
	if last := t.LastChild; last != nil && last.Type == html.TextNode {
		b.mergeText(last, text)
		return
	}
	n := b.newNode(html.TextNode)
	n.Data = text
	t.AppendChild(n)
}

// mergeText appends text to the text node last.
func (b *fastBuilder) mergeText(last *html.Node, text string) {
	if last != b.merged {
		b.flushText()
		b.merged = last
		b.mergeBuf = append(b.mergeBuf[:0], last.Data...)
	}
	b.mergeBuf = append(b.mergeBuf, text...)
}

// flushText sets the text merged into a text node as its Data.
func (b *fastBuilder) flushText() {
	if b.merged != nil {
		b.merged.Data = string(b.mergeBuf)
		b.merged = nil
	}
}

// addFormatting adds and opens a formatting element and puts it on the
// list of active formatting elements, whose entries past the last marker
// hold at most three with the same name and attributes. Its attributes
// are sorted, as html.Parse sorts them.
func (b *fastBuilder) addFormatting() {
	b.addElement()
	if b.fail != "" {
		return
	}
	n := b.top()
	sortByKey(n.Attr)
	same := 0
	for i := len(b.afe) - 1; i >= 0 && b.afe[i] != nil; i-- {
		f := b.afe[i]
		if f.DataAtom != n.DataAtom || !slices.Equal(f.Attr, n.Attr) {
			continue
		}
		if same++; same >= 3 {
			b.afe = removeNode(b.afe, f)
		}
	}
	b.afe = append(b.afe, n)
}

// sortByKey sorts the attributes of an HTML element by name, which is
// the order of namespace, name and value that html.Parse sorts a
// formatting element's attributes in: they have no namespace, and their
// names differ.
func sortByKey(attrs []html.Attribute) {
	for i := 1; i < len(attrs); i++ {
		for j := i; j > 0 && attrs[j].Key < attrs[j-1].Key; j-- {
			attrs[j], attrs[j-1] = attrs[j-1], attrs[j]
		}
	}
}

// reconstruct re-opens the active formatting elements that were closed
// by the end of a block, as copies, inside the current node.
func (b *fastBuilder) reconstruct() {
	if len(b.afe) == 0 {
		return
	}
	i := len(b.afe) - 1
	if n := b.afe[i]; n == nil || indexNode(b.oe, n) != -1 {
		return
	}
	for i > 0 {
		if n := b.afe[i-1]; n == nil || indexNode(b.oe, n) != -1 {
			break
		}
		i--
	}
	for ; i < len(b.afe) && b.fail == ""; i++ {
		c := b.cloneNode(b.afe[i])
		b.addChild(c)
		b.afe[i] = c
	}
}

// cloneNode returns a copy of the element n, with no namespace, as
// html.Parse copies formatting elements.
func (b *fastBuilder) cloneNode(n *html.Node) *html.Node {
	c := b.newNode(html.ElementNode)
	c.DataAtom, c.Data = n.DataAtom, n.Data
	c.Attr = make([]html.Attribute, len(n.Attr))
	copy(c.Attr, n.Attr)
	return c
}

// clearFormatting clears the active formatting elements up to the last
// marker.
func (b *fastBuilder) clearFormatting() {
	for len(b.afe) > 0 {
		n := b.afe[len(b.afe)-1]
		b.afe = b.afe[:len(b.afe)-1]
		if n == nil {
			return
		}
	}
}

// copyAttrs adds to dst the attributes of attrs it does not have.
func copyAttrs(dst *html.Node, attrs []html.Attribute) {
outer:
	for _, a := range attrs {
		for _, d := range dst.Attr {
			if d.Key == a.Key {
				continue outer
			}
		}
		dst.Attr = append(dst.Attr, a)
	}
}

// impliedEnd closes the elements whose end tags are implied (dd, dt, li,
// optgroup, option, p, rb, rp, rt, rtc) from the current node down, but
// except.
func (b *fastBuilder) impliedEnd(except atom.Atom) {
	for len(b.oe) > 0 {
		switch a := b.oe[len(b.oe)-1].DataAtom; a {
		case atom.Dd, atom.Dt, atom.Li, atom.Optgroup, atom.Option, atom.P, atom.Rb, atom.Rp, atom.Rt, atom.Rtc:
			if a == except {
				return
			}
			b.oe = b.oe[:len(b.oe)-1]
			continue
		}
		return
	}
}

// clearToContext pops elements until one of a1, a2, a3 or html (or a
// template) is the current node.
func (b *fastBuilder) clearToContext(a1, a2, a3 atom.Atom) {
	for i := len(b.oe) - 1; i >= 0; i-- {
		switch a := b.oe[i].DataAtom; a {
		case a1, a2, a3, atom.Html, atom.Template:
			b.oe = b.oe[:i+1]
			return
		}
	}
}

// scopeKind is a kind of element scope.
type scopeKind uint8

const (
	scDefault scopeKind = iota
	scListItem
	scButton
	scTable
)

// indexInScope returns the index in the stack of the nearest open HTML
// element named one of tags that is in scope s, or -1. The SVG elements
// that hold HTML bound every scope but the table scope.
func (b *fastBuilder) indexInScope(s scopeKind, tags ...atom.Atom) int {
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		if n.Namespace != "" {
			if s != scTable && isSVGIntegration(n) {
				return -1
			}
			continue
		}
		a := n.DataAtom
		if a == tags[0] || len(tags) > 1 && slices.Contains(tags[1:], a) {
			return i
		}
		switch a {
		case atom.Html, atom.Table, atom.Template:
			return -1
		case atom.Applet, atom.Caption, atom.Td, atom.Th, atom.Marquee, atom.Object, atom.Select:
			if s != scTable {
				return -1
			}
		case atom.Ol, atom.Ul:
			if s == scListItem {
				return -1
			}
		case atom.Button:
			if s == scButton {
				return -1
			}
		}
	}
	return -1
}

func (b *fastBuilder) inScope(s scopeKind, tags ...atom.Atom) bool {
	return b.indexInScope(s, tags...) != -1
}

// popUntil closes the nearest open element named one of tags in scope s,
// and those opened after it, and reports whether there was one.
func (b *fastBuilder) popUntil(s scopeKind, tags ...atom.Atom) bool {
	if i := b.indexInScope(s, tags...); i != -1 {
		b.oe = b.oe[:i]
		return true
	}
	return false
}

// indexNode returns the index of the last n in list, or -1.
func indexNode(list []*html.Node, n *html.Node) int {
	for i := len(list) - 1; i >= 0; i-- {
		if list[i] == n {
			return i
		}
	}
	return -1
}

// removeNode removes the last n from list.
func removeNode(list []*html.Node, n *html.Node) []*html.Node {
	i := indexNode(list, n)
	if i == -1 {
		return list
	}
	copy(list[i:], list[i+1:])
	list[len(list)-1] = nil
	return list[:len(list)-1]
}

// isSpecial reports whether n is in the special category of the HTML
// standard's parsing rules.
func isSpecial(n *html.Node) bool {
	if n.Namespace != "" {
		return isSVGIntegration(n)
	}
	switch n.DataAtom {
	case atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside, atom.Base, atom.Basefont, atom.Bgsound, atom.Blockquote, atom.Body, atom.Br, atom.Button, atom.Caption, atom.Center, atom.Col, atom.Colgroup, atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Embed, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.Frame, atom.Frameset, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr, atom.Html, atom.Iframe, atom.Img, atom.Input, atom.Keygen, atom.Li, atom.Link, atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta, atom.Nav, atom.Noembed, atom.Noframes, atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param, atom.Plaintext, atom.Pre, atom.Script, atom.Section, atom.Select, atom.Source, atom.Style, atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Template, atom.Textarea, atom.Tfoot, atom.Th, atom.Thead, atom.Title, atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp:
		return true
	}
	return false
}
