package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refIsOtherDate and refIsUpdateDate are the references IsOtherDate and
// IsUpdateDate must agree with: the whole line folded, the words before
// the date split and lowered.
func refIsOtherDate(text string, start int) bool {
	folded := FoldPhrase(text)
	for _, l := range otherDateLabels {
		if strings.HasPrefix(folded, l) {
			return true
		}
	}
	if start < 0 || start > len(text) {
		return false
	}
	before := strings.Fields(strings.ToLower(text[:start]))
	if len(before) == 0 {
		return false
	}
	return otherDateWords[strings.Trim(before[len(before)-1], "(:,")]
}

func refIsUpdateDate(text string, start int) bool {
	if start < 0 || start > len(text) {
		return false
	}
	before := " " + FoldPhrase(text[:start]) + " "
	for _, w := range updateWords {
		if strings.Contains(before, " "+w+" ") {
			return true
		}
	}
	return false
}

// TestOtherDateLabelLength checks maxOtherLabel against the labels.
func TestOtherDateLabelLength(t *testing.T) {
	longest := 0
	for _, l := range otherDateLabels {
		longest = max(longest, len(l))
	}
	assert.Equal(t, longest, maxOtherLabel)
}

// TestOtherAndUpdateDateAgree checks IsOtherDate and IsUpdateDate against
// their references on random lines built from labels, words, spaces and
// punctuation, at every start offset.
func TestOtherAndUpdateDateAgree(t *testing.T) {
	parts := []string{"Joined", "joined:", "Member since", "Termin", "termin ", "TERMIN", "Dernière visite", "DERNIÈRE",
		"Last updated", "Mis à jour", "mise à jour", "Stand:", "until", "Until", "jusqu’au", "JUSQU'AU", "(since", "seit,",
		" ", "  ", "\u00a0", "\u3000", "\t", ":", ",", "-", "’", "ʼ", "3", "2019", "¹", "é", "İ", "\xe2", "\xff", "x", "Ⱥ",
		"evenemangsdatum", "fecha de registro", "lid sinds"}
	r := rand.New(rand.NewPCG(31, 32))
	other, update := 0, 0
	for range 20000 {
		s := randtext.Concat(r, parts, r.IntN(10))
		for start := -1; start <= len(s)+1; start++ {
			wo := refIsOtherDate(s, start)
			require.Equal(t, wo, IsOtherDate(s, start), "%q %d", s, start)
			wu := refIsUpdateDate(s, start)
			require.Equal(t, wu, IsUpdateDate(s, start), "%q %d", s, start)
			if wo {
				other++
			}
			if wu {
				update++
			}
		}
	}
	assert.Greater(t, other, 1000)
	assert.Greater(t, update, 1000)
}

// TestAppendFoldPrefix checks appendFoldPrefix against FoldPhrase: read
// whole, it writes FoldPhrase's text but for a last space; stopped, a
// prefix of it.
func TestAppendFoldPrefix(t *testing.T) {
	parts := []string{"Ab", " ", "..", "12", "é", "’", "\u00a0", "İ", "\xff", "Σ", "¹", "x"}
	r := rand.New(rand.NewPCG(33, 34))
	for range 20000 {
		s := randtext.Concat(r, parts, r.IntN(12))
		want := FoldPhrase(s)
		limit := r.IntN(20)
		got, whole := appendFoldPrefix(nil, s, limit)
		if whole {
			require.Equal(t, want, string(trimFoldEnd(got, 0)), "%q", s)
			continue
		}
		require.GreaterOrEqual(t, len(got), limit)
		require.True(t, strings.HasPrefix(want+" ", string(got)), "%q %q", s, got)
	}
}

// TestUpdateSet checks updateSet and updateWordsMax against updateWords,
// and IsUpdateDate on a date with no word before it, or with the longest
// update phrase.
func TestUpdateSet(t *testing.T) {
	most := ""
	for _, w := range updateWords {
		assert.True(t, updateSet[w], w)
		assert.Equal(t, w, FoldPhrase(w), "folded")
		if len(strings.Fields(w)) > len(strings.Fields(most)) {
			most = w
		}
	}
	assert.Len(t, updateSet, len(updateWords))
	assert.Equal(t, len(strings.Fields(most)), updateWordsMax)
	assert.False(t, IsUpdateDate("3 May 2021", 0))
	assert.False(t, IsUpdateDate(" , 3 May 2021", 3))
	assert.True(t, IsUpdateDate("Updated 3 May 2021", 8))
	assert.True(t, IsUpdateDate("Page "+most+": 3 May 2021", len("Page "+most+": ")))
}

// TestMayStartOtherLabel checks IsOtherDate's first-byte gate: on random
// lines that start with every ASCII byte and some others, it is false
// only when startsOtherLabel is, and it turns lines away.
func TestMayStartOtherLabel(t *testing.T) {
	tails := []string{"", "oined", "OINED: 3", "ember since", "'", " joined", "ermin 3", "3.5.2019", "é", "\u00a0x"}
	heads := []string{"", "é", "\u00a0", "’", "\xff", "İ"}
	for c := range utf8.RuneSelf {
		heads = append(heads, string(rune(c)))
	}
	ruled, labels := 0, 0
	for _, h := range heads {
		for _, tail := range tails {
			s := h + tail
			if startsOtherLabel(s) {
				labels++
				require.True(t, mayStartOtherLabel(s), "%q", s)
			}
			if !mayStartOtherLabel(s) {
				ruled++
			}
		}
	}
	assert.Greater(t, labels, 5)
	assert.Greater(t, ruled, 300)
}

// TestLastField checks lastField against strings.Fields on random texts of
// words, ASCII spaces and spaces outside ASCII.
func TestLastField(t *testing.T) {
	parts := []string{"a", "Until", "bis", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "é", "jusqu’au", "(since", "3.5", "\xff", "\v"}
	r := rand.New(rand.NewPCG(71, 72))
	for range 50000 {
		s := randtext.Concat(r, parts, r.IntN(8))
		f := strings.Fields(s)
		got, ok := lastField(s)
		require.Equal(t, len(f) > 0, ok, "%q", s)
		if ok {
			require.Equal(t, f[len(f)-1], got, "%q", s)
		}
	}
}
