package extract

import (
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/pith-go/pith/clean"
)

// foldedText returns the block's text folded for phrase matching
// (clean.FoldPhrase), computed on first use and kept: the extractors match
// each block against many phrase sets.
func (b *Block) foldedText() string {
	c := b.cached()
	if !c.foldedOK {
		c.folded, c.foldedOK = clean.FoldPhrase(b.Text), true
	}
	return c.folded
}

// wordFold returns foldText(b.Text), the block's words in lower case for
// comparing it with the title, computed on first use and kept.
func (b *Block) wordFold() string {
	c := b.cached()
	if !c.wordFoldOK {
		if c.arena != nil {
			c.wordFolded = c.arena.fold(b.Text)
		} else {
			c.wordFolded = foldText(b.Text)
		}
		c.wordFoldOK = true
	}
	return c.wordFolded
}

// wordFoldWithin is wordFold when the folded text has at most limit
// bytes; a longer one is not folded whole nor kept, and it reports false.
func (b *Block) wordFoldWithin(limit int) (string, bool) {
	c := b.cached()
	if c.wordFoldOK {
		return c.wordFolded, len(c.wordFolded) <= limit
	}
	if c.arena == nil {
		f := b.wordFold()
		return f, len(f) <= limit
	}
	f, ok := c.arena.foldWithin(b.Text, limit)
	if ok {
		c.wordFolded, c.wordFoldOK = f, true
	}
	return f, ok
}

// foldsTo reports whether b.wordFold() is folded, without folding a text
// too short to be (see mayFoldTo), nor more of the text than agrees with
// folded when it is not folded yet (see foldEquals).
func (b *Block) foldsTo(folded string) bool {
	if !mayFoldTo(b.Text, len(folded)) {
		return false
	}
	if c := b.cached(); c.wordFoldOK {
		return c.wordFolded == folded
	}
	return foldEquals(b.Text, folded)
}

// foldsLike reports whether b.wordFold() is foldText(s), folding s on
// the stack when it is short and b's text only as far as the two agree
// (see foldsTo).
func (b *Block) foldsLike(s string) bool {
	var buf [64]byte
	f, ok := appendFoldWithin(buf[:0], s, 3*len(b.Text)/2) // longer than b's text may fold to
	return ok && b.foldsTo(unsafe.String(unsafe.SliceData(f), len(f)))
}

// mayFoldTo reports whether text may fold (foldText) to n bytes or more:
// a folded text is at most half as long again as the text, as a letter
// written in 2 bytes may have a lower case of 3 (U+023A), and nothing
// takes more.
func mayFoldTo(text string, n int) bool {
	return 3*len(text) >= 2*n
}

// phraseCandidates returns the phrase sets the block's folded text may
// match: those its line profile found (clean.ProfilePhrases), or else
// clean.TextCandidates, computed on first use and kept.
func (b *Block) phraseCandidates() clean.PhraseCandidates {
	if c := b.cache; c != nil && c.candsOK {
		return c.cands
	}
	return b.findPhraseCandidates()
}

// findPhraseCandidates is phraseCandidates on first use.
func (b *Block) findPhraseCandidates() clean.PhraseCandidates {
	c := b.cached()
	if c.profiled {
		if cands, ok := c.profile.Candidates(); ok {
			c.cands, c.candsOK = cands, true
			return cands
		}
	}
	if !c.candsOK {
		c.cands, c.candsOK = clean.TextCandidates(b.Text), true
	}
	return c.cands
}

// matchPhrase is clean.MatchPhrase on the block's text, folded once; the
// sets the text cannot match are skipped with a bit test (see
// candidateMasks).
func matchPhrase(b *Block, set clean.PhraseSet) (clean.PhraseMatch, bool) {
	if len(b.Text) > maxPhraseText || !b.mayMatch(set) {
		return clean.PhraseMatch{}, false
	}
	return b.matchFolded(set)
}

// matchFolded is clean.MatchFolded on the block's folded text.
func (b *Block) matchFolded(set clean.PhraseSet) (clean.PhraseMatch, bool) {
	return clean.MatchFolded(set, b.foldedText())
}

