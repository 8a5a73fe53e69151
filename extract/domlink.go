package extract

import (
	"strings"
	"unicode/utf8"
)

// linkTarget returns the trimmed href and whether it leads somewhere:
// not when it is empty, fragment-only or javascript:.
func linkTarget(href string) (string, bool) {
	href = strings.TrimSpace(href)
	if href == "" || href[0] == '#' || hasLowerPrefix(href, "javascript:") {
		return "", false
	}
	return href, true
}

// hasLowerPrefix is strings.HasPrefix(strings.ToLower(s), prefix) for an
// ASCII prefix, without lower-casing all of s: only its first
// len(prefix) runes, which write at least len(prefix) bytes, can make
// that prefix, and when they are ASCII they are compared in place.
func hasLowerPrefix(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	if isASCII(s[:len(prefix)]) {
		for i := 0; i < len(prefix); i++ {
			if asciiLower(s[i]) != prefix[i] {
				return false
			}
		}
		return true
	}
	return strings.HasPrefix(strings.ToLower(s[:min(len(s), len(prefix)*utf8.UTFMax)]), prefix)
}

// url returns the anchor's href made absolute against the page's base
// URL, computed once: an anchor without text needs none.
func (b *blockBuilder) url(a *anchor) string {
	if a.abs == "" {
		abs, ok := b.resolved[a.href]
		if !ok {
			abs = b.absolute(a.href)
			if b.resolved == nil {
				b.resolved = make(map[string]string)
			}
			b.resolved[a.href] = abs
		}
		a.abs = abs
	}
	return a.abs
}

// absolute makes href, a link target (see linkTarget), absolute against
// the page's base URL; href itself when there is no base or it does not
// parse. A plain http(s) address, and a plain path from the root under a
// base of plain origin, are joined without net/url, to the same result
// (see plainHost and plainPath).
func (b *blockBuilder) absolute(href string) string {
	if b.base == nil {
		return href
	}
	if rest, ok := strings.CutPrefix(href, "http://"); ok || strings.HasPrefix(href, "https://") {
		if !ok {
			rest = href[len("https://"):]
		}
		end := strings.IndexAny(rest, "/?#")
		if end < 0 {
			end = len(rest)
		}
		if plainHost(rest[:end]) && plainPath(rest[end:]) {
			return href
		}
	} else if len(href) > 1 && href[0] == '/' && href[1] != '/' && plainPath(href) {
		if origin := b.origin(); origin != "" {
			return origin + href
		}
	}
	u, err := b.base.Parse(href)
	if err != nil {
		return href
	}
	return u.String()
}

// origin returns the base URL's "scheme://host" when a path from the
// root resolves against it by concatenation: an http(s) base with a
// plain host (plainHost) and no user info; "" otherwise. It is computed
// once.
func (b *blockBuilder) origin() string {
	if !b.originSet {
		b.originSet = true
		u := b.base
		if u.User == nil && (u.Scheme == "http" || u.Scheme == "https") && plainHost(u.Host) {
			b.originURL = u.Scheme + "://" + u.Host
		}
	}
	return b.originURL
}

// plainHost reports whether host, of an http(s) address, is one net/url
// prints back unchanged: not empty, and made of ASCII letters, digits,
// '.', '-' and ':' (before the port) only.
func plainHost(host string) bool {
	if host == "" {
		return false
	}
	for i := 0; i < len(host); i++ {
		if c := host[i]; !isAlnumASCII(c) && c != '.' && c != '-' && c != ':' {
			return false
		}
	}
	return true
}

// plainPath reports whether s, the part of an address after its host,
// is one net/url parses and prints back unchanged, with no dot segment
// to resolve: ASCII letters, digits and "-._~/?=&+,;:" only, no "/." at
// all, and at most one '#', not at the end. Anything else ('%' escapes,
// '@', spaces, non-ASCII) is left to net/url, which may rewrite it.
func plainPath(s string) bool {
	hash := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isAlnumASCII(c) || strings.IndexByte("-_~?=&+,;:.", c) >= 0:
		case c == '/':
			if i+1 < len(s) && s[i+1] == '.' {
				return false
			}
		case c == '#' && !hash && i+1 < len(s):
			hash = true
		default:
			return false
		}
	}
	return true
}

// isAlnumASCII reports whether c is an ASCII letter or digit.
func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
