package extract

import (
	"strings"
	"unicode"

	"github.com/pith-go/pith/clean"
)

// withVisibleAuthors returns the page's authors once its visible byline
// near the headline (visibleAuthors) is known, given those of its markup
// (doc.Meta.Authors) and its host, and the names that replace them once
// the byline lines are removed (nil for none), so that a byline taken
// from the page does not change what is removed:
//   - when the markup names no one, or only the site, the publisher (the
//     site name, or a publisher name of the markup: Document.publishers)
//     or the host, the visible byline's names, less the site's and its
//     labels (see dropPublisher, dropSiteLabels) — when these are
//     account names alone, the people of a later byline line of the
//     window instead (personByline) —, else the names of the card labels or the forum's
//     first poster (see pageMeta.apply) before the site's, else, when
//     the markup's names are weak ones (see below), those of the author
//     line at the article's end, when they are people's (endAuthors);
//   - when every name of the markup is a weak one — an organisation's
//     (clean.IsOrgName: "Web Commerce GmbH"), an account's ("jdoe",
//     "jane.doe", "KatieS", "link78"), or a lone first name ("Todd") —
//     the markup's, to be replaced by the names of the visible byline,
//     when it is a byline line or a paragraph near the headline (not a
//     bare name in a heading or list item: a section's or a menu's) and
//     each name has at least two words (else, when these are no people's,
//     those of the author line at the article's end, endAuthors), is not an organisation's, and, for a
//     first name, one of them starts with it ("Todd Bates"), and none is
//     the site's (anyPublisher): the byline says who wrote the page, the
//     markup only who posted it;
//   - otherwise the markup's names.
//
// Organisation bylines stay when the page shows no person. A markup
// that names only the host ("example.com") is the site's own byline: it
// is the answer, applied last, when no byline line, card label, poster
// or end-of-article line names anyone (namedElsewhere), else no one.
//
// The names of the window's lines with a byline word and the dates of
// the lines it reads are kept in read (see lineReads; nil for none).
func withVisibleAuthors(doc *Document, host string, read *lineReads) (authors, later []string) {
	markup := doc.Meta.Authors
	site := append([]string{doc.Meta.SiteName, host}, doc.publishers...)
	if len(markup) == 0 || allPublisher(markup, site) {
		if names := dropSiteLabels(dropHost(cleanNames(visibleAuthors(doc, read)), host), site); len(names) > 0 {
			if allHandles(names) {
				// A poster's account ("Gespeichert von jdoe") gives way
				// to the writer's byline after it.
				if people, _ := personByline(doc, host); len(people) > 0 && !anyPublisher(people, site) {
					return people, nil
				}
			}
			return dropPublisher(names, site...), nil
		}
		if len(markup) > 0 && len(doc.lastAuthors) > 0 {
			return doc.lastAuthors, nil
		}
		if len(markup) > 0 && allWeakNames(markup) {
			// The site's account posted the page; the article's end may
			// say who wrote it.
			if names := dropHost(cleanNames(endAuthors(doc)), host); len(names) > 0 && allPersonNames(names) && !anyPublisher(names, site) {
				return dropHost(markup, host), names
			}
		}
		if len(markup) > 0 && len(dropHost(markup, host)) == 0 {
			// The markup names only the site's address: the byline of
			// the site itself, the last resort.
			if namedElsewhere(doc, host) {
				return nil, nil
			}
			return nil, markup
		}
		return markup, nil
	}
	if !allWeakNames(markup) {
		return markup, nil
	}
	names, b := visibleByline(doc, read)
	if names = dropHost(cleanNames(names), host); b == nil || !bylineBlock(b) || !allPersonNames(names) {
		names, b = personByline(doc, host)
	}
	if b == nil {
		names = dropHost(cleanNames(endAuthors(doc)), host)
	}
	if len(names) == 0 || !allPersonNames(names) || anyPublisher(names, site) {
		return markup, nil
	}
	if len(markup) == 1 && isFirstName(markup[0]) {
		for _, n := range names {
			if first, _, _ := strings.Cut(n, " "); strings.EqualFold(first, markup[0]) {
				return markup, names
			}
		}
		return markup, nil
	}
	return markup, names
}

