package extract

import "github.com/pith-go/pith/clean"

// foldedText returns the block's text folded for phrase matching
// (clean.FoldPhrase), computed on first use and kept: the extractors match
// each block against many phrase sets.
func (b *Block) foldedText() string {
	if !b.foldedOK {
		b.folded, b.foldedOK = clean.FoldPhrase(b.Text), true
	}
	return b.folded
}

// matchPhrase is clean.MatchPhrase on the block's text, folded once.
func matchPhrase(b *Block, set clean.PhraseSet) (clean.PhraseMatch, bool) {
	if len(b.Text) > maxPhraseText {
		return clean.PhraseMatch{}, false
	}
	return clean.MatchFolded(set, b.foldedText())
}

// maxPhraseText is the longest block text searched for phrases, as in
// clean.MatchPhrase: boilerplate is short.
const maxPhraseText = 2000
