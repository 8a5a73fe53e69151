package extract

import (
	"slices"

	"golang.org/x/net/html"
)

// This file holds what a walk of buildBlocks computes once per frame that
// holds blocks, and shares between the blocks under it: tag paths, class
// and id tokens and their token families.

// blockPath is tagPath(n) for the node of a block being built: n is
// b.frames[k], or with k = -1 a child of the innermost frame. Each frame's
// path is computed once, from its parent frame's.
func (b *blockBuilder) blockPath(n *html.Node, k int) string {
	if k < 0 {
		if len(b.frames) == 0 || n.Parent != b.frames[len(b.frames)-1].n || n.Data == "body" {
			return tagPath(n)
		}
		return b.framePath(len(b.frames)-1) + ">" + n.Data
	}
	return b.framePath(k)
}

// A frameCache holds what is computed, on first use, for a frame that
// holds blocks: kept apart from the frames, which every element pushes.
type frameCache struct {
	n    *html.Node // the frame's element; the cache is stale for another
	path string     // see framePath
	// the tag and path of the last child frame whose path was asked
	childTag, childPath string
	toks                []string // the element's own tokens (appendTokens)
	toksSet             bool
	// the Tokens last built for a block of a child frame (blockTokens),
	// and that child's own tokens: the Tokens of every child with the same
	// own tokens, and their families
	childToks, childOwn []string
	childFams           uint64
	// the families of the element's own tokens, set with toks, and of
	// the chain of tokens from it up (see upFamilies)
	ownFams, upFams uint64
	upSet           bool
}

// cache returns the frameCache of b.frames[k], emptied when it was left
// by an earlier frame. Its address holds while b.frames does not change.
func (b *blockBuilder) cache(k int) *frameCache {
	if len(b.caches) < len(b.frames) {
		b.caches = append(b.caches, make([]frameCache, len(b.frames)-len(b.caches))...)
	}
	c := &b.caches[k]
	if n := b.frames[k].n; c.n != n {
		*c = frameCache{n: n}
	}
	return c
}

// framePath returns tagPath(b.frames[k].n), computed once, and shared
// by siblings of the same tag.
func (b *blockBuilder) framePath(k int) string {
	c := b.cache(k)
	if c.path == "" {
		switch n := b.frames[k].n; {
		case k == 0:
			c.path = tagPath(n)
		case n.Data == "body":
			c.path = "body"
		default:
			parent := b.framePath(k - 1)
			if p := b.cache(k - 1); p.childPath != "" && p.childTag == n.Data {
				c.path = p.childPath // a sibling's, the same
			} else {
				c.path = parent + ">" + n.Data
				p.childTag, p.childPath = n.Data, c.path
			}
		}
	}
	return c.path
}

// frameTokens returns the own tokens of b.frames[k].n (appendTokens),
// computed once. The result may be shared: it must not be changed.
func (b *blockBuilder) frameTokens(k int) []string {
	c := b.cache(k)
	if !c.toksSet {
		c.toks, c.ownFams = b.ownTokens(c.n)
		c.toksSet = true
	}
	return c.toks
}

// A valueToks holds the tokens of one class, id, role or itemprop
// value and their families.
type valueToks struct {
	toks []string
	fams uint64
}

// ownTokens is appendTokens(nil, n), with the tokens of each attribute
// value, and their families (see families), made once per walk; an
// element with one such attribute gets that value's tokens, shared.
func (b *blockBuilder) ownTokens(n *html.Node) (toks []string, fams uint64) {
	first := true
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "role", "itemprop":
		default:
			continue
		}
		v, ok := b.valueToks[a.Val]
		if !ok {
			if b.valueToks == nil {
				b.valueToks = make(map[string]valueToks)
			}
			v.toks = valueTokens(nil, a.Val)
			v.fams = b.families(v.toks)
			b.valueToks[a.Val] = v
		}
		fams |= v.fams
		switch {
		case first:
			toks, first = v.toks, false
		case len(v.toks) > 0:
			toks = append(slices.Clip(toks), v.toks...)
		}
	}
	return toks, fams
}

