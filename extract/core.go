package extract

import "slices"

// InCore reports whether b lies in the page's main content: the dense core
// of a text dump, or the best-scoring content container of an HTML page.
// The core is located on first use, from all blocks, removed or not, and
// kept for the rest of the run; SetCore replaces it.
func (d *Document) InCore(b *Block) bool {
	d.locateCore()
	return d.core[b.Index]
}

// coreFlags returns the core, located if need be: the block with Index i
// is in it when coreFlags()[i] is true, as InCore says. A loop over the
// blocks reads it once instead of calling InCore for each; it is good
// until the core is replaced (SetCore).
func (d *Document) coreFlags() []bool {
	d.locateCore()
	return d.core
}

// CoreBounds returns the indexes of the first and last blocks of the main
// content, or -1, -1 when it holds no block. The answer is kept until the
// core is replaced.
func (d *Document) CoreBounds() (first, last int) {
	d.locateCore()
	c := &d.bounds
	if len(d.core) == 0 || len(c.of) != len(d.core) || &c.of[0] != &d.core[0] {
		c.first, c.last = scanBounds(d.core)
		c.of = d.core
	}
	return c.first, c.last
}

// coreBounds is the answer of CoreBounds for the core slice of, which it
// holds so that a replaced core, wherever it is assigned, never shares
// its address.
type coreBounds struct {
	of          []bool
	first, last int
	// phrases is the list of Document.phraseBlocks (phrasegate.go), kept
	// here with the other answers found once per document.
	phrases phraseList
	// title is the page's title folded by Headline, which the text core
	// compares with the blocks after it (see foldedTitle).
	title titleFold
}

// A titleFold is a title as written, and foldText of it.
type titleFold struct {
	raw, folded string
}

// foldedTitle returns foldText(d.Title): the fold Headline kept, when the
// title is still the one it folded, or else one written in buf (see
// foldOnStack), good only as long as buf.
func (d *Document) foldedTitle(buf *[titleFoldBuf]byte) string {
	if t := &d.bounds.title; t.raw == d.Title { // the zero value holds "", folded
		return t.folded
	}
	return foldOnStack(buf, d.Title)
}

// scanBounds returns the indexes of the first and last true values of
// core, or -1, -1 when there is none. It reads core from each end up to
// its first true value, not the core's blocks between them.
func scanBounds(core []bool) (first, last int) {
	first = slices.Index(core, true)
	if first < 0 {
		return -1, -1
	}
	last = len(core) - 1
	for !core[last] {
		last--
	}
	return first, last
}

// SetCore sets the main content to the blocks for which inCore is true,
// for extractors that locate it their own way.
func (d *Document) SetCore(inCore func(*Block) bool) {
	d.core = make([]bool, len(d.Blocks))
	for i, b := range d.Blocks {
		d.core[i] = inCore(b)
	}
}

// locateCore locates the core unless it is located already: a test small
// enough to be inlined in InCore, and findCore.
func (d *Document) locateCore() {
	if len(d.core) != len(d.Blocks) || d.core == nil {
		d.findCore()
	}
}

// findCore locates the core: the main content of the HTML page, or the
// dense core of the text dump.
func (d *Document) findCore() {
	if d.Root != nil {
		d.core = locateDOMCore(d)
	} else {
		d.core = locateTextCore(d)
	}
}
