package extract

// InCore reports whether b lies in the page's main content: the dense core
// of a text dump, or the best-scoring content container of an HTML page.
// The core is located on first use, from all blocks, removed or not, and
// kept for the rest of the run; SetCore replaces it.
func (d *Document) InCore(b *Block) bool {
	d.locateCore()
	return d.core[b.Index]
}

// CoreBounds returns the indexes of the first and last blocks of the main
// content, or -1, -1 when it holds no block.
func (d *Document) CoreBounds() (first, last int) {
	d.locateCore()
	first, last = -1, -1
	for i, in := range d.core {
		if in {
			if first < 0 {
				first = i
			}
			last = i
		}
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

func (d *Document) locateCore() {
	if len(d.core) == len(d.Blocks) && d.core != nil {
		return
	}
	if d.Root != nil {
		d.core = locateDOMCore(d)
	} else {
		d.core = locateTextCore(d)
	}
}
