package extract

import (
	"strconv"
	"strings"

	"github.com/pith-go/pith/clean"
)

// Tags removes tag lists and breadcrumbs, as kind "tags": a line that
// starts with a tag label of clean.PhraseTags ("Tags:", "Mots-clés",
// "Schlagwörter") and, after a bare label, the run of short items that
// follows it; breadcrumb lines ("Home > World > Europe", "Accueil / Monde")
// of at most 15 words; the sentences of at most 60 words in which a blog
// engine files a post (clean.PhrasePostMeta: "This entry was posted in
// ... and tagged ...", "Der Beitrag wurde am ... veröffentlicht"); and, in
// HTML, short blocks whose classes say "tag", "breadcrumb" or "keyword".
var Tags Extractor = tagsExtractor{}

type tagsExtractor struct{}

func (tagsExtractor) Name() string { return "tags" }

// Limits of Tags.
const (
	tagLabelMaxWords = 30 // longest "Tags: a, b, c" line
	tagItemWords     = 5  // longest item of a tag list
	tagMaxItems      = 40 // most items taken after a bare label
	crumbMaxWords    = 15 // longest breadcrumb line
	postMetaMaxWords = 60 // longest "This entry was posted in ..." line
)

func (tagsExtractor) Extract(doc *Document) error {
	for i := 0; i < len(doc.Blocks); i++ {
		b := doc.Blocks[i]
		if b.Removed() || b.Role != RoleBody {
			continue
		}
		if b.DOM != nil || !phraseless(b) { // a tag label or a post's meta line holds a phrase
			if m, ok := tagLabel(b); ok {
				doc.Remove(b, "tags", phraseEvidence(m))
				if b.foldedText() != m.Phrase {
					continue
				}
				for n := 0; n < tagMaxItems && i+1 < len(doc.Blocks); n++ {
					next := doc.Blocks[i+1]
					if next.Removed() || !isShortLine(next, tagItemWords) || next.Role != RoleBody {
						break
					}
					doc.Remove(next, "tags", "item of the tag list under "+quote(b.Text))
					i++
				}
				continue
			}
			if m, ok := postMetaLine(b); ok {
				doc.Remove(b, "tags", phraseEvidence(m))
				continue
			}
		}
		if mayBeBreadcrumb(b) && holdsCrumbByte(b) {
			if k, ok := crumbSeparator(b.Text); ok {
				doc.Remove(b, "tags", crumbEvidence[k])
				continue
			}
		}
		if b.DOM == nil {
			continue // no markup
		}
		if tok, ok := doc.familyToken(b, famTags); ok && isShortLine(b, tagItemWords) && !doc.InCore(b) {
			doc.Remove(b, "tags", "markup says "+quote(tok))
		}
	}
	return nil
}

// tagLabel is matchPhrase(b, clean.PhraseTags) for a block short enough
// to be a tag label and without a sentence end, which it tests first.
func tagLabel(b *Block) (clean.PhraseMatch, bool) {
	if b.Features.Words > tagLabelMaxWords || b.Features.Terminal || gateTags.ruledOut(b) {
		return clean.PhraseMatch{}, false
	}
	return gateTags.match(b)
}

// postMetaLine is matchPhrase(b, clean.PhrasePostMeta) for a block short
// enough to be a post's meta line, which it tests first.
func postMetaLine(b *Block) (clean.PhraseMatch, bool) {
	if b.Features.Words > postMetaMaxWords || gatePostMeta.ruledOut(b) {
		return clean.PhraseMatch{}, false
	}
	return gatePostMeta.match(b)
}

// mayBeBreadcrumb reports whether a block is short enough to be a
// breadcrumb trail and without a sentence end, as breadcrumb's lines
// are: most lines are not. It is small enough to be inlined.
func mayBeBreadcrumb(b *Block) bool {
	return b.Features.Words <= crumbMaxWords && !b.Features.Terminal
}

// holdsCrumbByte is hasCrumbByte(b.Text), which a block's features may
// tell cheaper: a text all in ASCII (see mayHoldNonASCII) holds a
// separator's byte only as '>', '/' or '|', which three byte searches
// find sooner than hasCrumbByte's five tests, eight bytes at a time.
func holdsCrumbByte(b *Block) bool {
	if mayHoldNonASCII(b) {
		return hasCrumbByte(b.Text)
	}
	return strings.IndexByte(b.Text, '/') >= 0 || strings.IndexByte(b.Text, '>') >= 0 || strings.IndexByte(b.Text, '|') >= 0
}

