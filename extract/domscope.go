package extract

import "golang.org/x/net/html"

// wrapperShare is the share of the main content's text from which an
// element counts as one of the page's wrappers.
const wrapperShare = 0.5

// pageWrappers returns the elements that wrap the page's article: those
// holding an <h1> and those holding at least half of the main content's
// text. Their classes describe the page, not the blocks inside them.
func pageWrappers(d *Document) map[*html.Node]bool {
	wrappers := make(map[*html.Node]bool)
	coreText := make(map[*html.Node]int)
	total := 0
	for _, b := range d.Blocks {
		if b.DOM == nil {
			continue
		}
		if b.Kind == Heading && b.Level == 1 {
			for n := b.DOM.Node; n != nil && n.Type == html.ElementNode && !wrappers[n]; n = n.Parent {
				wrappers[n] = true
			}
		}
		if d.InCore(b) {
			k := b.Features.Runes
			total += k
			for n := b.DOM.Node; n != nil && n.Type == html.ElementNode; n = n.Parent {
				coreText[n] += k
			}
		}
	}
	for n, k := range coreText {
		if total > 0 && float64(k) >= wrapperShare*float64(total) {
			wrappers[n] = true
		}
	}
	return wrappers
}

// setLocal sets each block's DOMEvidence.Local from the page's wrappers:
// the tokens of the block's element, and of each ancestor below the
// wrappers that has some, each group with its "|". The count above each
// element is kept, as siblings share their ancestors.
func setLocal(d *Document) {
	wrappers := pageWrappers(d)
	above := make(map[*html.Node]int)
	var chain []*html.Node // localAbove's scratch
	for _, b := range d.Blocks {
		if b.DOM == nil {
			continue
		}
		n, local := b.DOM.Node, 0
		if localNode(n, wrappers) {
			local = countTokens(n) + 1 + localAbove(n.Parent, wrappers, above, &chain)
		}
		b.DOM.Local = min(local, len(b.DOM.Tokens))
	}
}

// localNode reports whether n is an element below the page's wrappers
// whose tokens are local: not a wrapper, <body> or <html>.
func localNode(n *html.Node, wrappers map[*html.Node]bool) bool {
	return n != nil && n.Type == html.ElementNode && n.Data != "body" && n.Data != "html" && !wrappers[n]
}

// localAbove returns the local token count (see setLocal) of n and its
// ancestors, with the groups of those without tokens left out; memo holds
// the counts already found, and chain is scratch space.
func localAbove(n *html.Node, wrappers map[*html.Node]bool, memo map[*html.Node]int, chain *[]*html.Node) int {
	*chain = (*chain)[:0]
	total := 0
	for ; localNode(n, wrappers); n = n.Parent {
		if k, ok := memo[n]; ok {
			total = k
			break
		}
		*chain = append(*chain, n)
	}
	for i := len(*chain) - 1; i >= 0; i-- {
		a := (*chain)[i]
		if k := countTokens(a); k > 0 {
			total += k + 1
		}
		memo[a] = total
	}
	return total
}

// localParts returns the words of the block's local class, id, role and
// itemprop tokens (see DOMEvidence.Local), split on '-' and '_' too.
func localParts(e *DOMEvidence, parts []string) []string {
	if e == nil {
		return parts
	}
	for _, tok := range e.Tokens[:e.Local] {
		if tok == "|" {
			continue
		}
		parts = append(parts, tok)
		start := 0
		for i := 0; i <= len(tok); i++ {
			if i == len(tok) || tok[i] == '-' || tok[i] == '_' {
				if i > start && (start > 0 || i < len(tok)) {
					parts = append(parts, tok[start:i])
				}
				start = i + 1
			}
		}
	}
	return parts
}
