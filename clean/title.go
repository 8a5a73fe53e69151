package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleSeparators are the separators SplitTitle splits on, surrounded by
// spaces. A colon alone is not one: it is part of many headlines.
var titleSeparators = []string{" | ", " - ", " — ", " – ", " :: ", " » ", " · ", " // ", " / "}

// cjkSeparators are also separators, without spaces, in titles written in
// Chinese, Japanese or Korean, where words are not spaced: "NEWS|見出し",
// "見出し_サイト".
var cjkSeparators = []string{"|", "｜", "丨", "_"}

// Limits of a site name or section guessed without hints.
const (
	maxSiteWords = 4
	maxSiteRunes = 32
)

// titlePart is one segment of a title and the separator that precedes it.
type titlePart struct {
	sep, text string
}

// SplitTitle splits a page title into the headline and the site name, as
// in "Headline | Site", "Site - Headline" or "Headline — Site". The
// separators are " | ", " - ", " — ", " – ", " :: ", " » ", " · ", " // "
// and " / " (with spaces around them), and in titles holding Han, Kana or
// Hangul also "|", "｜", "丨" and "_" without spaces; " : " is never split.
// The title is first cleaned with StripMarkup.
//
// siteHints, such as the page's host name ("www.lemonde.fr") or its
// og:site_name, identify the site when they match the first or last
// segment, ignoring case, spaces, punctuation, a "www." prefix and a domain
// suffix ("Atlantico.fr" matches "www.atlantico.fr", "Le Monde" matches
// "lemonde.fr"); a segment of at most five words that holds a hint of at
// least six letters ("EFC Bayrische Bembel Regensburg" for
// "bayrische-bembel.de") matches too. Without a matching hint, a segment that looks like a
// domain name is the site; otherwise the last segment is the site if it is
// short (at most 4 words and 32 characters) and the rest is longer or short
// too ("New Stuff - Le Blog de Betty": "Headline - Site" is the usual
// order), else the first segment if it is short and the rest longer.
//
// Short segments between the headline and the site are taken as sections
// and dropped: "Headline | World | Site" gives "Headline" and "Site"; so
// are those after the headline when the site comes first ("Site -
// Headline - Section - News"). With dashes, which also occur inside
// headlines, only segments of at most two words are dropped.
//
// A segment between the first and the last that is exactly a hint, when
// neither end is, is the site, and what follows it a tagline:
// "Headline - Site - Official Site" gives "Headline" and "Site".
//
// When no site is found, SplitTitle returns the whole cleaned title and ""
// as the site.
func SplitTitle(title string, siteHints ...string) (headline, site string) {
	title = StripMarkup(strings.ReplaceAll(title, "\n", " "))
	parts := splitTitle(title)
	if len(parts) < 2 {
		return title, ""
	}
	keys := hintKeys(siteHints)
	last := len(parts) - 1
	if mid := middleSite(parts, keys); mid > 0 {
		return joinParts(parts[:mid]), parts[mid].text
	}
	var siteAt int
	switch {
	case matchesHint(parts[last].text, keys):
		siteAt = last
	case matchesHint(parts[0].text, keys):
		siteAt = 0
	case looksLikeDomain(parts[last].text):
		siteAt = last
	case looksLikeDomain(parts[0].text):
		siteAt = 0
	case isShortSegment(parts[last].text, maxSiteWords) &&
		(longer(parts[:last], parts[last:]) || isShortSegment(joinParts(parts[:last]), maxSiteWords)):
		siteAt = last
	case isShortSegment(parts[0].text, maxSiteWords) && longer(parts[1:], parts[:1]):
		siteAt = 0
	default:
		return title, ""
	}
	site = parts[siteAt].text
	rest := parts[:last]
	if siteAt == 0 {
		rest = reversed(parts[1:])
	}
	// Drop sections next to the site while a headline remains.
	for len(rest) > 1 {
		end := rest[len(rest)-1]
		sep := end.sep
		if siteAt == 0 {
			sep = rest[len(rest)-2].sep
		}
		words := maxSiteWords
		if isDash(sep) {
			words = 2
		}
		if !isShortSegment(end.text, words) || !longer(rest[:len(rest)-1], rest[len(rest)-1:]) {
			break
		}
		rest = rest[:len(rest)-1]
	}
	if siteAt == 0 {
		rest = reversed(rest)
		// "Site - Headline - Section": sections also follow the headline.
		for len(rest) > 1 {
			end := rest[len(rest)-1]
			words := maxSiteWords
			if isDash(end.sep) {
				words = 2
			}
			if !isShortSegment(end.text, words) || !longer(rest[:len(rest)-1], rest[len(rest)-1:]) {
				break
			}
			rest = rest[:len(rest)-1]
		}
	}
	return joinParts(rest), site
}

