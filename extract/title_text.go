package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
)

// siteLead is how many of a text dump's first lines are searched for the
// site's name standing alone (see dumpTitle).
const siteLead = 40

// dumpTitle splits a text dump's title line into the headline and the
// site name, as clean.SplitTitle does, and further splits a title line of
// the form "Name: Headline" (which SplitTitle keeps whole, the colon being
// part of many headlines) when the dump shows both parts as lines of their
// own, the name first among its first siteLead lines: a blog's title
// line, its name in the header, then the post's headline ("Staffans blogg:
// Nästa ödesmatch", the lines "Staffans blogg" … "Nästa ödesmatch").
func dumpTitle(line string, blocks []*Block) (headline, site string) {
	headline, site = clean.SplitTitle(line)
	if site != "" {
		return headline, site
	}
	name, rest, ok := strings.Cut(headline, ":")
	name, rest = strings.TrimSpace(name), strings.TrimSpace(rest)
	nk, rk := titleKey(name), titleKey(rest)
	if !ok || nk == "" || rk == "" {
		return headline, site
	}
	named := false
	longest := 2*max(len(name), len(rest)) + 8
	for i, b := range blocks {
		if len(b.Text) > longest {
			continue // cannot fold to either part
		}
		switch isName, isRest := titleKeyIs(b.Text, nk, rk); {
		case isName && i < siteLead:
			named = true
		case isRest && named:
			return rest, name
		}
	}
	return headline, site
}

// titleKeyIs reports whether titleKey(s) equals a and whether it equals
// b, without building it: it reads s only as long as one of the two may
// still match, as most lines differ from both in their first letters.
func titleKeyIs(s, a, b string) (isA, isB bool) {
	n := 0 // the bytes of the key matched so far
	okA, okB := true, true
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
				continue
			}
			// One byte, compared as a byte.
			okA = okA && n < len(a) && a[n] == byte(r)
			okB = okB && n < len(b) && b[n] == byte(r)
			if !okA && !okB {
				return false, false
			}
			n++
			continue
		}
		if r = unicode.ToLower(r); !(r >= 'a' && r <= 'z' || r > 127 && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
			continue
		}
		k := buf[:utf8.EncodeRune(buf[:], r)]
		okA = okA && len(a)-n >= len(k) && a[n:n+len(k)] == string(k)
		okB = okB && len(b)-n >= len(k) && b[n:n+len(k)] == string(k)
		if !okA && !okB {
			return false, false
		}
		n += len(k)
	}
	return okA && n == len(a), okB && n == len(b)
}
