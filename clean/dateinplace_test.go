package clean

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// naiveTimeAfter is the reference timeAfter must agree with: each token
// lowered, its numbers read by strconv.Atoi.
func naiveTimeAfter(toks []dateToken) (hour, minute int) {
	for i, tk := range toks {
		if i > 3 {
			break
		}
		tok := strings.ToLower(tk.text)
		sep := strings.IndexAny(tok, ":h")
		if sep <= 0 {
			continue
		}
		h, e1 := strconv.Atoi(tok[:sep])
		mins := tok[sep+1:]
		if k := strings.IndexByte(mins, ':'); k >= 0 {
			mins = mins[:k]
		}
		mi, e2 := strconv.Atoi(strings.TrimRight(mins, "apm."))
		if e1 != nil || e2 != nil || h > 23 || mi > 59 {
			continue
		}
		pm := strings.HasSuffix(tok, "pm") || (i+1 < len(toks) && strings.ReplaceAll(strings.ToLower(toks[i+1].text), ".", "") == "pm")
		if pm && h < 12 {
			h += 12
		}
		return h, mi
	}
	return 0, 0
}

// TestTimeAfterAgrees checks timeAfter against naiveTimeAfter on random
// token runs.
func TestTimeAfterAgrees(t *testing.T) {
	parts := []string{"8", "10", "23", "24", "-5", "+7", ":", "h", "H", "03", "59", "60", "am", "PM", "pm", ".", "p.m.", "P.M.",
		"à", "Uhr", "march", "É", "ＰＭ", "\u212a", "00:00:00", "99999999999999999999", "a"}
	r := rand.New(rand.NewPCG(5, 6))
	read := 0
	for range 50000 {
		toks := make([]dateToken, 1+r.IntN(4))
		for k := range toks {
			var sb strings.Builder
			for range 1 + r.IntN(4) {
				sb.WriteString(parts[r.IntN(len(parts))])
			}
			toks[k].text = sb.String()
		}
		wh, wm := naiveTimeAfter(toks)
		gh, gm := timeAfter(toks)
		require.Equal(t, [2]int{wh, wm}, [2]int{gh, gm}, "%q", toks)
		if wh != 0 || wm != 0 {
			read++
		}
	}
	assert.Greater(t, read, 500, "token runs with a time")
}

// TestDateIntAsAtoi checks dateInt against strconv.Atoi, at the edges of
// int64 too.
func TestDateIntAsAtoi(t *testing.T) {
	for _, s := range []string{"", "+", "-", "0", "-0", "+12", "-12", "007", "1a", " 1", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "+-1"} {
		t.Run(s, func(t *testing.T) {
			want, err := strconv.Atoi(s)
			got, ok := dateInt(s)
			assert.Equal(t, err == nil, ok)
			if ok {
				assert.Equal(t, want, got)
			}
		})
	}
}

// refDayNumber is dayNumber as it was first written: trimmed, its digits
// counted, its suffix lowered and looked up, its number read by Atoi.
func refDayNumber(s string) (int, bool) {
	s = strings.TrimRight(s, ".,")
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == 0 || end > 2 {
		return 0, false
	}
	if suffix := strings.ToLower(s[end:]); suffix != "" && !ordinalSuffixes[suffix] {
		return 0, false
	}
	d, _ := strconv.Atoi(s[:end])
	return d, validDay(d)
}

// TestDayNumberAgrees checks dayNumber against refDayNumber on random
// words built from digits, ordinal suffixes and punctuation.
func TestDayNumberAgrees(t *testing.T) {
	parts := []string{"0", "1", "3", "9", "2", "st", "ST", "Th", "er", "º", "ª", "o", "x", ".", ",", "-", "é", "Nov"}
	r := rand.New(rand.NewPCG(11, 12))
	days := 0
	for range 100000 {
		s := randtext.Concat(r, parts, r.IntN(5))
		wd, wok := refDayNumber(s)
		gd, gok := dayNumber(s)
		require.Equal(t, wok, gok, "%q", s)
		if wok {
			require.Equal(t, wd, gd, "%q", s)
			days++
		}
	}
	assert.Greater(t, days, 1000, "days read")
}

// TestNumericDateShort checks minNumericDate: numericDateParts reads no
// date in random tokens shorter than it, of digits, separators, month
// names and the time sign, and reads some at that length.
func TestNumericDateShort(t *testing.T) {
	pieces := []string{"1", "2", "0", "9", "19", "20", "2019", "1999", "-", "/", ".", "T", "t", "ago", "mai", "+"}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 100000 {
		tok := randtext.Concat(rng, pieces, 1+rng.IntN(6))
		if len(tok) >= minNumericDate {
			continue
		}
		_, _, _, ok := numericDateParts(tok)
		require.False(t, ok, "%q", tok)
	}
	for _, tok := range []string{"1.1.2019", "23.09.22", "1-1-2019"} {
		_, _, _, ok := numericDate(tok)
		require.True(t, ok, tok)
	}
}

// TestIndexTimeSign checks indexTimeSign against strings.IndexAny on
// random tokens of time signs, digits and runes outside ASCII.
func TestIndexTimeSign(t *testing.T) {
	pieces := []string{"1", "0", ":", "h", "H", "a", "m", ".", "é", "時", "ħ", "\xff"}
	rng := rand.New(rand.NewPCG(15, 16))
	for range 20000 {
		tok := randtext.Concat(rng, pieces, rng.IntN(8))
		require.Equal(t, strings.IndexAny(tok, ":hH"), indexTimeSign(tok), "%q", tok)
	}
}
