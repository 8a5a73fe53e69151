package extract

import "github.com/pith-go/pith/clean"

// A blockCache holds what the extractors compute from a block's text and
// read many times: its folded forms, the phrase sets it may match and its
// line profile. Each is computed on first use (see the Block methods
// foldedText, wordFold, phraseCandidates and lineProfile); a block's Text
// must not change once they are. The phrase sets are found without
// folding the text, with the line profile for a text dump's lines, which
// is folded only for the blocks that may match one.
type blockCache struct {
	folded     string                 // clean.FoldPhrase(Text), once foldedOK
	wordFolded string                 // foldText(Text), once wordFoldOK
	profile    clean.LineProfile      // clean.ProfileLine(Text), once profiled
	cands      clean.PhraseCandidates // clean.TextCandidates(Text) or the profile's, once candsOK
	arena      *foldArena             // where wordFolded is written; nil for its own allocation
	// phrases has the profile made by clean.ProfilePhrases, with the
	// phrase candidates, for a line that will be matched against phrases
	// (a text dump's: see isBarrier).
	phrases    bool
	foldedOK   bool
	wordFoldOK bool
	profiled   bool
	candsOK    bool
}

// cached returns the block's cache, allocating it on first use: the text
// front end allocates the caches of all blocks together.
func (b *Block) cached() *blockCache {
	if b.cache == nil {
		b.cache = &blockCache{}
	}
	return b.cache
}
