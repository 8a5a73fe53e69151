package extract

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The in-body insertion mode of the fast parse (see fastParse).

// isBlockStart reports the start tags that close an open p and open a block.
func isBlockStart(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Search, atom.Section, atom.Summary, atom.Ul:
		return true
	}
	return false
}

// isBlockEnd reports the end tags that close their element when it is in
// scope, with the elements whose end tags are implied.
func isBlockEnd(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Button, atom.Center, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Header, atom.Hgroup, atom.Listing, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.Pre, atom.Search, atom.Section, atom.Select, atom.Summary, atom.Ul:
		return true
	}
	return false
}

// isFormatting reports the formatting elements but <a> and <nobr>.
func isFormatting(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		return true
	}
	return false
}

// isHeading reports h1 to h6.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// inBody is the mode in the body.
func (b *fastBuilder) inBody() bool {
	switch b.tok.kind {
	case tkText:
		return b.inBodyText()
	case tkStart:
		return b.inBodyStart()
	case tkEnd:
		return b.inBodyEnd()
	case tkComment:
		b.addChild(b.comment())
	case tkEOF:
		if len(b.templates) > 0 {
			b.im = imInTemplate
			return false
		}
	}
	return true
}

// inBodyText processes text in the body.
func (b *fastBuilder) inBodyText() bool {
	d := b.tok.data
	if n := b.current(); n != nil && (n.DataAtom == atom.Pre || n.DataAtom == atom.Listing) && n.FirstChild == nil {
		d = strings.TrimPrefix(d, "\n")
	}
	if d == "" {
		return true
	}
	b.reconstruct()
	b.addText(d)
	return true
}

