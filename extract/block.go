package extract

import "github.com/pith-go/pith/clean"

// BlockKind is the type of a block of the body.
type BlockKind string

// The kinds of block a body is made of.
const (
	Paragraph BlockKind = "paragraph"
	Heading   BlockKind = "heading"
	ListItem  BlockKind = "listitem"
	Quote     BlockKind = "quote"
	Code      BlockKind = "code"
	Table     BlockKind = "table"
)

// Role is what a kept block is used for in the Article. Most blocks are
// body; the kicker and the lead are kept out of the body and go to their own
// Article fields.
type Role string

// The roles a block can have.
const (
	RoleBody   Role = ""
	RoleKicker Role = "kicker"
	RoleLead   Role = "lead"
)

// A Block is one unit of the document: a line of a text dump, or a
// paragraph, heading, list item, quote, code block or table of an HTML page.
//
// The exported JSON form holds only the content (Kind, Level, Text, Rows,
// Ordered); the evidence fields are for extractors and explanations.
type Block struct {
	Kind BlockKind `json:"kind"`
	// Level is the heading level, 1 to 6; 0 for other kinds. For list
	// items it is the nesting depth, starting at 1.
	Level int `json:"level,omitempty"`
	// Text is the normalised text of the block. For a table it is the
	// cells joined by tabs and the rows by newlines.
	Text string `json:"text"`
	// Rows holds a table's cells, row by row; nil for other kinds.
	Rows [][]string `json:"rows,omitempty"`
	// Ordered marks an item of a numbered list.
	Ordered bool `json:"ordered,omitempty"`
	// Links are the links inside the block, in order, with absolute URLs
	// when the page URL is known. Text input has none.
	Links []Link `json:"links,omitempty"`

	// Index is the block's position in Document.Blocks.
	Index int `json:"-"`
	// Role says whether a kept block is body, kicker or lead.
	Role Role `json:"-"`
	// Features are the block's line features, measured in the page's
	// language.
	Features clean.Features `json:"-"`
	// GapBefore and GapAfter report a blank line before or after the block
	// in a text dump; HTML blocks leave them false.
	GapBefore, GapAfter bool `json:"-"`
	// Repeats counts the blocks of the document with the same text,
	// compared without case; 1 for a text that occurs once.
	Repeats int `json:"-"`
	// DOM holds the HTML evidence of the block; nil for text input.
	DOM *DOMEvidence `json:"-"`

	removal *Removal
	// cache holds what the extractors compute from Text, once. The front
	// ends allocate it with the block; Block.cached makes one for a block
	// built elsewhere.
	cache *blockCache
}

// A Link is a hyperlink found in a block.
type Link struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// Removed reports whether an extractor has stripped the block.
func (b *Block) Removed() bool { return b.removal != nil }

// Removal returns the record of the block's removal, or nil when it is
// kept. Once the Pipeline has built the Article, it may be a record of
// Article.Removed: treat it as read-only.
func (b *Block) Removal() *Removal { return b.removal }

// A Removal records one block that an extractor stripped, and why.
type Removal struct {
	// Index is the block's position in the document.
	Index int `json:"index"`
	// Text is the removed block's text.
	Text string `json:"text"`
	// Extractor is the name of the extractor that removed it.
	Extractor string `json:"extractor"`
	// Kind says what the block was taken to be: "navigation", "share",
	// "byline", and so on. The set is open: extractors may add kinds.
	Kind string `json:"kind"`
	// Evidence is a short human-readable account of the decision.
	Evidence string `json:"evidence"`
}
