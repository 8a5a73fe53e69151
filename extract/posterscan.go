package extract

import (
	"sync"

	"golang.org/x/net/html"
)

// poster is posterElement(n), which reads only n's class, asked only
// when the class could match: an ASCII class without any of posterClasses
// in it, in any case, has no such token.
func poster(n *html.Node) bool {
	class := attr(n, "class")
	if class == "" || isASCII(class) && !containsFoldASCII(class, posterClasses, posterStarts()) {
		return false
	}
	return posterElement(n)
}

// posterStarts marks the first bytes of posterClasses, in both cases.
var posterStarts = sync.OnceValue(func() *[256]bool {
	return foldStarts(posterClasses)
})

// foldStarts marks the first bytes of subs, in both cases, for
// containsFoldASCII.
func foldStarts(subs []string) *[256]bool {
	var t [256]bool
	for _, sub := range subs {
		if sub != "" {
			t[sub[0]] = true
			t[asciiUpper(sub[0])] = true
		}
	}
	return &t
}

// containsFoldASCII reports whether s contains one of subs, which are in
// lower case and not empty, ASCII letters compared in lower case; starts
// are the first bytes of subs (foldStarts).
func containsFoldASCII(s string, subs []string, starts *[256]bool) bool {
	for i := 0; i < len(s); i++ {
		if !starts[s[i]] {
			continue
		}
		for _, sub := range subs {
			if len(sub) <= len(s)-i && hasPrefixFoldASCII(s[i:], sub) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFoldASCII reports whether s starts with prefix, which is in
// lower case, ASCII letters compared in lower case.
func hasPrefixFoldASCII(s, prefix string) bool {
	for j := 0; j < len(prefix); j++ {
		if asciiLower(s[j]) != prefix[j] {
			return false
		}
	}
	return true
}

// asciiUpper is unicode.ToUpper for an ASCII byte.
func asciiUpper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}
