package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A byline that goes on with a picture credit names only the writer.
func TestBylineBeforeCredit(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Text von Anna Maier Illustration von Jan Roth", []string{"Anna Maier"}},
		{"de", "Von Anna Maier Fotos von Jan Roth", []string{"Anna Maier"}},
		{"en", "By Jane Doe Photo by John Roe", []string{"Jane Doe"}},
		{"fr", "Par Jean Dupont Crédit photo Marie Roux", []string{"Jean Dupont"}},
		{"es", "Por Juan García Foto de Ana López", []string{"Juan García"}},
		{"it", "Di Marco Rossi Foto di Luca Bianchi", []string{"Marco Rossi"}},
		{"pt", "Por João Silva Fotografia de Ana Costa", []string{"João Silva"}},
		{"nl", "Door Jan Jansen Foto Piet de Vries", []string{"Jan Jansen"}},
		{"sv", "Av Anna Berg Foto Erik Lind", []string{"Anna Berg"}},
		{"no credit", "By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
	}
	for _, tc := range tests {
		t.Run(tc.lang+"/"+tc.text, func(t *testing.T) {
			names, ok := bylineNames(beforeCredit(tc.text, clean.TextCandidates(tc.text)))
			assert.True(t, ok)
			assert.Equal(t, tc.want, names)
		})
	}
	assert.Equal(t, "Foto von Jan Roth", beforeCredit("Foto von Jan Roth", clean.TextCandidates("Foto von Jan Roth")), "a credit alone is left whole")
}

// A dated byline that runs on into a picture credit keeps the name alone.
func TestDatedBylineBeforeCredit(t *testing.T) {
	page := newsPage("de", "", "Der Gemeinderat beschließt den Haushalt", "<p>06.11.2023 13:30 von Olga Symbolbild imago</p>")
	a, err := New().FromHTMLContext(context.Background(), strings.NewReader(page), "https://example.com/a")
	require.NoError(t, err)
	assert.Equal(t, []string{"Olga"}, a.Authors)
}
