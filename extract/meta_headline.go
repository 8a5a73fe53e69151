package extract

import (
	"strings"

	"github.com/pith-go/pith/clean"

	"golang.org/x/net/html"
)

// An h1Part is one piece of a headline element built of several (a
// kicker span and the headline span, a date and the title): its text and
// whether its class names it a kicker, label or subtitle.
type h1Part struct {
	text   string
	kicker bool
}

// headlineParts returns the pieces of an <h1> made of several: the texts
// of its children (descending through a lone wrapper such as a permalink
// <a>), without hidden ones, <time> elements and separators that hold no
// letter or digit, and without the separators at their ends
// (partSeparators). It returns nil for an <h1> of one piece.
func headlineParts(h1 *html.Node) []h1Part {
	n := h1
	for {
		var only *html.Node
		count := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || c.Type == html.CommentNode {
				continue
			}
			count++
			only = c
		}
		if count != 1 || only.Type != html.ElementNode {
			break
		}
		n = only
	}
	var parts []h1Part
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		var text string
		kicker := false
		switch c.Type {
		case html.TextNode:
			text = c.Data
		case html.ElementNode:
			if c.Data == "time" || c.Data == "br" || isHidden(c) {
				continue
			}
			text = nodeText(c)
			kicker = kickerClass(attr(c, "class"))
		default:
			continue
		}
		if text = strings.Trim(metaLine(text), partSeparators); text != "" && hasAlnum(text) {
			parts = append(parts, h1Part{text: text, kicker: kicker})
		}
	}
	if len(parts) < 2 && !(len(parts) == 1 && n != h1) {
		return nil
	}
	return parts
}

// partSeparators are trimmed off the pieces of a headline element: the
// dash or bar that sets a piece off from the one before ("— Functions
// creating iterators").
const partSeparators = " -–—|·•»«:"

// kickerClass reports whether a class attribute names a headline's
// kicker, label, date, subtitle or comment count rather than the headline
// itself.
func kickerClass(class string) bool {
	class = strings.ToLower(class)
	for _, s := range headlinePartClasses {
		if strings.Contains(class, s) {
			return true
		}
	}
	return false
}

// headlinePartClasses are the class substrings of the pieces of a
// headline element that are not the headline.
var headlinePartClasses = []string{
	"kicker", "overline", "eyebrow", "surtitle", "surtitre", "topline", "toptitle", "dachzeile",
	"roofline", "label", "subtitle", "subheadline", "sub-heading", "subheading", "titleheader",
	"date", "category", "rubric", "section", "visually-hidden", "sr-only", "comment",
}

// partsHeadline returns the headline an <h1> of several pieces holds: the
// longest piece when it is one of the candidate headlines (compared by
// titleKey),
// else the pieces not marked as kicker, label or subtitle when some are;
// "" when neither applies.
func partsHeadline(parts []h1Part, cands []string) string {
	longest := 0
	for _, p := range parts {
		longest = max(longest, len(p.text))
	}
	for _, p := range parts {
		k := titleKey(p.text)
		if len(k) < 4 || len(p.text) < longest {
			continue
		}
		for _, c := range cands {
			if titleKey(c) == k {
				return p.text
			}
		}
	}
	var keep []string
	for _, p := range parts {
		if !p.kicker {
			keep = append(keep, p.text)
		}
	}
	if len(keep) == 0 || len(keep) == len(parts) && len(parts) > 1 {
		return ""
	}
	return strings.Join(keep, " ")
}

// keepsMetaHeadline reports whether the title the metadata chose is a
// piece of block b, which the Headline extractor would otherwise take as
// the fuller headline: b is a heading built of pieces one of which is the
// title (the others a kicker, a label, a comment count), or b is the title
// decorated with the site's or a section's name or a source address
// (clean.TrimTitleDecoration).
func keepsMetaHeadline(doc *Document, b *Block) bool {
	k := titleKey(doc.Title)
	if b.DOM == nil || b.DOM.Node == nil || len(k) < 4 {
		return false
	}
	for _, p := range headlineParts(b.DOM.Node) {
		if titleKey(p.text) == k {
			return true
		}
	}
	return titleKey(clean.TrimTitleDecoration(b.Text, doc.Meta.SiteName, pageHost(doc.URL), hostLabel(pageHost(doc.URL)))) == k
}
