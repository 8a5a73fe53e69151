package extract

import (
	"github.com/pith-go/pith/clean"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// signatureMaxWords is the longest signature line (signatureNames): a
// name or two, each of two or three words.
const signatureMaxWords = 7

// signatureNames returns the names of a signature under an article: a
// paragraph whose whole text is set in bold or italics and holds only
// people's names, each of at least two words ("<p><b><i>Anna
// Maier</i></b></p>"), the way many sites sign a text at its end; nil for
// any other block, for text input (no markup says the line is set apart)
// for an organisation's name and for a name with a stop word of the
// page's language lang after its first word.
func signatureNames(b *Block, lang string) []string {
	if b.DOM == nil || b.DOM.Node == nil || b.Kind != Paragraph || b.Features.Words > signatureMaxWords ||
		b.Features.Words < 2 || b.Features.Terminal || strings.Contains(b.Text, "\n") || len(b.Links) > 0 {
		return nil
	}
	if !allEmphasised(b.DOM.Node, false) {
		return nil
	}
	return personNames(b.Text, lang)
}

// personNames returns the names of a line that holds only people's names
// (nameLine), each of two or three words with no stop word of lang after
// the first; nil for any other line.
func personNames(t, lang string) []string {
	names := nameLine(t)
	if len(names) == 0 || !allPersonNames(names) {
		return nil
	}
	for _, n := range names {
		words := strings.Fields(n)
		if len(words) > 3 {
			return nil
		}
		for _, w := range words[1:] {
			if clean.IsStopword(lang, strings.ToLower(w)) {
				return nil // "Bis Bald", "Viel Spaß": a first word may be a frequent first name
			}
		}
	}
	return names
}

// allEmphasised reports whether every non-blank text under n sits inside
// a <b>, <strong>, <i> or <em> element (in is true once one encloses n).
func allEmphasised(n *html.Node, in bool) bool {
	switch n.Type {
	case html.TextNode:
		return in || strings.TrimSpace(n.Data) == ""
	case html.ElementNode:
		switch n.DataAtom {
		case atom.B, atom.Strong, atom.I, atom.Em:
			in = true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !allEmphasised(c, in) {
			return false
		}
	}
	return true
}

// signatureProseWords is the fewest words of a paragraph of prose before
// a signature (textSignature).
const signatureProseWords = 10

// textSignature returns the names of the first signature (signatureNames)
// in the main content that follows a paragraph of prose and comes before
// a heading, a list or nothing: the end of the text, before the page's
// tickers and teasers; nil when there is none. Removed blocks are
// skipped.
func textSignature(doc *Document) []string {
	first, last := doc.CoreBounds()
	if first < 0 || last >= len(doc.Blocks) {
		return nil
	}
	var prev *Block
	for i := first; i <= last; i++ {
		b := doc.Blocks[i]
		if b.Removed() {
			continue
		}
		if prev != nil && signatureProse(prev) {
			if names := signatureNames(b, doc.Meta.Language); len(names) > 0 && textEnds(doc, i+1, last) {
				return names
			}
		}
		prev = b
	}
	return nil
}

// signatureProse reports whether b is a paragraph of at least
// signatureProseWords words ending a sentence.
func signatureProse(b *Block) bool {
	return b.Kind == Paragraph && b.Features.Terminal && b.Features.Words >= signatureProseWords
}

// textEnds reports whether the text ends before block from: the first
// kept block among from..to is no paragraph (a heading, a list), or there
// is none.
func textEnds(doc *Document, from, to int) bool {
	for i := from; i <= to && i < len(doc.Blocks); i++ {
		if b := doc.Blocks[i]; !b.Removed() {
			return b.Kind != Paragraph
		}
	}
	return true
}

// closingCreditParagraphs is how many of the main content's last
// paragraphs closingCredit reads.
const closingCreditParagraphs = 2

// closingCredit returns the names in brackets that end one of the last
// closingCreditParagraphs kept paragraphs of the main content, the way
// agencies and many sites sign a report ("… bleibt spannend. (Anna
// Maier) +++"). Only people's names of two or three words count (see
// personNames); nil when there are none.
func closingCredit(doc *Document) []string {
	first, last := doc.CoreBounds()
	if first < 0 || last >= len(doc.Blocks) {
		return nil
	}
	seen := 0
	for i := last; i >= first && seen < closingCreditParagraphs; i-- {
		b := doc.Blocks[i]
		if b.Removed() || b.Kind != Paragraph {
			continue
		}
		seen++
		if names := bracketedTail(b.Text, doc.Meta.Language); len(names) > 0 {
			return names
		}
	}
	return nil
}

// bracketedTail returns the people's names in the round brackets that
// close t, after which only marks may follow ("(Anna Maier) +++"); nil
// when there are none (see signatureNames for the name checks).
func bracketedTail(t, lang string) []string {
	end := strings.TrimRightFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' })
	if !strings.HasSuffix(end, ")") {
		return nil
	}
	open := strings.LastIndexByte(end, '(')
	if open < 0 {
		return nil
	}
	return personNames(strings.TrimSpace(end[open+1:len(end)-1]), lang)
}
