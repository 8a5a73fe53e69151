package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestURLDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		path string
		want time.Time
		ok   bool
	}{
		{"/2019/10/22/professionell-entloeten/", day(2019, 10, 22), true},
		{"/media-news/meldungen/29-10-2021", day(2021, 10, 29), true},
		{"/news/2020-01-05-trolls.html", day(2020, 1, 5), true},
		{"/a_2021_3_7_b", day(2021, 3, 7), true},
		{"/2021/11/mineraloelinfo.html", time.Time{}, false},
		{"/products/item-1234-56-78", time.Time{}, false},
		{"/2019/02/30/", time.Time{}, false},
		{"/story?date=2019-10-22", time.Time{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			got, ok := URLDate(tc.path)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}
