package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestWeekdayName(t *testing.T) {
	tests := []struct {
		word string
		want time.Weekday
		ok   bool
	}{
		{"Friday,", time.Friday, true},
		{"Sun", time.Sunday, true},
		{"vendredi", time.Friday, true},
		{"Mittwoch", time.Wednesday, true},
		{"miércoles", time.Wednesday, true},
		{"giovedì", time.Thursday, true},
		{"sexta-feira", time.Friday, true},
		{"donderdag", time.Thursday, true},
		{"lördag", time.Saturday, true},
		{"Jane", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			d, ok := WeekdayName(tc.word)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, d)
		})
	}
}
