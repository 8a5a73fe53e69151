package clean

import (
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits of the date reader.
const (
	minDateYear = 1900 // earliest year read
	maxDateYear = 2199 // latest year read
)

// ParseDate finds the first calendar date in text, in the common numeric
// and spelled-out forms of the tabled languages: "2019-11-19",
// "19/11/2019", "19.11.2019", "23.09.22", "04-ago-2021", "Nov. 19, 2019", "September
// 1st, 2023", "19 novembre 2019", "le 3 mars 2020 à 10h05", "3. März
// 2020", "19 de noviembre de 2019", "15 августа 2016". A numeric date is
// read day first ("03/04/2020" is 3 April) unless that cannot be a date
// and month first can. A time of day ("8:03 am", "10h05", "à 10:05")
// after the date is read too; the zone is taken as UTC, as the text does
// not say. Dates outside 1900–2199 are not read. It is safe for
// concurrent use.
func ParseDate(text string) (time.Time, bool) {
	t, _, _, ok := FindDate(text)
	return t, ok
}

// FindDate is ParseDate that also returns the byte span of the date in
// text (without the time of day).
func FindDate(text string) (t time.Time, start, end int, ok bool) {
	if !mayHoldDate(text) {
		return time.Time{}, 0, 0, false
	}
	var buf [dateTokenBuf]dateToken
	toks := dateTokens(text, buf[:0])
	for i := range toks {
		if !dateMayStart(toks, i) {
			continue
		}
		if t, start, end, ok := dateAtToken(toks, i); ok {
			return t, start, end, true
		}
	}
	return time.Time{}, 0, 0, false
}

// dateAtToken returns the date that starts at toks[i], with the time that
// follows it if any, and the bytes of the text it spans; ok is false when
// no date starts there, or its day is not in its month.
func dateAtToken(toks []dateToken, i int) (t time.Time, start, end int, ok bool) {
	y, m, d, n, ok := dateAt(toks, i)
	if !ok {
		return time.Time{}, 0, 0, false
	}
	hh, mm := timeAfter(toks[i+n:])
	t = time.Date(y, m, d, hh, mm, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, 0, 0, false
	}
	return t, toks[i].start, toks[i+n-1].end, true
}

// HasYear reports whether text holds a run of at least four ASCII digits,
// which every date form ParseDate reads has: its year.
func HasYear(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		// Bytes without a digit end any run: eight at once, or up to the
		// next digit of eight.
		if i+8 <= len(text) {
			m := digits8(load64(text, i))
			if m == 0 {
				run = 0
				i += 7
				continue
			}
			if k := bits.TrailingZeros64(m) >> 3; k > 0 {
				run = 0
				i += k
			}
		}
		if c := text[i]; c >= '0' && c <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// mayHoldDate reports whether text may hold a date FindDate reads: a
// year, a whole run of ASCII digits that is 1900–2199 (leading zeros
// aside, as dateInt reads them), next to another run of ASCII digits as
// a date puts them (yearPair), or a date with a two-digit year
// (hasShortDate). A year alone ("March 2018", "© 2019 Site"), a range of
// years ("© 2005-2019"), a year far from any other number ("in 2020, up
// 3 points") or a run of four digits that is not a year ("1234", "€
// 5000") is not enough. It looks for a two-digit-year date only at the
// "." and "/" that could separate its day and month, and reads eight
// bytes at once (digits8) to find the next run of digits and its end.
func mayHoldDate(text string) bool {
	const highs = 0x8080808080808080
	prevStart, prevEnd, prevYear := -1, -1, false
	for i := 0; i < len(text); {
		// On to the next digit, eight bytes at once.
		if i+8 <= len(text) {
			m := digits8(load64(text, i))
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) >> 3
		} else if c := text[i]; c < '0' || c > '9' {
			i++
			continue
		}
		// The run of digits text[run:i], eight bytes at once.
		run := i
		for i+8 <= len(text) {
			k := bits.TrailingZeros64(^digits8(load64(text, i))&highs) >> 3
			i += k
			if k < 8 {
				break
			}
		}
		for i < len(text) && text[i] >= '0' && text[i] <= '9' {
			i++
		}
		// A run of fewer than four digits is no year, and one of more
		// only with leading zeros: told before a call.
		n := i - run
		year := (n == 4 || n > 4 && text[run] == '0') && isYearRun(text[run:i])
		if (year || prevYear) && prevEnd >= 0 && yearPair(text, prevStart, prevEnd, run, i, prevYear, year) {
			return true
		}
		if i == len(text) {
			break
		}
		// text[i-2:i+6] is "dd.dd.dd" or "dd/dd/dd".
		if c := text[i]; (c == '.' || c == '/') && n >= 2 && i+6 <= len(text) && text[i+3] == c &&
			isDigits(text[i+1:i+3]) && isDigits(text[i+4:i+6]) {
			return true
		}
		prevStart, prevEnd, prevYear = run, i, year
		i++ // text[i] ends the run
	}
	return false
}

// yearPair reports whether the runs of digits text[a0:a1] and
// text[b0:b1], one after the other with no digit between them, one of
// them a year (aYear, bYear), may be parts of one date FindDate reads:
//   - parts of one numeric token, the gap between them one of "-", "/"
//     and "." with the same sign before a or after b ("19.11.2019",
//     "2019-11-19"), or that sign around a month's name ("04-ago-2021");
//   - a day of one or two digits before the year, at most four tokens
//     apart ("19 de noviembre de 2019", "Nov. 19, 2019");
//   - a year then its sign of Chinese, Japanese or Korean ("2019年6月",
//     "2019년 6월"), at most three tokens apart.
//
// The tokens are counted by the runs of bytes between them (dateGaps),
// which are no more than the tokens dateTokens makes of the gap.
func yearPair(text string, a0, a1, b0, b1 int, aYear, bYear bool) bool {
	gap := text[a1:b0]
	if c := gap[0]; c == '-' || c == '/' || c == '.' {
		if len(gap) == 1 && (a0 > 0 && text[a0-1] == c || b1 < len(text) && text[b1] == c) ||
			len(gap) > 1 && gap[len(gap)-1] == c && dateGaps(gap, 1) == 0 {
			return true
		}
	}
	if bYear && a1-a0 <= 2 {
		return dateGaps(gap, 5) <= 4
	}
	return aYear && dateGaps(gap, 4) <= 3 && (strings.Contains(gap, "年") || strings.Contains(gap, "년"))
}

// dateGaps counts the runs of bytes of gap that dateTokens splits tokens
// at (dateNone, or a rune outside ASCII that is not inDateToken), up to
// limit.
func dateGaps(gap string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(gap); {
		c, size := gap[i], 1
		var split bool
		if c < utf8.RuneSelf {
			split = dateTokenASCII[c] == dateNone
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(gap[i:])
			split = !inDateToken(r)
		}
		if split && !in {
			if n++; n == limit {
				return n
			}
		}
		in = split
		i += size
	}
	return n
}

// inDateToken reports whether a rune outside ASCII belongs to a date
// token, as dateTokens reads it: a letter, a digit, or the ordinal
// marks "º" and "ª".
func inDateToken(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == 'º' || r == 'ª'
}

// isYearRun reports whether digits, a run of ASCII digits, is a year
// FindDate reads: 1900–2199 once its leading zeros are dropped.
func isYearRun(digits string) bool {
	for len(digits) > 4 && digits[0] == '0' {
		digits = digits[1:] // a leading zero
	}
	if len(digits) != 4 || digits[0] != '1' && digits[0] != '2' {
		return false
	}
	y := int(digits[0]-'0')*1000 + int(digits[1]-'0')*100 + int(digits[2]-'0')*10 + int(digits[3]-'0')
	return y >= minDateYear && y <= maxDateYear
}

// hasDigit8 reports whether one of the eight bytes of v is an ASCII
// digit: a byte above '0'-1 and below '9'+1, found for all bytes at once
// (with no false answer either way).
func hasDigit8(v uint64) bool {
	return digits8(v) != 0
}

// digits8 returns the high bit of each of the eight bytes of v (in
// memory order, the first in the lowest byte) that is an ASCII digit, and
// no other bit: each byte is compared on its own, with no carry between
// bytes.
func digits8(v uint64) uint64 {
	const ones, low7, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	const below, above = '9' + 1, '0' - 1
	x := v & low7
	return (ones*(127+below) - x) &^ v & (x + ones*(127-above)) & highs
}

// dateMayStart reports whether dateAt(toks, i) may read a date: every
// form it reads starts with a number at toks[i] (a numeric date, a day,
// a year of Chinese, Japanese or Korean) or, after a month name, at
// toks[i+1]; a number read by dateInt or dayNumber that is a day, month
// or year starts with an ASCII digit.
func dateMayStart(toks []dateToken, i int) bool {
	return startsASCIIDigit(toks[i].text) || i+1 < len(toks) && startsASCIIDigit(toks[i+1].text)
}

// startsASCIIDigit reports whether s starts with an ASCII digit.
func startsASCIIDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// hasShortDate reports whether text holds a date with a two-digit year
// ("23.09.22", "23/09/22").
func hasShortDate(text string) bool {
	digit := func(i int) bool { return text[i] >= '0' && text[i] <= '9' }
	for i := 0; i+8 <= len(text); i++ {
		sep := text[i+2]
		if (sep == '.' || sep == '/') && text[i+5] == sep && digit(i) && digit(i+1) && digit(i+3) && digit(i+4) && digit(i+6) && digit(i+7) {
			return true
		}
	}
	return false
}

// dateToken is a word or number of a text, with its byte span.
type dateToken struct {
	text       string
	start, end int
}

// dateTokenBuf is how many tokens FindDate holds on the stack; a longer
// text's tokens go to the heap.
const dateTokenBuf = 32

// dateTokens splits text into words and numbers, keeping the separators
// "-", "/", "." and ":" inside the tokens ("19.11.2019", "10:05"); a
// label glued to a number by a colon ("Datum:26.") is split there. It
// appends the tokens to toks and returns the result.
func dateTokens(text string, toks []dateToken) []dateToken {
	start := -1
	// Of the current token: whether it holds an ASCII digit and a letter
	// (or another byte outside ASCII), which letterDigitSplit needs both
	// to split it, and whether it is all ASCII without a lower-case letter
	// before a capital, where gluedMonthSplit finds no split, and whether
	// it holds a colon, where a label may be split off.
	digit, alpha, unglued, lower, colon := false, false, true, false, false
	flush := func(end int) {
		if start < 0 {
			return
		}
		tok := text[start:end]
		i := 0
		if digit && alpha {
			i = letterDigitSplit(tok)
		}
		if i == 0 && !unglued {
			i = gluedMonthSplit(tok)
		}
		label := -1 // where a label glued by a colon ends ("Datum:26.")
		if i == 0 && colon {
			if k := strings.IndexByte(tok, ':'); k > 0 && hasLetter(tok[:k]) && k+1 < len(tok) {
				label = k
			}
		}
		switch {
		case i > 0:
			// "Erstellt am09.02.2022", "Jane Doe3.11.2023": a word glued
			// to a date; "7 min readDec 30, 2013": a word glued to a
			// month name.
			toks = append(toks, dateToken{tok[:i], start, start + i}, dateToken{tok[i:], start + i, end})
		case label > 0:
			toks = append(toks, dateToken{tok[:label], start, start + label}, dateToken{tok[label+1:], start + label + 1, end})
		default:
			toks = append(toks, dateToken{tok, start, end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			switch k := dateTokenASCII[c]; k {
			case dateNone:
				flush(i)
			case dateLower: // most bytes of a token
				if start < 0 {
					start, digit, unglued, colon = i, false, true, false
				}
				lower, alpha = true, true
				// The small letters after it change nothing more: passed
				// over in a loop of their own.
				for i++; i < len(text) && dateTokenASCII[text[i]] == dateLower; i++ {
				}
				continue
			default:
				if start < 0 {
					start, digit, alpha, unglued, lower, colon = i, false, false, true, false, false
				}
				if k == dateDigit {
					digit = true
				} else if k == dateUpper {
					unglued, alpha = unglued && !lower, true
				} else if c == ':' {
					colon = true
				}
				lower = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if inDateToken(r) {
			if start < 0 {
				start, digit, colon = i, false, false
			}
			alpha, unglued, lower = true, false, false
		} else {
			flush(i)
		}
		i += size
	}
	flush(len(text))
	return toks
}

// Classes of dateTokenASCII.
const (
	dateNone  = iota // no date token character
	dateLower        // an ASCII small letter
	dateUpper        // an ASCII capital
	dateDigit        // an ASCII digit
	dateOther        // a separator "-", "/", "." or ":" (or another letter or digit, none in ASCII)
)

// dateTokenASCII classes the ASCII characters of date tokens: letters,
// digits and the separators "-", "/", "." and ":"; dateNone for the
// others, and for the bytes outside ASCII, which dateTokens reads as
// runes (it has all 256 bytes, so that a byte indexes it without a
// bounds check).
var dateTokenASCII = func() (t [256]uint8) {
	for c := range rune(utf8.RuneSelf) {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = dateLower
		case c >= 'A' && c <= 'Z':
			t[c] = dateUpper
		case c >= '0' && c <= '9':
			t[c] = dateDigit
		case unicode.IsLetter(c) || unicode.IsDigit(c) || c == '-' || c == '/' || c == '.' || c == ':':
			t[c] = dateOther
		}
	}
	return t
}()

// letterDigitSplit returns where a token glued from a word and a numeric
// date splits: at the first digit after a letter, when the rest holds a
// "." or "/" as a date does ("am09.02.2022" at 2), or at the first letter
// after a four-digit year that starts the token or follows a separator
// ("2019August" at 4, "27.01.2022Mineral" at 10); 0 when there is none.
func letterDigitSplit(tok string) int {
	prevLetter := false
	for i, r := range tok {
		if r >= '0' && r <= '9' {
			if prevLetter && strings.ContainsAny(tok[i:], "./") {
				return i
			}
			break
		}
		prevLetter = unicode.IsLetter(r)
	}
	run := 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case c >= '0' && c <= '9':
			run++
		case run == 4 && (i == 4 || strings.ContainsRune("./-", rune(tok[i-5]))) && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80):
			if y, _ := strconv.Atoi(tok[i-4 : i]); y >= minDateYear && y <= maxDateYear {
				return i
			}
			run = 0
		default:
			run = 0
		}
	}
	return 0
}

// gluedMonthSplit returns where a word glued to a capitalised month name
// splits, as page text joins two elements ("readDec" at 4, "LesezeitMärz"
// at 8): at the first capital after a lower-case letter when the rest is
// a month name of the tables (MonthName); 0 when there is none.
func gluedMonthSplit(tok string) int {
	prevLower := false
	for i, r := range tok {
		if prevLower && unicode.IsUpper(r) {
			if _, _, ok := MonthName(tok[i:]); ok {
				return i
			}
			return 0
		}
		prevLower = unicode.IsLower(r)
	}
	return 0
}

// dateAt reads a date starting at toks[i], returning it and the number of
// tokens it spans.
func dateAt(toks []dateToken, i int) (y int, m time.Month, d, n int, ok bool) {
	if y, m, d, n, ok := cjkDate(toks, i); ok {
		return y, m, d, n, true
	}
	tok := strings.TrimRight(toks[i].text, ".")
	if y, m, d, ok := numericDate(tok); ok {
		return y, m, d, 1, true
	}
	num := func(j int) (int, bool) {
		if j >= len(toks) {
			return 0, false
		}
		return dayNumber(toks[j].text)
	}
	month := func(j int) (time.Month, bool) {
		if j >= len(toks) {
			return 0, false
		}
		mo, _, ok := MonthName(toks[j].text)
		return mo, ok
	}
	year := func(j int) (int, bool) {
		if j >= len(toks) {
			return 0, false
		}
		yy, ok := dateInt(strings.TrimRight(toks[j].text, ".,"))
		return yy, ok && yy >= minDateYear && yy <= maxDateYear
	}
	// Month day year: "Nov. 19, 2019", "September 1st, 2023". The
	// numbers are read first, as few words are followed by them.
	if dd, ok := num(i + 1); ok {
		if yy, ok := year(i + 2); ok {
			if mo, ok := month(i); ok {
				return yy, mo, dd, 3, true
			}
		}
	}
	// Day month year: "19 novembre 2019", "3. März 2020", "19 de noviembre
	// de 2019", "30th March 2025".
	if dd, ok := num(i); ok {
		j := i + 1
		if j < len(toks) && dateConnectors[toks[j].text] {
			j++
		}
		if mo, ok := month(j); ok {
			k := j + 1
			if k < len(toks) && dateConnectors[toks[k].text] {
				k++
			}
			if yy, ok := year(k); ok {
				return yy, mo, dd, k - i + 1, true
			}
		}
	}
	return 0, 0, 0, 0, false
}

// cjkDate reads a date written with the year, month and day signs of
// Chinese and Japanese ("2019年6月24日") or Korean ("2019년 6월 24일")
// starting at toks[i], which holds the year; the date may span up to
// four tokens, as the spaces of Korean and the year split off by
// dateTokens leave it ("2019", "년", "6월", "24일").
func cjkDate(toks []dateToken, i int) (y int, m time.Month, d, n int, ok bool) {
	if len(toks[i].text) < 4 || !isDigits(toks[i].text[:4]) {
		return 0, 0, 0, 0, false
	}
	sign := toks[i].text[4:]
	if sign == "" && i+1 < len(toks) {
		sign = toks[i+1].text
	}
	if !strings.HasPrefix(sign, "年") && !strings.HasPrefix(sign, "년") {
		return 0, 0, 0, 0, false
	}
	var sb strings.Builder
	for n = 1; n <= 4 && i+n-1 < len(toks); n++ {
		sb.WriteString(toks[i+n-1].text)
		if y, m, d, ok := cjkParts(sb.String()); ok {
			return y, m, d, n, true
		}
	}
	return 0, 0, 0, 0, false
}

// cjkParts parses "2019年6月24日" or "2019년6월24일", with nothing after the
// day sign but a time or other text.
func cjkParts(s string) (y int, m time.Month, d int, ok bool) {
	var nums [3]int
	for k, signs := range [3][2]string{{"年", "년"}, {"月", "월"}, {"日", "일"}} {
		end := 0
		for end < len(s) && s[end] >= '0' && s[end] <= '9' {
			end++
		}
		if end == 0 || end > 4 {
			return 0, 0, 0, false
		}
		nums[k], _ = strconv.Atoi(s[:end])
		rest, found := strings.CutPrefix(s[end:], signs[0])
		if !found {
			if rest, found = strings.CutPrefix(s[end:], signs[1]); !found {
				return 0, 0, 0, false
			}
		}
		s = rest
	}
	if nums[0] < minDateYear || nums[0] > maxDateYear || nums[1] < 1 || nums[1] > 12 || !validDay(nums[2]) {
		return 0, 0, 0, false
	}
	return nums[0], time.Month(nums[1]), nums[2], true
}

// isDigits reports whether s is all ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dateConnectors are the words between day, month and year in Spanish,
// Portuguese and Italian dates ("3 de marzo de 2020").
var dateConnectors = map[string]bool{"de": true, "di": true, "del": true, "do": true}

// numericDate reads one token that is a whole date: "2019-11-19",
// "2019-11-19T10:00:00Z", "19/11/2019", "19.11.2019", "11/19/2019" (month
// first only when day first cannot be), "04-ago-2021", and with a
// two-digit year "23.09.22" or "23/09/22" (day first; years 00–69 are
// 2000–2069, 70–99 are 1970–1999). It reads the token in place, without
// allocating; a token shorter than minNumericDate, as most are, is
// turned away without a search.
func numericDate(tok string) (y int, m time.Month, d int, ok bool) {
	if len(tok) < minNumericDate {
		return 0, 0, 0, false
	}
	return numericDateParts(tok)
}

// minNumericDate is the length of the shortest token numericDate reads:
// three parts and two separators, one part a year of four digits and
// the others not empty ("1.1.2019"), or three of two digits ("23.09.22").
const minNumericDate = 8

// numericDateParts is numericDate without its test of the token's
// length.
func numericDateParts(tok string) (y int, m time.Month, d int, ok bool) {
	for _, sep := range [3]byte{'-', '/', '.'} {
		i := strings.IndexByte(tok, sep)
		if i < 0 {
			continue
		}
		j := strings.IndexByte(tok[i+1:], sep)
		if j < 0 {
			continue
		}
		j += i + 1
		if strings.IndexByte(tok[j+1:], sep) >= 0 {
			continue // more than three parts
		}
		p0, p1, p2 := tok[:i], tok[i+1:j], tok[j+1:]
		if t := strings.IndexAny(p2, "tT"); t > 0 {
			p2 = p2[:t]
		}
		a, ok1 := dateInt(p0)
		c, ok3 := dateInt(p2)
		if !ok1 || !ok3 {
			continue
		}
		b, ok2 := dateInt(p1)
		if !ok2 {
			// A month name between numbers: "04-ago-2021".
			mo, _, ok := MonthName(p1)
			if !ok {
				continue
			}
			b = int(mo)
		}
		if sep != '-' && len(p0) == 2 && len(p1) == 2 && len(p2) == 2 && validDay(a) && b >= 1 && b <= 12 {
			// "23.09.22": day, month and a two-digit year.
			if c < 70 {
				return 2000 + c, time.Month(b), a, true
			}
			return 1900 + c, time.Month(b), a, true
		}
		switch {
		case a >= minDateYear && a <= maxDateYear && validDay(c) && b >= 1 && b <= 12:
			return a, time.Month(b), c, true
		case c >= minDateYear && c <= maxDateYear && validDay(a) && b >= 1 && b <= 12:
			return c, time.Month(b), a, true
		case c >= minDateYear && c <= maxDateYear && validDay(b) && a >= 1 && a <= 12 && ok2:
			return c, time.Month(a), b, true // US order
		}
	}
	return 0, 0, 0, false
}

// dateInt reads a decimal integer as strconv.Atoi does: an optional sign,
// then ASCII digits, within the range of int64; false where Atoi reports
// an error, which it would allocate.
func dateInt(s string) (int, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	if len(s) <= 18 { // as in Atoi: too short to overflow
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		if neg {
			n = -n
		}
		return n, true
	}
	const limit = uint64(1) << 63 // the magnitude of math.MinInt64
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if n > (limit-uint64(c-'0'))/10 {
			return 0, false // beyond int64
		}
		n = n*10 + uint64(c-'0')
	}
	if neg {
		return int(-n), true // -n wraps to math.MinInt64 for n == limit
	}
	if n >= limit {
		return 0, false
	}
	return int(n), true
}

