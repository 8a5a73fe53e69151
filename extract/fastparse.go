package extract

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML parses a decoded page into the tree html.Parse builds for it,
// with the fast parse when it accepts the page and html.Parse otherwise.
// It stops with ctx's error once ctx is done. The tree's strings may share
// data's memory: data must not be modified afterwards.
func parseHTML(ctx context.Context, data []byte) (*html.Node, error) {
	root, _, err := fastParse(ctx, data)
	if err != nil || root != nil {
		return root, err
	}
	return html.Parse(readerOf(ctx, data))
}

// fastParse parses data as golang.org/x/net/html's Parse does, with its
// default options (scripting enabled, so <noscript> holds raw text), and
// returns the same tree: the same nodes, with the same Type, Data,
// DataAtom, Namespace and attributes in the same order, under an
// html.DocumentNode. It is about three times as fast and makes a sixth of
// the allocations: text and attribute values share data's memory unless
// they hold character references or carriage returns, so data must not be
// modified afterwards, and nodes and attributes are allocated in blocks.
//
// It accepts the HTML most pages are made of: doctype, comments anywhere,
// the head elements, raw text (script, style, iframe, noembed, noframes,
// noscript, xmp) and RCDATA (title, textarea), implied html, head, body,
// p, li, dd, dt, option, optgroup and table sections, tables with their
// captions, column groups, sections, rows and cells, formatting elements
// re-created after a block is closed, end tags that close nothing, and
// misnested formatting elements that need no reparenting.
//
// It returns a nil root and the reason, and the caller parses with
// html.Parse, for a page with a NUL byte, a construct cut short by the
// end of the input, <plaintext>, <template>, <frameset>, SVG or MathML,
// a script that hides its end tag ("<!--" then "<script"), content that
// would be foster-parented out of a table, misnested formatting elements
// that need the adoption agency to reparent nodes, a tag with more than
// maxScanAttrs attributes, or elements nested more than 512 deep (which
// html.Parse rejects). It checks ctx every 1024 tokens and returns its
// error once it is done.
func fastParse(ctx context.Context, data []byte) (root *html.Node, reason string, err error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, "NUL byte", nil
	}
	defer func() {
		// A bug must not take the page down: html.Parse reads it instead.
		if r := recover(); r != nil {
			root, reason, err = nil, fmt.Sprint("panic: ", r), nil
		}
	}()
	b := &fastBuilder{}
	b.sc.data = data
	b.sc.src = unsafe.String(unsafe.SliceData(data), len(data))
	// A page makes about as many nodes as it has '<'.
	b.nodes = make([]html.Node, 16+bytes.Count(data, []byte{'<'}))
	b.doc = b.newNode(html.DocumentNode)
	for n := 1; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, "", err
			}
		}
		cur := b.current()
		b.sc.cdata = cur != nil && cur.Namespace != ""
		k := b.sc.next()
		if b.sc.fail != "" {
			return nil, b.sc.fail, nil
		}
		b.tok = fastTok{kind: k, atom: b.sc.atom, data: b.sc.name, attrs: b.sc.attrs}
		switch k {
		case tkText, tkComment, tkDoctype:
			b.tok.data = b.sc.text
		}
		b.process()
		if b.fail != "" {
			return nil, b.fail, nil
		}
		if k == tkStart && (b.sc.raw != rawNone) != (b.im == imText) {
			return nil, "raw text outside a raw-text element", nil
		}
		if k == tkEOF {
			break
		}
	}
	b.flushText()
	return b.doc, "", nil
}

// insMode is an insertion mode of the tree construction.
type insMode uint8

const (
	imInitial insMode = iota
	imBeforeHTML
	imBeforeHead
	imInHead
	imAfterHead
	imInBody
	imText
	imInTable
	imInCaption
	imInColumnGroup
	imInTableBody
	imInRow
	imInCell
	imAfterBody
	imAfterAfterBody
	imInTemplate
)

// fastTok is the token being processed: a scanned one or an implied one.
type fastTok struct {
	kind  tokKind
	atom  atom.Atom
	data  string // a tag's name or a text, comment or doctype's data
	attrs []html.Attribute
}

