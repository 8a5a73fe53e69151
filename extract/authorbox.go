package extract

import (
	"fmt"
	"strings"
	"unicode"
)

// AuthorBox removes author boxes, the biography and links about the
// writer: in HTML, the blocks inside an element whose class or id names
// an author biography (author-bio, about-author, author-box...), and in
// any input a short block near the end of the main content that reads as
// a writer's biography ("Jane Doe is a reporter at ...", "... est
// journaliste", "Jane can be reached at ...") or that credits the
// contributors ("Reporting by ...; Editing by ...", "Mit Material von
// dpa").
var AuthorBox Extractor = authorboxExtractor{}

type authorboxExtractor struct{}

func (authorboxExtractor) Name() string { return "authorbox" }

// maxBioWords is the length of the longest biography sentence taken for
// an author box.
const maxBioWords = 60

// bioTail is how many blocks before the end of the main content a
// biography may start.
const bioTail = 3

func (authorboxExtractor) Extract(doc *Document) error {
	_, last := doc.CoreBounds()
	bio := func(b *Block) string {
		if b.Index < last-bioTail || !isShort(b, maxBioWords) || gateAuthorBio.ruledOut(b) {
			return ""
		}
		m, ok := gateAuthorBio.match(b)
		switch {
		case !ok:
		case b.foldedText() == m.Phrase:
			return fmt.Sprintf("heading of an author box (%q, %s)", m.Phrase, m.Lang)
		case b.Kind == Heading:
		case strings.HasPrefix(b.foldedText(), m.Phrase+" "):
			return fmt.Sprintf("contributors line (%q, %s)", m.Phrase, m.Lang)
		case startsWithName(b.Text):
			return fmt.Sprintf("writer's biography (%q, %s)", m.Phrase, m.Lang)
		}
		return ""
	}
	if doc.Root == nil {
		for _, b := range doc.Blocks {
			if b.Index < last-bioTail || b.Removed() {
				continue // too far from the core's end, as bio tests first, or removed before (bio only reads a block)
			}
			if ev := bio(b); ev != "" {
				doc.Remove(b, "authorbox", ev)
			}
		}
		return nil
	}
	removeDOM(doc, "authorbox", func(b *Block, parts []string) string {
		for _, p := range parts {
			if isAuthorBoxToken(p) {
				return fmt.Sprintf("inside an author box (class %q)", p)
			}
		}
		return bio(b)
	})
	return nil
}

// authorBoxWords are the words that, with "author" in the same class,
// name an author box.
var authorBoxWords = []string{"bio", "box", "about", "info", "desc", "profile", "card", "detail"}

// isAuthorBoxToken reports whether a class or id token names an author
// biography box.
func isAuthorBoxToken(t string) bool {
	switch t {
	case "bio", "biography", "author-bio", "authorbio", "bio-box", "biobox", "about-the-author", "contributor-bio":
		return true
	}
	if !strings.Contains(t, "author") && !strings.Contains(t, "autor") && !strings.Contains(t, "auteur") {
		return false
	}
	for _, w := range authorBoxWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// startsWithName reports whether s starts with one to four capitalised
// words, as a person's name does.
func startsWithName(s string) bool {
	words := strings.Fields(s)
	n := 0
	for _, w := range words {
		r := []rune(w)
		if len(r) == 0 || !isUpperRune(r[0]) {
			break
		}
		n++
	}
	return n >= 1 && n <= 4
}

// isUpperRune reports whether r is an upper-case or title-case letter.
func isUpperRune(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }
