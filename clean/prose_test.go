package clean

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// proseLine returns a line of n words of plain prose, as candidateScan.prose
// reads it, with its exits: stop words of some languages, words that start
// phrases or pairs, long words, capitals, punctuation, and now and then
// what ends a run (an apostrophe, a digit, a letter beyond ASCII, a double
// space, a tab).
func proseLine(r *rand.Rand, n int) string {
	words := []string{
		"the", "of", "and", "a", "to", "in", "is", "it", "le", "la", "de", "et", "und", "der", "die", "el",
		"los", "que", "het", "och", "share", "this", "read", "more", "all", "rights", "reserved", "sign",
		"up", "follow", "us", "related", "articles", "advertisement", "cookie", "cookies", "newsletter",
		"internationalisation", "nevertheless", "considerably", "notwithstanding", "abcdefgh", "abcdefghi",
		strings.Repeat("w", 64), strings.Repeat("x", 65), "The", "Share", "Read", "I", "Nevertheless",
		"cat", "dog", "sat", "on", "mat", "news", "world", "sport", "weather", "copyright",
		"article", "continues", "articles", "similaires", "aucun", "commentaire", "cookie", "einstellungen",
	}
	seps := []string{" ", " ", " ", " ", " ", ", ", ". ", "; ", "! ", ": ", ") ", " (", ",", ".", "' ", "'s ", "’ ", "2 ", " 1", "é ", "  ", "\t", "-", " \"", "\" "}
	var b strings.Builder
	for range n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteString(seps[r.IntN(len(seps))])
	}
	return strings.TrimRight(b.String(), " ")
}

// stopHits returns the postings of the stop words of s, in order, as the
// stop word tokenizer splits it: what a profile's hits must hold.
func stopHits(s string) []postingRef {
	table := &index().words
	var hits []postingRef
	var t tokenizer
	t.reset(s)
	for {
		w, ok := t.next()
		if !ok {
			return hits
		}
		if slot, ok := table.slot(w); ok {
			hits = append(hits, table.entries[slot].ref)
		}
	}
}

// TestProseRandom checks ProfilePhrases, ProfileLine and Profiler.Line,
// which read runs of plain prose with candidateScan.prose, against the
// functions they stand for, on random prose.
func TestProseRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 4000 {
		n := 1 + r.IntN(30)
		if r.IntN(8) == 0 {
			n = 250 + r.IntN(150) // about maxPhraseText bytes
		}
		s := proseLine(r, n)
		p := ProfilePhrases(s)
		cands, ok := p.Candidates()
		require.True(t, ok)
		require.Equal(t, Candidates(FoldPhrase(s)), cands, "%q", s)
		if want := stopHits(s); len(want) > 0 || len(p.hits) > 0 {
			require.Equal(t, want, p.hits, "%q", s)
		}
		for _, lang := range []string{"en", "fr", "de"} {
			require.Equal(t, Measure(s, lang), p.Measure(lang), "%q", s)
			require.Equal(t, StopwordDensity(s, lang), p.Density(lang), "%q", s)
		}
		q := ProfileLine(s) // without the phrases
		if want := stopHits(s); len(want) > 0 || len(q.hits) > 0 {
			require.Equal(t, want, q.hits, "%q", s)
		}
		require.Equal(t, Measure(s, "en"), q.Measure("en"), "%q", s)
		var pr Profiler
		text, lp := pr.Line(s)
		requireLineResult(t, s, text, lp)
	}
}
