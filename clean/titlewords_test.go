package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsGenericPageName(t *testing.T) {
	tests := []struct {
		lang, s string
		want    bool
	}{
		{"en", "Home", true},
		{"en", " home page ", true},
		{"en", "Welcome!", true},
		{"fr", "Accueil", true},
		{"de", "Startseite", true},
		{"es", "Inicio", true},
		{"it", "Pagina iniziale", true},
		{"pt", "Página inicial", true},
		{"nl", "Welkom", true},
		{"sv", "Startsida", true},
		{"en", "About us", false},
		{"de", "Über uns", false},
		{"en", "Home improvement on a budget", false},
		{"fr", "Accueil des réfugiés à Calais", false},
		{"en", "Impressum", false},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.s, func(t *testing.T) {
			assert.Equal(t, tt.want, IsGenericPageName(tt.s))
		})
	}
}

func TestTrimTitleLabel(t *testing.T) {
	tests := []struct {
		name, s, want string
	}{
		{"en glued", "Title:Merging models via geometric constraints", "Merging models via geometric constraints"},
		{"en spaced", "Title: Merging models", "Merging models"},
		{"fr", "Titre : La réforme des retraites", "La réforme des retraites"},
		{"de", "Titel: Die Reform der Rente", "Die Reform der Rente"},
		{"es", "Título: La reforma de las pensiones", "La reforma de las pensiones"},
		{"it", "Titolo: La riforma delle pensioni", "La riforma delle pensioni"},
		{"pt", "Título: A reforma da previdência", "A reforma da previdência"},
		{"nl", "Titel: De hervorming van de pensioenen", "De hervorming van de pensioenen"},
		{"sv", "Rubrik: Pensionsreformen", "Pensionsreformen"},
		{"a kicker is no label", "Climate: the talks resume", "Climate: the talks resume"},
		{"a label alone stays", "Title:", "Title:"},
		{"no colon", "Title fight ends in a draw", "Title fight ends in a draw"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, TrimTitleLabel(tt.s))
		})
	}
}
