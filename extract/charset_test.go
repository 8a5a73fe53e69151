package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// doubleEncode encodes s in UTF-8 a second time, as a tool that read the
// UTF-8 bytes with the charset cs would save them.
func doubleEncode(t *testing.T, s string, cs *charmap.Charmap) string {
	t.Helper()
	out, err := cs.NewDecoder().String(s)
	require.NoError(t, err)
	return out
}

func TestUndoDoubleUTF8(t *testing.T) {
	tests := []struct {
		name, input, want string
		repaired          bool
	}{
		{"dash read as latin-1", doubleEncode(t, "itertools — Functions", charmap.ISO8859_1), "itertools — Functions", true},
		{"dash read as windows-1252", doubleEncode(t, "itertools — Functions", charmap.Windows1252), "itertools — Functions", true},
		{"french", doubleEncode(t, "Un café déjà servi à Zürich", charmap.Windows1252), "Un café déjà servi à Zürich", true},
		{"german", doubleEncode(t, "Größe und Qualität für Mädchen", charmap.Windows1252), "Größe und Qualität für Mädchen", true},
		{"apostrophe", doubleEncode(t, "A DIY Investor’s Guide", charmap.Windows1252), "A DIY Investor’s Guide", true},
		{"ascii", "plain text only", "", false},
		{"correct french", "Un café déjà servi à Zürich", "", false},
		{"correct german", "Größe und Qualität", "", false},
		{"correct dash", "itertools — Functions", "", false},
		{"mixed: a real dash beside mojibake", "Title — " + doubleEncode(t, "café", charmap.Windows1252), "", false},
		{"greek", "Καλημέρα κόσμε", "", false},
		{"capital letter before a sign", "ÖL-Preis: 3,50 €", "", false},
		{"would give a control character", "Â\u0080", "", false},
		{"cut sequence", "Ã", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := undoDoubleUTF8([]byte(tt.input))
			assert.Equal(t, tt.repaired, ok)
			if tt.repaired {
				assert.Equal(t, tt.want, string(got))
			}
		})
	}
}

func TestFromHTMLDoubleEncoded(t *testing.T) {
	page := `<html><head><meta charset="utf-8"><title>itertools — Functions creating iterators — Python docs</title></head>` +
		`<body><h1>itertools — Functions creating iterators¶</h1><p>This module implements a number of iterator building blocks, ` +
		`inspired by constructs from APL, Haskell and SML. Each has been recast in a form suitable for Python’s idioms.</p></body></html>`
	a, err := FromHTML(strings.NewReader(doubleEncode(t, page, charmap.ISO8859_1)), "https://docs.example.org/itertools.html")
	require.NoError(t, err)
	assert.Equal(t, "itertools — Functions creating iterators", a.Title)
	assert.Contains(t, a.Text(), "suitable for Python’s idioms")
	assert.NotContains(t, a.Text(), "â")
}