// middleSite returns the index of the segment between the first and the
// last that is the site's name exactly (by siteKey) when neither end is:
// "Headline - Site - Official Site"; 0 when there is none.
func middleSite(parts []titlePart, keys []string) int {
	last := len(parts) - 1
	if len(keys) == 0 || slices.Contains(keys, siteKey(parts[0].text)) || slices.Contains(keys, siteKey(parts[last].text)) {
		return 0
	}
	for j := 1; j < last; j++ {
		if slices.Contains(keys, siteKey(parts[j].text)) {
			return j
		}
	}
	return 0
}

// splitTitle cuts title at every separator.
func splitTitle(title string) []titlePart {
	seps, second := titleSeparators, titleSecond
	if hasCJK(title) {
		seps, second = append(slices.Clip(seps), cjkSeparators...), nil
	}
	parts := make([]titlePart, 0, 4) // most titles have up to four
	sep := ""
	for {
		at, n := nextSeparator(title, seps, second)
		if at < 0 {
			break
		}
		if t := strings.TrimSpace(title[:at]); t != "" {
			parts = append(parts, titlePart{sep, t})
		}
		sep = title[at : at+n]
		title = title[at+n:]
	}
	if t := strings.TrimSpace(title); t != "" {
		parts = append(parts, titlePart{sep, t})
	}
	if len(parts) > 0 {
		parts[0].sep = ""
	}
	return parts
}

// nextSeparator returns where the first of seps in title starts and its
// length, or -1, 0: the earliest, and of those that start at one place,
// the first in seps. When second is not nil, each of seps starts with a
// space and second holds the bytes that follow it (secondBytes(seps)):
// it reads title once, trying seps at each space followed by one of
// them only.
func nextSeparator(title string, seps []string, second *[4]uint64) (at, n int) {
	if second != nil {
		for i := 0; i < len(title); i++ {
			if title[i] != ' ' || i+1 < len(title) && second[title[i+1]/64]&(1<<(title[i+1]%64)) == 0 {
				continue // no separator starts here
			}
			for _, s := range seps {
				if strings.HasPrefix(title[i:], s) {
					return i, len(s)
				}
			}
		}
		return -1, 0
	}
	at = -1
	for _, s := range seps {
		if i := strings.Index(title, s); i >= 0 && (at < 0 || i < at) {
			at, n = i, len(s)
		}
	}
	return at, n
}

// secondBytes returns the set of the second bytes of seps, each of which
// starts with a space, for nextSeparator: all bytes when one of seps is
// a space alone.
func secondBytes(seps []string) *[4]uint64 {
	var second [4]uint64
	for _, s := range seps {
		if len(s) < 2 {
			return &[4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)} // " " starts at any space
		}
		second[s[1]/64] |= 1 << (s[1] % 64)
	}
	return &second
}

// titleSecond is secondBytes(titleSeparators).
var titleSecond = secondBytes(titleSeparators)

// hasCJK reports whether s holds a Han, Kana or Hangul letter. Those
// start at U+1100, in three bytes of UTF-8 from 0xE1: it decodes s only
// at such bytes, passing over the others (no byte of another rune's
// UTF-8 is one), and most titles have few; a run of eight bytes of ASCII
// is passed over at once.
func hasCJK(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && load64(s, i)&0x8080808080808080 == 0 {
			i += 8 // eight bytes of ASCII at once
			continue
		}
		if s[i] < 0xe1 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x1100 && (isHanKana(r) || unicode.Is(unicode.Hangul, r)) {
			return true
		}
		i += size
	}
	return false
}

func reversed(parts []titlePart) []titlePart {
	r := make([]titlePart, len(parts))
	for i, p := range parts {
		r[len(parts)-1-i] = p
	}
	return r
}

func joinParts(parts []titlePart) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(p.sep)
		}
		b.WriteString(p.text)
	}
	return b.String()
}

func isDash(sep string) bool {
	return sep == " - " || sep == " – " || sep == " — "
}

