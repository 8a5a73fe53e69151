package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestContent(t *testing.T) {
	doc := runExtractors(t, testDump("T", "en", []string{"Home", "Today's weather"}, []string{"Jobs"}), Content)
	assertKinds(t, doc, map[string]string{
		"Home":              "boilerplate",
		"Today's weather":   "boilerplate",
		"Jobs":              "boilerplate",
		testBodies["en"][0]: "",
		testBodies["en"][2]: "",
	})
	r := doc.Blocks[0].Removal()
	require.NotNil(t, r)
	assert.Equal(t, "before the article's core, 1 word, no terminal punctuation", r.Evidence)
	assert.Equal(t, "content", r.Extractor)

	t.Run("kicker and lead outside the core are kept", func(t *testing.T) {
		doc, err := NewTextDocument(testDump("T", "en", []string{"Label"}, nil))
		require.NoError(t, err)
		doc.Blocks[0].Role = RoleKicker
		require.NoError(t, Content.Extract(doc))
		assert.False(t, doc.Blocks[0].Removed())
	})
}
