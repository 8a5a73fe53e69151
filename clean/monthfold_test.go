package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMonthKeyMax checks that every month name fits the fold buffer of
// MonthName, so the buffer's bound never hides a name.
func TestMonthKeyMax(t *testing.T) {
	ix := monthIndex()
	for name := range ix.names {
		require.LessOrEqual(t, len(name), monthKeyMax, name)
	}
	assert.Greater(t, ix.maxLen, 0)
}

// TestMonthNameFold checks that MonthName folds case as strings.ToLower
// does, on words whose case folding is not plain ASCII.
func TestMonthNameFold(t *testing.T) {
	words := []string{
		"NOVEMBER", "Nov.", "nov..", "MÄRZ", "DÉCEMBRE", "ОКТЯБРЯ", "Październik",
		"O\u212AT", // Kelvin sign, which lowers to "k"
		"\u0130",   // capital dotted I, which lowers to a longer form
		"mai\xff", "\xffmai", "", ".", "A", strings.Repeat("É", 20), "Lundi",
	}
	ix := monthIndex()
	for _, w := range words {
		t.Run(w, func(t *testing.T) {
			want, ok := ix.names[strings.ToLower(strings.TrimSuffix(w, "."))]
			m, lang, got := MonthName(w)
			assert.Equal(t, ok, got)
			assert.Equal(t, want.month, m)
			assert.Equal(t, want.lang, lang)
		})
	}
}

// TestMonthNameAllocs checks that MonthName does not allocate, for
// capitalised words too.
func TestMonthNameAllocs(t *testing.T) {
	for _, w := range []string{"November", "MÄRZ", "Monday", "okt."} {
		assert.Zero(t, testing.AllocsPerRun(100, func() { MonthName(w) }), w)
	}
}

// TestWeekdayNameFold checks that WeekdayName folds case as
// strings.ToLower does, and fits every name in its buffer.
func TestWeekdayNameFold(t *testing.T) {
	ix := weekdayIndex()
	for name := range ix {
		require.LessOrEqual(t, len(name), weekdayKeyMax, name)
	}
	for _, w := range []string{"FRIDAY", "ven.", "Mittwoch,", "SÁB", "Lun\xff", "", "Märzen", strings.Repeat("Ü", 20)} {
		t.Run(w, func(t *testing.T) {
			want, ok := ix[strings.ToLower(strings.TrimRight(w, ".,"))]
			d, got := WeekdayName(w)
			assert.Equal(t, ok, got)
			assert.Equal(t, want, d)
			assert.Zero(t, testing.AllocsPerRun(20, func() { WeekdayName(w) }))
		})
	}
}
