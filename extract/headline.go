package extract

import (
	"strings"
	"unicode"
)

// Headline removes the copies of the headline that a page shows in its
// text (the visible <h1>, the breadcrumb's last item, a sticky header),
// as kind "headline". A block is a copy when, compared without case or
// punctuation, it equals the title or the title line, or one holds the
// other and they share most of their words.
//
// When the title line is a decorated or truncated version of a headline
// found in the page ("Opinion | Foo - Site", "Foo bar…"), the page's
// headline replaces Document.Title. Blocks of more than 40 words are never
// taken for a headline.
var Headline Extractor = headlineExtractor{}

type headlineExtractor struct{}

func (headlineExtractor) Name() string { return "headline" }

// headlineMaxWords bounds the length of a headline.
const headlineMaxWords = 40

func (headlineExtractor) Extract(doc *Document) error {
	title := foldText(doc.Title)
	line := foldText(doc.TitleLine)
	if title == "" && line == "" {
		return nil
	}
	replaced := false
	for _, b := range doc.Blocks {
		if b.Removed() || b.Features.Words > headlineMaxWords || b.Features.Words == 0 {
			continue
		}
		text := foldText(b.Text)
		switch {
		case text == title || text == line:
			doc.Remove(b, "headline", "same text as the page title")
		case !replaced && betterHeadline(text, title, line):
			doc.Title = b.Text
			title = text
			replaced = true
			doc.Remove(b, "headline", "the page's headline, of which the title line is a shortened or decorated copy")
		case similarHeadline(text, title):
			doc.Remove(b, "headline", "near copy of the page title")
		}
	}
	return nil
}

// betterHeadline reports whether the folded block text is the full
// headline of which the folded title is a truncated form ("foo bar…"), or
// is the headline inside a decorated title line ("section foo site").
func betterHeadline(text, title, line string) bool {
	words := strings.Count(text, " ") + 1
	if words < 3 || title == "" {
		return false
	}
	if len(text) > len(title) && strings.HasPrefix(text, title) && len(title) >= len(text)/2 {
		return true // title truncated
	}
	if len(text) < len(title) && containsWords(title, text) && 3*len(text) >= 2*len(title) {
		return true // title decorated with a section or site name
	}
	return len(text) < len(line) && containsWords(line, text) && words >= 4 && 2*len(text) >= len(title)
}

// similarHeadline reports whether two folded texts are nearly the same
// headline: one holds the other with most of its words, or they share
// nearly all their words.
func similarHeadline(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	// Texts of very different lengths share neither most words nor a
	// containment: skip the word sets.
	if strings.Count(short, " ") < 2 || 2*len(short) < len(long) {
		return false
	}
	if containsWords(long, short) && 4*len(short) >= 3*len(long) {
		return true
	}
	return wordOverlap(a, b) >= 0.85
}

// containsWords reports whether the folded text s holds sub as whole words.
func containsWords(s, sub string) bool {
	return strings.Contains(" "+s+" ", " "+sub+" ")
}

// wordOverlap returns the share of the distinct words of a and b that
// both hold (Jaccard index over words).
func wordOverlap(a, b string) float64 {
	wa, wb := strings.Fields(a), strings.Fields(b)
	set := make(map[string]int, len(wa))
	for _, w := range wa {
		set[w] |= 1
	}
	for _, w := range wb {
		set[w] |= 2
	}
	both := 0
	for _, v := range set {
		if v == 3 {
			both++
		}
	}
	if len(set) == 0 {
		return 0
	}
	return float64(both) / float64(len(set))
}

// foldText returns s for comparison: lower case, letters and digits only,
// words separated by single spaces. Unlike clean.FoldPhrase it keeps the
// numbers, so "Opening Bell 11.18.19" differs from "Opening Bell 9.3.19".
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		case r == '\'' || r == '’':
		case !space:
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}