// namedElsewhere reports whether the page names a writer other than the
// site's address on a byline line (blockBylineNames) of at most
// bylineMaxWords words, in its card labels or forum poster
// (Document.lastAuthors), or at the article's end (endAuthors): the
// names the byline extractor falls back to when the markup names no one.
func namedElsewhere(doc *Document, host string) bool {
	if len(doc.lastAuthors) > 0 || len(dropHost(cleanNames(endAuthors(doc)), host)) > 0 {
		return true
	}
	for _, b := range doc.Blocks {
		if b.Removed() || b.Features.Words == 0 || b.Features.Words > bylineMaxWords {
			continue
		}
		if names, ok := blockBylineNames(b); ok && len(dropHost(names, host)) > 0 {
			return true
		}
	}
	return false
}

// personByline returns the names of the first line of the byline window
// (see visibleByline) that opens with a byline word or a writer's label
// or intro (bylineNames, writerLabelLine) and names only people
// (allPersonNames), with its block: the writer's byline after a poster's
// line ("Gespeichert von jdoe am 7. Juli 2019", then "Blog Beitrag von
// Anna Maier"); nil and nil when there is none.
func personByline(doc *Document, host string) ([]string, *Block) {
	var buf [visibleBylineBlocks]*Block
	for _, b := range bylineWindow(doc, visibleBylineBefore, false, &buf) {
		if b.Features.Words > visibleBylineWords {
			continue
		}
		names, ok := bylineNames(b.Text)
		if !ok {
			names = writerLabelLine(b.Text)
		}
		if names = dropHost(cleanNames(names), host); len(names) > 0 && allPersonNames(names) {
			return names, b
		}
	}
	return nil, nil
}

// allWeakNames reports whether every name is an organisation's, an
// account's or a lone first name (see withVisibleAuthors).
func allWeakNames(names []string) bool {
	for _, n := range names {
		if !clean.IsOrgName(n) && !isHandle(n) && !isFirstName(n) {
			return false
		}
	}
	return true
}

// allPersonNames reports whether every name has two words or more and
// none is an organisation's.
func allPersonNames(names []string) bool {
	for _, n := range names {
		if !strings.Contains(n, " ") || clean.IsOrgName(n) {
			return false
		}
	}
	return true
}

// isHandle reports whether a name is an account's: one word that holds
// a digit, a dot or an underscore ("link78", "jane.doe", "j_doe"), starts
// in lower case ("jdoe"), or has a capital after a lower-case letter
// ("KatieS", "JaneDoe").
func isHandle(name string) bool {
	if name == "" || strings.ContainsAny(name, " \t") {
		return false
	}
	if strings.ContainsAny(name, "0123456789._") || startsLowerLetter(name) {
		return true
	}
	prev := ' '
	for _, r := range name {
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			return true
		}
		prev = r
	}
	return false
}

// isFirstName reports whether a name is a single capitalised word of
// letters, hyphens or apostrophes ("Todd", "Jean-Luc"), as a content
// system shows a writer's account by its first name.
func isFirstName(name string) bool {
	if name == "" || !startsUpper(name) || isHandle(name) {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return false
		}
	}
	return true
}

// dropSiteLabels removes the names that start with a site name and go
// on ("Help Net Security Sponsored" on Help Net Security): the site's
// label on the page, not a writer. A name that is the site's alone is
// left to dropPublisher.
func dropSiteLabels(names, site []string) []string {
	if len(names) == 0 {
		return nil // the site's keys are not needed
	}
	keys := siteKeys(site)
	var out []string
	for _, n := range names {
		label := false
		if len(keys) > 0 { // a page without a site name, as a text dump, has none
			k := titleKey(n)
			for _, sk := range keys {
				label = label || sk != "" && len(k) > len(sk) && strings.HasPrefix(k, sk)
			}
		}
		if !label {
			out = append(out, n)
		}
	}
	return out
}

// anyPublisher reports whether one of names is a site name or host name
// (isPublisher), or starts with one ("Acme ForumCO" on the site "Acme").
func anyPublisher(names, site []string) bool {
	keys := siteKeys(site)
	for _, n := range names {
		if isPublisher(n, keys) {
			return true
		}
		for _, k := range keys {
			if k != "" && strings.HasPrefix(titleKey(n), k) {
				return true
			}
		}
	}
	return false
}

// bylineBlock reports whether b can hold the byline that names the
// writer: a paragraph, or a line that starts with a byline word ("Von
// Leonora Holling") whatever its kind.
func bylineBlock(b *Block) bool {
	if b.Kind == Paragraph {
		return true
	}
	_, ok := bylineNames(b.Text)
	return ok
}
