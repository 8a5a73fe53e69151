package clean

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLowerTable(t *testing.T) {
	table := lowerTable()
	for r := range rune(classTableSize) {
		require.Equal(t, unicode.ToLower(r), toLower(r, table), "%U", r)
	}
	assert.Equal(t, 'ω', toLower('Ω', table))
	assert.Equal(t, 'ß', toLower('ẞ', table))
	assert.Equal(t, 'ａ', toLower('Ａ', table), "beyond the table")
}

// TestClassOfShortcuts checks classOf against computeClass over the CJK
// ranges and the forms it answers without the unicode lookups.
func TestClassOfShortcuts(t *testing.T) {
	table := classTable()
	for _, rg := range [][2]rune{{kanaFirst, kanaLast}, {formsFirst, formsLast}, {hanFirst, hanLast}, {hanAFirst, hanALast}, {hangulFirst, hangulLast}} {
		for r := rg[0]; r <= rg[1]; r++ {
			require.Equal(t, computeClass(r), classOf(r, table), "%U", r)
		}
	}
	assert.Equal(t, computeClass('\U00020000'), classOf('\U00020000', table), "beyond the shortcuts")
}

func TestClassOf(t *testing.T) {
	tests := []struct {
		r    rune
		has  runeClass
		lack runeClass
	}{
		{'é', clsLower | clsLetter | clsStable, clsUpper | clsSpace | clsDigit},
		{'É', clsUpper | clsLetter, clsLower},
		{'\u00a0', clsSpace, clsLetter},
		{'٣', clsDigit, clsLetter},
		{'\u0301', clsMark, clsLetter | clsStable},
		{'©', clsSymbol, clsLetter},
		{'ก', clsThai | clsSEAsian | clsLetter, clsHan},
		{'\u1100', clsHangul | clsLetter, clsThai},
		{'漢', clsHan | clsHanKana | clsLetter, clsKana},
		{'カ', clsKana | clsHanKana | clsLetter, clsHan},
		{'\u3000', clsSpace, clsLetter},
		{'한', clsHangul | clsLetter | clsStable, clsHan},
		{'\u3400', clsHan | clsHanKana | clsLetter, clsKana},
		{'\u3099', clsMark, clsLetter | clsStable},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			c := classOf(tt.r, classTable())
			assert.Equal(t, tt.has, c&tt.has, "%U", tt.r)
			assert.Zero(t, c&tt.lack, "%U", tt.r)
		})
	}
}
