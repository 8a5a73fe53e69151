package extract

import (
	"fmt"

	"golang.org/x/net/html"
)

// Limits on the size and shape of an HTML page. With DefaultMaxBytes they
// bound the time and memory of one extraction linearly in the input: on
// the 2-core test machine, a page at the byte limit takes a few seconds and
// a few hundred megabytes at most (see the hostile-input table in the
// README).
const (
	// DefaultMaxNodes is the default limit on the tags of an HTML page:
	// 524,288. Large real pages have a few tens of thousands (the largest
	// of the benchmark sets, 22,000). At the limit, a page of nothing but
	// tiny paragraphs makes 500,000 blocks and takes about 1.3 GB.
	DefaultMaxNodes = 1 << 19

	// DefaultMaxDepth is the default limit on the nesting of elements: 512,
	// the HTML parser's own limit (golang.org/x/net/html rejects deeper
	// pages).
	DefaultMaxDepth = 512
)

// flattenDepth is the depth at which a page deeper than the HTML parser
// accepts is flattened by default: half the parser's limit, which leaves
// room for the elements the parser opens by itself (formatting elements
// reopened after a misnested end tag, an implied <tbody>) that the
// token-level count of flattenNesting does not see.
const flattenDepth = 256

// WithMaxNodes sets the largest number of tags an HTML page may hold;
// a page with more fails with ErrTooLarge before it is parsed, which bounds
// the parser's memory (a few hundred bytes per element). Tags are counted
// as the '<' characters of the decoded page, an upper bound on the elements
// and comments written in it, in the byte scan that also caps the open
// formatting elements (see maxOpenFormatting). The default is
// DefaultMaxNodes; n <= 0 restores it. It does not apply to FromNode, whose
// tree is already built.
func WithMaxNodes(n int) Option {
	return func(p *Pipeline) {
		if n <= 0 {
			n = DefaultMaxNodes
		}
		p.maxNodes = n
	}
}

// WithMaxDepth sets the deepest nesting of elements read as it is; the
// elements below depth n are flattened into their ancestor at depth n:
// their tags are dropped and their content is read as part of it, so their
// text is kept. Depth is counted on the page's own tags, so the parsed
// tree, with the <html> and <body> the parser adds, may be a few levels
// deeper. The default, DefaultMaxDepth, is the HTML parser's own limit and
// costs nothing: a page nested deeper than the parser accepts is flattened
// at depth 256 and parsed again. A lower n costs one walk over the parsed
// tree (well under 1% of the parse) to find the page's depth, and a second
// parse for the pages deeper than n. n <= 0 or above DefaultMaxDepth
// restores the default. It does not apply to FromNode.
func WithMaxDepth(n int) Option {
	return func(p *Pipeline) {
		if n <= 0 || n > DefaultMaxDepth {
			n = DefaultMaxDepth
		}
		p.maxDepth = n
	}
}

// checkMarkup fails with ErrTooLarge when the page holds more tags than
// the pipeline's limit, and returns the page to parse: data, or a copy
// with the tags of too many open formatting elements dropped (see
// maxOpenFormatting).
func (p *Pipeline) checkMarkup(data []byte) ([]byte, error) {
	tags, over := scanTags(data)
	if tags > p.maxNodes {
		return nil, fmt.Errorf("%w: %d tags, limit %d", ErrTooLarge, tags, p.maxNodes)
	}
	if over {
		data = dropFormatting(data)
	}
	return data, nil
}

// treeDeeper reports whether the tree under root holds an element more
// than limit deep; root's children are at depth 1, so <body> is at depth 2
// under a document node. It walks the tree without recursion or
// allocation.
func treeDeeper(root *html.Node, limit int) bool {
	if root.FirstChild == nil {
		return false
	}
	depth := 0
	n := root
	for {
		if n.FirstChild != nil {
			n = n.FirstChild
			depth++
		} else {
			for n.NextSibling == nil {
				if n = n.Parent; n == nil || n == root {
					return false
				}
				depth--
			}
			n = n.NextSibling
		}
		if depth > limit && n.Type == html.ElementNode {
			return true
		}
	}
}
