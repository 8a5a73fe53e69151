package extract

import (
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
)

// Content removes every block left outside the page's main content (see
// Document.InCore), as kind "boilerplate". It runs last, so that the
// specialised extractors name what they recognise first; blocks that an
// earlier extractor made the kicker or the lead are kept.
var Content Extractor = contentExtractor{}

type contentExtractor struct{}

func (contentExtractor) Name() string { return "content" }

func (contentExtractor) Extract(doc *Document) error {
	first, last := doc.CoreBounds()
	core := doc.coreFlags()
	var evidence evidenceArena
	shapes := builtShapes()
	for _, b := range doc.Blocks {
		if b.Removed() || b.Role != RoleBody || core[b.Index] {
			continue
		}
		where := outsideCore
		switch {
		case first < 0:
			where = noCore
		case b.Index < first:
			where = beforeCore
		case b.Index > last:
			where = afterCore
		}
		doc.Remove(b, "boilerplate", shapes.evidence(&evidence, where, b))
	}
	return nil
}

// Where Content finds a block, as the index of its words in
// contentPlaces.
const (
	outsideCore = iota
	noCore
	beforeCore
	afterCore
)

// contentPlaces are the words Content's evidence starts with, by where it
// finds the block.
var contentPlaces = [...]string{
	outsideCore: "outside the article's core",
	noCore:      "no article core found",
	beforeCore:  "before the article's core",
	afterCore:   "after the article's core",
}

// shapeCacheWords bounds the word counts whose evidence contentShapes
// holds: the lines most of Content's removals are.
const shapeCacheWords = 64

// contentShapes holds Content's evidence by place, sentence end and word
// count, which is all it says of a block without markup or with little
// link text: the many lines of menus and footers share these strings
// instead of one built each. It is built on first use, about 20 KB, and
// only read after.
type contentShapes [len(contentPlaces)][2][shapeCacheWords]string

// builtShapes returns the table of contentShapes, built once.
var builtShapes = sync.OnceValue(func() *contentShapes {
	var c contentShapes
	for where := range c {
		for terminal := range c[where] {
			for n := range c[where][terminal] {
				b := &Block{Features: clean.Features{Words: n, Terminal: terminal == 1}}
				c[where][terminal][n] = shapeAfter(contentPlaces[where]+", ", b)
			}
		}
	}
	return &c
})

// evidence returns a.shapeAfter(contentPlaces[where], b), from the table
// for the blocks it holds.
func (c *contentShapes) evidence(a *evidenceArena, where int, b *Block) string {
	n := b.Features.Words
	if n < 0 || n >= shapeCacheWords || b.DOM != nil && b.DOM.LinkDensity > 0.5 {
		return a.shapeAfter(contentPlaces[where], b)
	}
	terminal := 0
	if b.Features.Terminal {
		terminal = 1
	}
	return c[where][terminal][n]
}

// shapeAfter returns prefix followed by a description of a block's line
// features in a few words, for evidence: "3 words, no terminal
// punctuation", "1 word, 75% link text". It is built in one allocation.
func shapeAfter(prefix string, b *Block) string {
	s := make([]byte, 0, len(prefix)+shapeMaxLen)
	s = append(s, prefix...)
	return frozenString(appendShape(s, b))
}

// shapeMaxLen is the length of the longest description appendShape
// writes for a block of fewer than 10^20 words with a link density of at
// most 1.
const shapeMaxLen = len(", no terminal punctuation, 100% link text") + 20

// appendShape appends the description of shapeAfter to s.
func appendShape(s []byte, b *Block) []byte {
	if b.Features.Words == 1 {
		s = append(s, "1 word"...)
	} else {
		s = strconv.AppendInt(s, int64(b.Features.Words), 10)
		s = append(s, " words"...)
	}
	if !b.Features.Terminal {
		s = append(s, ", no terminal punctuation"...)
	}
	if b.DOM != nil && b.DOM.LinkDensity > 0.5 {
		s = append(s, ", "...)
		s = strconv.AppendFloat(s, 100*b.DOM.LinkDensity, 'f', 0, 64)
		s = append(s, "% link text"...)
	}
	return s
}

// An evidenceArena builds the evidence strings of one extractor run in
// shared chunks. The zero value is ready to use; it is not safe for
// concurrent use.
type evidenceArena struct {
	stringArena
}

// shapeAfter is the package's shapeAfter(where+", ", b), built in the
// arena.
func (a *evidenceArena) shapeAfter(where string, b *Block) string {
	a.reserve(len(where) + len(", ") + shapeMaxLen)
	start := len(a.buf)
	a.buf = append(a.buf, where...)
	a.buf = append(a.buf, ", "...)
	a.buf = appendShape(a.buf, b)
	return frozenString(a.buf[start:])
}

// join returns the concatenation of parts, built in the arena.
func (a *evidenceArena) join(parts ...string) string {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	a.reserve(n)
	start := len(a.buf)
	for _, p := range parts {
		a.buf = append(a.buf, p...)
	}
	return frozenString(a.buf[start:])
}

// phrase is phraseEvidence(m), built in the arena unless the phrase is
// long enough for quote to shorten it.
func (a *evidenceArena) phrase(m clean.PhraseMatch) string {
	// A phrase of at most quoteMaxRunes bytes has no more runes, and the
	// table's phrases are short: most are not counted.
	if len(m.Phrase) > quoteMaxRunes && utf8.RuneCountInString(m.Phrase) > quoteMaxRunes {
		return phraseEvidence(m)
	}
	a.reserve(len(`phrase "`) + len(m.Phrase) + len(`" (`) + len(m.Lang) + len(")"))
	start := len(a.buf)
	a.buf = append(a.buf, `phrase "`...)
	a.buf = append(a.buf, m.Phrase...)
	a.buf = append(a.buf, `" (`...)
	a.buf = append(a.buf, m.Lang...)
	a.buf = append(a.buf, ')')
	return frozenString(a.buf[start:])
}
