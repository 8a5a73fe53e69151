package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// Container is a set of the semantic HTML containers a block sits in.
type Container uint16

// The semantic containers recorded in DOMEvidence.Containers.
const (
	InNav Container = 1 << iota
	InHeader
	InFooter
	InAside
	InArticle
	InMain
	InForm
	InFigure
	InList
	InTable
	InBlockquote
	InHeading
)

// Has reports whether all containers of c2 are in c.
func (c Container) Has(c2 Container) bool { return c&c2 == c2 }

// DOMEvidence is what an HTML page tells about a block beyond its text.
type DOMEvidence struct {
	// Node is the element the block was built from. Extractors may read
	// the tree but must not change it.
	Node *html.Node
	// Path is the tag path from <body>, such as "body>div>article>p".
	Path string
	// Containers are the semantic containers among the block's ancestors,
	// the block's own element included.
	Containers Container
	// Tokens are the lower-cased class, id, role and itemprop values of
	// the block's element and its ancestors, nearest first, split on
	// spaces. Each ancestor's tokens are separated from the next by "|",
	// so Tokens[:i] up to the first "|" belong to the element itself.
	// Blocks may share one Tokens slice: it must not be changed.
	Tokens []string
	// Local is the number of leading entries of Tokens that belong to the
	// block's element and to its ancestors below the page's wrappers (the
	// elements that hold the headline or most of the main content):
	// Tokens[Local:] describe the whole page ("single-post has-sidebar
	// comments-open"), not the block. See HasLocalToken.
	Local int
	// LinkDensity is the share of the block's text that sits in links.
	LinkDensity float64
	// PunctDensity is the number of punctuation marks per word.
	PunctDensity float64
	// Position is the block's offset in the page's text, from 0 (start)
	// to 1 (end).
	Position float64
	// Depth is the element's depth in the tree.
	Depth int

	// families caches, once familiesSet, the token families (see
	// tokenfamily.go) that some token of Tokens matches.
	families    uint64
	familiesSet bool
}

// HasToken reports whether any class, id, role or itemprop token of the
// block or its ancestors contains one of the given substrings, compared in
// lower case. It returns the first token that matched.
func (e *DOMEvidence) HasToken(substrings ...string) (string, bool) {
	if e == nil {
		return "", false
	}
	for _, tok := range e.Tokens {
		if tok == "|" {
			continue
		}
		for _, s := range substrings {
			if strings.Contains(tok, s) {
				return tok, true
			}
		}
	}
	return "", false
}

// HasLocalToken is HasToken restricted to Tokens[:Local]: the tokens of
// the block's element and of its ancestors below the page's wrappers, so
// that a page-wide class such as "has-comments" on the article's wrapper
// does not match.
func (e *DOMEvidence) HasLocalToken(substrings ...string) (string, bool) {
	if e == nil {
		return "", false
	}
	local := *e
	local.Tokens = e.Tokens[:min(max(e.Local, 0), len(e.Tokens))]
	return local.HasToken(substrings...)
}
