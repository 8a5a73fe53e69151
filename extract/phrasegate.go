package extract

import (
	"unsafe"

	"github.com/pith-go/pith/clean"
)

// A phraseGate is a phrase set with the phrase candidates that let a
// block match it (see clean.PhraseCandidates), found once, so that the
// test that skips most blocks is an inlined bit test rather than a call
// to clean.PhraseCandidates.Has, which looks the set up for every block.
type phraseGate struct {
	set clean.PhraseSet
	// mask has the candidate bits of set, or all bits for a set that is
	// a candidate of any text with a candidate (one without a bit).
	mask clean.PhraseCandidates
}

// newPhraseGate returns the gate of set, probing each candidate bit:
// clean.PhraseCandidates.Has is true of a set of candidates as soon as it
// is true of one of them, so the probes give its answer for all.
func newPhraseGate(set clean.PhraseSet) phraseGate {
	if clean.PhraseCandidates(0).Has(set) {
		return phraseGate{set: set, mask: ^clean.PhraseCandidates(0)}
	}
	var mask clean.PhraseCandidates
	for bit := range 64 {
		if c := clean.PhraseCandidates(1) << bit; c.Has(set) {
			mask |= c
		}
	}
	return phraseGate{set: set, mask: mask}
}

// The gates of the sets the built-in extractors match.
var (
	gateNavigation = newPhraseGate(clean.PhraseNavigation)
	gateCookie     = newPhraseGate(clean.PhraseCookie)
	gateEnd        = newPhraseGate(clean.PhraseEnd)
	gateRelated    = newPhraseGate(clean.PhraseRelated)
	gateNewsletter = newPhraseGate(clean.PhraseNewsletter)
	gateTags       = newPhraseGate(clean.PhraseTags)
	gatePostMeta   = newPhraseGate(clean.PhrasePostMeta)
	gateComments   = newPhraseGate(clean.PhraseComments)
	gatePaywall    = newPhraseGate(clean.PhrasePaywall)
	gateAd         = newPhraseGate(clean.PhraseAd)
	gateAffiliate  = newPhraseGate(clean.PhraseAffiliate)
	gateAuthorBio  = newPhraseGate(clean.PhraseAuthorBio)
)

// ruleGates are the gates of the phrase rules' sets, so that a rule finds
// its own without probing it (see gateOf).
var ruleGates = func() []phraseGate {
	var gates []phraseGate
	for _, set := range []clean.PhraseSet{clean.PhraseShare, clean.PhraseNewsletter, clean.PhraseCookie,
		clean.PhraseModeration, clean.PhraseRelated, clean.PhraseFooter} {
		gates = append(gates, newPhraseGate(set))
	}
	return gates
}()

// gateOf returns the gate of set: from ruleGates, read in order (six
// sets, most of different lengths, cost less to compare than a map
// lookup's hash), or probed anew for a set that is not there.
func gateOf(set clean.PhraseSet) phraseGate {
	for _, g := range ruleGates {
		if g.set == set {
			return g
		}
	}
	return newPhraseGate(set)
}

// ruledOut reports whether b cannot match the gate's set for a reason
// known without a call: its phrase candidates, already found, hold none
// of the set's. It is small enough to be inlined.
func (g *phraseGate) ruledOut(b *Block) bool {
	c := b.cache
	return c != nil && c.candsOK && c.cands&g.mask == 0
}

// match is matchPhrase(b, g.set), with the gate's bit test in place of
// the set's lookup. Its callers test ruledOut first, inlined, for the
// many blocks it turns away.
func (g *phraseGate) match(b *Block) (clean.PhraseMatch, bool) {
	if len(b.Text) > maxPhraseText || b.phraseCandidates()&g.mask == 0 {
		return clean.PhraseMatch{}, false
	}
	return b.matchFolded(g.set)
}

// phraseListWords is the most words of a block that phraseBlocks tests
// for a phrase candidate: the most a phrase rule takes (Cookies). A longer
// block is listed without its candidates being found, as the rules that
// read the list pass over it by its length first.
const phraseListWords = 80

// A phraseList is the answer of Document.phraseBlocks for the blocks it
// was found among (a copy of Document.Blocks, of which phraseList holds
// its pointer too), so that it is found again when a user extractor has
// replaced, added or dropped a block.
type phraseList struct {
	of     []*Block
	blocks []*Block
	found  bool
	// checked reports that of was found equal to Document.Blocks while a
	// built-in extractor ran, and that only built-in extractors, which
	// never change Document.Blocks, have run since: Pipeline.run clears it
	// before its first extractor and around any other one.
	checked bool
}

// phraseBlocks returns, in order, the blocks of d that a loop taking a
// text dump's line only for a phrase has to read: those with DOM
// evidence, those of more than phraseListWords words and those with a
// phrase candidate (not phraseless). Most lines of a dump have none, so
// the phrase rules, Navigation, Comments, Ads and Paywall each read a
// short list instead of all blocks. The list is found on first use and
// found again whenever d.Blocks no longer holds the same blocks; it holds
// blocks removed or given a role since, which its readers test as they
// did. For an HTML page (DOM evidence on every block) it is d.Blocks.
// While the pipeline runs built-in extractors (d.builtin), a list checked
// once is taken without comparing the blocks again.
func (d *Document) phraseBlocks() []*Block {
	if d.Root != nil {
		return d.Blocks
	}
	p := &d.bounds.phrases
	if p.checked && d.builtin {
		return p.blocks
	}
	if !p.found || !sameBlocks(p.of, d.Blocks) {
		p.find(d.Blocks)
	}
	p.checked = d.builtin
	return p.blocks
}

// keepsBlocks reports whether e is one of the package's extractors, none
// of which assigns Document.Blocks or its elements: a type of the package
// cannot be a user's, so a user extractor (or one wrapping a built-in
// one, as Named does) is never taken for one.
func keepsBlocks(e Extractor) bool {
	switch e.(type) {
	case headlineExtractor, bylineExtractor, standfirstExtractor, creditExtractor,
		navigationExtractor, tagsExtractor, phraseRule, relatedExtractor, commentsExtractor,
		adsExtractor, authorboxExtractor, paywallExtractor, duplicateExtractor,
		languageExtractor, contentExtractor:
		return true
	}
	return false
}

// find lists the blocks of blocks that phraseBlocks returns.
// The copy of blocks and the list share one allocation, made to hold
// them all, so that the list does not grow by copies.
func (p *phraseList) find(blocks []*Block) {
	if n := len(blocks); cap(p.of) < n || cap(p.blocks) < n {
		buf := make([]*Block, 2*n)
		p.of, p.blocks = buf[:0:n], buf[n:n]
	}
	p.of = append(p.of[:0], blocks...)
	p.blocks = p.blocks[:0]
	for _, b := range blocks {
		if b.DOM != nil || b.Features.Words > phraseListWords || !phraseless(b) {
			p.blocks = append(p.blocks, b)
		}
	}
	p.found = true
}

// sameBlocks reports whether a and b hold the same blocks in the same
// order, as slices.Equal does, but comparing their pointers as memory in
// one call (the runtime's memequal, many pointers per instruction) rather
// than one at a time: phraseBlocks checks its list with it on every use.
func sameBlocks(a, b []*Block) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 {
		return true
	}
	n := len(a) * int(unsafe.Sizeof(a[0]))
	return unsafe.String((*byte)(unsafe.Pointer(&a[0])), n) == unsafe.String((*byte)(unsafe.Pointer(&b[0])), n)
}
