package extract

import "github.com/pith-go/pith/clean"

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
// its own with one lookup per document (see gateOf).
var ruleGates = func() map[clean.PhraseSet]phraseGate {
	gates := make(map[clean.PhraseSet]phraseGate)
	for _, set := range []clean.PhraseSet{clean.PhraseShare, clean.PhraseNewsletter, clean.PhraseCookie,
		clean.PhraseModeration, clean.PhraseRelated, clean.PhraseFooter} {
		gates[set] = newPhraseGate(set)
	}
	return gates
}()

// gateOf returns the gate of set: from ruleGates, or probed anew for a
// set that is not there.
func gateOf(set clean.PhraseSet) phraseGate {
	if g, ok := ruleGates[set]; ok {
		return g
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
