package clean

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// refFindDate is the reference FindDate must agree with: every token
// split by refDateTokens and read by dateAt, behind HasYear and
// hasShortDate.
func refFindDate(text string) (t time.Time, start, end int, ok bool) {
	if !HasYear(text) && !hasShortDate(text) {
		return time.Time{}, 0, 0, false
	}
	toks := refDateTokens(text)
	for i := range toks {
		if t, start, end, ok := dateAtToken(toks, i); ok {
			return t, start, end, true
		}
	}
	return time.Time{}, 0, 0, false
}

// refDateTokens is dateTokens that tries both splits on every token.
func refDateTokens(text string) []dateToken {
	var toks []dateToken
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		tok := text[start:end]
		if i := letterDigitSplit(tok); i > 0 {
			toks = append(toks, dateToken{tok[:i], start, start + i}, dateToken{tok[i:], start + i, end})
		} else if i := gluedMonthSplit(tok); i > 0 {
			toks = append(toks, dateToken{tok[:i], start, start + i}, dateToken{tok[i:], start + i, end})
		} else if i := strings.IndexByte(tok, ':'); i > 0 && hasLetter(tok[:i]) && i+1 < len(tok) {
			toks = append(toks, dateToken{tok[:i], start, start + i}, dateToken{tok[i+1:], start + i + 1, end})
		} else {
			toks = append(toks, dateToken{tok, start, end})
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == 'º' || r == 'ª' || r == '-' || r == '/' || r == '.' || r == ':' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	return toks
}

// randomDateText joins random pieces of dates, words and separators.
func randomDateText(r *rand.Rand) string {
	parts := []string{"2019", "19", "3", "11", "1999", "02019", "-", "/", ".", ":", " ", " ", ", ", "Nov", "Nov.", "novembre",
		"März", "de", "1st", "30th", "º", "am", "pm", "10h05", "8:03", "年", "6月", "24日", "년", "readDec", "LesezeitMärz",
		"am09.02.2022", "2019August", "Datum:", "1234", "0002020", "12019", "2199", "2200", "1899", "5.ma.22", "05.09.22t", "Jane", "doe", "Ä", "é", "٣", "23.09.22", "12/05/21", "x", "T10:00Z", "ago", "\u00a0"}
	return randtext.Concat(r, parts, 1+r.IntN(12))
}

// TestFindDateAgrees checks FindDate, with its gates, against refFindDate
// on random texts built from pieces of dates.
func TestFindDateAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	found := 0
	for range 100000 {
		s := randomDateText(r)
		wt, ws, we, wok := refFindDate(s)
		gt, gs, ge, gok := FindDate(s)
		require.Equal(t, wok, gok, "%q", s)
		require.Equal(t, [2]int{ws, we}, [2]int{gs, ge}, "%q", s)
		require.True(t, wt.Equal(gt), "%q", s)
		if wok {
			require.True(t, mayHoldDate(s), "%q", s)
		}
		if mayHoldDate(s) {
			require.True(t, HasYear(s) || hasShortDate(s), "%q", s)
		}
		if wok {
			found++
		}
	}
	assert.Greater(t, found, 3000, "texts with a date")
}

// TestMonthNamesLength checks a premise of mayHoldDate: no month name
// has fewer than three runes, so that a date with a two-digit year has
// two digits for its month ("23.09.22"), never a name.
func TestMonthNamesLength(t *testing.T) {
	for name := range monthIndex().names {
		assert.GreaterOrEqual(t, utf8.RuneCountInString(name), 3, name)
	}
}

// TestMayHoldDate checks the two-digit-year forms at the edges of a text.
func TestMayHoldDate(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"23.09.22", true},
		{"x23/09/22", true},
		{"23/09.22", false},
		{"23.09.2", false},
		{"3.09.22", false},
		{"2019", false},
		{"March 2018", false},
		{"© 2019 Site", false},
		{"1 2019", true},
		{"2019 1", false},
		{"1 02019", true},
		{"x2199. 3", false},
		{"2019-11-19", true},
		{"19.11.2019", true},
		{"11/19/2019", true},
		{"04-ago-2021", true},
		{"2019年6月24日", true},
		{"2019년 6월 24일", true},
		{"Nov. 19, 2019", true},
		{"19 de noviembre de 2019", true},
		{"19 1 de noviembre de 2019", true},
		{"19 a b c d 2019", false},
		{"© 2005-2019 Site", false},
		{"2005-2019-", true},
		{"in 2020, up 3 points", false},
		{"123 2019", false},
		{"1899 1", false},
		{"2200 1", false},
		{"12019 1", false},
		{"1234", false},
		{"€ 5000 und 2020", false},
		{"€ 50 und 2020", true},
		{"201 9", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, mayHoldDate(tt.text))
		})
	}
}

