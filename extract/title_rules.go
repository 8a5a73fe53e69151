package extract

import (
	"golang.org/x/net/html"
	"slices"
	"strings"

	"github.com/pith-go/pith/clean"
)

// namesSite reports whether an <h1>, reduced to its titleKey k, is the
// name of the blog or site rather than the headline: a candidate title
// holds it joined to another candidate, as in the title "Blog Name:
// Headline" beside the og:title "Headline", which blog platforms write
// while their <h1> is the blog's name.
func namesSite(k string, cands []string) bool {
	for _, c := range cands {
		ck := titleKey(c)
		if ck == k || !strings.Contains(ck, k) {
			continue
		}
		for _, other := range cands {
			ok := titleKey(other)
			if ok != "" && ok != ck && (ck == k+ok || ck == ok+k) {
				return true
			}
		}
	}
	return false
}

// labelSeparators end the label that some pages print before the headline
// inside the <h1> ("Press release: Headline", "Quote / Headline").
var labelSeparators = []string{":", " / ", " | ", "»"}

// labelledHeadline returns the part of an <h1> after a label that sets it
// off with a colon, a slash, a bar or a guillemet, when that part is the
// candidate title of key ck ("Medienmitteilung der Direktion: Impfen ist
// möglich" beside the title "Impfen ist möglich"); "" when the <h1> is not
// so built. A dash does not set off a label: the part before it is
// usually part of the headline ("Olympia 2022 - Zwei weitere Fälle").
func labelledHeadline(h1, ck string) string {
	for _, sep := range labelSeparators {
		for at := 0; ; {
			i := strings.Index(h1[at:], sep)
			if i < 0 {
				break
			}
			at += i + len(sep)
			if tail := strings.TrimSpace(h1[at:]); titleKey(tail) == ck && hasAlnum(h1[:at-len(sep)]) {
				return tail
			}
		}
	}
	return ""
}

// cutAtQuote reports whether a meta title is the title line cut short at
// a double quote: the page wrote an unescaped quote inside the attribute
// (content="Senator calls Biden "unfit""), and the parser ended the
// value there.
func cutAtQuote(meta, line string) bool {
	rest, ok := strings.CutPrefix(line, meta)
	rest = strings.TrimLeft(rest, " ")
	return ok && meta != "" && strings.HasPrefix(rest, `"`) && hasAlnum(rest)
}

// pageNameTitle returns the headline chosen for a page, unless it only
// names a kind of page ("Home", see clean.IsGenericPageName): then the
// whole title line when that says more ("Home - Ohio Artisans"), else the
// page's first <h1>, h1, when there is one.
func pageNameTitle(title, line, h1 string) string {
	if !clean.IsGenericPageName(title) {
		return title
	}
	if whole := clean.StripMarkup(line); whole != "" && titleKey(whole) != titleKey(title) {
		return whole
	}
	if h1 != "" {
		return h1
	}
	return title
}

// minRephraseOverlap is the share of their distinct words (of the words
// either holds) that an <h1> and the title's headline must have in common
// for the <h1> to be read as the page's own phrasing of that headline.
const minRephraseOverlap = 0.3

// rephrases reports whether the page's first <h1> is its visible phrasing
// of the headline that the title gives in other words, which the page
// shows and is then preferred: they share at least minRephraseOverlap of
// their words, and the <h1> is no longer than the title's headline (a
// title written for search engines adds keywords: "Best Office Chairs for
// Back Pain Relief" beside the <h1> "Best Office Chairs to Prevent Back
// Pain"; a longer <h1> more often adds a kicker or a subtitle). An <h1>
// under half the title's length that does not open it is a slogan beside
// the headline ("Make your browser your own"), not a rewording of it;
// one that opens it is the title's head ("Hiking Boots" beside "Hiking
// Boots: Shop Boots for Hiking").
func rephrases(h1, title string) bool {
	if title == "" || len(h1) > len(title) || 2*len(h1) < len(title) && !strings.HasPrefix(titleKey(title), titleKey(h1)) {
		return false
	}
	a, b := distinctWords(foldText(h1), nil), distinctWords(foldText(title), nil)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	common := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			common++
		}
	}
	return float64(common) >= minRephraseOverlap*float64(len(a)+len(b)-common)
}

// wholeMeta reports whether an <h1>, reduced to its titleKey k, is a meta
// title as the page wrote it, before SplitTitle cut a segment off it:
// the page shows that segment as part of its headline ("Qualità Oro -
// Perfect Symphony, 250g Dose" in both), so it is no site name.
func wholeMeta(k string, whole, split []string) bool {
	for i, w := range whole {
		if titleKey(w) == k && titleKey(split[i]) != k {
			return true
		}
	}
	return false
}

// siteNameTitle returns the headline chosen for a page, unless the page's
// whole title line is only the site's name (one of sites, by titleKey:
// its declared name or its host's label), as on sites that give every
// page the same title ("Anwalt Niemeyer" on anwaltniemeyer.de): then the
// page's first <h1> that is not that name too, when there is one.
func siteNameTitle(title, line string, h1s []string, sites ...string) string {
	k := titleKey(line)
	if k == "" || !slices.ContainsFunc(sites, func(s string) bool { return titleKey(s) == k }) {
		return title
	}
	for _, h1 := range h1s {
		if hk := titleKey(h1); hk != "" && hk != k {
			return clean.TrimTitleLabel(h1)
		}
	}
	return title
}

// entryTitleClasses are the class substrings that mark an element as the
// title of the post or article it heads: hAtom's "entry-title", which
// blog platforms print, and the names themes give it.
var entryTitleClasses = []string{"entry-title", "post-title", "article-title", "single-title", "story-title", "article-headline", "post-headline", "story-headline"}

// entryTitle reports whether an element is marked as the title of the
// entry it heads: a class holding one of entryTitleClasses. Schema.org's
// itemprop="headline" is not enough: news sites set it on an <h1> that
// words the story for the page while og:title holds the headline the
// story is shared under.
func entryTitle(n *html.Node) bool {
	class := strings.ToLower(attr(n, "class"))
	return slices.ContainsFunc(entryTitleClasses, func(s string) bool { return strings.Contains(class, s) })
}

// markedHeadline returns the page's first <h1> marked as the entry's
// title (entryTitle) when no candidate title matched an <h1>: the
// headline the page shows, which its <title> words differently for
// search engines ("Free Blockchain Course" beside the <h1> "Blockchain
// Fundamentals Free Course"); "" when there is none, when it is the
// site's name, or when it shares no word of three letters or more with
// title, the candidate otherwise chosen: a heading about something else,
// such as a portfolio's "Web Designs" beside "Website Design Portfolio".
func (m *pageMeta) markedHeadline(site, title string) string {
	for i, h1 := range m.h1s {
		if !m.h1Entry[i] {
			continue
		}
		if k := titleKey(h1); len(k) >= 4 && k != titleKey(site) && sharesWord(h1, title) {
			return clean.TrimTitleLabel(h1)
		}
		return ""
	}
	return ""
}

// sharesWord reports whether a and b, folded (foldText), have a word of
// at least three bytes in common.
func sharesWord(a, b string) bool {
	bw := distinctWords(foldText(b), nil)
	for _, w := range distinctWords(foldText(a), nil) {
		if len(w) >= 3 && slices.Contains(bw, w) {
			return true
		}
	}
	return false
}
