package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestStopMarksMatchLangSets checks every language's stopMarks against
// the language sets of the stop word index, at every offset.
func TestStopMarksMatchLangSets(t *testing.T) {
	words := &index().words
	require.LessOrEqual(t, len(words.postings), markSlots, "the postings outgrow stopMarks")
	first := make(map[int]bool) // the offsets of the words' first postings
	for _, e := range words.entries {
		if e.tag != 0 {
			first[int(e.ref>>8)] = true
		}
	}
	for li := range stoplists {
		m := stopMarksOf(li)
		require.NotNil(t, m)
		for off := range markSlots {
			want := uint8(0)
			if first[off] && words.langs[off].has(li) {
				want = 1
			}
			require.Equal(t, want, m[off], "%s at %d", stoplists[li].code, off)
		}
	}
}

// TestLookupLangFastPath checks lookupLang, whose codes as Languages
// lists them skip the maps, against the maps alone, over every code
// and alias in several spellings.
func TestLookupLangFastPath(t *testing.T) {
	codes := []string{"", "x", "xx", "zz", "EN", "en-GB", "pt_BR", "aa", "iw", "in", "no", "NO"}
	for _, l := range stoplists {
		codes = append(codes, l.code, strings.ToUpper(l.code), l.code+"-x")
	}
	for alias := range langAliases {
		codes = append(codes, alias)
	}
	for _, c := range codes {
		require.Equal(t, lookupLangByMaps(c), lookupLang(c), "%q", c)
	}
}
