package extract

import "github.com/pith-go/pith/clean"

// Related removes related and recommended links, as kind "related": the
// headings ("Related articles", "À lire aussi", "Lesen Sie auch") and
// "Read more: …" lines, blocks of at most 20 words that start with a
// phrase of clean.PhraseRelated; after a heading (at most 6 words, no
// sentence end), the run of link titles that follows it, up to the first
// prose line or 15 items; and, in HTML, short or link-dense blocks whose
// classes say "related", "recommend" or "read-next".
var Related Extractor = relatedExtractor{phraseRule{
	name: "related", kind: "related", set: clean.PhraseRelated, maxWords: 20, coreMaxWords: 20,
	tokens: famRelated,
}}

type relatedExtractor struct{ phraseRule }

// Limits of Related.
const (
	relatedHeadingWords = 6
	relatedItemWords    = 20
	relatedMaxItems     = 15
)

func (r relatedExtractor) Extract(doc *Document) error {
	if err := r.phraseRule.Extract(doc); err != nil {
		return err
	}
	for i, b := range doc.Blocks {
		rem := b.Removal()
		if rem == nil || rem.Extractor != doc.Extractor() || !isShortLine(b, relatedHeadingWords) {
			continue
		}
		items := 0
		for _, next := range doc.Blocks[i+1:] {
			if next.Removed() {
				continue
			}
			if items >= relatedMaxItems || next.Role != RoleBody || isProse(next) || next.Features.Words > relatedItemWords {
				break
			}
			doc.Remove(next, "related", "link under the heading "+quote(b.Text))
			items++
		}
	}
	return nil
}
