package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// randomLine returns a line of n pieces drawn from words, capitals,
// digits, punctuation, apostrophes, spaces and non-ASCII letters, as
// profileLine's fast paths and their exits meet them.
func randomLine(r *rand.Rand, n int) string {
	pieces := []string{
		"the", "of", "and", "share", "read", "more", "this", "article", "Share", "The", "THE", "McDonald",
		"internationalisation", "Internationalisation", " ", " ", " ", "  ", ".", ",", "!", "'", "’", "-",
		"1", "2024", "é", "Été", "über", "Ωμέγα", "日本", "\t", "$", "a", "I", "x", strings.Repeat("w", 70),
		"Share this", "read more", "all rights reserved", "cookie", "l'eau", "don't",
		"ʼ", "Привет", "İstanbul", "Ⱥ", strings.Repeat("é", 35), "ß", "ǅemal", "\u00a0", "\u00ad", "a\u0308", "１２",
	}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.IntN(len(pieces))])
		if r.IntN(3) > 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestProfileLineRandom checks ProfilePhrases against the functions it
// stands for on random lines, and profileLine's tests of a line against
// textUnchanged.
func TestProfileLineRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		s := randomLine(r, r.IntN(40))
		p := ProfilePhrases(s)
		cands, ok := p.Candidates()
		require.True(t, ok)
		require.Equal(t, Candidates(FoldPhrase(s)), cands, "%q", s)
		for _, lang := range []string{"en", "fr", "de"} {
			require.Equal(t, Measure(s, lang), p.Measure(lang), "%q", s)
			require.Equal(t, StopwordDensity(s, lang), p.Density(lang), "%q", s)
		}
		q := ProfileLine(s)
		require.Equal(t, p.Measure("en"), q.Measure("en"), "%q", s)
		var pr Profiler
		text, lp := pr.Line(s)
		requireLineResult(t, s, text, lp)
		_, want := textUnchanged(s)
		tb := loadProfileTables(true)
		unchanged, _ := profileLine(&LineProfile{}, trimLine(s), &tb, true, true, nil)
		if want {
			require.True(t, unchanged, "%q", s)
		}
	}
}

// TestLowerRunEnd checks lowerRunEnd and the eight-byte test profileLine
// makes with notLower against a byte by byte scan, on random bytes.
func TestLowerRunEnd(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte("abcxyz`{@AZ[ \x80\xff\x7fé")
	for range 20000 {
		b := make([]byte, r.IntN(24))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && 'a' <= s[want] && s[want] <= 'z' {
				want++
			}
			require.Equal(t, want, lowerRunEnd(s, i), "%q from %d", s, i)
			if i < len(s) {
				require.Equal(t, wordKey(s[i:min(i+8, len(s))]), loadPadded(s, i), "%q from %d", s, i)
			}
		}
	}
}

// TestEndsSentenceInline checks endsSentence, its inline test of the
// last byte and the trims after, against the trims EndsSentence stands
// for, on every ASCII last character and some others.
func TestEndsSentenceInline(t *testing.T) {
	for c := range rune(utf8.RuneSelf) {
		for _, s := range []string{string(c), "end" + string(c), "end." + string(c), "end!" + string(c) + string(c)} {
			require.Equal(t, endsSentenceTrims(s), endsSentence(s, classTable()), "%q", s)
		}
	}
	for _, s := range []string{"", "end。", "end.”", "end »", "end…", "end:", "ende.", "café", "Привет", "東京", "end.\u00a0", "x\xff", "end.\u3000", "end?\ufffd", "\ufffd"} {
		require.Equal(t, endsSentenceTrims(s), endsSentence(s, classTable()), "%q", s)
	}
}

// TestToLowerCaseless checks toLower against unicode.ToLower on every
// rune from classTableSize on, the caseless ranges included.
func TestToLowerCaseless(t *testing.T) {
	table := lowerTable()
	for r := rune(classTableSize); r <= unicode.MaxRune; r++ {
		if got, want := toLower(r, table), unicode.ToLower(r); got != want {
			require.Equal(t, want, got, "%U", r)
		}
	}
}

// TestClassOfStable checks that classOf gives every rune of the ranges
// it answers with one class (the unified ideographs and the Hangul
// syllables) the clsStable bit of its own class, which profileLine
// trusts for runes beyond classTableSize.
func TestClassOfStable(t *testing.T) {
	classes := classTable()
	for _, rg := range [][2]rune{{hanFirst, hanLast}, {hanAFirst, hanALast}, {hangulFirst, hangulLast}} {
		for r := rg[0]; r <= rg[1]; r++ {
			require.Equal(t, computeClass(r)&clsStable, classOf(r, classes)&clsStable, "%U", r)
		}
	}
}

// TestTrimLine checks trimLine against strings.Trim on lines with and
// without spaces and line breaks at their ends.
func TestTrimLine(t *testing.T) {
	for _, s := range []string{"", "\n", " ", "a", "a\n", " a\n", "a \n", "a\n\n", "\na\n", "ab\n", "a b\n", "  \n", "x\ny\n"} {
		require.Equal(t, strings.Trim(s, " \n"), trimLine(s), "%q", s)
	}
}

// TestWordFilter checks that every stop word passes the word filter and
// is found, and that the filter keeps most other words out.
func TestWordFilter(t *testing.T) {
	table := &index().words
	long := 0
	for _, l := range stoplists {
		for _, w := range strings.Fields(l.words) {
			long++
			require.NotNil(t, table.lookup([]byte(w)), "%s: %q", l.code, w)
		}
	}
	require.Positive(t, long)
	r := rand.New(rand.NewPCG(5, 6))
	passed := 0
	for range 10000 {
		w := make([]byte, 2+r.IntN(14))
		for i := range w {
			w[i] = byte('a' + r.IntN(26))
		}
		if b := filterBit(wordKey(w), len(w)); table.filter[b/64]&(1<<(b%64)) != 0 {
			passed++
		}
	}
	assert.Less(t, passed, 1500, "random long words passing the filter")
}
