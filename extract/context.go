package extract

import (
	"bytes"
	"context"
	"fmt"
	"io"
)

// Cancellation. The Context variants of the entry points (FromHTMLContext,
// FromTextContext, Pipeline.ReadHTML, Pipeline.ReadText,
// Pipeline.RunContext) check their context while the input is read and
// parsed (at every read, so every few kilobytes), between the steps that
// build the Document, and between extractors. Once it is done they return
// its error (context.Canceled or context.DeadlineExceeded, matchable with
// errors.Is) and no Article. The longest step that does not check is one
// linear walk of the tree or one extractor, a few milliseconds on a large
// page and well under a second at the byte limit.

// FromHTMLContext is FromHTML that stops when ctx is done. See
// Pipeline.FromHTMLContext.
func FromHTMLContext(ctx context.Context, r io.Reader, pageURL string, opts ...Option) (*Article, error) {
	return pipelineFor(opts).FromHTMLContext(ctx, r, pageURL)
}

// FromTextContext is FromText that stops when ctx is done. See
// Pipeline.FromTextContext.
func FromTextContext(ctx context.Context, dump string, opts ...Option) (*Article, error) {
	return pipelineFor(opts).FromTextContext(ctx, dump)
}

// FromHTMLContext is FromHTML that stops when ctx is done, with ctx's
// error.
func (p *Pipeline) FromHTMLContext(ctx context.Context, r io.Reader, pageURL string) (*Article, error) {
	doc, err := p.ReadHTML(ctx, r, pageURL)
	if err != nil {
		return nil, err
	}
	return p.RunContext(ctx, doc)
}

// FromTextContext is FromText that stops when ctx is done, with ctx's
// error.
func (p *Pipeline) FromTextContext(ctx context.Context, dump string) (*Article, error) {
	doc, err := p.textDocument(ctx, dump)
	if err != nil {
		return nil, err
	}
	a, err := p.RunContext(ctx, doc)
	if p.ownBlocks {
		doc.releaseText() // no code of the caller's saw doc
	}
	return a, err
}

// ReadText reads a plain-text page dump from r within the pipeline's byte
// limit and returns its Document, for RunContext or for Explain. It
// returns the errors of FromText, or ctx's error once ctx is done. r is
// read to its end (at most the byte limit plus one byte) and not closed.
func (p *Pipeline) ReadText(ctx context.Context, r io.Reader) (*Document, error) {
	data, err := p.readAll(ctx, r)
	if err != nil {
		return nil, err
	}
	return p.textDocument(ctx, string(data))
}

func (p *Pipeline) textDocument(ctx context.Context, dump string) (*Document, error) {
	if int64(len(dump)) > p.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(dump), p.maxBytes)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := NewTextDocument(dump)
	if err != nil {
		return nil, err
	}
	return doc, ctx.Err()
}

// RunContext is Run that checks ctx before each extractor and stops with
// ctx's error, and no Article, once it is done.
func (p *Pipeline) RunContext(ctx context.Context, doc *Document) (*Article, error) {
	return p.run(ctx, doc)
}

// ctxReader is an io.Reader that fails with its context's error once the
// context is done.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(b)
}

// withContext returns r, made to stop when ctx is done; r itself when ctx
// can never be done, so that context.Background costs nothing.
func withContext(ctx context.Context, r io.Reader) io.Reader {
	if ctx.Done() == nil {
		return r
	}
	return ctxReader{ctx, r}
}

// readerOf returns a reader of data that stops when ctx is done.
func readerOf(ctx context.Context, data []byte) io.Reader {
	return withContext(ctx, bytes.NewReader(data))
}
