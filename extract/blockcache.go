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
	cands      clean.PhraseCandidates // clean.TextCandidates(Text) or the profile's, once candsOK
	arena      *foldArena             // where wordFolded is written; nil for its own allocation
	// profile is clean.ProfileLine(Text), once profiled. It points beside
	// the cache (see cached and newDOMBlock) or, for a text dump's lines
	// that ForeignLanguage may judge, into the profiles their Document
	// keeps (see finishText); it is nil for the dump's other lines until
	// one is asked for, which is rare: their profiles are read once, when
	// the Document is built.
	profile *clean.LineProfile
	// phrases has the profile made by clean.ProfilePhrases, with the
	// phrase candidates, for a line that will be matched against phrases
	// (a text dump's: see isBarrier).
	phrases    bool
	foldedOK   bool
	wordFoldOK bool
	profiled   bool
	candsOK    bool
}

// cached returns the block's cache, allocating it, with room for its
// profile, on first use: the front ends allocate the caches with the
// blocks.
func (b *Block) cached() *blockCache {
	if b.cache == nil {
		all := &struct {
			c blockCache
			p clean.LineProfile
		}{}
		all.c.profile = &all.p
		b.cache = &all.c
	}
	return b.cache
}
