package clean

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
	if ix == nil {
		return true
	}
	var buf [maxFirstWord]byte
	w, ok := asciiFirstWord(text, &buf)
	if !ok {
		return true
	}
	_, found := ix.atStart[string(w)]
	return found
}
