package extract

import "strings"

// maxCoreShare is the share of the main content's text that a DOM
// extractor may remove from it: a page whose main content is mostly
// "comments" or "promo" boxes is made of them (a forum thread, a deals
// page), and they are kept.
const maxCoreShare = 0.5

// removeDOM removes, as kind, the kept HTML blocks for which match gives
// an account of the evidence, except those in the main content when
// together they hold more than maxCoreShare of its text. match gets the
// block and the words of its local classes (see localParts).
func removeDOM(doc *Document, kind string, match func(b *Block, parts []string) string) {
	type hit struct {
		b        *Block
		evidence string
	}
	var hits []hit
	var parts []string
	coreTotal, coreHit := 0, 0
	for _, b := range doc.Blocks {
		inCore := doc.InCore(b)
		k := b.Features.Runes // the runes of b.Text, measured
		if inCore {
			coreTotal += k
		}
		if b.Removed() || b.DOM == nil {
			continue
		}
		parts = localParts(b.DOM, parts[:0])
		if ev := match(b, parts); ev != "" {
			hits = append(hits, hit{b, ev})
			if inCore {
				coreHit += k
			}
		}
	}
	spare := coreTotal > 0 && float64(coreHit) > maxCoreShare*float64(coreTotal)
	for _, h := range hits {
		if spare && doc.InCore(h.b) {
			continue
		}
		doc.Remove(h.b, kind, h.evidence)
	}
}

// firstPart returns the first of parts for which is holds, or "".
func firstPart(parts []string, is func(string) bool) string {
	for _, p := range parts {
		if is(p) {
			return p
		}
	}
	return ""
}

// hasPrefixAny reports whether s starts with one of the prefixes.
func hasPrefixAny(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// isShort reports whether a block is short enough to be a label or a
// prompt rather than prose: at most maxWords words.
func isShort(b *Block, maxWords int) bool {
	return b.Features.Words <= maxWords
}
