package dataset

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseTurku(t *testing.T) {
	dump := "##ID 1234\n" +
		"## http://example.org/page\n" +
		"\n" +
		"#1#Le titre\n" +
		"#0#Menu\r\n" +
		"#1#Premier paragraphe.\n" +
		"#0#\n" +
		"#1#Second paragraphe.\n" +
		"##END OF TEXT\n"
	p := ParseTurku(dump)
	assert.Equal(t, "http://example.org/page", p.URL)
	assert.Equal(t, "\nLe titre\nMenu\nPremier paragraphe.\n\nSecond paragraphe.", string(p.Input))
	assert.Equal(t, "Le titre\nPremier paragraphe.\nSecond paragraphe.", p.Gold)
}

func TestParseTurkuEmpty(t *testing.T) {
	p := ParseTurku("##ID x\n#0#only boilerplate\n")
	assert.Equal(t, "", p.URL)
	assert.Equal(t, "only boilerplate", string(p.Input))
	assert.Equal(t, "", p.Gold)
}

func TestTurku(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", "##ID b\n#1#B text\n")
	writeFile(t, dir, "a.txt", "##ID a\n#1#A text\n#0#nav\n")
	writeFile(t, dir, "notes.md", "ignored")

	pages, err := Turku(dir)
	require.NoError(t, err)
	require.Len(t, pages, 2)
	assert.Equal(t, "a", pages[0].ID)
	assert.Equal(t, "A text", pages[0].Gold)
	assert.Equal(t, "A text\nnav", string(pages[0].Input))
	assert.Equal(t, "b", pages[1].ID)
}
