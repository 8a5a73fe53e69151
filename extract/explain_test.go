package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// explainDump is a small dump for the explanation tests.
const explainDump = `Harbour reopens | Coastal Times
Home
Crisis
The harbour reopened on Tuesday, three days after the storm.
Harbour staff worked through the night to clear the main channel, the port authority said, and the first boats left at dawn.
Share this article`

// runExplained runs a pipeline whose extractors decide by the text, so that
// the tests do not depend on the built-in extractors.
func runExplained(t *testing.T) *Document {
	t.Helper()
	doc, err := NewTextDocument(explainDump)
	require.NoError(t, err)
	rules := ExtractorFunc(func(d *Document) error {
		for _, b := range d.Blocks {
			switch {
			case b.Text == "Home":
				d.Remove(b, "navigation", "menu item\nbefore the headline")
			case b.Text == "Crisis":
				b.Role = RoleKicker
			case strings.HasPrefix(b.Text, "The harbour"):
				b.Role = RoleLead
			case strings.HasPrefix(b.Text, "Share"):
				d.Removef(b, "share", "phrase %q", "Share this")
			}
		}
		return nil
	})
	_, err = New(WithExtractors(Named("rules", rules))).Run(doc)
	require.NoError(t, err)
	return doc
}

func TestExplain(t *testing.T) {
	doc := runExplained(t)
	var sb strings.Builder
	require.NoError(t, Explain(&sb, doc))
	want := `title: "Harbour reopens" site: "Coastal Times" language: en
blocks: 5, kept 1, lead 1, kicker 1, dropped 2
0 DROP   paragraph "Home"
         by rules as navigation: menu item before the headline
1 KICKER paragraph "Crisis"
2 LEAD   paragraph "The harbour reopened on Tuesday, three days after the storm."
3 KEEP   paragraph "Harbour staff worked through the night to clear the main channel, the po"…
4 DROP   paragraph "Share this article"
         by rules as share: phrase "Share this"
`
	assert.Equal(t, want, sb.String())
}

func TestExplainBeforeRunKeepsAll(t *testing.T) {
	doc, err := NewTextDocument(explainDump)
	require.NoError(t, err)
	var sb strings.Builder
	require.NoError(t, Explain(&sb, doc))
	assert.Contains(t, sb.String(), "blocks: 5, kept 5, lead 0, kicker 0, dropped 0\n")
	assert.NotContains(t, sb.String(), " by ")
}

type failingWriter struct{}

var errWrite = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestExplainReportsWriteErrors(t *testing.T) {
	doc := runExplained(t)
	assert.ErrorIs(t, Explain(failingWriter{}, doc), errWrite)
	assert.ErrorIs(t, ExplainHTML(failingWriter{}, doc, nil), errWrite)
}

func TestQuoteStart(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		{"short", "abc", 5, `"abc"`},
		{"exact", "abcde", 5, `"abcde"`},
		{"cut on runes", "éèàùç€", 3, `"éèà"…`},
		{"line breaks", "a\n\tb", 5, `"a b"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quoteStart(tt.in, tt.n))
		})
	}
}