// blockTokens is nodeTokens(n) for the node of a block being built, n
// being b.frames[k] or, with k = -1, a child of the innermost frame, with
// the token families of those tokens (see families). The frames are n's
// ancestors, so their tokens, tokenised once per element, are reused; the
// result is allocated once, and shared by the blocks of the children of
// one frame that have the same own tokens (siblings <p> or <li>); the
// chain above that frame, and its families, are found once.
func (b *blockBuilder) blockTokens(n *html.Node, k int) ([]string, uint64) {
	if k <= 0 || tokenStop(b.frames[k].n) {
		toks := b.chainTokens(n, k)
		return toks, b.families(toks)
	}
	own, parent := b.frameTokens(k), b.cache(k-1)
	var toks []string
	switch t := parent.childToks; {
	case t != nil && slices.Equal(parent.childOwn, own):
		return t, parent.childFams
	case t != nil:
		// The chain above the parent is the same for all its children.
		above := t[len(parent.childOwn)+1:]
		toks = make([]string, 0, len(own)+1+len(above))
		toks = append(append(append(toks, own...), "|"), above...)
	default:
		toks = b.chainTokens(n, k)
	}
	parent.childOwn, parent.childToks = own, toks
	parent.childFams = b.ownFamilies(k) | b.upFamilies(k-1)
	return toks, parent.childFams
}

// ownFamilies returns the families of b.frames[k]'s own tokens, found
// with them (see frameTokens).
func (b *blockBuilder) ownFamilies(k int) uint64 {
	b.frameTokens(k)
	return b.cache(k).ownFams
}

// upFamilies returns the families of the tokens that chainTokens puts
// after a block's own group when its element is a child of b.frames[j]:
// those of frames j, j-1... up to the first that ends the chain
// (tokenStop), and of the elements above frames[0] when no frame ends it.
// Each frame's are found once.
func (b *blockBuilder) upFamilies(j int) uint64 {
	i := j
	for i >= 0 && !b.cache(i).upSet && !tokenStop(b.frames[i].n) {
		i--
	}
	var m uint64
	switch {
	case i < 0:
		if p := b.frames[0].n.Parent; p != nil && !tokenStop(p) {
			m = b.families(nodeTokens(p))
		}
	case b.cache(i).upSet:
		m = b.cache(i).upFams
	}
	for i++; i <= j; i++ {
		m |= b.ownFamilies(i)
		c := b.cache(i)
		c.upFams, c.upSet = m, true
	}
	return m
}

// families returns the union of familiesOf over toks, each token's
// families found once per walk.
func (b *blockBuilder) families(toks []string) uint64 {
	var m uint64
	for _, t := range toks {
		f, ok := b.tokenFams[t]
		if !ok {
			if b.tokenFams == nil {
				b.tokenFams = make(map[string]uint64)
			}
			f = familiesOf(t)
			b.tokenFams[t] = f
		}
		m |= f
	}
	return m
}

// chainTokens builds blockTokens(n, k) from the frames' tokens.
func (b *blockBuilder) chainTokens(n *html.Node, k int) []string {
	var own []string
	if k < 0 {
		if len(b.frames) == 0 || n.Parent != b.frames[len(b.frames)-1].n {
			return nodeTokens(n)
		}
		own, k = appendTokens(nil, n), len(b.frames)
	}
	// The chain is n (when not a frame), frames k-1... down to 0, then
	// the ancestors of frames[0] (when the walk started below <body>).
	if k < len(b.frames) && tokenStop(b.frames[k].n) || k == len(b.frames) && tokenStop(n) {
		return nil
	}
	size := 1
	if k == len(b.frames) {
		size += len(own)
	} else {
		size += len(b.frameTokens(k))
	}
	last := k
	for i := k - 1; i >= 0 && !tokenStop(b.frames[i].n); i-- {
		if t := b.frameTokens(i); len(t) > 0 {
			size += len(t) + 1
		}
		last = i
	}
	var above []string
	if last == 0 && len(b.frames) > 0 && b.frames[0].n.Parent != nil && !tokenStop(b.frames[0].n.Parent) {
		above = nodeTokens(b.frames[0].n.Parent)
		if len(above) > 0 && len(appendTokens(nil, b.frames[0].n.Parent)) == 0 {
			above = above[1:] // nodeTokens always closes its first group
		}
		size += len(above)
	}
	toks := make([]string, 0, size)
	if k == len(b.frames) {
		toks = append(append(toks, own...), "|")
	} else {
		toks = append(append(toks, b.frameTokens(k)...), "|")
	}
	for i := min(k, len(b.frames)) - 1; i >= last; i-- {
		if t := b.frameTokens(i); len(t) > 0 {
			toks = append(append(toks, t...), "|")
		}
	}
	return append(toks, above...)
}