// isShortSegment reports whether s has at most maxWords words, as
// WordCount counts them, and maxSiteRunes runes.
func isShortSegment(s string, maxWords int) bool {
	return WordCount(s) <= maxWords && utf8.RuneCountInString(s) <= maxSiteRunes
}

// longer reports whether the parts in a have more runes than those in b.
func longer(a, b []titlePart) bool {
	n := 0
	for _, p := range a {
		n += utf8.RuneCountInString(p.text)
	}
	for _, p := range b {
		n -= utf8.RuneCountInString(p.text)
	}
	return n > 0
}

// looksLikeDomain reports whether s is a host name such as "Atlantico.fr"
// or "www.bbc.co.uk".
func looksLikeDomain(s string) bool {
	if strings.ContainsAny(s, " /@") {
		return false
	}
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || len(s)-dot-1 < 2 || len(s)-dot-1 > 6 {
		return false
	}
	for _, r := range s[dot+1:] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// siteKey reduces a site name or host to lower-case letters and digits,
// without a "www." prefix and, for a host, without its last label.
func siteKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	s = strings.TrimPrefix(s, "www.")
	if looksLikeDomain(s) {
		s = s[:strings.LastIndexByte(s, '.')]
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

func hintKeys(hints []string) []string {
	var keys []string
	for _, h := range hints {
		if k := siteKey(h); len(k) >= 2 {
			keys = append(keys, k)
		}
	}
	return keys
}

// Limits of a segment that holds a site hint (see matchesHint).
const (
	minHeldHint    = 6 // letters of the hint
	maxHolderWords = 5 // words of the segment
)

// matchesHint reports whether segment names the site of one of keys:
// equal keys, or one containing the other when the shorter has at least
// four characters and the longer at most six more ("lemonde" and
// "lemondefr"), or a segment of at most five words holding a key of at
// least six characters.
func matchesHint(segment string, keys []string) bool {
	if len(keys) == 0 {
		return false // no hint, and no key to make
	}
	k := siteKey(segment)
	if k == "" {
		return false
	}
	short := len(strings.Fields(segment)) <= maxHolderWords
	for _, h := range keys {
		if short && len(h) >= minHeldHint && strings.Contains(k, h) {
			return true
		}
		short, long := k, h
		if len(short) > len(long) {
			short, long = long, short
		}
		if short == long || len(short) >= 4 && len(long)-len(short) <= 6 && strings.Contains(long, short) {
			return true
		}
	}
	return false
}

// TrimTitleDecoration removes from a headline, such as the text of a
// page's <h1>, what decorates it rather than belongs to it, on firm
// evidence only: a last segment (cut at SplitTitle's separators) that
// names the site (matches one of siteHints as in SplitTitle), a first
// segment that is one of siteHints (ignoring case, spaces and punctuation),
// a first or last segment that is a host name or a section's name ("Opinion",
// "Meinung", "Tribune"; see IsSectionName); and a bracketed host name at
// the end ("Foo (example.com)"), which link aggregators add. Unlike
// SplitTitle it never takes a segment for the site by its length alone,
// and it keeps at least one segment. The title is plain text: markup in
// it ("<table>: the Table element") is kept as written.
func TrimTitleDecoration(title string, siteHints ...string) string {
	title = trimBracketedHost(strings.TrimSpace(strings.ReplaceAll(title, "\n", " ")))
	parts := splitTitle(title)
	if len(parts) < 2 {
		return title
	}
	keys := hintKeys(siteHints)
	for len(parts) > 1 && (matchesHint(parts[len(parts)-1].text, keys) || isDecoration(parts[len(parts)-1].text)) {
		parts = parts[:len(parts)-1]
	}
	for len(parts) > 1 && (slices.Contains(keys, siteKey(parts[0].text)) || isDecoration(parts[0].text)) {
		parts = parts[1:]
		parts[0].sep = ""
	}
	return joinParts(parts)
}

// trimBracketedHost removes a host name in brackets at the end of s
// ("Foo (example.com)", "Foo [example.org]"), keeping s when nothing else
// is left.
func trimBracketedHost(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "]") {
		return s
	}
	open := strings.LastIndexAny(t, "([")
	if open <= 0 || !looksLikeDomain(t[open+1:len(t)-1]) {
		return s
	}
	if head := strings.TrimSpace(t[:open]); head != "" {
		return head
	}
	return s
}

// isDecoration reports whether a title segment is a host name or a
// section's name.
func isDecoration(s string) bool {
	return looksLikeDomain(s) || IsSectionName(s)
}