// TestHasDigit8 checks hasDigit8 against a byte loop on every byte value
// in every position, and on random words.
func TestHasDigit8(t *testing.T) {
	ref := func(v uint64) bool {
		for k := range 8 {
			if c := byte(v >> (8 * k)); c >= '0' && c <= '9' {
				return true
			}
		}
		return false
	}
	for k := range 8 {
		for c := range 256 {
			for _, fill := range []uint64{0, 0x2f2f2f2f2f2f2f2f, 0x3a3a3a3a3a3a3a3a, 0xffffffffffffffff, 0x8080808080808080} {
				v := fill&^(0xff<<(8*k)) | uint64(c)<<(8*k)
				require.Equal(t, ref(v), hasDigit8(v), "%#x", v)
			}
		}
	}
	r := rand.New(rand.NewPCG(9, 10))
	for range 200000 {
		v := r.Uint64()
		require.Equal(t, ref(v), hasDigit8(v), "%#x", v)
	}
	// digits8 marks each digit of eight bytes, whatever the others.
	for range 200000 {
		v := r.Uint64()
		if r.IntN(2) == 0 { // digits in many bytes
			v = v&0x0f0f0f0f0f0f0f0f | 0x3030303030303030
			v ^= r.Uint64() & r.Uint64() & r.Uint64()
		}
		var want uint64
		for k := range 8 {
			if c := byte(v >> (8 * k)); c >= '0' && c <= '9' {
				want |= 0x80 << (8 * k)
			}
		}
		require.Equal(t, want, digits8(v), "%#x", v)
	}
}

// TestHasYearAgrees checks HasYear against a byte loop on random texts.
func TestHasYearAgrees(t *testing.T) {
	ref := func(s string) bool {
		run := 0
		for i := 0; i < len(s); i++ {
			if s[i] >= '0' && s[i] <= '9' {
				if run++; run == 4 {
					return true
				}
			} else {
				run = 0
			}
		}
		return false
	}
	r := rand.New(rand.NewPCG(13, 14))
	for range 50000 {
		s := randomDateText(r)
		require.Equal(t, ref(s), HasYear(s), "%q", s)
	}
}

// TestFindDateAgreesOnDumps checks FindDate, with its gates, against
// refFindDate on every line of the shipped text dumps and of the
// benchmark sets' dumps beside the repository (skipped when absent).
func TestFindDateAgreesOnDumps(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"../testdata/text/*.txt", "../../shared/bench/*/text/*.txt"} {
		more, err := filepath.Glob(pattern)
		require.NoError(t, err)
		paths = append(paths, more...)
	}
	if len(paths) == 0 {
		t.Skip("no dumps")
	}
	lines, found := 0, 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		for line := range strings.SplitSeq(string(data), "\n") {
			wt, ws, we, wok := refFindDate(line)
			gt, gs, ge, gok := FindDate(line)
			require.Equal(t, wok, gok, "%q", line)
			require.Equal(t, [2]int{ws, we}, [2]int{gs, ge}, "%q", line)
			require.True(t, wt.Equal(gt), "%q", line)
			lines++
			if wok {
				found++
			}
		}
	}
	assert.Positive(t, found, "lines with a date")
	t.Logf("%d lines, %d with a date", lines, found)
}

// refMayHoldDate is mayHoldDate read a byte at a time.
func refMayHoldDate(text string) bool {
	prevStart, prevEnd, prevYear := -1, -1, false
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' {
			continue
		}
		run := i
		for i < len(text) && text[i] >= '0' && text[i] <= '9' {
			i++
		}
		year := isYearRun(text[run:i])
		if (year || prevYear) && prevEnd >= 0 && yearPair(text, prevStart, prevEnd, run, i, prevYear, year) {
			return true
		}
		if i+6 <= len(text) && (text[i] == '.' || text[i] == '/') && i-run >= 2 && text[i+3] == text[i] &&
			isDigits(text[i+1:i+3]) && isDigits(text[i+4:i+6]) {
			return true
		}
		prevStart, prevEnd, prevYear = run, i, year
	}
	return false
}

// TestMayHoldDateAgrees checks mayHoldDate against refMayHoldDate on
// random texts of digit runs of every length, separators and words.
func TestMayHoldDateAgrees(t *testing.T) {
	parts := []string{"2019", "19", "3", "1", "0", "00", "12345678", "020190", "2200", "1899", "1900", "2199", ".", "/", " ", "-",
		"23.09.22", "12/05/21", "Nov", "abcdefgh", "é", "\xff", "x", "١٢", "年", "년", ", "}
	r := rand.New(rand.NewPCG(21, 22))
	held := 0
	for range 200000 {
		s := randtext.Concat(r, parts, r.IntN(14))
		want := refMayHoldDate(s)
		require.Equal(t, want, mayHoldDate(s), "%q", s)
		if want {
			held++
		}
	}
	assert.Greater(t, held, 10000, "texts that may hold a date")
}

// TestDateGaps checks dateGaps' count of the runs dateTokens splits at.
func TestDateGaps(t *testing.T) {
	tests := []struct {
		gap   string
		limit int
		want  int
	}{
		{"-", 5, 0},
		{"-ago-", 5, 0},
		{" ", 5, 1},
		{", ", 5, 1},
		{" de noviembre de ", 5, 4},
		{" a b c d e f ", 5, 5},
		{"年", 5, 0},
		{"년 ", 5, 1},
		{"\u00a0–\u00a0", 5, 1},
		{"º ", 5, 1},
		{" é ", 5, 2},
	}
	for _, tt := range tests {
		t.Run(tt.gap, func(t *testing.T) {
			assert.Equal(t, tt.want, dateGaps(tt.gap, tt.limit))
		})
	}
}