// crumbSeparator reports whether a line that holds a byte of crumbBytes
// (holdsCrumbByte) is a breadcrumb trail: at least three items separated
// by the same arrow or slash, and which separator, by its index in
// crumbSeparators.
func crumbSeparator(text string) (int, bool) {
	counts := countCrumbSeparators(text)
	for k, sep := range crumbSeparators {
		if counts[k] < 2 {
			continue
		}
		ok := true
		for _, item := range strings.Split(text, sep) {
			if n := clean.WordCount(item); n == 0 || n > tagItemWords {
				ok = false
				break
			}
		}
		if ok {
			return k, true
		}
	}
	return 0, false
}

// crumbSeparators are the separators of a breadcrumb trail's items, each
// a character between spaces.
var crumbSeparators = [...]string{" > ", " » ", " › ", " / ", " → ", " | "}

// crumbEvidence holds Tags' evidence for a breadcrumb trail, by the
// index of its separator in crumbSeparators.
var crumbEvidence = func() (t [len(crumbSeparators)]string) {
	for k, sep := range crumbSeparators {
		t[k] = "breadcrumb, items separated by " + strconv.Quote(strings.TrimSpace(sep))
	}
	return t
}()

// crumbBytes marks the last byte of each of crumbSeparators' characters.
var crumbBytes = func() (t [256]bool) {
	for _, sep := range crumbSeparators {
		t[sep[len(sep)-2]] = true
	}
	return t
}()

// crumbSeparatorOf gives, for the last byte of each of crumbSeparators'
// characters (those crumbBytes marks), the index of its separator plus
// one; 0 for any other byte.
var crumbSeparatorOf = func() (t [256]uint8) {
	for k, sep := range crumbSeparators {
		t[sep[len(sep)-2]] = uint8(k + 1)
	}
	return t
}()

// countCrumbSeparators returns strings.Count(text, sep) for each of
// crumbSeparators, in one pass over text rather than one per separator:
// it finds each separator by its character's last byte, and counts, as
// strings.Count does, only those that do not overlap the one before.
func countCrumbSeparators(text string) (counts [len(crumbSeparators)]int) {
	var next [len(crumbSeparators)]int // where a separator may start, past the last counted
	for i := 1; i+1 < len(text); i++ {
		k := int(crumbSeparatorOf[text[i]]) - 1
		if k < 0 || text[i+1] != ' ' {
			continue
		}
		sep := crumbSeparators[k]
		start := i + 2 - len(sep)
		if start >= next[k] && text[start:i+2] == sep {
			counts[k]++
			next[k] = i + 2
		}
	}
	return counts
}

// hasCrumbByte reports whether text holds a byte of crumbBytes: a text
// without one holds no separator, and is not counted six times. It reads
// eight bytes at a time (see crumbWord), the rest one by one.
func hasCrumbByte(text string) bool {
	i := 0
	for ; i+8 <= len(text); i += 8 {
		w := text[i : i+8]
		v := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if crumbWord(v) {
			return true
		}
	}
	for ; i < len(text); i++ {
		if crumbBytes[text[i]] {
			return true
		}
	}
	return false
}

// crumbWord reports whether the 8 bytes of v hold a byte of crumbBytes,
// the last bytes of crumbSeparators' characters: '>', '/', '|', and 0xBA,
// 0xBB and 0x92 of '›', '»' and '→' (one test covers 0xBA and 0xBB, set
// apart by their low bit). A byte equal to one is a zero byte of their
// exclusive or, which the usual test for a zero byte finds (exactly, as a
// yes or no).
func crumbWord(v uint64) bool {
	a, b, c := v^(lowBits*'>'), v^(lowBits*'/'), v^(lowBits*'|')
	d, e := (v|lowBits)^(lowBits*0xBB), v^(lowBits*0x92)
	zero := (a-lowBits)&^a | (b-lowBits)&^b | (c-lowBits)&^c | (d-lowBits)&^d | (e-lowBits)&^e
	return zero&highBits != 0
}

// The bytes of crumbWord's test for a zero byte.
const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)
