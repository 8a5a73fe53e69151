package clean

import "unicode/utf8"

// MayStartAnchored reports whether a phrase of set anchored at the start
// ("^") may match text at its start, reading only text's first word: it
// is false when the first word of FoldPhrase(text) is read from ASCII
// bytes alone and starts no such phrase (nor then any, for a text that
// folds to no word), and true otherwise, when only MatchPhrase can tell.
// Phrases not anchored at the start are not considered: a caller that
// knows a text holds none of them (its PhraseCandidates lack the set)
// tells each of its suffixes from its first word, as MayMatch tells a
// set whose phrases are all anchored. An unknown set may start any text.
// It does not allocate and is safe for concurrent use.
func MayStartAnchored(set PhraseSet, text string) bool {
	ix := phraseSetOf(set)
	return ix == nil || ix.mayStartAnchored(text)
}

// StartBytes returns a table of the ASCII letters and digits a text may
// start with and still start a phrase of set there: false for a byte
// whose fold (a small letter, or "#" for a digit) begins the first word
// of no phrase of set anchored at the start, so that no such phrase
// matches a text starting with it, nor then any phrase (MatchPhrase is
// false) when all of set's phrases are anchored at the start. The table
// may be surer than MayMatch, which lets through a first word with bytes
// outside ASCII. Every other byte, and every byte for a set with other
// phrases or an unknown set, is true. The table is built on each call,
// for its caller to keep; it is safe for concurrent use.
func StartBytes(set PhraseSet) [utf8.RuneSelf]bool {
	var t [utf8.RuneSelf]bool
	ix := phraseSetOf(set)
	for c := range byte(utf8.RuneSelf) {
		t[c] = ix == nil || len(ix.anywhere) > 0 || !isASCIIAlnum(c)
	}
	if ix == nil {
		return t
	}
	for w := range ix.atStart {
		if w == "" {
			continue
		}
		for c := range byte(utf8.RuneSelf) {
			if isASCIIAlnum(c) && asciiFold[c] == w[0] {
				t[c] = true
			}
		}
	}
	return t
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
