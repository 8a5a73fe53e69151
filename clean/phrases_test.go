package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestMatchPhrase(t *testing.T) {
	tests := []struct {
		name   string
		set    PhraseSet
		text   string
		phrase string // "" = no match
		lang   string
	}{
		{"en share prompt", PhraseShare, "Share this article", "share this", "en"},
		{"fr share prompt", PhraseShare, "Mais n'hésitez pas à partager cet article avec vos proches !", "partager cet article", "fr"},
		{"curly apostrophe", PhraseModeration, "Laissez un commentaire…", "laissez un commentaire", "fr"},
		{"whole-line anchor", PhraseShare, "Share:", "share", "en"},
		{"anchor rejects a sentence", PhraseShare, "Share prices fell sharply on Monday.", "", ""},
		{"words only, not substrings", PhraseShare, "Dismantle the warehouse", "", ""},
		{"number placeholder", PhraseModeration, "12 Kommentare", "# kommentare", "de"},
		{"number placeholder in brackets", PhraseEnd, "[ 167 comments ]", "# comments", "en"},
		{"de cookie banner", PhraseCookie, "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.", "wir verwenden cookies", "de"},
		{"es newsletter", PhraseNewsletter, "Suscríbete a nuestro boletín", "suscríbete a nuestro", "es"},
		{"it related", PhraseRelated, "Leggi anche: il governo cade", "leggi anche", "it"},
		{"pt footer", PhraseFooter, "Globo. Todos os direitos reservados.", "todos os direitos reservados", "pt"},
		{"nl tags", PhraseTags, "Trefwoorden", "trefwoorden", "nl"},
		{"sv navigation", PhraseNavigation, "Hoppa till innehåll", "hoppa till innehåll", "sv"},
		{"copyright symbol kept", PhraseCredit, "© AFP", "©", "en"},
		{"byline prefix", PhraseByline, "Par Jean Dupont", "par", "fr"},
		{"dateline prefix", PhraseDateline, "Mis à jour le 3 mars 2020", "mis à jour", "fr"},
		{"no match", PhraseCookie, "The council approved the budget.", "", ""},
		{"too long", PhraseShare, "share this " + string(make([]byte, 2100)), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := MatchPhrase(tt.set, tt.text)
			if tt.phrase == "" {
				assert.False(t, ok, "matched %+v", m)
				return
			}
			assert.True(t, ok)
			assert.Equal(t, PhraseMatch{Set: tt.set, Phrase: tt.phrase, Lang: tt.lang}, m)
		})
	}
}

func TestPhraseTablesCoverLanguages(t *testing.T) {
	for set, langs := range phraseTables {
		for _, lang := range []string{"en", "fr", "de", "es", "it", "pt", "nl", "sv"} {
			assert.NotEmpty(t, langs[lang], "set %s has no %s phrases", set, lang)
		}
	}
}

func TestFoldPhrase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Share  THIS: article! ", "share this article"},
		{"L’Équipe", "l'équipe"},
		{"Updated 8:03 am", "updated # # am"},
		{"© 2019", "© #"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FoldPhrase(tt.in), "FoldPhrase(%q)", tt.in)
	}
}

func TestMonthName(t *testing.T) {
	tests := []struct {
		word string
		want time.Month
		ok   bool
	}{
		{"Nov.", time.November, true},
		{"janvier", time.January, true},
		{"März", time.March, true},
		{"diciembre", time.December, true},
		{"augusti", time.August, true},
		{"maio", time.May, true},
		{"Monday", 0, false},
	}
	for _, tt := range tests {
		m, _, ok := MonthName(tt.word)
		assert.Equal(t, tt.ok, ok, tt.word)
		assert.Equal(t, tt.want, m, tt.word)
	}
}
