package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
)

// Credits removes image credits and captions, as kind "credit": short
// lines that start with a credit label of the phrase tables ("Photo:",
// "Crédit photo", "Bild:"), carry "©", or name an agency in the
// "Name/Agency" form ("AFP/Getty Images"); the line after a bare label
// ("Credit...") and, in HTML, blocks inside a <figure> (but not the
// tables, code and quotations that figures wrap) or whose classes say
// "caption" or "credit", unless the main content's prose is mostly such
// captions (a slideshow), when captions of at least 15 words ending a
// sentence stay. A caption, the short paragraph just before a
// credit line that it describes, goes too, with kind "caption", and so
// does a paragraph of at most 45 words that ends with a bracketed credit
// ("... in Madrid. (Manu Fernandez/AP)").
var Credits Extractor = creditExtractor{}

type creditExtractor struct{}

func (creditExtractor) Name() string { return "credit" }

// Limits of Credits.
const (
	creditMaxWords  = 14 // longest credit line
	captionMaxWords = 45 // longest caption removed with its credit
)

func (creditExtractor) Extract(doc *Document) error {
	var slides slideshow
	for i, b := range doc.Blocks {
		if b.Removed() {
			continue
		}
		// creditEvidence's first tests for a block without markup, and
		// mayEndBracket, bracketCredit's own gate, inline: they turn
		// most lines away without a call.
		words := b.Features.Words
		credit := b.DOM != nil || words <= creditMaxWords && (mayBeSignOrPhrase(b) || strings.IndexByte(b.Text, '/') >= 0)
		bracket := words <= captionMaxWords && mayEndBracket(b.Text)
		if credit || bracket {
			creditBlock(doc, i, b, &slides, credit, bracket)
		}
	}
	return nil
}

// slideshow is captionsTellStory for a document, asked only when a block
// Credits reads is a prose caption (proseCaption), which few are: the
// zero value has not asked yet. Credits removes blocks but leaves the
// core and the blocks' features, so the answer holds for its loop.
type slideshow struct {
	asked, slides bool
}

// is returns captionsTellStory(doc), asked once.
func (s *slideshow) is(doc *Document) bool {
	if !s.asked {
		s.asked, s.slides = true, captionsTellStory(doc)
	}
	return s.slides
}

// creditBlock is Credits' work on doc.Blocks[i], b, not removed, given
// whether the core's captions tell the story (slides) and
// whether the block passes creditEvidence's first tests (credit) and
// bracketCredit's gate (bracket).
func creditBlock(doc *Document, i int, b *Block, slides *slideshow, credit, bracket bool) {
	// A block without markup is in no embedded post (see
	// Document.familyToken): told without a call.
	if b.DOM != nil && inEmbeddedPost(doc, b) || proseCaption(doc, b) && slides.is(doc) {
		return
	}
	ev, ok := "", false
	if credit {
		ev, ok = creditEvidence(doc, b)
	}
	if !ok {
		if bracket && bracketCredit(b.Text) {
			doc.Remove(b, "caption", "caption ending in a bracketed credit")
		}
		return
	}
	doc.Remove(b, "credit", ev)
	if bareCreditLabel(b) && i+1 < len(doc.Blocks) {
		if next := doc.Blocks[i+1]; !next.Removed() && isShortLine(next, creditMaxWords/2) && !menuItem(next) {
			doc.Remove(next, "credit", "follows the credit label "+quote(b.Text))
		}
	}
	if i > 0 && b.DOM == nil {
		prev := doc.Blocks[i-1]
		if !prev.Removed() && prev.Role == RoleBody && !prev.GapAfter && prev.Features.Words <= captionMaxWords && prev.Features.Words >= 3 {
			doc.Remove(prev, "caption", "caption before the credit line "+quote(b.Text))
		}
	}
}

// creditEvidence reports whether b is an image credit or caption, and why.
func creditEvidence(doc *Document, b *Block) (string, bool) {
	if b.DOM != nil {
		if b.DOM.Containers.Has(InFigure) && !figureContent(b) {
			return "inside a figure", true
		}
		if tok, ok := doc.familyToken(b, famCaption); ok && b.Features.Words <= captionMaxWords {
			return "markup says " + quote(tok), true
		}
	}
	if b.Features.Words > creditMaxWords {
		return "", false
	}
	if mayHoldNonASCII(b) && hasCopyrightSign(b.Text) {
		return "copyright sign in a short line", true
	}
	if !gateCredit.ruledOut(b) { // as most lines are, skipped without a call
		if m, ok := gateCredit.match(b); ok && !b.Features.Terminal || ok && b.Features.Words <= 6 {
			return phraseEvidence(m), true
		}
	}
	if strings.IndexByte(b.Text, '/') >= 0 && agencyCredit(b.Text) { // its own gate, before a call
		return "credit in the Name/Agency form", true
	}
	return "", false
}

