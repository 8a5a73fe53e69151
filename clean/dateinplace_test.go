package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestNumericDateInPlace checks the token forms numericDate reads in place,
// including the signs and long digit runs strconv.Atoi would accept.
func TestNumericDateInPlace(t *testing.T) {
	tests := []struct {
		tok  string
		y, d int
		m    time.Month
		ok   bool
	}{
		{"2019-11-19", 2019, 19, time.November, true},
		{"2019-11-19T10:00:00Z", 2019, 19, time.November, true},
		{"19/11/2019", 2019, 19, time.November, true},
		{"11/19/2019", 2019, 19, time.November, true},
		{"04-ago-2021", 2021, 4, time.August, true},
		{"04-AGO-2021", 2021, 4, time.August, true},
		{"23.09.22", 2022, 23, time.September, true},
		{"23.09.75", 1975, 23, time.September, true},
		{"+5.09.22", 2022, 5, time.September, true},
		{"0000000001.01.2039", 2039, 1, time.January, true},
		{"1.99999999999999999999.2020", 0, 0, 0, false},
		{"19-11-2019-1", 0, 0, 0, false},
		{"19/11", 0, 0, 0, false},
		{"-5/11/2019", 0, 0, 0, false},
		{"", 0, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.tok, func(t *testing.T) {
			y, m, d, ok := numericDate(tt.tok)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.y, y)
			assert.Equal(t, tt.m, m)
			assert.Equal(t, tt.d, d)
		})
	}
}

// TestNumericDateAllocs checks that numericDate reads a token without
// allocating, also when a part is not a number.
func TestNumericDateAllocs(t *testing.T) {
	for _, tok := range []string{"19.11.2019", "04-Ago-2021", "a.b.c", "1/x/2020"} {
		assert.Zero(t, testing.AllocsPerRun(100, func() { numericDate(tok) }), tok)
	}
}
