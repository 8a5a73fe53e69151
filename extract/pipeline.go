package extract

import (
	"context"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/pith-go/pith/internal/readall"
)

// DefaultMaxBytes is the default input size limit: 32 MiB.
const DefaultMaxBytes = 32 << 20

// A Pipeline runs an ordered list of extractors over a document and builds
// the Article. It is immutable once built by New and safe for concurrent
// use by multiple goroutines.
type Pipeline struct {
	extractors  []Extractor
	language    string
	maxBytes    int64
	contentType string
	site        Extractor // SiteTemplate, run last; see WithSiteProfile
	reference   time.Time
	maxNodes    int
	maxDepth    int
	// names holds each extractor's name (extractorName), read once, when
	// New builds the Pipeline.
	names []string
	// builtin reports, for each extractor, keepsBlocks of it.
	builtin []bool
	// ownBlocks reports that all extractors are the package's (builtin):
	// none keeps a block once the Article is built (see releaseText).
	ownBlocks bool
}

// WithReferenceTime gives the time the pages were fetched: relative dates
// ("il y a 2 heures", "vor 3 Tagen") are read against it, and no date
// after it is taken as a page's publication date. Without it, relative
// dates are not read. It suits a pipeline built for one crawl; the zero
// time, the default, means unknown.
func WithReferenceTime(t time.Time) Option {
	return func(p *Pipeline) { p.reference = t }
}

// An Option configures a Pipeline built by New.
type Option func(*Pipeline)

// WithExtractors sets the extractors to run, in order, replacing the
// default list. The slice is copied. Start from DefaultExtractors() to add
// to or reorder the built-in ones.
func WithExtractors(extractors ...Extractor) Option {
	return func(p *Pipeline) { p.extractors = slices.Clone(extractors) }
}

// WithLanguage fixes the page language (an ISO 639-1 code such as "fr")
// instead of detecting it. By default the language is detected from the
// page's metadata and text.
func WithLanguage(lang string) Option {
	return func(p *Pipeline) { p.language = lang }
}

// WithMaxBytes sets the largest input accepted, in bytes; longer input
// fails with ErrTooLarge, after at most n+1 bytes were read. The default
// is DefaultMaxBytes; n <= 0 restores it. See also WithMaxNodes and
// WithMaxDepth.
func WithMaxBytes(n int64) Option {
	return func(p *Pipeline) {
		if n <= 0 {
			n = DefaultMaxBytes
		}
		p.maxBytes = n
	}
}

// WithContentType gives the Content-Type header an HTML page was served
// with, so that its charset parameter can decode the page. By default the
// charset comes from the byte-order mark or the page's meta tags, and
// UTF-8 is assumed when there is none.
func WithContentType(contentType string) Option {
	return func(p *Pipeline) { p.contentType = contentType }
}

// New returns a pipeline configured by opts. Without options it runs
// DefaultExtractors within the default limits, which are meant for
// unattended crawling: DefaultMaxBytes, DefaultMaxNodes and
// DefaultMaxDepth.
func New(opts ...Option) *Pipeline {
	p := &Pipeline{extractors: DefaultExtractors(), maxBytes: DefaultMaxBytes, maxNodes: DefaultMaxNodes, maxDepth: DefaultMaxDepth}
	for _, opt := range opts {
		opt(p)
	}
	if p.site != nil {
		p.extractors = append(p.extractors, p.site)
	}
	p.names = make([]string, len(p.extractors))
	p.builtin = make([]bool, len(p.extractors))
	for i, e := range p.extractors {
		p.names[i] = extractorName(e, i)
		p.builtin[i] = keepsBlocks(e)
	}
	p.ownBlocks = !slices.Contains(p.builtin, false)
	return p
}

var defaultPipeline = New()

// pipelineFor returns the shared default pipeline when opts is empty, and
// a new one configured by opts otherwise.
func pipelineFor(opts []Option) *Pipeline {
	if len(opts) == 0 {
		return defaultPipeline
	}
	return New(opts...)
}

// FromText extracts the article from a plain-text page dump with the
// default pipeline. See Pipeline.FromText.
func FromText(dump string) (*Article, error) { return defaultPipeline.FromText(dump) }

// FromReader extracts the article from a plain-text page dump read from r
// with the default pipeline. See Pipeline.FromReader.
func FromReader(r io.Reader) (*Article, error) { return defaultPipeline.FromReader(r) }

// FromText extracts the article from a plain-text page dump: the page
// title on the first line, then the page's visible text, one block per
// line. Blank lines separate paragraphs but are not needed.
//
// It returns ErrEmpty, ErrTooLarge or ErrNotText for input it cannot read,
// and ErrNoContent, with a valid Article, when no body remains. Its cost
// is linear in the length of dump.
//
// When the pipeline runs only the package's extractors, none of which
// keeps a block past the run, the memory of the dump's blocks is kept
// for a later call (in a sync.Pool; a dump of more than 4,096 blocks is
// left to the garbage collector). The Article shares none of it. It is
// safe for concurrent use.
func (p *Pipeline) FromText(dump string) (*Article, error) {
	return p.FromTextContext(context.Background(), dump)
}

// FromReader is FromText for a dump read from r, which is read to its end
// (at most the byte limit plus one byte) and not closed.
func (p *Pipeline) FromReader(r io.Reader) (*Article, error) {
	doc, err := p.ReadText(context.Background(), r)
	if err != nil {
		return nil, err
	}
	a, err := p.Run(doc)
	if p.ownBlocks {
		doc.releaseText() // no code of the caller's saw doc
	}
	return a, err
}

