package extract

import (
	"strings"
	"unicode"
	"unsafe"

	"github.com/pith-go/pith/clean"
)

// foldedText returns the block's text folded for phrase matching
// (clean.FoldPhrase), computed on first use and kept, in the fold arena
// when the block has one: the extractors match each block against many
// phrase sets.
func (b *Block) foldedText() string {
	c := b.cached()
	if !c.foldedOK {
		f := c.foldRecord()
		if c.folder != nil {
			f.folded = c.folder.arena.foldPhrase(b.Text)
		} else {
			f.folded = clean.FoldPhrase(b.Text)
		}
		c.foldedOK = true
	}
	return c.folds.folded
}

// wordFold returns foldText(b.Text), the block's words in lower case for
// comparing it with the title, computed on first use and kept.
func (b *Block) wordFold() string {
	c := b.cached()
	if !c.wordFoldOK {
		f := c.foldRecord()
		if c.folder != nil {
			f.wordFolded = c.folder.arena.fold(b.Text)
		} else {
			f.wordFolded = foldText(b.Text)
		}
		c.wordFoldOK = true
	}
	return c.folds.wordFolded
}

// wordFoldWithin is wordFold when the folded text has at most limit
// bytes; a longer one is not folded whole nor kept, and it reports false.
func (b *Block) wordFoldWithin(limit int) (string, bool) {
	c := b.cached()
	if c.wordFoldOK {
		return c.folds.wordFolded, len(c.folds.wordFolded) <= limit
	}
	if c.folder == nil {
		f := b.wordFold()
		return f, len(f) <= limit
	}
	f, ok := c.folder.arena.foldWithin(b.Text, limit)
	if ok {
		c.foldRecord().wordFolded, c.wordFoldOK = f, true
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
		return c.folds.wordFolded == folded
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
// clean.PhraseCandidates), and a text with no candidate at all, as most
// lines are, without even looking the set up: every set of the clean
// package has a bit, so none is a candidate of the empty set.
func matchPhrase(b *Block, set clean.PhraseSet) (clean.PhraseMatch, bool) {
	if len(b.Text) > maxPhraseText {
		return clean.PhraseMatch{}, false
	}
	if cands := b.phraseCandidates(); cands == 0 || !cands.Has(set) {
		return clean.PhraseMatch{}, false
	}
	return b.matchFolded(set)
}

// phraseless reports whether b matches no phrase set for sure, as most
// lines do: it has no phrase candidate (see matchPhrase). It is small
// enough to be inlined, so a loop over all blocks can skip those that
// only a phrase would make it take, for a few loads and no call, once
// the candidates are known.
func phraseless(b *Block) bool {
	if c := b.cache; c != nil && c.candsOK {
		return c.cands == 0
	}
	return b.findPhraseCandidates() == 0
}

// matchFolded is clean.MatchFolded on the block's folded text.
func (b *Block) matchFolded(set clean.PhraseSet) (clean.PhraseMatch, bool) {
	return clean.MatchFolded(set, b.foldedText())
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
	return !strings.Contains(phrase, " ") && startsUpper(text) && oneField(rest) && clean.IsNameParticle(phrase)
}

// oneField reports whether s holds one word between spaces, as
// len(strings.Fields(s)) == 1 does, without allocating the words.
func oneField(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && strings.IndexFunc(t, unicode.IsSpace) < 0
}
