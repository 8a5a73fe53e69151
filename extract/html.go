package extract

import (
	"bytes"
	"io"

	"golang.org/x/net/html"
)

// FromHTML extracts the article from an HTML page with the default
// pipeline, or with one configured by opts, such as WithContentType. See
// Pipeline.FromHTML.
func FromHTML(r io.Reader, pageURL string, opts ...Option) (*Article, error) {
	return pipelineFor(opts).FromHTML(r, pageURL)
}

// FromNode extracts the article from a parsed HTML page with the default
// pipeline, or with one configured by opts. See Pipeline.FromNode.
func FromNode(root *html.Node, pageURL string, opts ...Option) (*Article, error) {
	return pipelineFor(opts).FromNode(root, pageURL)
}

// FromHTML extracts the article from the HTML page read from r, which is
// read to its end (at most the byte limit plus one byte) and not closed.
// pageURL, which may be empty, makes links absolute.
//
// The page is decoded to UTF-8 from its byte-order mark, the charset of
// WithContentType, or its <meta> declaration (see WithContentType). It
// returns ErrTooLarge, ErrEmpty or ErrBinary for input it cannot read,
// and ErrNoContent, with a valid Article, when no body remains. A page
// nested deeper than the HTML parser accepts (512 open elements) is read
// with the elements below depth 256 flattened into their parents, so its
// text is still extracted; ErrMalformed is returned only for a page that
// cannot be parsed even then.
func (p *Pipeline) FromHTML(r io.Reader, pageURL string) (*Article, error) {
	data, err := p.readAll(r)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	data, err = decodeHTML(data, p.contentType)
	if err != nil {
		return nil, err
	}
	root, err := parseHTML(data)
	if err != nil {
		return nil, err
	}
	return p.FromNode(root, pageURL)
}

// FromNode extracts the article from a parsed page. The tree is not
// changed, and the Article's blocks point into it (Block.DOM.Node).
func (p *Pipeline) FromNode(root *html.Node, pageURL string) (*Article, error) {
	doc, err := NewHTMLDocument(root, pageURL)
	if err != nil {
		return nil, err
	}
	return p.Run(doc)
}

// NewHTMLDocument builds the Document of a parsed HTML page; root, usually
// the html.DocumentNode returned by html.Parse, is not changed.
//
// Blocks are the page's headings, paragraphs, list items, quotes, code
// blocks, data tables, and the text of containers with no block children;
// two <br> in a row split a paragraph. Scripts, styles, templates, SVG,
// frames, form controls and hidden elements (the hidden attribute,
// aria-hidden="true", an inline display:none or visibility:hidden) are
// left out, unless hidden elements hold more text than the visible page
// (see buildBlocks); when almost no text is left, <noscript> content is
// read too. Every block gets its DOMEvidence. The
// metadata comes from the <head>, OpenGraph, JSON-LD and the <html lang>
// attribute, and the main content container is located at once (see
// Document.InCore).
//
// It returns ErrEmpty for a page with neither text nor title. The tree is
// walked without recursion, so deep nesting cannot exhaust the stack.
func NewHTMLDocument(root *html.Node, pageURL string) (*Document, error) {
	if root == nil {
		return nil, ErrEmpty
	}
	meta := readMeta(root, pageURL)
	blocks := buildBlocks(root, meta.base, false)
	if textRunes(blocks) < fallbackRunes {
		if more := buildBlocks(withNoscript(root), meta.base, true); textRunes(more) > 2*textRunes(blocks) {
			blocks = more
		}
	}
	if len(blocks) == 0 && meta.title == "" {
		return nil, ErrEmpty
	}
	doc := &Document{URL: pageURL, Root: root, Blocks: blocks}
	meta.apply(doc)
	doc.finish()
	setPositions(doc.Blocks)
	doc.core = locateDOMCore(doc)
	setLocal(doc)
	return doc, nil
}
