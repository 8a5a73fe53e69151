package dataset

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScrapingHub(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "ground-truth.json", `{
		"bb": {"articleBody": "Second body", "url": "https://b.example/"},
		"aa": {"articleBody": "First body", "url": "https://a.example/"}
	}`)
	writeFile(t, dir, "html/aa.html.gz", "<p>First body</p>")
	writeFile(t, dir, "html/bb.html.gz", "<p>Second body</p>")
	writeFile(t, dir, "text/aa.txt", "Menu\nFirst body")
	writeFile(t, dir, "text/bb.txt", "Menu\nSecond body")

	html, err := ScrapingHubHTML(dir)
	require.NoError(t, err)
	require.Len(t, html, 2)
	assert.Equal(t, "aa", html[0].ID)
	assert.Equal(t, "https://a.example/", html[0].URL)
	assert.Equal(t, "First body", html[0].Gold)
	got, err := html[1].Read()
	require.NoError(t, err)
	assert.Equal(t, "<p>Second body</p>", string(got))

	text, err := ScrapingHubText(dir)
	require.NoError(t, err)
	require.Len(t, text, 2)
	assert.Equal(t, "Menu\nFirst body", string(text[0].Input))
	assert.Equal(t, "Second body", text[1].Gold)
}

func TestScrapingHubMissingText(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "ground-truth.json", `{"aa": {"articleBody": "x", "url": ""}}`)
	_, err := ScrapingHubText(dir)
	assert.Error(t, err)
}

func TestScrapingHubBadJSON(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "ground-truth.json", `{`)
	_, err := ScrapingHubHTML(dir)
	assert.ErrorContains(t, err, "dataset:")
}