// mayBeSignOrPhrase reports whether a block without markup may hold "©"
// (a byte outside ASCII) or a credit phrase (a phrase candidate of
// clean.PhraseCredit, or candidates not known yet): short of these, creditEvidence finds only a
// "Name/Agency" credit, which needs a slash. It is small enough to be
// inlined, so that with the slash test the Credits loop turns most lines
// away without a call.
func mayBeSignOrPhrase(b *Block) bool {
	c := b.cache
	return c == nil || !c.candsOK || c.cands&gateCredit.mask != 0 || mayHoldNonASCII(b)
}

// hasCopyrightSign reports whether text holds "©" (U+00A9, written
// 0xC2 0xA9): a line without the byte 0xC2, as most are, is turned away
// by one fast byte search.
func hasCopyrightSign(text string) bool {
	return strings.IndexByte(text, 0xC2) >= 0 && strings.Contains(text, "©")
}

// mayHoldNonASCII reports whether a block's text may hold a byte outside
// ASCII, from its features: a text of as many runes as bytes is all
// ASCII, as a rune outside it takes two bytes or more.
func mayHoldNonASCII(b *Block) bool {
	return b.Features.Runes != len(b.Text)
}

// proseCaptionWords is the fewest words of a caption that reads as prose.
const proseCaptionWords = 15

// proseCaption reports whether a figure caption in the main content is
// prose the article tells (a slide's text, a sentence of at least
// proseCaptionWords words ending a sentence) rather than a short label
// or credit line.
func proseCaption(doc *Document, b *Block) bool {
	return b.Features.Words >= proseCaptionWords && b.Features.Terminal && doc.InCore(b)
}

// captionsTellStory reports whether the prose captions of an HTML page's
// main content hold more words than the rest of its prose, as on a
// slideshow or a photo essay: there the captions are the article.
func captionsTellStory(doc *Document) bool {
	// The blocks before the first with markup, all of a text dump's,
	// are passed over in a loop of their own: the loop below, which
	// calls out, keeps its values in memory.
	k := 0
	for k < len(doc.Blocks) && doc.Blocks[k].DOM == nil {
		k++
	}
	captions, prose := 0, 0
	for _, b := range doc.Blocks[k:] {
		if b.DOM == nil || !isProse(b) || !doc.InCore(b) {
			continue
		}
		_, marked := doc.familyToken(b, famCaption)
		if proseCaption(doc, b) && (b.DOM.Containers.Has(InFigure) || marked) {
			captions += b.Features.Words
		} else {
			prose += b.Features.Words
		}
	}
	return captions > prose
}

// figureContent reports whether a block inside a <figure> is the figure's
// content rather than its caption: a table, code or a quotation, which
// pages wrap in figures (a data table with its title, a pull quote) as
// they do images.
func figureContent(b *Block) bool {
	switch b.Kind {
	case Table, Code, Quote:
		return true
	}
	return b.DOM.Containers.Has(InTable) || b.DOM.Containers.Has(InBlockquote)
}

// bareCreditLabel reports whether b, which creditEvidence found a
// credit, is a credit label with nothing after it, such as "Credit..." or
// "Photo:": a word of the credit phrases alone, not a heading or a list
// item, which are a menu's or a section's ("Video" in a menu,
// "Impressum/Imprint"). A word without markup, "©" or "/" is a credit
// only for a credit phrase: it is one without a second match.
func bareCreditLabel(b *Block) bool {
	if b.Features.Words != 1 || strings.Contains(b.Text, "©") || menuItem(b) {
		return false
	}
	if b.DOM == nil && strings.IndexByte(b.Text, '/') < 0 {
		return true
	}
	_, ok := gateCredit.match(b)
	return ok
}

// menuItem reports whether b is a heading or a list item, which a credit
// label neither is nor names.
func menuItem(b *Block) bool {
	return b.Kind == Heading || b.Kind == ListItem
}