// inBodyStart processes a start tag in the body.
func (b *fastBuilder) inBodyStart() bool {
	switch a := b.tok.atom; {
	case a == atom.Html:
		if len(b.oe) > 0 && !b.contains(atom.Template) {
			copyAttrs(b.oe[0], b.tok.attrs)
		}
	case a == atom.Base || a == atom.Basefont || a == atom.Bgsound || a == atom.Link || a == atom.Meta || a == atom.Noframes || a == atom.Script || a == atom.Style || a == atom.Template || a == atom.Title:
		return b.inHead()
	case a == atom.Body:
		if len(b.oe) >= 2 && b.oe[1].DataAtom == atom.Body && !b.contains(atom.Template) {
			copyAttrs(b.oe[1], b.tok.attrs)
		}
	case a == atom.Frameset:
		b.fail = "frameset"
	case isBlockStart(a):
		b.popUntil(scButton, atom.P)
		b.addElement()
	case isHeading(a):
		b.popUntil(scButton, atom.P)
		if isHeading(b.top().DataAtom) {
			b.pop()
		}
		b.addElement()
	case a == atom.Pre || a == atom.Listing:
		b.popUntil(scButton, atom.P)
		b.addElement()
	case a == atom.Form:
		inTemplate := b.contains(atom.Template)
		if b.form != nil && !inTemplate {
			return true
		}
		b.popUntil(scButton, atom.P)
		b.addElement()
		if !inTemplate {
			b.form = b.top()
		}
	case a == atom.Li:
		b.closeListItem(atom.Li, 0)
		b.popUntil(scButton, atom.P)
		b.addElement()
	case a == atom.Dd || a == atom.Dt:
		b.closeListItem(atom.Dd, atom.Dt)
		b.popUntil(scButton, atom.P)
		b.addElement()
	case a == atom.Plaintext:
		b.fail = "plaintext"
	case a == atom.Button:
		if b.inScope(scDefault, atom.Button) {
			b.impliedEnd(0)
			b.popUntil(scDefault, atom.Button)
		}
		b.reconstruct()
		b.addElement()
	case a == atom.A:
		for i := len(b.afe) - 1; i >= 0 && b.afe[i] != nil; i-- {
			if n := b.afe[i]; n.DataAtom == atom.A {
				b.endFormatting(atom.A, "a")
				b.oe = removeNode(b.oe, n)
				b.afe = removeNode(b.afe, n)
				break
			}
		}
		b.reconstruct()
		b.addFormatting()
	case isFormatting(a):
		b.reconstruct()
		b.addFormatting()
	case a == atom.Nobr:
		b.reconstruct()
		if b.inScope(scDefault, atom.Nobr) {
			b.endFormatting(atom.Nobr, "nobr")
			b.reconstruct()
		}
		b.addFormatting()
	case a == atom.Applet || a == atom.Marquee || a == atom.Object:
		b.reconstruct()
		b.addElement()
		b.afe = append(b.afe, nil)
	case a == atom.Table:
		if !b.quirks {
			b.popUntil(scButton, atom.P)
		}
		b.addElement()
		b.im = imInTable
	case a == atom.Area || a == atom.Br || a == atom.Embed || a == atom.Img || a == atom.Keygen || a == atom.Wbr:
		b.reconstruct()
		b.addVoid()
	case a == atom.Input:
		b.popUntil(scDefault, atom.Select)
		b.reconstruct()
		b.addVoid()
	case a == atom.Param || a == atom.Source || a == atom.Track:
		b.addVoid()
	case a == atom.Hr:
		if b.inScope(scButton, atom.P) {
			b.impliedEnd(atom.P)
			b.popUntil(scDefault, atom.P)
		}
		if b.inScope(scDefault, atom.Select) {
			b.impliedEnd(0)
		}
		b.addVoid()
	case a == atom.Image:
		b.tok.atom, b.tok.data = atom.Img, atom.Img.String()
		return false
	case a == atom.Textarea:
		b.addElement()
		b.setOrig()
		b.im = imText
	case a == atom.Xmp:
		b.popUntil(scButton, atom.P)
		b.reconstruct()
		b.rawTextElement()
	case a == atom.Iframe || a == atom.Noembed || a == atom.Noscript:
		b.rawTextElement()
	case a == atom.Select:
		if b.popUntil(scDefault, atom.Select) {
			return true
		}
		b.reconstruct()
		b.addElement()
	case a == atom.Option:
		if b.inScope(scDefault, atom.Select) {
			b.impliedEnd(atom.Optgroup)
		} else if b.top().DataAtom == atom.Option {
			b.pop()
		}
		b.reconstruct()
		b.addElement()
	case a == atom.Optgroup:
		if b.inScope(scDefault, atom.Select) {
			b.impliedEnd(0)
		} else if b.top().DataAtom == atom.Option {
			b.pop()
		}
		b.reconstruct()
		b.addElement()
	case a == atom.Rb || a == atom.Rtc:
		if b.inScope(scDefault, atom.Ruby) {
			b.impliedEnd(0)
		}
		b.addElement()
	case a == atom.Rp || a == atom.Rt:
		if b.inScope(scDefault, atom.Ruby) {
			b.impliedEnd(atom.Rtc)
		}
		b.addElement()
	case a == atom.Svg:
		b.reconstruct()
		b.addSVG()
	case a == atom.Math:
		b.fail = "MathML"
	case a == atom.Caption || a == atom.Col || a == atom.Colgroup || a == atom.Frame || a == atom.Head || a == atom.Tbody || a == atom.Td || a == atom.Tfoot || a == atom.Th || a == atom.Thead || a == atom.Tr:
		// Ignored.
	default:
		b.reconstruct()
		b.addElement()
	}
	return true
}

// closeListItem pops the open li (or dd and dt) that a new one closes: the
// nearest one, unless a special element other than address, div and p is
// nearer.
func (b *fastBuilder) closeListItem(a1, a2 atom.Atom) {
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		switch n.DataAtom {
		case a1:
		case atom.Address, atom.Div, atom.P:
			continue
		default:
			if a2 != 0 && n.DataAtom == a2 {
				break
			}
			if !isSpecial(n) {
				continue
			}
			return
		}
		b.oe = b.oe[:i]
		return
	}
}

