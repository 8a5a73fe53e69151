package extract

import (
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

// pageNameTitle returns the headline chosen for a page, or the whole title
// line when that headline only names a kind of page ("Home", "About us",
// see clean.IsGenericPageName) and the line says more ("Home - Ohio
// Artisans").
func pageNameTitle(title, line string) string {
	if !clean.IsGenericPageName(title) {
		return title
	}
	if whole := clean.StripMarkup(line); titleKey(whole) != titleKey(title) && whole != "" {
		return whole
	}
	return title
}
