package extract

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The insertion modes of the fast parse (see fastParse) around the body:
// before and in the head, the text of raw-text elements, and after the
// body. Each mode processes the current token, b.tok, and reports whether
// it consumed it; when it did not, the token is processed again in the new
// mode, as the HTML standard's tree construction does.

// htmlSpace is the white space of HTML.
const htmlSpace = " \t\r\n\f"

// initial is the mode before the doctype.
func (b *fastBuilder) initial() bool {
	switch b.tok.kind {
	case tkText:
		b.tok.data = strings.TrimLeft(b.tok.data, htmlSpace)
		if b.tok.data == "" {
			return true
		}
	case tkComment:
		b.doc.AppendChild(b.comment())
		return true
	case tkDoctype:
		n, quirks := b.doctype()
		if b.fail != "" {
			return true
		}
		b.doc.AppendChild(n)
		b.quirks = quirks
		b.im = imBeforeHTML
		return true
	}
	b.quirks = true
	b.im = imBeforeHTML
	return false
}

// beforeHTML is the mode before the <html> element.
func (b *fastBuilder) beforeHTML() bool {
	switch b.tok.kind {
	case tkDoctype:
		return true
	case tkText:
		b.tok.data = strings.TrimLeft(b.tok.data, htmlSpace)
		if b.tok.data == "" {
			return true
		}
	case tkStart:
		if b.tok.atom == atom.Html {
			b.addElement()
			b.im = imBeforeHead
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Head, atom.Body, atom.Html, atom.Br:
		default:
			return true
		}
	case tkComment:
		b.doc.AppendChild(b.comment())
		return true
	}
	b.implied(tkStart, atom.Html)
	return false
}

// beforeHead is the mode before the <head> element.
func (b *fastBuilder) beforeHead() bool {
	switch b.tok.kind {
	case tkText:
		b.tok.data = strings.TrimLeft(b.tok.data, htmlSpace)
		if b.tok.data == "" {
			return true
		}
	case tkStart:
		switch b.tok.atom {
		case atom.Head:
			b.addElement()
			b.head = b.top()
			b.im = imInHead
			return true
		case atom.Html:
			return b.inBody()
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Head, atom.Body, atom.Html, atom.Br:
		default:
			return true
		}
	case tkComment:
		b.addChild(b.comment())
		return true
	case tkDoctype:
		return true
	}
	b.implied(tkStart, atom.Head)
	return false
}

// leadingSpace adds the white space that starts a text token to the
// current node and reports whether the token was all white space; the
// rest is left as the token's data.
func (b *fastBuilder) leadingSpace() bool {
	s := strings.TrimLeft(b.tok.data, htmlSpace)
	if len(s) < len(b.tok.data) {
		b.addText(b.tok.data[:len(b.tok.data)-len(s)])
		if s == "" {
			return true
		}
		b.tok.data = s
	}
	return false
}

// inHead is the mode in the <head> element.
func (b *fastBuilder) inHead() bool {
	switch b.tok.kind {
	case tkText:
		if b.leadingSpace() {
			return true
		}
	case tkStart:
		switch b.tok.atom {
		case atom.Html:
			return b.inBody()
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta:
			b.addElement()
			b.pop()
			return true
		case atom.Noscript, atom.Noframes, atom.Style:
			b.rawTextElement()
			return true
		case atom.Script, atom.Title:
			b.addElement()
			b.setOrig()
			b.im = imText
			return true
		case atom.Head:
			return true
		case atom.Template:
			for _, n := range b.oe {
				if n.Namespace != "" {
					b.fail = "template in foreign content"
					return true
				}
			}
			b.addElement()
			b.afe = append(b.afe, nil)
			b.im = imInTemplate
			b.templates = append(b.templates, imInTemplate)
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Head:
			b.pop()
			b.im = imAfterHead
			return true
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			if b.contains(atom.Template) {
				b.closeTemplate()
			}
			return true
		default:
			return true
		}
	case tkComment:
		b.addChild(b.comment())
		return true
	case tkDoctype:
		return true
	}
	b.implied(tkEnd, atom.Head)
	return false
}

