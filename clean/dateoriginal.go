package clean

import (
	"strings"
	"time"
)

// Limits of OriginalDate.
const (
	maxOriginalWords = 40 // longest line read
	// maxOriginalGap is the most words between the phrase and the date
	// ("originally published on the", "initialement publié le"); more
	// name another outlet ("originally published at example.com on"),
	// which makes the page a republication with a date of its own.
	maxOriginalGap = 2
)

// OriginalDate returns the date a line gives as the first publication of
// a page that was updated or republished since ("This article was
// originally published on 26 Sep 2019 at 4:12pm but has been regularly
// updated", "Dieser Beitrag wurde erstmals am 3. März 2020
// veröffentlicht"): a phrase of the eight tabled languages for a first or
// original publication, then, at most two words after it, a date
// (FindDate). A date further on (a republication names the outlet first:
// "originally published at example.com on …") or before the phrase, or
// a line of more than 40 words, is not taken. It is safe for concurrent use.
func OriginalDate(text string) (time.Time, bool) {
	if !hasOriginalStem(text) || !mayHoldDate(text) || WordCount(text) > maxOriginalWords {
		return time.Time{}, false
	}
	lower := strings.ToLower(text)
	for _, p := range originalPhrases {
		at := strings.Index(lower, p)
		if at < 0 {
			continue
		}
		rest := text[at+len(p):]
		t, start, _, ok := FindDate(rest)
		if ok && WordCount(rest[:start]) <= maxOriginalGap {
			return t, true
		}
	}
	return time.Time{}, false
}

// originalPhrases are the lower-case phrases, in the eight tabled
// languages, that say a page was first published on the date after them.
// German and Dutch also put a word between the two halves ("erstmals am
// 3. März … veröffentlicht"), so their first half alone is listed where
// it says "first" unambiguously. English "first published" is left out:
// it also dates a preprint or an earlier version ("Preprints of this
// paper are available at …, first published 04.Apr.2019").
var originalPhrases = []string{
	"originally published", "originally posted",
	"initialement publié", "publié initialement", "publié à l'origine", "initialement paru", "paru initialement",
	"ursprünglich veröffentlicht", "erstmals veröffentlicht", "zuerst veröffentlicht", "erstmals erschienen", "zuerst erschienen",
	"wurde erstmals", "erschien erstmals", "erschien zuerst",
	"publicado originalmente", "originalmente publicado", "publicado por primera vez", "publicada originalmente",
	"pubblicato originariamente", "originariamente pubblicato", "pubblicato per la prima volta", "pubblicato originalmente",
	"publicado pela primeira vez", "publicada pela primeira vez",
	"oorspronkelijk gepubliceerd", "voor het eerst gepubliceerd", "eerst gepubliceerd",
	"ursprungligen publicerad", "först publicerad", "publicerades ursprungligen", "publicerades första gången",
}

// originalStems are pieces every phrase of originalPhrases holds one of,
// in lower case, by their first byte, for a test that needs no
// lower-cased copy of the line.
var originalStems = [256][]string{
	'o': {"origin", "oorspronk"},
	'u': {"ursprung", "ursprüng"},
	'e': {"erst"},
	'p': {"prim"},
	'i': {"initial"},
	'f': {"först"},
}

// originalStemFirst and originalStemSecond give, for a byte, the stems
// of originalStems (numbered by one bit each, the bits shared beyond
// eight) whose byte at offset o (0, 1 or 2) and whose byte at offset o+1
// it is, in either case, in bits 8*o to 8*o+7: a stem of four bytes at
// least covers a position that is a multiple of three with its byte at
// offset 0, 1 or 2 and the next one, so only the pairs of bytes at those
// positions need be read.
var originalStemFirst, originalStemSecond = func() (first, second [256]uint32) {
	mark := func(t *[256]uint32, b byte, bit uint32) {
		t[b] |= bit
		if b >= 'a' && b <= 'z' {
			t[b-('a'-'A')] |= bit
		}
	}
	n := 0
	for _, stems := range originalStems {
		for _, stem := range stems {
			for o := range 3 {
				bit := uint32(1) << (8*o + n%8)
				mark(&first, stem[o], bit)
				mark(&second, stem[o+1], bit)
			}
			n++
		}
	}
	return first, second
}()

// hasOriginalStem reports whether text holds one of originalStems, its
// ASCII letters compared without case ("Originally", "Erstmals"), in one
// pass over the line. It reads the pairs of bytes at every third
// position: a stem (of four bytes at least) starts at one or one or two
// bytes before one, where the pair may be the stem's bytes at that
// offset and the next (see originalStemFirst).
func hasOriginalStem(text string) bool {
	for i := 0; i+1 < len(text); i += 3 {
		m := originalStemFirst[text[i]] & originalStemSecond[text[i+1]]
		if m == 0 { // most pairs, by two loads
			continue
		}
		for o := range 3 {
			if m&(0xff<<(8*o)) != 0 && i >= o && originalStemAt(text[i-o:]) {
				return true
			}
		}
	}
	return false
}

// originalStemAt reports whether text starts with one of originalStems,
// its ASCII letters compared without case.
func originalStemAt(text string) bool {
	c := text[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, stem := range originalStems[c] {
		if hasPrefixASCIIFold(text, stem) {
			return true
		}
	}
	return false
}

// hasPrefixASCIIFold reports whether s starts with the lower-case prefix,
// s's ASCII capitals read as small letters; other bytes compare as they
// are.
func hasPrefixASCIIFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for j := 0; j < len(prefix); j++ {
		c := s[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[j] {
			return false
		}
	}
	return true
}