// readAll reads r up to the byte limit, and stops when ctx is done. A
// reader that knows its length (bytes.Reader, strings.Reader,
// bytes.Buffer) is read into a single buffer of that size.
func (p *Pipeline) readAll(ctx context.Context, r io.Reader) ([]byte, error) {
	limit := p.maxBytes + 1
	size := int64(512)
	if l, ok := r.(interface{ Len() int }); ok {
		size = min(int64(l.Len())+1, limit)
	}
	data, err := readall.UpTo(io.LimitReader(withContext(ctx, r), limit), int(size))
	if cerr := ctx.Err(); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		return nil, fmt.Errorf("extract: reading input: %w", err)
	}
	if int64(len(data)) > p.maxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, p.maxBytes)
	}
	return data, nil
}

// Run runs the pipeline's extractors over doc, in order, and builds the
// Article from the blocks left. doc is changed: after Run each block
// reports whether it was removed, and by which extractor. Use it with a
// Document from NewTextDocument or NewHTMLDocument to see every decision.
func (p *Pipeline) Run(doc *Document) (*Article, error) {
	return p.run(context.Background(), doc)
}

// run is Run and RunContext.
func (p *Pipeline) run(ctx context.Context, doc *Document) (*Article, error) {
	if p.language != "" {
		doc.setLanguage(p.language)
		doc.langFixed = true
	}
	if !p.reference.IsZero() && doc.Reference.IsZero() {
		doc.Reference = p.reference
	}
	// The phrase list is checked again after any code but the package's
	// extractors ran: the caller's before the run, an extractor of its own.
	doc.bounds.phrases.checked = false
	defer func() { doc.builtin = false }()
	for i, e := range p.extractors {
		if err := ctx.Err(); err != nil {
			doc.current = ""
			return nil, err
		}
		name := p.name(i)
		doc.current = name
		doc.builtin = i < len(p.builtin) && p.builtin[i]
		if !doc.builtin {
			doc.bounds.phrases.checked = false
		}
		err := e.Extract(doc)
		if !doc.builtin {
			doc.bounds.phrases.checked = false
		}
		if err != nil {
			doc.current = ""
			return nil, fmt.Errorf("extract: extractor %s: %w", name, err)
		}
	}
	doc.current = ""
	a := newArticle(doc)
	if len(a.Body) == 0 {
		return a, ErrNoContent
	}
	return a, nil
}

// name returns the name of the extractor at position i, as New read it.
func (p *Pipeline) name(i int) string {
	if i < len(p.names) {
		return p.names[i]
	}
	return extractorName(p.extractors[i], i) // a Pipeline not built by New
}

// newArticle builds the Article from a document whose extractors have run.
func newArticle(doc *Document) *Article {
	a := &Article{
		URL:       doc.URL,
		Title:     doc.Title,
		SiteName:  doc.Meta.SiteName,
		Language:  doc.Meta.Language,
		Authors:   doc.Meta.Authors,
		Published: doc.Meta.Published,

		Description: doc.Meta.Description,
		Image:       doc.Meta.Image,
		Canonical:   doc.Meta.Canonical,
	}
	// The body is sized from the count of removed blocks: exactly, but
	// for the kicker and the lead, unless an extractor took removed
	// blocks out of doc.Blocks (then it grows).
	if n := len(doc.Blocks) - doc.removed; n > 0 {
		a.Body = make([]Block, 0, n)
	}
	// The blocks are in order: their removals come sorted by index. They
	// are packed in place in their slots (packRemoval) while each removed
	// block is at its Index with its record in its slot; from the first
	// that is not, they are copied.
	packed := doc.removals != nil
	for i, b := range doc.Blocks {
		switch {
		case b.Removed():
			if packed && (b.Index != i || i >= len(doc.removals) || b.removal != &doc.removals[i]) {
				packed = false
				a.Removed = append(make([]Removal, 0, max(doc.removed, len(a.Removed)+1)), a.Removed...)
			}
			if packed {
				a.Removed = packRemoval(doc.removals, a.Removed, b)
			} else {
				a.Removed = append(a.Removed, *b.removal)
			}
		case b.Role == RoleKicker:
			a.Kicker = joinText(a.Kicker, b.Text)
		case b.Role == RoleLead:
			a.Lead = joinText(a.Lead, b.Text)
		default:
			// The copy drops the cache: the Article is output, and a
			// kept Article must not keep the Document's caches, nor the
			// profiles and folded texts they point to, alive.
			a.Body = appendBody(a.Body, b)
		}
	}
	if packed {
		// The Article owns the slots now: the ones past its records are
		// cleared.
		clear(doc.removals[len(a.Removed):])
		a.Removed = a.Removed[:len(a.Removed):len(a.Removed)]
	}
	// A later Remove starts new slots: those of the packed records are
	// the Article's.
	doc.removals = nil
	return a
}

// appendBody appends a copy of b to body, without its cache, written in
// place when body has room (append would copy the Block twice).
func appendBody(body []Block, b *Block) []Block {
	if len(body) == cap(body) {
		body = append(body, Block{})
	} else {
		body = body[:len(body)+1]
	}
	body[len(body)-1] = *b
	body[len(body)-1].cache = nil
	return body
}

// packRemoval moves b's record from its slot in slots to the end of
// packed, the records already packed at the start of slots, and points b
// at it there. The blocks must come in order, each at its Index: a record
// only moves down, over slots whose records have already moved.
func packRemoval(slots, packed []Removal, b *Block) []Removal {
	j := len(packed)
	packed = slots[:j+1]
	if r := &slots[j]; r != b.removal {
		// Field by field: see Document.mark.
		from := b.removal
		r.Index, r.Text, r.Extractor, r.Kind, r.Evidence = from.Index, from.Text, from.Extractor, from.Kind, from.Evidence
		b.removal = r
	}
	return packed
}

func joinText(a, b string) string {
	if a == "" {
		return b
	}
	return a + "\n\n" + b
}
