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
	cands clean.PhraseCandidates // clean.TextCandidates(Text) or the profile's, once candsOK
	// folds holds the folded texts: beside the cache (see cached and
	// newDOMBlock), or, for a text dump's blocks, in their folder's
	// chunks once one is folded (see foldRecord).
	folds *blockFolds
	// folder is where a text dump's blocks write their folded texts and
	// their records: their Document's; nil for other blocks, whose texts
	// take their own allocations.
	folder *foldStore
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
// profile and folded texts, on first use: the front ends allocate the
// caches with the blocks.
func (b *Block) cached() *blockCache {
	if b.cache == nil {
		all := &struct {
			c blockCache
			p clean.LineProfile
			f blockFolds
		}{}
		all.c.profile, all.c.folds = &all.p, &all.f
		b.cache = &all.c
	}
	return b.cache
}

// blockFolds are a block's folded texts, apart from its cache as few of
// a text dump's blocks are folded.
type blockFolds struct {
	folded     string // clean.FoldPhrase(Text), once foldedOK
	wordFolded string // foldText(Text), once wordFoldOK
}

// foldRecord returns the block's folded texts, made on first use: in
// the folder's chunk when the block has one (a text dump's block, the
// only kind without a record of its own).
func (c *blockCache) foldRecord() *blockFolds {
	if c.folds == nil {
		if c.folder != nil {
			c.folds = c.folder.record()
		} else {
			c.folds = new(blockFolds)
		}
	}
	return c.folds
}

// A foldStore is where a text dump's blocks write their folded texts:
// the bytes in a foldArena, and the records in chunks of foldChunk.
type foldStore struct {
	arena *foldArena
	free  []blockFolds // the current chunk's records not handed out
}

// foldChunk is the number of records a foldStore allocates at once: a
// ScrapingHub dump has 17 blocks folded, on average.
const foldChunk = 16

// record returns a new, empty record.
func (s *foldStore) record() *blockFolds {
	if len(s.free) == 0 {
		s.free = make([]blockFolds, foldChunk)
	}
	r := &s.free[0]
	s.free = s.free[1:]
	return r
}
