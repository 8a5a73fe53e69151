package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name string
		in   string
		want time.Time
		ok   bool
	}{
		{"en month first", "November 20, 2019", day(2019, 11, 20), true},
		{"en ordinal", "September 1st, 2023 By Emily Norwood", day(2023, 9, 1), true},
		{"en ordinal day first", "30th March 2025, 16:26", time.Date(2025, 3, 30, 16, 26, 0, 0, time.UTC), true},
		{"en time pm", "Monday November 18, 2019 7:45 pm PST", time.Date(2019, 11, 18, 19, 45, 0, 0, time.UTC), true},
		{"fr", "Publié le 22 janvier 2015 à 10h05", time.Date(2015, 1, 22, 10, 5, 0, 0, time.UTC), true},
		{"fr 1er", "1er mars 2020", day(2020, 3, 1), true},
		{"de", "22. Januar 2015", day(2015, 1, 22), true},
		{"de label glued", "Datum:26. Januar 2022", day(2022, 1, 26), true},
		{"es", "19 de noviembre de 2019", day(2019, 11, 19), true},
		{"es numeric month name", "By: FlowGuard EMEA on 04-ago-2021 5:11:10", time.Date(2021, 8, 4, 5, 11, 0, 0, time.UTC), true},
		{"it", "3 marzo 2021", day(2021, 3, 3), true},
		{"pt", "3 de março de 2020", day(2020, 3, 3), true},
		{"nl", "5 mei 2019", day(2019, 5, 5), true},
		{"sv", "den 3 mars 2020", day(2020, 3, 3), true},
		{"ru", "15 августа 2016, 13:43", time.Date(2016, 8, 15, 13, 43, 0, 0, time.UTC), true},
		{"iso", "2015-01-22T10:00:00+01:00", day(2015, 1, 22), true},
		{"day first", "22/01/2015", day(2015, 1, 22), true},
		{"us order", "01/22/2015", day(2015, 1, 22), true},
		{"dotted", "27.1.2022 - Bei der Erinnerung", day(2022, 1, 27), true},
		{"two-digit year", "Von: Björn Jahner | 31.10.23", day(2023, 10, 31), true},
		{"two-digit year, last century", "01.02.98", day(1998, 2, 1), true},
		{"glued label", "Erstellt am09.02.2022", day(2022, 2, 9), true},
		{"glued name", "Tanja Karrasch3.11.2023", day(2023, 11, 3), true},
		{"glued title", "27.01.2022MineralölINFO November 2021", day(2022, 1, 27), true},
		{"glued month", "7 min readDec 30, 2013", day(2013, 12, 30), true},
		{"glued month de", "5 Min. LesezeitMärz 3, 2021", day(2021, 3, 3), true},
		{"glued capital no month", "iPhone 15, 2023 model", time.Time{}, false},
		{"ja", "2019年6月24日 10時30分", day(2019, 6, 24), true},
		{"zh in a line", "发布时间：2021年3月5日", day(2021, 3, 5), true},
		{"ko", "입력 2019년 6월 24일", day(2019, 6, 24), true},
		{"cjk invalid month", "2019年13月24日", time.Time{}, false},
		{"cjk year and month only", "2019年6月", time.Time{}, false},
		{"glued repeat", "Published on August 19, 2019August 19, 2019 • 319 Likes", day(2019, 8, 19), true},
		{"resolution is no year", "1080p video from March 3", time.Time{}, false},
		{"iso with time", "2019-11-19T10:00:00Z", day(2019, 11, 19), true},
		{"version number", "Version 1.2.3", time.Time{}, false},
		{"empty month between dashes", "04--2021", time.Time{}, false},
		{"empty month between dots", "1..2039", time.Time{}, false},
		{"invalid day", "2019-02-30", time.Time{}, false},
		{"relative", "20 minutes ago", time.Time{}, false},
		{"no year", "March 3", time.Time{}, false},
		{"number only", "Page 2019 of 3000", time.Time{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := ParseDate(tc.in)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFindDate(t *testing.T) {
	text := "Jane Doe July 3, 2025 10:00"
	_, start, end, ok := FindDate(text)
	assert.True(t, ok)
	assert.Equal(t, "July 3, 2025", text[start:end])
}

func TestHasYear(t *testing.T) {
	assert.True(t, HasYear("in 2019"))
	assert.False(t, HasYear("in 201 9"))
}