// agencyCredit reports whether a short line ends in the "Name/Agency"
// form of photo credits: "Doug Mills/The New York Times", "AFP/Getty Images".
func agencyCredit(text string) bool {
	if strings.IndexByte(text, '/') < 0 {
		return false // found at once, where LastIndex reads byte by byte
	}
	i := strings.LastIndex(text, "/")
	if i <= 0 || i == len(text)-1 || strings.Contains(text, "://") || strings.Count(text, "/") > 2 {
		return false
	}
	// The last character before the slash and the first after it, as
	// []rune would read them (an invalid byte is utf8.RuneError).
	after := strings.TrimSpace(text[i+1:])
	if after == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[:i])
	first, _ := utf8.DecodeRuneInString(after)
	if unicode.IsSpace(last) {
		return false
	}
	return unicode.IsUpper(first) && unicode.IsLetter(last) && !clean.EndsSentence(text)
}

// bracketCredit reports whether text ends with a photo credit of 2 to 7
// words in brackets, as captions do: "... in Madrid. (Manu Fernandez/AP)",
// "... (AP Photo/Paul White)", "... (Image: Reuters)"; a bare agency,
// "(Reuters)", may close a dispatch.
func bracketCredit(text string) bool {
	if !mayEndBracket(text) || !endsBracket(text) {
		return false
	}
	text = strings.TrimSpace(text)
	i := len(text) - 2 // the last "(" or "[" before the closing bracket, read back byte by byte: most are close to it
	for i >= 0 && text[i] != '(' && text[i] != '[' {
		i--
	}
	if i < 0 {
		return false
	}
	inner := strings.TrimSpace(text[i+1 : len(text)-1])
	if n := clean.WordCount(inner); n < 2 || n > creditMaxWords/2 {
		return false
	}
	_, label := clean.MatchPhrase(clean.PhraseCredit, inner)
	return label || agencyCredit(inner)
}

// mayEndBracket reports whether strings.TrimSpace(text) may end with ")"
// or "]": false only when text ends with an ASCII byte that is neither
// these nor a space, which TrimSpace keeps.
func mayEndBracket(text string) bool {
	if text == "" {
		return false
	}
	c := text[len(text)-1]
	return c >= utf8.RuneSelf || c == ')' || c == ']' || asciiSpace[c]
}

// spaceTails has bit b&0x3f set for each last byte b of the UTF-8 of a
// space above ASCII (unicode.IsSpace): U+0085, U+00A0, U+1680,
// U+2000-U+200A, U+2028, U+2029, U+202F, U+205F and U+3000. A rune
// whose last byte's bit is clear is no space.
const spaceTails = 1<<0x00 | 1<<0x01 | 1<<0x02 | 1<<0x03 | 1<<0x04 | 1<<0x05 |
	1<<0x06 | 1<<0x07 | 1<<0x08 | 1<<0x09 | 1<<0x0a | 1<<0x1f | 1<<0x20 | 1<<0x28 | 1<<0x29 | 1<<0x2f

// endsBracket reports whether strings.TrimSpace(text) ends with ")" or
// "]", reading text from its end only, an ASCII byte without decoding it.
func endsBracket(text string) bool {
	for text != "" {
		c := text[len(text)-1]
		if c < utf8.RuneSelf {
			if !asciiSpace[c] {
				return c == ')' || c == ']'
			}
			text = text[:len(text)-1]
			continue
		}
		if spaceTails>>(c&0x3f)&1 == 0 {
			return false // the last rune is no space, as most (CJK text) are not
		}
		r, size := utf8.DecodeLastRuneInString(text)
		if !unicode.IsSpace(r) {
			return r == ')' || r == ']'
		}
		text = text[:len(text)-size]
	}
	return false
}

// phraseEvidence describes a phrase match: `phrase "partager" (fr)`.
func phraseEvidence(m clean.PhraseMatch) string {
	if utf8.RuneCountInString(m.Phrase) <= quoteMaxRunes { // quote(m.Phrase) is m.Phrase quoted: one allocation
		return `phrase "` + m.Phrase + `" (` + m.Lang + ")"
	}
	return "phrase " + quote(m.Phrase) + " (" + m.Lang + ")"
}

// quoteMaxRunes is the longest text quote leaves whole, in runes.
const quoteMaxRunes = 60

// quote quotes a text for evidence, shortened to 60 runes.
func quote(s string) string {
	if utf8.RuneCountInString(s) > quoteMaxRunes {
		s = string([]rune(s)[:57]) + "…"
	}
	return `"` + s + `"`
}
