package extract

import (
	"strings"

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
		switch k := titleKey(b.Text); {
		case k == nk && i < siteLead:
			named = true
		case k == rk && named:
			return rest, name
		}
	}
	return headline, site
}
