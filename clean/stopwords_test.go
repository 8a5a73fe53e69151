package clean

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestIsStopword(t *testing.T) {
	tests := []struct {
		lang, word string
		want       bool
	}{
		{"en", "the", true},
		{"EN", "The", true},
		{"en-GB", "THE", true},
		{"en", "zebra", false},
		{"en", "", false},
		{"en", "the cat", false},
		{"fr", "les", true},
		{"fr", "l'", true},
		{"fr", "l'eau", false},
		{"de", "und", true},
		{"sv", "och", true},
		{"no", "og", true},
		{"ru", "и", true},
		{"ar", "في", true},
		{"xx", "the", false},
		{"", "the", false},
		{"en", "\xff", false},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.word, func(t *testing.T) {
			assert.Equal(t, tc.want, IsStopword(tc.lang, tc.word))
		})
	}
}

func TestStopwordDensity(t *testing.T) {
	tests := []struct {
		name, s, lang string
		want          float64
	}{
		{"empty", "", "en", 0},
		{"no words", "123 — !!", "en", 0},
		{"unknown language", "the cat", "xx", 0},
		{"half", "the cat", "en", 0.5},
		{"all", "The and of", "en", 1},
		{"french elision", "l'homme", "fr", 0.5},
		{"CJK has no table", "東京都", "zh", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.InDelta(t, tc.want, StopwordDensity(tc.s, tc.lang), 1e-9)
		})
	}
}

func TestLanguages(t *testing.T) {
	langs := Languages()
	require.Len(t, langs, len(stoplists))
	assert.True(t, sort.StringsAreSorted(langs))
	for _, l := range []string{"en", "fr", "de", "es", "it", "pt", "nl", "sv", "nb", "nn", "ko"} {
		assert.Contains(t, langs, l)
	}
	assert.NotContains(t, langs, "simple")
	langs[0] = "changed"
	assert.NotEqual(t, "changed", Languages()[0], "fresh copy")
}

func TestLanguageName(t *testing.T) {
	assert.Equal(t, "Norwegian Bokmal", LanguageName("nb"))
	assert.Equal(t, "English", LanguageName("en-US"))
	assert.Empty(t, LanguageName("zz"))
}

// TestStoplistsGenerated checks the invariants the generator promises.
func TestStoplistsGenerated(t *testing.T) {
	for _, l := range stoplists {
		t.Run(l.code, func(t *testing.T) {
			words := strings.Fields(l.words)
			assert.NotEmpty(t, words)
			assert.LessOrEqual(t, len(words), 200)
			seen := map[string]bool{}
			for _, w := range words {
				assert.False(t, seen[w], "duplicate %q", w)
				seen[w] = true
				var tk tokenizer
				tk.reset(w)
				got, _ := tk.next()
				assert.Equal(t, w, string(got), "tokenizes to itself")
			}
		})
	}
}

func TestWordTable(t *testing.T) {
	words := map[string][]posting{"the": {{lang: 1, weight: 2}}, "der": {{lang: 2, weight: 1}, {lang: 3, weight: 0.5}}}
	for i := range 100 {
		words[strings.Repeat("x", i+1)] = []posting{{lang: uint8(i)}}
	}
	tab := newWordTable(words, slices.Sorted(maps.Keys(words)))
	for w, ps := range words {
		assert.Equal(t, ps, tab.lookup([]byte(w)), w)
	}
	assert.Nil(t, tab.lookup([]byte("absent")))
	assert.Nil(t, tab.lookup([]byte(strings.Repeat("x", 9)+"y")), "a long word differing past its key")
	assert.Nil(t, tab.lookup([]byte(strings.Repeat("x", 101))), "a long word longer than all")
	assert.Nil(t, tab.lookup(nil))
	assert.Nil(t, (&wordTable{}).lookup([]byte("the")))
	assert.Equal(t, hashKeyed("abcdefghijk", wordKey("abcdefghijk")), hashKeyed([]byte("abcdefghijk"), wordKey([]byte("abcdefghijk"))))
}

// byRank returns the distinct words of lists, which hold words in
// descending frequency, by their best rank in any list: every list's
// first word, then every list's second one not yet met, and so on. It is
// the order buildIndex inserts the words in, found the simple way.
func byRank(lists [][]string) []string {
	var order []string
	seen := map[string]bool{}
	for rank, more := 0, true; more; rank++ {
		more = false
		for _, list := range lists {
			if rank < len(list) {
				more = true
				if w := list[rank]; !seen[w] {
					seen[w] = true
					order = append(order, w)
				}
			}
		}
	}
	return order
}

func TestByRank(t *testing.T) {
	got := byRank([][]string{{"de", "la", "que", "el"}, {"the", "of"}, {"der", "de", "und"}})
	assert.Equal(t, []string{"de", "the", "der", "la", "of", "que", "und", "el"}, got)
	assert.Empty(t, byRank(nil))
}

// TestWordTableOrder checks that the index holds each stop word once,
// with the words of best rank first in the postings.
func TestWordTableOrder(t *testing.T) {
	tab := &index().words
	lists := make([][]string, len(stoplists))
	for i, l := range stoplists {
		lists[i] = strings.Fields(l.words)
	}
	order := byRank(lists)
	off := 0
	for _, w := range order {
		slot, ok := tab.slot([]byte(w))
		require.True(t, ok, w)
		ref := tab.entries[slot].ref
		require.Equal(t, off, int(ref>>8), "%q: postings in rank order", w)
		off += int(ref & 0xff)
	}
	assert.Equal(t, len(tab.postings), off)
}

func TestWordTableRefs(t *testing.T) {
	tab := newWordTable(map[string][]posting{"the": {{lang: 1, weight: 2}}, "der": {{lang: 2, weight: 1}, {lang: 3, weight: 0.5}}}, []string{"the", "der"})
	for _, w := range []string{"the", "der"} {
		slot, ok := tab.slot([]byte(w))
		require.True(t, ok, w)
		assert.Equal(t, tab.lookup([]byte(w)), tab.entries[slot].ref.of(tab.postings), w)
	}
}

// TestWordTableLangs checks each word's language set against its
// postings.
func TestWordTableLangs(t *testing.T) {
	tab := &index().words
	words := 0
	for i, e := range tab.entries {
		if e.tag == 0 {
			continue
		}
		words++
		ls := tab.langs[e.ref>>8]
		listed := map[int]bool{}
		for _, p := range e.ref.of(tab.postings) {
			listed[int(p.lang)] = true
		}
		for li := range stoplists {
			require.Equal(t, listed[li], ls.has(li), "slot %d in %s", i, stoplists[li].code)
		}
	}
	assert.Greater(t, words, 10000)
}
