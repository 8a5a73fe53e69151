package extract

import (
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// SVG in the fast parse (see fastParse). Inside an <svg> element, tags
// make SVG elements, with the tag and attribute names the HTML standard
// re-cases (foreignObject, viewBox) and the xlink:, xml: and xmlns:
// attributes in their namespaces, until an HTML tag breaks out of it;
// <desc>, <foreignObject> and <title> hold HTML. MathML is left to
// html.Parse.
//
// The re-cased names are not copied here from the standard: each name
// is looked up once per process by parsing "<svg><name>" with html.Parse,
// so they are html.Parse's own, and kept in foreignCache.

// foreignCacheMax bounds the names foreignCache keeps; past it, names are
// looked up for every use, so a page of random names cannot grow it.
const foreignCacheMax = 4096

// foreignCache maps a lower-case SVG tag name to the element html.Parse
// makes of it (Data and DataAtom), and an attribute name, prefixed with
// "=", to the attribute (Namespace and Key).
var foreignCache struct {
	m sync.Map
	n atomic.Int64
}

// svgElement returns the Data and DataAtom html.Parse gives the SVG
// element of the lower-case tag name, and false when it cannot tell.
func svgElement(name string) (string, atom.Atom, bool) {
	if v, ok := foreignCache.m.Load(name); ok {
		n := v.(*html.Node)
		return n.Data, n.DataAtom, true
	}
	n := probeSVG("<svg><" + name + ">")
	if n == nil || n.Namespace != "svg" || !strings.EqualFold(n.Data, name) {
		return "", 0, false
	}
	n = &html.Node{Data: n.Data, DataAtom: n.DataAtom}
	cacheForeign(name, n)
	return n.Data, n.DataAtom, true
}

// svgAttr returns a's name as html.Parse gives it on an SVG element, and
// false when it cannot tell.
func svgAttr(a html.Attribute) (html.Attribute, bool) {
	key := "=" + a.Key
	if v, ok := foreignCache.m.Load(key); ok {
		n := v.(*html.Node)
		a.Namespace, a.Key = n.Namespace, n.Data
		return a, true
	}
	n := probeSVG("<svg><g " + a.Key + ">")
	if n == nil || n.Data != "g" || len(n.Attr) != 1 {
		return a, false
	}
	c := &html.Node{Namespace: n.Attr[0].Namespace, Data: n.Attr[0].Key}
	cacheForeign(key, c)
	a.Namespace, a.Key = c.Namespace, c.Data
	return a, true
}

// cacheForeign keeps n under key in foreignCache unless it is full. The
// key is copied: it may share a page's memory, which the cache must not
// keep.
func cacheForeign(key string, n *html.Node) {
	if foreignCache.n.Load() < foreignCacheMax {
		if _, loaded := foreignCache.m.LoadOrStore(strings.Clone(key), n); !loaded {
			foreignCache.n.Add(1)
		}
	}
}

// probeSVG parses page, "<svg>" and one tag, with html.Parse and returns
// the element the tag made inside the svg element, or nil.
func probeSVG(page string) *html.Node {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return nil
	}
	for n := root; n != nil; n = n.LastChild {
		if n.Type == html.ElementNode && n.DataAtom == atom.Svg && n.Namespace == "svg" {
			return n.FirstChild
		}
	}
	return nil
}

// isBreakout reports whether a start tag in SVG content leaves it: the
// HTML tags the standard lists, and <font> with a color, face or size.
func isBreakout(a atom.Atom, attrs []html.Attribute) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code, atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Hr, atom.I, atom.Img, atom.Li, atom.Listing, atom.Menu, atom.Meta, atom.Nobr, atom.Ol, atom.P, atom.Pre, atom.Ruby, atom.S, atom.Small, atom.Span, atom.Strong, atom.Strike, atom.Sub, atom.Sup, atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	case atom.Font:
		for _, t := range attrs {
			switch t.Key {
			case "color", "face", "size":
				return true
			}
		}
	}
	return false
}

// isSVGIntegration reports whether n is an SVG element that holds HTML.
func isSVGIntegration(n *html.Node) bool {
	if n.Namespace != "svg" {
		return false
	}
	switch n.Data {
	case "desc", "foreignObject", "title":
		return true
	}
	return false
}

// inForeign reports whether the current token is processed by the rules
// for foreign content: the current node is an SVG element, and the token
// is not the end of the input, nor a start tag or text inside an element
// that holds HTML.
func (b *fastBuilder) inForeign() bool {
	n := b.current()
	if n == nil || n.Namespace == "" || b.tok.kind == tkEOF {
		return false
	}
	if n.Namespace != "svg" {
		b.fail = "MathML"
		return false
	}
	if isSVGIntegration(n) && (b.tok.kind == tkStart || b.tok.kind == tkText) {
		return false
	}
	return true
}

// foreign processes the current token by the rules for foreign content.
func (b *fastBuilder) foreign() bool {
	switch b.tok.kind {
	case tkText:
		b.addText(b.tok.data)
	case tkComment:
		b.addChild(b.comment())
	case tkStart:
		if isBreakout(b.tok.atom, b.tok.attrs) {
			for i := len(b.oe) - 1; i >= 0; i-- {
				if n := b.oe[i]; n.Namespace == "" || isSVGIntegration(n) {
					b.oe = b.oe[:i+1]
					break
				}
			}
			return b.step()
		}
		data, a, ok := svgElement(b.tok.data)
		if !ok {
			b.fail = "SVG element name"
			return true
		}
		b.tok.data, b.tok.atom = data, a
		b.addSVG()
	case tkEnd:
		name := b.tok.data
		for i := len(b.oe) - 1; i >= 0; i-- {
			if strings.EqualFold(b.oe[i].Data, name) {
				b.oe = b.oe[:i]
				return true
			}
			if i > 0 && b.oe[i-1].Namespace == "" {
				break
			}
		}
		return b.step()
	}
	return true
}

// addSVG adds the SVG element of the current start tag, with its
// attributes' names adjusted, and opens it unless the tag is
// self-closing. Its content is never raw text.
func (b *fastBuilder) addSVG() {
	for i, a := range b.tok.attrs {
		adj, ok := svgAttr(a)
		if !ok {
			b.fail = "SVG attribute name"
			return
		}
		b.tok.attrs[i] = adj
	}
	b.addElement()
	if b.fail != "" {
		return
	}
	b.top().Namespace = "svg"
	b.sc.raw = rawNone
	if b.sc.selfClosing {
		b.pop()
	}
}