// fastBuilder is the tree construction state of the fast parse.
type fastBuilder struct {
	sc  fastScanner
	tok fastTok
	doc *html.Node
	// oe is the stack of open elements; afe the list of active formatting
	// elements, where nil is a scope marker.
	oe, afe    []*html.Node
	head, form *html.Node
	// templates is the stack of template insertion modes.
	templates  []insMode
	im, orig   insMode
	hasOrig    bool
	quirks     bool
	// foster is set while a token is processed by the in-body rules on
	// behalf of a table mode; inserting a node under a table element then
	// needs foster parenting, which the fast parse does not do.
	foster bool
	fail   string
	// merged is the text node that text is being merged into, and
	// mergeBuf its text, set as its Data by flushText.
	merged   *html.Node
	mergeBuf []byte
	nodes    []html.Node
}

// process runs the current token through the insertion modes until one
// consumes it.
func (b *fastBuilder) process() {
	for i := 0; b.fail == ""; i++ {
		var done bool
		if b.inForeign() {
			done = b.foreign()
		} else {
			done = b.step()
		}
		if done {
			return
		}
		if i > 16 {
			b.fail = "token not consumed"
		}
	}
}

// implied processes an implied start or end tag, then restores the
// current token.
func (b *fastBuilder) implied(kind tokKind, a atom.Atom) {
	saved := b.tok
	b.tok = fastTok{kind: kind, atom: a, data: a.String()}
	b.process()
	b.tok = saved
}

func (b *fastBuilder) step() bool {
	switch b.im {
	case imInitial:
		return b.initial()
	case imBeforeHTML:
		return b.beforeHTML()
	case imBeforeHead:
		return b.beforeHead()
	case imInHead:
		return b.inHead()
	case imAfterHead:
		return b.afterHead()
	case imInBody:
		return b.inBody()
	case imText:
		return b.text()
	case imInTable:
		return b.inTable()
	case imInCaption:
		return b.inCaption()
	case imInColumnGroup:
		return b.inColumnGroup()
	case imInTableBody:
		return b.inTableBody()
	case imInRow:
		return b.inRow()
	case imInCell:
		return b.inCell()
	case imAfterBody:
		return b.afterBody()
	case imAfterAfterBody:
		return b.afterAfterBody()
	default:
		return b.inTemplate()
	}
}

const htmlSpace = " \t\r\n\f"

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

// blockStarts are the start tags that close an open p and open a block.
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

func isFormatting(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U:
		return true
	}
	return false
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

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
// content in copies of it. It gives up where the moved nodes would be
// foster-parented out of a table.
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
		switch common.DataAtom {
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			b.fail = "foster parenting"
			return
		}
		if last.Parent != nil {
			last.Parent.RemoveChild(last)
		}
		common.AppendChild(last)
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
// nearest open element of that name unless a special element is nearer.
func (b *fastBuilder) endOther(a atom.Atom, name string) {
	for i := len(b.oe) - 1; i >= 0; i-- {
		n := b.oe[i]
		if n.DataAtom == a && (a != 0 || n.Data == name) {
			b.oe = b.oe[:i]
			return
		}
		if isSpecial(n) {
			return
		}
	}
}

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

func (b *fastBuilder) inTable() bool {
	switch b.tok.kind {
	case tkText:
		switch b.top().DataAtom {
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if strings.Trim(b.tok.data, htmlSpace) == "" {
				b.addText(b.tok.data)
				return true
			}
		}
	case tkStart:
		switch b.tok.atom {
		case atom.Caption:
			b.clearToContext(atom.Table, atom.Table, atom.Table)
			b.afe = append(b.afe, nil)
			b.addElement()
			b.im = imInCaption
			return true
		case atom.Colgroup:
			b.clearToContext(atom.Table, atom.Table, atom.Table)
			b.addElement()
			b.im = imInColumnGroup
			return true
		case atom.Col:
			b.implied(tkStart, atom.Colgroup)
			return false
		case atom.Tbody, atom.Tfoot, atom.Thead:
			b.clearToContext(atom.Table, atom.Table, atom.Table)
			b.addElement()
			b.im = imInTableBody
			return true
		case atom.Td, atom.Th, atom.Tr:
			b.implied(tkStart, atom.Tbody)
			return false
		case atom.Table:
			if b.popUntil(scTable, atom.Table) {
				b.resetMode()
				return false
			}
			return true
		case atom.Style, atom.Script, atom.Template:
			return b.inHead()
		case atom.Input:
			for _, t := range b.tok.attrs {
				if t.Key == "type" && strings.EqualFold(t.Val, "hidden") {
					b.addVoid()
					return true
				}
			}
		case atom.Form:
			if b.form == nil && !b.contains(atom.Template) {
				b.addElement()
				b.form = b.pop()
			}
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Table:
			if b.popUntil(scTable, atom.Table) {
				b.resetMode()
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true
		case atom.Template:
			return b.inHead()
		}
	case tkComment:
		b.addChild(b.comment())
		return true
	case tkDoctype:
		return true
	case tkEOF:
		return b.inBody()
	}
	b.foster = true
	done := b.inBody()
	b.foster = false
	return done
}

func (b *fastBuilder) inCaption() bool {
	switch b.tok.kind {
	case tkStart:
		switch b.tok.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Thead, atom.Tr:
			if !b.popUntil(scTable, atom.Caption) {
				return true
			}
			b.clearFormatting()
			b.im = imInTable
			return false
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Caption:
			if b.popUntil(scTable, atom.Caption) {
				b.clearFormatting()
				b.im = imInTable
			}
			return true
		case atom.Table:
			if !b.popUntil(scTable, atom.Caption) {
				return true
			}
			b.clearFormatting()
			b.im = imInTable
			return false
		case atom.Body, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true
		}
	}
	return b.inBody()
}

func (b *fastBuilder) inColumnGroup() bool {
	switch b.tok.kind {
	case tkText:
		if b.leadingSpace() {
			return true
		}
	case tkComment:
		b.addChild(b.comment())
		return true
	case tkDoctype:
		return true
	case tkStart:
		switch b.tok.atom {
		case atom.Html:
			return b.inBody()
		case atom.Col:
			b.addVoid()
			return true
		case atom.Template:
			return b.inHead()
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Colgroup:
			if b.top().DataAtom == atom.Colgroup {
				b.pop()
				b.im = imInTable
			}
			return true
		case atom.Col:
			return true
		case atom.Template:
			return b.inHead()
		}
	case tkEOF:
		return b.inBody()
	}
	if b.top().DataAtom != atom.Colgroup {
		return true
	}
	b.pop()
	b.im = imInTable
	return false
}

func (b *fastBuilder) inTableBody() bool {
	switch b.tok.kind {
	case tkStart:
		switch b.tok.atom {
		case atom.Tr:
			b.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
			b.addElement()
			b.im = imInRow
			return true
		case atom.Td, atom.Th:
			b.implied(tkStart, atom.Tr)
			return false
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			if b.popUntil(scTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				b.im = imInTable
				return false
			}
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if b.inScope(scTable, b.tok.atom) {
				b.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
				b.pop()
				b.im = imInTable
			}
			return true
		case atom.Table:
			if b.popUntil(scTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				b.im = imInTable
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th, atom.Tr:
			return true
		}
	case tkComment:
		b.addChild(b.comment())
		return true
	}
	return b.inTable()
}

func (b *fastBuilder) inRow() bool {
	switch b.tok.kind {
	case tkStart:
		switch b.tok.atom {
		case atom.Td, atom.Th:
			b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
			b.addElement()
			b.afe = append(b.afe, nil)
			b.im = imInCell
			return true
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if b.inScope(scTable, atom.Tr) {
				b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				b.pop()
				b.im = imInTableBody
				return false
			}
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Tr:
			if b.inScope(scTable, atom.Tr) {
				b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				b.pop()
				b.im = imInTableBody
			}
			return true
		case atom.Table:
			if b.inScope(scTable, atom.Tr) {
				b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				b.pop()
				b.im = imInTableBody
				return false
			}
			return true
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if b.inScope(scTable, b.tok.atom) && b.inScope(scTable, atom.Tr) {
				b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				b.pop()
				b.im = imInTableBody
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th:
			return true
		}
	}
	return b.inTable()
}

func (b *fastBuilder) inCell() bool {
	switch b.tok.kind {
	case tkStart:
		switch b.tok.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			if b.popUntil(scTable, atom.Td, atom.Th) {
				b.clearFormatting()
				b.im = imInRow
				return false
			}
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Td, atom.Th:
			if !b.popUntil(scTable, b.tok.atom) {
				return true
			}
			b.clearFormatting()
			b.im = imInRow
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html:
			return true
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if !b.inScope(scTable, b.tok.atom) {
				return true
			}
			if b.popUntil(scTable, atom.Td, atom.Th) {
				b.clearFormatting()
			}
			b.im = imInRow
			return false
		}
	}
	return b.inBody()
}

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

func (b *fastBuilder) inTemplate() bool {
	switch b.tok.kind {
	case tkText, tkComment, tkDoctype:
		return b.inBody()
	case tkStart:
		mode := imInBody
		switch b.tok.atom {
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script, atom.Style, atom.Template, atom.Title:
			return b.inHead()
		case atom.Caption, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			mode = imInTable
		case atom.Col:
			mode = imInColumnGroup
		case atom.Tr:
			mode = imInTableBody
		case atom.Td, atom.Th:
			mode = imInRow
		}
		if len(b.templates) > 0 {
			b.templates[len(b.templates)-1] = mode
		}
		b.im = mode
		return false
	case tkEnd:
		if b.tok.atom == atom.Template {
			return b.inHead()
		}
		return true
	}
	// The end of the input.
	if !b.contains(atom.Template) {
		return true
	}
	b.closeTemplate()
	return false
}

// closeTemplate closes the innermost open template, with the elements
// opened in it and its active formatting elements, and resets the
// insertion mode.
func (b *fastBuilder) closeTemplate() {
	b.impliedEnd(0)
	for i := len(b.oe) - 1; i >= 0; i-- {
		if n := b.oe[i]; n.Namespace == "" && n.DataAtom == atom.Template {
			b.oe = b.oe[:i]
			break
		}
	}
	b.clearFormatting()
	if len(b.templates) > 0 {
		b.templates = b.templates[:len(b.templates)-1]
	}
	b.resetMode()
}

// contains reports whether an HTML element named a is open.
func (b *fastBuilder) contains(a atom.Atom) bool {
	for _, n := range b.oe {
		if n.DataAtom == a && n.Namespace == "" {
			return true
		}
	}
	return false
}

// resetMode resets the insertion mode from the stack of open elements
// after a table is closed.
func (b *fastBuilder) resetMode() {
	for i := len(b.oe) - 1; i >= 0; i-- {
		switch b.oe[i].DataAtom {
		case atom.Td, atom.Th:
			b.im = imInCell
		case atom.Tr:
			b.im = imInRow
		case atom.Tbody, atom.Thead, atom.Tfoot:
			b.im = imInTableBody
		case atom.Caption:
			b.im = imInCaption
		case atom.Colgroup:
			b.im = imInColumnGroup
		case atom.Table:
			b.im = imInTable
		case atom.Head:
			b.im = imInHead
		case atom.Body:
			b.im = imInBody
		case atom.Template:
			if b.oe[i].Namespace != "" {
				continue
			}
			if len(b.templates) == 0 {
				b.fail = "no template mode"
				return
			}
			b.im = b.templates[len(b.templates)-1]
		case atom.Frameset:
			b.fail = "frameset"
		case atom.Html:
			if b.head == nil {
				b.im = imBeforeHead
			} else {
				b.im = imAfterHead
			}
		default:
			if i == 0 {
				b.im = imInBody
				return
			}
			continue
		}
		return
	}
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

// Node construction.

// newNode returns a zero node of type t, from a block of nodes.
func (b *fastBuilder) newNode(t html.NodeType) *html.Node {
	if len(b.nodes) == 0 {
		b.nodes = make([]html.Node, 256)
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

// needsFoster reports whether a node inserted now would be
// foster-parented.
func (b *fastBuilder) needsFoster() bool {
	if !b.foster {
		return false
	}
	switch b.top().DataAtom {
	case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
		b.fail = "foster parenting"
		return true
	}
	return false
}

// addChild appends n to the current node and, for an element, opens it.
func (b *fastBuilder) addChild(n *html.Node) {
	if b.needsFoster() {
		return
	}
	b.top().AppendChild(n)
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
	if text == "" || b.needsFoster() {
		return
	}
	t := b.top()
	if last := t.LastChild; last != nil && last.Type == html.TextNode {
		if last != b.merged {
			b.flushText()
			b.merged = last
			b.mergeBuf = append(b.mergeBuf[:0], last.Data...)
		}
		b.mergeBuf = append(b.mergeBuf, text...)
		return
	}
	n := b.newNode(html.TextNode)
	n.Data = text
	t.AppendChild(n)
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
