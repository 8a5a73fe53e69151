package extract

import (
	"strconv"
)

// Duplicates removes lines that the page repeats (Block.Repeats > 1), as
// kind "duplicate": outside the article's core every repeated line goes
// (menus shown twice, a title repeated in a sidebar); inside it only short
// lines without a sentence end (at most 4 words) that also occur outside
// the core, such as "Advertisement" labels between paragraphs.
var Duplicates Extractor = duplicateExtractor{}

type duplicateExtractor struct{}

func (duplicateExtractor) Name() string { return "duplicate" }

// dupItemWords is the longest repeated line removed inside the core.
const dupItemWords = 4

func (duplicateExtractor) Extract(doc *Document) error {
	var outside outsideRepeats // listed on first use: few pages repeat a short line inside the core
	var evidence evidenceArena
	for _, b := range doc.Blocks {
		if b.Removed() || b.Role != RoleBody || b.Repeats < 2 {
			continue
		}
		switch {
		case !doc.InCore(b):
			doc.Remove(b, "duplicate", dupEvidence(&evidence, 0, b.Repeats))
		case isShortLine(b, dupItemWords) && outside.has(doc, b.Text):
			doc.Remove(b, "duplicate", dupEvidence(&evidence, 1, b.Repeats))
		}
	}
	return nil
}

// dupWords are the words of Duplicates' evidence around a block's
// repeats: for a line outside the core (0), and for a short line inside
// it (1).
var dupWords = [2][2]string{
	{"line repeated ", " times on the page, outside the article"},
	{"short line repeated ", " times, also outside the article"},
}

// dupTableRepeats bounds the repeats whose evidence dupTable holds: those
// of nearly every repeated line.
const dupTableRepeats = 16

// dupTable holds Duplicates' evidence for a line repeated n times, n
// under dupTableRepeats, by the index of its words in dupWords: about
// 2 KB, built once.
var dupTable = func() (t [2][dupTableRepeats]string) {
	for k, w := range dupWords {
		for n := range t[k] {
			t[k][n] = w[0] + strconv.Itoa(n) + w[1]
		}
	}
	return t
}()

// dupEvidence returns the evidence for a line repeated n times, of kind k
// (the index of its words in dupWords): from dupTable, or built in the
// arena.
func dupEvidence(a *evidenceArena, k, n int) string {
	if n >= 0 && n < dupTableRepeats {
		return dupTable[k][n]
	}
	return a.join(dupWords[k][0], strconv.Itoa(n), dupWords[k][1])
}

// outsideRepeats lists the texts of the repeated blocks outside the
// core, found on first use, for Duplicates to tell whether a line inside
// it is repeated outside too. The texts are chained by their lowerEnds
// in outsideBuckets lists, so that a line is compared with those that
// may equal it in lower case only.
type outsideRepeats struct {
	texts []endsText
	heads [outsideBuckets]int32 // per bucket, 1 + the index in texts of its last text, or 0
	found bool
}

// outsideBuckets is the number of outsideRepeats' lists: a page repeats
// a few hundred lines outside its core at most.
const outsideBuckets = 64

// An endsText is a text, its lowerEnds, and the index plus one of the
// text before it in its bucket, or 0.
type endsText struct {
	text string
	ends uint32
	next int32
}

// has reports whether a repeated block outside the core has text in lower
// case (strings.ToLower), under which Block.Repeats counts texts: texts
// with other ends in lower case (lowerEnds, found once per text listed)
// are not compared, the others are by equalLower, with no lower-case copy
// made.
func (o *outsideRepeats) has(doc *Document, text string) bool {
	if !o.found {
		for _, b := range doc.Blocks {
			if b.Repeats > 1 && !doc.InCore(b) {
				ends := lowerEnds(b.Text)
				head := &o.heads[ends%outsideBuckets]
				o.texts = append(o.texts, endsText{b.Text, ends, *head})
				*head = int32(len(o.texts))
			}
		}
		o.found = true
	}
	ends := lowerEnds(text)
	for k := o.heads[ends%outsideBuckets]; k > 0; {
		e := &o.texts[k-1]
		if e.ends == ends && equalLower(e.text, text) {
			return true
		}
		k = e.next
	}
	return false
}

// lowerEnds returns what texts equal in lower case share at their ends:
// the repeatBytes of their first and last bytes, or a value of its own
// for the empty text.
func lowerEnds(s string) uint32 {
	if s == "" {
		return 1 << 16
	}
	return uint32(repeatBytes[s[0]])<<8 | uint32(repeatBytes[s[len(s)-1]])
}