// afterHead is the mode between the head and the body.
func (b *fastBuilder) afterHead() bool {
	switch b.tok.kind {
	case tkText:
		if b.leadingSpace() {
			return true
		}
	case tkStart:
		switch b.tok.atom {
		case atom.Html:
			return b.inBody()
		case atom.Body:
			b.addElement()
			b.im = imInBody
			return true
		case atom.Frameset:
			b.fail = "frameset"
			return true
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script, atom.Style, atom.Template, atom.Title:
			if b.head == nil {
				b.fail = "no head"
				return true
			}
			b.push(b.head)
			done := b.inHead()
			b.oe = removeNode(b.oe, b.head)
			return done
		case atom.Head:
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Body, atom.Html, atom.Br:
		case atom.Template:
			return b.inHead()
		default:
			return true
		}
	case tkComment:
		b.addChild(b.comment())
		return true
	case tkDoctype:
		return true
	}
	b.implied(tkStart, atom.Body)
	return b.tok.kind == tkEOF
}

// text is the mode in a raw-text or RCDATA element.
func (b *fastBuilder) text() bool {
	switch b.tok.kind {
	case tkEOF:
		b.pop()
	case tkText:
		d := b.tok.data
		if n := b.current(); n != nil && n.DataAtom == atom.Textarea && n.FirstChild == nil {
			d = strings.TrimPrefix(d, "\n")
		}
		if d != "" {
			b.addText(d)
		}
		return true
	case tkEnd:
		b.pop()
	}
	b.im = b.orig
	b.hasOrig = false
	return b.tok.kind == tkEnd
}

// afterBody is the mode after </body>.
func (b *fastBuilder) afterBody() bool {
	switch b.tok.kind {
	case tkEOF:
		return true
	case tkText:
		if strings.TrimLeft(b.tok.data, htmlSpace) == "" {
			return b.inBody()
		}
	case tkStart:
		if b.tok.atom == atom.Html {
			return b.inBody()
		}
	case tkEnd:
		if b.tok.atom == atom.Html {
			b.im = imAfterAfterBody
			return true
		}
	case tkComment:
		if len(b.oe) == 0 || b.oe[0].DataAtom != atom.Html {
			b.fail = "no html element"
			return true
		}
		b.oe[0].AppendChild(b.comment())
		return true
	}
	b.im = imInBody
	return false
}

// afterAfterBody is the mode after </html>.
func (b *fastBuilder) afterAfterBody() bool {
	switch b.tok.kind {
	case tkEOF:
		return true
	case tkText:
		if strings.TrimLeft(b.tok.data, htmlSpace) == "" {
			return b.inBody()
		}
	case tkStart:
		if b.tok.atom == atom.Html {
			return b.inBody()
		}
	case tkComment:
		b.doc.AppendChild(b.comment())
		return true
	case tkDoctype:
		return true
	}
	b.im = imInBody
	return false
}

// doctype returns the doctype node of the current token and whether it
// puts the page in quirks mode. "<!DOCTYPE html>" is read here; any other
// doctype is read by html.Parse from its own bytes, with a table after a
// p to tell quirks mode (where a table does not close the p) from
// standards mode.
func (b *fastBuilder) doctype() (*html.Node, bool) {
	if b.tok.data == "html" {
		n := b.newNode(html.DoctypeNode)
		n.Data = "html"
		return n, false
	}
	probe := b.sc.src[b.sc.rawStart:b.sc.rawStop] + "<p><table>"
	root, err := html.Parse(strings.NewReader(probe))
	if err != nil || root.FirstChild == nil || root.FirstChild.Type != html.DoctypeNode {
		b.fail = "doctype"
		return nil, false
	}
	n := root.FirstChild
	root.RemoveChild(n)
	quirks := false
	for t := root.FirstChild; t != nil; {
		if t.DataAtom == atom.Table {
			quirks = t.Parent.DataAtom == atom.P
			break
		}
		if t.FirstChild != nil {
			t = t.FirstChild
			continue
		}
		for t.NextSibling == nil && t.Parent != nil {
			t = t.Parent
		}
		t = t.NextSibling
	}
	return n, quirks
}
