package extract

import (
	"bytes"
	"context"
	"fmt"
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
// returns ErrTooLarge (see WithMaxBytes and WithMaxNodes), ErrEmpty or
// ErrNotText for input it cannot read, and ErrNoContent, with a valid
// Article, when no body remains. A page nested deeper than the depth limit
// (see WithMaxDepth) is read with its deepest elements flattened into
// their ancestors, so its text is still extracted; ErrMalformed is
// returned only for a page that cannot be parsed even then.
func (p *Pipeline) FromHTML(r io.Reader, pageURL string) (*Article, error) {
	return p.FromHTMLContext(context.Background(), r, pageURL)
}

// ReadHTML reads an HTML page from r within the pipeline's limits,
// decodes and parses it, and returns its Document, for RunContext or for
// Explain. It returns the errors of FromHTML, or ctx's error once ctx is
// done. r is read to its end (at most the byte limit plus one byte) and
// not closed.
func (p *Pipeline) ReadHTML(ctx context.Context, r io.Reader, pageURL string) (*Document, error) {
	data, err := p.readAll(ctx, r)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if data, err = decodeHTML(data, p.contentType); err != nil {
		return nil, err
	}
	if data, err = p.checkMarkup(data); err != nil {
		return nil, err
	}
	root, err := p.parse(ctx, data)
	if err != nil {
		return nil, err
	}
	return newHTMLDocument(ctx, root, pageURL)
}

// parse parses a decoded page. A page nested deeper than the parser
// accepts, or than the pipeline's depth limit when it is lower, is parsed
// again with its deepest elements flattened (see flattenNesting): their
// tags are dropped and their content is kept. It returns an error
// wrapping ErrMalformed when the page cannot be parsed even so.
func (p *Pipeline) parse(ctx context.Context, data []byte) (*html.Node, error) {
	root, err := parseHTML(ctx, data)
	if cerr := ctx.Err(); cerr != nil {
		return nil, cerr
	}
	depth := p.maxDepth
	switch {
	case err != nil:
		depth = min(depth, flattenDepth)
	case depth < DefaultMaxDepth && treeDeeper(root, depth):
	default:
		return root, nil
	}
	flat, ferr := flattenNesting(data, depth)
	if ferr == nil {
		var root2 *html.Node
		if root2, ferr = parseHTML(ctx, flat); ferr == nil {
			return root2, nil
		}
	}
	if cerr := ctx.Err(); cerr != nil {
		return nil, cerr
	}
	if err == nil {
		// The page parsed; only its flattened form did not.
		return root, nil
	}
	return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
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
	return newHTMLDocument(context.Background(), root, pageURL)
}

// newHTMLDocument is NewHTMLDocument that checks ctx between its walks of
// the tree.
func newHTMLDocument(ctx context.Context, root *html.Node, pageURL string) (*Document, error) {
	if root == nil {
		return nil, ErrEmpty
	}
	meta := readMeta(root, pageURL)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	blocks := buildBlocks(root, meta.base, false)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if textRunes(blocks) < fallbackRunes {
		if more := buildBlocks(withNoscript(root), meta.base, true); textRunes(more) > 2*textRunes(blocks) {
			blocks = more
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
	}
	if len(blocks) == 0 && meta.title == "" {
		return nil, ErrEmpty
	}
	doc := &Document{URL: pageURL, Root: root, Blocks: blocks}
	meta.apply(doc)
	doc.finish()
	setPositions(doc.Blocks)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc.core = locateDOMCore(doc)
	setLocal(doc)
	return doc, ctx.Err()
}