// dayNumber reads a day of the month, possibly with an ordinal suffix or
// a period: "19", "3.", "1st", "22nd", "30th", "1er", "1º".
//
// A word that does not start with a digit, as most do not, is turned
// away first; the digits are read as they are found.
func dayNumber(s string) (int, bool) {
	if !startsASCIIDigit(s) {
		return 0, false
	}
	for n := len(s); n > 0 && (s[n-1] == '.' || s[n-1] == ','); n-- {
		s = s[:n-1]
	}
	d, end := 0, 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		if end == 2 {
			return 0, false
		}
		d = d*10 + int(s[end]-'0')
		end++
	}
	if suffix := s[end:]; suffix != "" && !ordinalSuffixes[strings.ToLower(suffix)] {
		return 0, false
	}
	return d, validDay(d)
}

// ordinalSuffixes are the endings of ordinal day numbers: English "1st",
// French "1er", Spanish, Italian and Portuguese "1º", "1ª".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true, "er": true, "re": true, "º": true, "ª": true, "o": true}

func validDay(d int) bool { return d >= 1 && d <= 31 }

// timeAfter reads a time of day among the first tokens after a date:
// "8:03 am", "10h05", "à 10:05". It returns 0, 0 when there is none.
func timeAfter(toks []dateToken) (hour, minute int) {
	for i, tk := range toks {
		if i > 3 {
			break
		}
		// An ASCII token is read as it is, its case ignored; another
		// is lowered first.
		tok := tk.text
		if !asciiToken(tok) {
			tok = strings.ToLower(tok)
		}
		sep := indexTimeSign(tok)
		if sep <= 0 {
			continue
		}
		h, ok1 := dateInt(tok[:sep])
		mins := tok[sep+1:]
		if k := strings.IndexByte(mins, ':'); k >= 0 {
			mins = mins[:k] // seconds
		}
		mi, ok2 := dateInt(strings.TrimRight(mins, "apmAPM."))
		if !ok1 || !ok2 || h > 23 || mi > 59 {
			continue
		}
		pm := endsPM(tok) || i+1 < len(toks) && isPM(toks[i+1].text)
		if pm && h < 12 {
			h += 12
		}
		return h, mi
	}
	return 0, 0
}

// indexTimeSign is strings.IndexAny(tok, ":hH"), by a loop over the
// bytes of tok (no byte of a rune outside ASCII is one of them).
func indexTimeSign(tok string) int {
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; c == ':' || c == 'h' || c == 'H' {
			return i
		}
	}
	return -1
}

// asciiToken reports whether tok is all ASCII.
func asciiToken(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// endsPM reports whether tok ends with "pm" in any case of ASCII.
func endsPM(tok string) bool {
	n := len(tok)
	return n >= 2 && tok[n-2]|0x20 == 'p' && tok[n-1]|0x20 == 'm'
}

// isPM reports whether a token is "pm" once lowered and rid of its
// periods ("PM", "p.m."), without allocating for an ASCII token.
func isPM(tok string) bool {
	if !asciiToken(tok) {
		return strings.ReplaceAll(strings.ToLower(tok), ".", "") == "pm"
	}
	var got [2]byte
	n := 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c == '.' {
			continue
		}
		if n == len(got) {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		got[n] = c
		n++
	}
	return n == 2 && got == [2]byte{'p', 'm'}
}

func hasLetter(s string) bool {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if unicode.IsLetter(r) {
			return true
		}
		s = s[size:]
	}
	return false
}