// mayMatch reports whether the block's phrase candidates hold set, from
// the set's candidateMask.
func (b *Block) mayMatch(set clean.PhraseSet) bool {
	// The common case: the very string placed before, told by its address.
	p := unsafe.StringData(string(set))
	h := (uint64(uintptr(unsafe.Pointer(p))) ^ uint64(len(set))) * 0x9e3779b97f4a7c15 >> 57 // the top 7 bits: a slot of 128
	for i := range uint64(candidateProbes) {
		m := candidateMasks[(h+i)%uint64(len(candidateMasks))].Load()
		if m == nil {
			break
		}
		if unsafe.StringData(string(m.set)) == p && len(m.set) == len(set) {
			return m.always || b.phraseCandidates()&m.mask != 0
		}
	}
	m := probeCandidateMask(set, h)
	if m == nil {
		return b.phraseCandidates().Has(set)
	}
	return m.always || b.phraseCandidates()&m.mask != 0
}

// A candidateMask says which phrase candidates (clean.PhraseCandidates)
// may match a phrase set: those holding mask, or all of them when always
// is set, for a set without a bit of its own.
type candidateMask struct {
	set    clean.PhraseSet
	mask   clean.PhraseCandidates
	always bool
}

// candidateMasks caches the candidateMask of the phrase sets matchPhrase
// is asked about, placed by the address of the set's name: the extractors
// pass the few sets of the clean package, always the same strings, and
// PhraseCandidates.Has finds a set by hashing its name, which costs more
// than the bit test it is for. A slot is written once; a set whose
// candidateProbes slots are taken by others is left to Has. It is safe
// for concurrent use.
var candidateMasks [128]atomic.Pointer[candidateMask]

// candidateProbes is how many slots of candidateMasks a set may take.
const candidateProbes = 8

// probeCandidateMask returns the candidateMask of set, found on first
// use, reading or filling the slots of candidateMasks from the h-th; nil
// when they are taken by other sets.
func probeCandidateMask(set clean.PhraseSet, h uint64) *candidateMask {
	for i := range uint64(candidateProbes) {
		slot := &candidateMasks[(h+i)%uint64(len(candidateMasks))]
		m := slot.Load()
		if m == nil {
			slot.CompareAndSwap(nil, newCandidateMask(set))
			m = slot.Load()
		}
		if m.set == set {
			return m
		}
	}
	return nil
}

// newCandidateMask finds the bit of set in clean.PhraseCandidates from
// what Has reports: a set that every candidate set, even the empty one,
// may match has no bit.
func newCandidateMask(set clean.PhraseSet) *candidateMask {
	if clean.PhraseCandidates(0).Has(set) {
		return &candidateMask{set: set, always: true}
	}
	for k := range 64 {
		if c := clean.PhraseCandidates(1) << k; c.Has(set) {
			return &candidateMask{set: set, mask: c}
		}
	}
	return &candidateMask{set: set, always: true} // Has said no to all: MatchFolded will too
}

// maxPhraseText is the longest block text searched for phrases, as in
// clean.MatchPhrase: boilerplate is short.
const maxPhraseText = 2000

// nameConjunctions are the words that join co-authors' names, with a
// space on both sides: clean.NameConjunctions.
var nameConjunctions = clean.NameConjunctions()

// trimBylineWord returns s without the byline word of clean.PhraseByline
// it starts with ("By", "Par", "Von", "Text av"), or s unchanged when it
// has none or nothing would be left. A capitalised word that is also a
// surname particle ("Di Maio", "Von Trotha") is kept when one word
// follows it: that is a name, not a byline.
func trimBylineWord(s string) string {
	m, ok := clean.MatchPhrase(clean.PhraseByline, s)
	if !ok {
		return s
	}
	rest := cutPhrase(s, m.Phrase)
	if rest == "" || namePrefix(s, m.Phrase, rest) {
		return s
	}
	return rest
}

// namePrefix reports whether text, which starts with the byline word
// phrase followed by rest, is rather a name that starts with a particle:
// a one-word phrase written with a capital, followed by a single word.
func namePrefix(text, phrase, rest string) bool {
	return !strings.Contains(phrase, " ") && startsUpper(text) && len(strings.Fields(rest)) == 1 && clean.IsNameParticle(phrase)
}