// inBodyEnd processes an end tag in the body.
func (b *fastBuilder) inBodyEnd() bool {
	switch a := b.tok.atom; {
	case a == atom.Body:
		if b.inScope(scDefault, atom.Body) {
			b.im = imAfterBody
		}
	case a == atom.Html:
		if b.inScope(scDefault, atom.Body) {
			b.implied(tkEnd, atom.Body)
			return false
		}
	case isBlockEnd(a):
		if !b.inScope(scDefault, a) {
			return true
		}
		b.impliedEnd(0)
		b.popUntil(scDefault, a)
	case a == atom.Form && b.contains(atom.Template):
		i := b.indexInScope(scDefault, atom.Form)
		if i == -1 {
			return true
		}
		b.impliedEnd(0)
		if b.oe[i].DataAtom != atom.Form {
			return true
		}
		b.popUntil(scDefault, atom.Form)
	case a == atom.Form:
		node := b.form
		b.form = nil
		i := b.indexInScope(scDefault, atom.Form)
		if node == nil || i == -1 || b.oe[i] != node {
			return true
		}
		b.impliedEnd(0)
		b.oe = removeNode(b.oe, node)
	case a == atom.P:
		if !b.inScope(scButton, atom.P) {
			b.implied(tkStart, atom.P)
		}
		b.popUntil(scButton, atom.P)
	case a == atom.Li:
		b.popUntil(scListItem, atom.Li)
	case a == atom.Dd || a == atom.Dt:
		b.popUntil(scDefault, a)
	case isHeading(a):
		b.popUntil(scDefault, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)
	case a == atom.A || a == atom.Nobr || isFormatting(a):
		b.endFormatting(a, b.tok.data)
	case a == atom.Applet || a == atom.Marquee || a == atom.Object:
		if b.popUntil(scDefault, a) {
			b.clearFormatting()
		}
	case a == atom.Br:
		b.tok.kind = tkStart
		b.tok.attrs = nil
		return false
	case a == atom.Template:
		return b.inHead()
	default:
		b.endOther(a, b.tok.data)
	}
	return true
}

// endFormatting handles the end tag of a formatting element with the
// adoption agency algorithm: it closes the element and, when block
// elements were opened inside it, moves them out of it, wrapping their
// content in copies of it.
func (b *fastBuilder) endFormatting(a atom.Atom, name string) {
	if cur := b.current(); cur != nil && cur.Data == name && indexNode(b.afe, cur) == -1 {
		b.pop()
		return
	}
	for range 8 {
		var fe *html.Node
		for i := len(b.afe) - 1; i >= 0 && b.afe[i] != nil; i-- {
			if b.afe[i].DataAtom == a {
				fe = b.afe[i]
				break
			}
		}
		if fe == nil {
			b.endOther(a, name)
			return
		}
		at := indexNode(b.oe, fe)
		if at == -1 {
			b.afe = removeNode(b.afe, fe)
			return
		}
		if !b.inScope(scDefault, a) {
			return
		}
		var block *html.Node
		for _, n := range b.oe[at:] {
			if isSpecial(n) {
				block = n
				break
			}
		}
		if block == nil {
			b.oe = b.oe[:at]
			b.afe = removeNode(b.afe, fe)
			return
		}
		if at == 0 {
			b.fail = "formatting element at the root"
			return
		}
		common := b.oe[at-1]
		bookmark := indexNode(b.afe, fe)
		last, node := block, block
		x := indexNode(b.oe, block)
		for j := 1; ; j++ {
			x--
			node = b.oe[x]
			if node == fe {
				break
			}
			if ni := indexNode(b.afe, node); j > 3 && ni > -1 {
				b.afe = removeNode(b.afe, node)
				if ni <= bookmark {
					bookmark--
				}
				continue
			}
			ni := indexNode(b.afe, node)
			if ni == -1 {
				b.oe = removeNode(b.oe, node)
				continue
			}
			c := b.cloneNode(node)
			b.afe[ni] = c
			b.oe[indexNode(b.oe, node)] = c
			node = c
			if last == block {
				bookmark = ni + 1
			}
			if last.Parent != nil {
				last.Parent.RemoveChild(last)
			}
			node.AppendChild(last)
			last = node
		}
		if last.Parent != nil {
			last.Parent.RemoveChild(last)
		}
		switch common.DataAtom {
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			b.fosterParent(last)
		default:
			common.AppendChild(last)
		}
		c := b.cloneNode(fe)
		for k := block.FirstChild; k != nil; k = block.FirstChild {
			block.RemoveChild(k)
			c.AppendChild(k)
		}
		block.AppendChild(c)
		if old := indexNode(b.afe, fe); old != -1 && old < bookmark {
			bookmark--
		}
		b.afe = removeNode(b.afe, fe)
		if bookmark < 0 || bookmark > len(b.afe) {
			b.fail = "adoption agency bookmark"
			return
		}
		b.afe = slices.Insert(b.afe, bookmark, c)
		b.oe = removeNode(b.oe, fe)
		b.oe = slices.Insert(b.oe, indexNode(b.oe, block)+1, c)
	}
}

// endOther handles an end tag with no rule of its own: it closes the
// nearest open HTML element of that name unless a special element is nearer.
func (b *fastBuilder) endOther(a atom.Atom, name string) {
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		if n.Namespace == "" && n.DataAtom == a && (a != 0 || n.Data == name) {
			b.oe = b.oe[:i]
			return
		}
		if isSpecial(n) {
			return
		}
	}
}
