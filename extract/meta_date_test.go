package extract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestInPageZone(t *testing.T) {
	utc := time.Date(2023, 11, 9, 5, 30, 59, 0, time.UTC)
	local := time.Date(2023, 11, 8, 23, 30, 59, 0, time.UTC) // read without zone
	got := inPageZone(utc, []time.Time{local})
	assert.True(t, got.Equal(utc), "the same instant")
	assert.Equal(t, "2023-11-08", got.Format(time.DateOnly), "the page's day")
	_, off := got.Zone()
	assert.Equal(t, -6*3600, off)

	other := time.Date(2023, 11, 8, 23, 31, 12, 0, time.UTC)
	assert.Equal(t, utc, inPageZone(utc, []time.Time{other}), "not a whole zone apart")
	paris := time.Date(2023, 11, 9, 6, 30, 59, 0, time.FixedZone("", 3600))
	assert.Equal(t, paris, inPageZone(paris, []time.Time{local}), "a zone of its own is kept")
}

func TestHasZone(t *testing.T) {
	for s, want := range map[string]bool{
		"2023-11-09T05:30:59Z": true, "2023-11-09T05:30:59+01:00": true, "2023-11-09 05:30:59 -0500": true,
		"2023-11-08 23:30:59": false, "2023-11-08": false, "Thu, 09 Nov 2023 05:30:59 GMT": true,
	} {
		assert.Equal(t, want, hasZone(s), s)
	}
}

func TestURLDateInMetadata(t *testing.T) {
	doc := htmlDoc(t, `<html><head><title>T</title></head><body><p>Some article text that is long enough to be the body of the page, with words.</p>
<aside><time datetime="2009-04-11 18:06:36">old post</time></aside></body></html>`, "https://blog.example/2019/10/22/story/")
	assert.Equal(t, time.Date(2019, 10, 22, 0, 0, 0, 0, time.UTC), doc.Meta.Published, "the address's date before page-wide <time> elements")
}
