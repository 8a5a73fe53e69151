package main

import (
	"strings"
	"unicode/utf8"
)

// c4MinWords is the fewest whitespace-separated words a line needs to pass
// the C4-style filter.
const c4MinWords = 5

// terminalPunct holds the characters that end a sentence for the C4-style
// filter: full stops, exclamation and question marks (including CJK and
// fullwidth forms), the ellipsis, and closing quotation marks.
const terminalPunct = ".!?…。！？\"'”’»"

// c4Filter is a baseline in the spirit of the C4 corpus cleaning heuristics:
// it keeps the lines that end in terminal punctuation and have at least
// c4MinWords words, dropping repeats of an earlier kept line. Kept lines are
// trimmed and joined by "\n".
func c4Filter(text string) string {
	seen := make(map[string]bool)
	var kept []string
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if seen[line] || !endsSentence(line) || len(strings.Fields(line)) < c4MinWords {
			continue
		}
		seen[line] = true
		kept = append(kept, line)
	}
	return strings.Join(kept, "\n")
}

// endsSentence reports whether line ends in a terminal punctuation mark.
func endsSentence(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return r != utf8.RuneError && strings.ContainsRune(terminalPunct, r)
}
