package extract

import "github.com/pith-go/pith/clean"

// Share removes share prompts and social buttons ("Share this article",
// "Partager cet article", "Tweet", "WhatsApp"), as kind "share": blocks of
// at most 40 words holding a phrase of clean.PhraseShare and, in HTML,
// short blocks whose classes say "share" or "social".
var Share Extractor = phraseRule{
	name: "share", kind: "share", set: clean.PhraseShare, maxWords: 40,
	tokens: famShare,
}

// phraseRule is the extractor behind Share, Newsletter, Cookies,
// Moderation, Related and Footer: it removes the blocks of at most
// maxWords words that hold a phrase of its set. Inside the article's core
// a block must also be short (at most coreMaxWords words, default 8) or
// sit near the core's edges (the first or last 4 blocks), so that a body
// sentence that happens to use the phrase stays. In HTML, blocks whose
// classes or ids hold one of tokens are removed too when they are short
// or link-dense, and are never searched inside the core's prose.
type phraseRule struct {
	name, kind   string
	set          clean.PhraseSet
	maxWords     int
	coreMaxWords int
	tokens       tokenFamily
}

// phraseCoreEdge is the number of blocks at each end of the core where
// long phrase matches are trusted.
const phraseCoreEdge = 4

func (r phraseRule) Name() string { return r.name }

func (r phraseRule) Extract(doc *Document) error {
	first, last := doc.CoreBounds()
	gate := gateOf(r.set)
	var evidence evidenceArena
	coreMax := r.coreMaxWords
	if coreMax == 0 {
		coreMax = 8
	}
	for _, b := range doc.phraseBlocks() {
		if b.DOM == nil && gate.ruledOut(b) {
			continue // a line of a text dump is taken for its phrase only, first asked of the gate
		}
		if b.Removed() || b.Role != RoleBody || b.Features.Words > r.maxWords || b.DOM == nil && phraseless(b) {
			continue // a line of a text dump is taken for a phrase only
		}
		// A long block inside the core's prose is not searched for the
		// phrase: it would not be taken.
		searched := b.Features.Words <= coreMax || !doc.InCore(b) || b.Index < first+phraseCoreEdge || b.Index > last-phraseCoreEdge
		if b.DOM == nil && !searched || b.DOM != nil && inEmbeddedPost(doc, b) {
			continue // (a block without markup is in no embedded post)
		}
		if searched && !gate.ruledOut(b) {
			if m, ok := gate.match(b); ok {
				doc.Remove(b, r.kind, evidence.phrase(m))
				continue
			}
		}
		if b.DOM == nil {
			continue // no markup to say more
		}
		if tok, ok := doc.familyToken(b, r.tokens); ok && (isShortLine(b, 6) || b.DOM.LinkDensity > 0.5) {
			doc.Remove(b, r.kind, shapeAfter("markup says "+quote(tok)+", ", b))
		}
	}
	return nil
}
