package dataset

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWCXB(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "gold.json", `{
		"0002": {"text": "", "title": "Shop", "lang": null, "page_type": "product",
			"url": "https://shop.example/", "authors": [], "published": null},
		"0001": {"text": "Body text", "title": "Post", "lang": "en", "page_type": "article",
			"url": "https://blog.example/post", "authors": ["A", "B"], "published": "2025-01-02"}
	}`)

	pages, err := WCXB(dir)
	require.NoError(t, err)
	require.Len(t, pages, 2)
	assert.Equal(t, Page{
		ID: "0001", URL: "https://blog.example/post", Path: filepath.Join(dir, "html", "0001.html.gz"),
		Gold: "Body text", Title: "Post", Lang: "en", PageType: "article",
		Author: "A; B", Published: "2025-01-02",
	}, pages[0])
	assert.Equal(t, "", pages[1].Lang, "null lang")
	assert.Equal(t, "", pages[1].Gold)
	assert.Equal(t, "product", pages[1].PageType)
	assert.Equal(t, "", pages[1].Author, "no authors")
	assert.Equal(t, "", pages[1].Published, "null date")
}
