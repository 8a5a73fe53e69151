package extract

import (
	"fmt"
	"time"

	"golang.org/x/net/html"
)

// A Document is the page as a sequence of blocks, the input of every
// extractor. A front end (NewTextDocument, NewHTMLDocument) builds it; the
// extractors mark blocks removed, give kept blocks a role, and fill in
// metadata; the pipeline then turns it into an Article.
//
// A Document belongs to one extraction: it is not safe for concurrent use.
type Document struct {
	// URL is the page's address, when known.
	URL string
	// TitleLine is the page's title as found: the first line of a text
	// dump, or the <title> of an HTML page, with markup and extra white
	// space removed.
	TitleLine string
	// Title is the headline, at first TitleLine without the site name.
	// Extractors may replace it with a better headline found in the page.
	Title string
	// Meta is the page's metadata, filled in by the front end (HTML head,
	// JSON-LD) and by extractors (bylines, dates).
	Meta Metadata
	// Blocks are the page's blocks in reading order.
	Blocks []*Block
	// Root is the parsed HTML page; nil for text input.
	Root *html.Node
	// Reference is when the page was fetched, if known (see
	// WithReferenceTime): relative dates ("3 hours ago") are read against
	// it, and no date after it is taken as the publication date.
	Reference time.Time

	// dates are the publication dates the page's markup gives, best
	// first; Meta.Published is the first of them.
	dates     []time.Time
	current   string // name of the running extractor
	langFixed bool   // the language was given with WithLanguage
	// builtin reports that the running extractor is one of the package's
	// (keepsBlocks), set by Pipeline.run: see phraseBlocks.
	builtin bool
	removed int // the number of blocks removed
	// removals holds the Removal records Remove writes, one slot per block
	// at its Index, allocated at the first Remove. newArticle packs them,
	// in place, into the Article's Removed list and drops the slots from
	// the Document, so that each record is allocated once.
	removals []Removal
	core     []bool
	bounds   coreBounds // CoreBounds of core, cached (core.go)

	// lastAuthors are the names the page's card labels give
	// (labelledAuthors), else its first forum poster (posterElement): the
	// last source of authors (see Byline).
	lastAuthors []string
	// publishers are the publisher names the page's markup gives (JSON-LD
	// publisher, <meta name=publisher>): names of the site, no writers'.
	publishers []string
	// modified is the modified date the page's markup gives, the last
	// source of Meta.Published (see Byline).
	modified time.Time
	// timeDates reports that dates all come from <time> elements, the
	// markup's weakest source (see windowDate).
	timeDates bool

	// tokenMasks caches the token families of each class or id token
	// seen (see tokenfamily.go).
	tokenMasks map[string]uint64
	// folder is where a text dump's blocks write their folded texts.
	folder foldStore
	// text holds a text dump's blocks (see releaseText); nil for others.
	text *textStore
}

// Metadata is what is known about a page besides its body.
type Metadata struct {
	SiteName  string
	Language  string
	Authors   []string
	Published time.Time
	// Description is the page's summary from its metadata, if any.
	Description string
	// Image is the address of the page's lead image from its metadata.
	Image string
	// Canonical is the page's canonical address from its metadata.
	Canonical string
	// ArticleBody is the body a page declares in its JSON-LD, if any. It
	// is evidence, often truncated or stale: never the output itself.
	ArticleBody string
}

// Remove marks b removed by the running extractor, as a kind of
// boilerplate, with a short account of the evidence. Removing a block that
// is already removed does nothing: the first decision stands.
func (d *Document) Remove(b *Block, kind, evidence string) {
	if b.removal != nil {
		return
	}
	d.mark(b, d.removalSlot(b), kind, evidence)
}

// mark writes b's removal record, by the running extractor, in r and
// marks b removed.
//
// The fields are written one by one: assigning a Removal value copies it
// through a temporary, with a typed copy that, while the GC marks, walks
// the record's pointers again (bulkBarrierPreWrite).
func (d *Document) mark(b *Block, r *Removal, kind, evidence string) {
	r.Index, r.Text, r.Extractor, r.Kind, r.Evidence = b.Index, b.Text, d.current, kind, evidence
	b.removal = r
	if b.Role != RoleBody { // most blocks have no role: no store, nor its write barrier
		b.Role = RoleBody
	}
	d.removed++
}

// removalSlot returns where Remove writes b's record: b's slot in
// removals, or a record of its own for a block that is not at its Index in
// Blocks, or is past the slots (added after the first Remove).
func (d *Document) removalSlot(b *Block) *Removal {
	i := b.Index
	if i < 0 || i >= len(d.Blocks) || d.Blocks[i] != b {
		return new(Removal)
	}
	if d.removals == nil {
		d.removals = make([]Removal, len(d.Blocks))
	}
	if i >= len(d.removals) {
		return new(Removal)
	}
	return &d.removals[i]
}

// removeSpan is Remove(b, kind, evidence) for each block b of span, in
// order, for an extractor that removes runs of blocks: a block at its
// Index in Blocks, once the slots are made, has its record written here
// rather than by a call per block; any other goes through Remove.
func (d *Document) removeSpan(span []*Block, kind, evidence string) {
	for _, b := range span {
		if b.removal != nil {
			continue
		}
		i := b.Index
		if i < 0 || i >= len(d.Blocks) || d.Blocks[i] != b || i >= len(d.removals) {
			d.Remove(b, kind, evidence)
			continue
		}
		d.mark(b, &d.removals[i], kind, evidence)
	}
}

// Removef is Remove with the evidence built by fmt.Sprintf.
func (d *Document) Removef(b *Block, kind, format string, args ...any) {
	if b.removal != nil {
		return
	}
	d.Remove(b, kind, fmt.Sprintf(format, args...))
}

// Kept returns the blocks not yet removed, in order.
func (d *Document) Kept() []*Block {
	kept := make([]*Block, 0, len(d.Blocks))
	for _, b := range d.Blocks {
		if !b.Removed() {
			kept = append(kept, b)
		}
	}
	return kept
}

// Extractor returns the name of the extractor now running, or "" outside
// a pipeline run.
func (d *Document) Extractor() string { return d.current }
