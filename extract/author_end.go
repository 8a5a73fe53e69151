package extract

import (
	"strings"

	"github.com/pith-go/pith/clean"
)

// Limits of the end-of-article author reader (endAuthors).
const (
	// endAuthorBefore is how many blocks before the end of the main
	// content an author line may sit.
	endAuthorBefore = 6
	// endAuthorAfter is how many blocks after it one may sit (a credits
	// line the core left out).
	endAuthorAfter = 3
)

// endAuthors returns the names of a dated author line at the end of the
// article, the credits some sites print under the text: a date, a
// separator and a labelled name ("05.02.2020 - Autor: Anna Maier
// (Pressesprecherin)", "3 mars 2020 | Par Jean Dupont"), or of a short
// byline there (at most bylineInnerWords words, not a picture credit:
// "Written by Jane Doe", "Text von Anna Maier"), or, in the core's last
// two blocks or after them, of a signature set in bold or italics
// (signatureNames), or else of such a signature right after the last
// paragraph of the text, with no prose after it (textSignature), or of
// the names in brackets that close the text (closingCredit), or of a
// source line there ("Quelle: kathpress", endSource), or at last of the
// person a copyright line there names ("© 2019 Jane Doe", endCopyright). It reads only
// the short blocks (at most bylineMaxWords words) from endAuthorBefore
// blocks before the end of the main content to endAuthorAfter after it,
// kept or removed as a byline, last first; nil when none names anyone.
func endAuthors(doc *Document) []string {
	_, last := doc.CoreBounds()
	if last < 0 || last >= len(doc.Blocks) {
		return nil
	}
	for i := min(last+endAuthorAfter, len(doc.Blocks)-1); i >= max(0, last-endAuthorBefore); i-- {
		b := doc.Blocks[i]
		if b.Features.Words == 0 || b.Features.Words > bylineMaxWords {
			continue
		}
		if r := b.Removal(); r != nil && r.Kind != "byline" {
			continue
		}
		// A block with fewer than five digits holds no date (mayHoldDate).
		if mayHoldDate(b) {
			if names := datedByline(b.Text); len(names) > 0 {
				return names
			}
		}
		if i >= last-1 {
			if names := signatureNames(b, doc.Meta.Language); len(names) > 0 {
				return names
			}
		}
		if _, credit := gateCredit.match(b); !credit && b.Features.Words <= bylineInnerWords {
			if names, ok := blockBylineNames(b); ok {
				return names
			}
		}
	}
	if names := textSignature(doc); len(names) > 0 {
		return names
	}
	if names := closingCredit(doc); len(names) > 0 {
		return names
	}
	if names := endSource(doc); len(names) > 0 {
		return names
	}
	return endCopyright(doc)
}

// datedByline returns the names of a line that opens with a date and
// goes on, after a space or a separator, with a byline ("05.02.2020 -
// Von Anna Maier"), a role in brackets after the names left out; nil for
// any other line.
func datedByline(text string) []string {
	_, start, end, ok := clean.FindDate(text)
	if !ok || start != 0 || end >= len(text) {
		return nil
	}
	rest := text[end:]
	trimmed := strings.TrimLeft(rest, " \t-–—|•·,;")
	if len(trimmed) == len(rest) || trimmed == "" {
		return nil
	}
	if i := strings.IndexByte(trimmed, '('); i > 0 {
		trimmed = strings.TrimSpace(trimmed[:i])
	}
	names, ok := bylineNames(trimmed)
	if !ok {
		return nil
	}
	return names
}
