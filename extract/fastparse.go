package extract

import (
	"bytes"
	"context"
	"fmt"
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
// html.DocumentNode. It takes about a fifth of html.Parse's time, two
// fifths of its bytes and under 1% of its allocations (BenchmarkParse, on
// the ScrapingHub pages): text and attribute values share data's memory
// unless they hold character references or carriage returns, so data must
// not be modified afterwards, and nodes and attributes are allocated in
// blocks. The differential tests (TestFastParsePages, TestFastParseSoup)
// and FuzzFastParse check its trees against html.Parse's.
//
// It accepts what nearly all pages are made of (99.7% of the benchmark
// sets' pages): doctypes, comments anywhere, the head elements, raw text
// (script with its "<!--" escapes, style, iframe, noembed, noframes,
// noscript, xmp) and RCDATA (title, textarea), implied html, head, body,
// p, li, dd, dt, option, optgroup and table sections, tables with their
// captions, column groups, sections, rows and cells, templates, formatting
// elements re-created after a block and misnested ones (the adoption
// agency), content foster-parented out of tables, end tags that close
// nothing, and SVG (see fastparse_foreign.go).
//
// It returns a nil root and the reason, and the caller parses with
// html.Parse, for a page with a NUL byte, a tag, comment or doctype cut
// short by the end of the input, <plaintext>, <frameset>, MathML, or
// elements nested more than 512 deep (which html.Parse rejects). It
// checks ctx every 1024 tokens and returns its error once it is done.
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
	// A page makes about as many nodes as it has '<'; a page of '<' and
	// little else makes none, hence the cap.
	b.nodes = make([]html.Node, min(16+bytes.Count(data, []byte{'<'}), maxNodeBlock))
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
	templates []insMode
	im, orig  insMode
	hasOrig   bool
	quirks    bool
	// foster is set while a token is processed by the in-body rules on
	// behalf of a table mode: a node inserted under a table element is
	// then foster-parented (see fosterParent).
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

// step processes the current token in the current insertion mode and
// reports whether it consumed it.
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
