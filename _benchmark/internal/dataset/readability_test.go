package dataset

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadability(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "LICENSE.md", "Apache")
	writeFile(t, dir, "case-b/source.html", "<p>B</p>")
	writeFile(t, dir, "case-b/expected.txt", "B")
	writeFile(t, dir, "case-b/expected-metadata.json", `{"title": null, "lang": null}`)
	writeFile(t, dir, "case-a/source.html", "<p>A</p>")
	writeFile(t, dir, "case-a/expected.txt", "A text")
	writeFile(t, dir, "case-a/expected-metadata.json", `{"title": "A title", "lang": "fr", "byline": "By Ann", "publishedTime": "2015-07-10T09:53:00-04:00"}`)
	writeFile(t, dir, "no-source/expected.txt", "skipped")

	pages, err := Readability(dir)
	require.NoError(t, err)
	require.Len(t, pages, 2)
	assert.Equal(t, "case-a", pages[0].ID)
	assert.Equal(t, ReadabilityURL, pages[0].URL)
	assert.Equal(t, "A text", pages[0].Gold)
	assert.Equal(t, "A title", pages[0].Title)
	assert.Equal(t, "fr", pages[0].Lang)
	assert.Equal(t, "By Ann", pages[0].Author)
	assert.Equal(t, "2015-07-10T09:53:00-04:00", pages[0].Published)
	assert.Equal(t, "", pages[1].Title)
	assert.Equal(t, "", pages[1].Author)
}

func TestReadabilityMissingExpected(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "case/source.html", "<p>A</p>")
	_, err := Readability(dir)
	assert.Error(t, err)
}
