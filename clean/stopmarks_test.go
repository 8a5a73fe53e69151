package clean

import (
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
