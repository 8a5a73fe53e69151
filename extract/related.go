package extract

import "github.com/pith-go/pith/clean"

// Related removes the headings of related and recommended links ("Related
// articles", "À lire aussi", "Lesen Sie auch") and "Read more: …" lines,
// as kind "related": blocks of at most 20 words that start with a phrase
// of clean.PhraseRelated and, in HTML, short or link-dense blocks whose
// classes say "related", "recommend", "more-" or "read-next". The links
// that follow a heading after the article's core go with the rest of the
// page's outside (see Content).
var Related Extractor = phraseRule{
	name: "related", kind: "related", set: clean.PhraseRelated, maxWords: 20, coreMaxWords: 20,
	tokens: []string{"related", "recommend", "read-next", "readnext", "more-stories", "outbrain", "taboola"},
}
