package clean

import (
	"strconv"
	"strings"
	"time"
)

// URLDate reads the publication date a page's address spells in its path:
// three segments "/2019/10/22/", or three numbers in a row within a
// segment, year first or last, joined by "-" or "_"
// ("/meldungen/29-10-2021", "/news-2019-10-22-title"). It reads no query
// or fragment, nor a year and month alone. It is safe for concurrent use.
func URLDate(path string) (time.Time, bool) {
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	segs := strings.Split(path, "/")
	for i := 0; i+2 < len(segs); i++ {
		if t, ok := ymd(segs[i], segs[i+1], segs[i+2]); ok {
			return t, true
		}
	}
	for _, seg := range segs {
		parts := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '.' })
		for i := 0; i+2 < len(parts); i++ {
			if t, ok := ymd(parts[i], parts[i+1], parts[i+2]); ok {
				return t, true
			}
			if t, ok := ymd(parts[i+2], parts[i+1], parts[i]); ok && len(parts[i]) <= 2 {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// ymd reads a year of four digits, a month and a day of one or two
// digits, the day possibly followed by more of the segment ("22-title").
func ymd(y, m, d string) (time.Time, bool) {
	if len(y) != 4 || len(m) == 0 || len(m) > 2 || len(d) == 0 || len(d) > 2 {
		return time.Time{}, false
	}
	yy, e1 := strconv.Atoi(y)
	mm, e2 := strconv.Atoi(m)
	dd, e3 := strconv.Atoi(d)
	if e1 != nil || e2 != nil || e3 != nil || yy < 1990 || yy > maxDateYear || mm < 1 || mm > 12 || !validDay(dd) {
		return time.Time{}, false
	}
	t := time.Date(yy, time.Month(mm), dd, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == dd
}
