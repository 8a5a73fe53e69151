package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// phraseCase is a table row shared by the tests of the phrase extractors.
type phraseCase struct {
	name          string
	lang          string
	before, after []string
	want          map[string]string
}

// runPhraseCases runs e over each case's dump and checks the kinds; the
// body always stays.
func runPhraseCases(t *testing.T, e Extractor, cases []phraseCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			doc := runExtractors(t, testDump("T", tt.lang, tt.before, tt.after), e)
			assertKinds(t, doc, tt.want)
			for _, p := range testBodies[tt.lang] {
				assert.Empty(t, kindOf(t, doc, p))
			}
		})
	}
}

func TestShare(t *testing.T) {
	prompt := "Mais n'hésitez pas à partager cet article avec vos proches par mail, messagerie, SMS ou sur les réseaux sociaux afin de continuer le débat !"
	runPhraseCases(t, Share, []phraseCase{
		{"fr prompt after the body", "fr", nil, []string{prompt}, map[string]string{prompt: "share"}},
		{"en buttons", "en", []string{"Share", "Tweet", "WhatsApp"}, nil, map[string]string{"Share": "share", "Tweet": "share", "WhatsApp": "share"}},
		{"de Artikel teilen", "de", nil, []string{"Artikel teilen"}, map[string]string{"Artikel teilen": "share"}},
		{"es compartir", "es", []string{"Compartir"}, nil, map[string]string{"Compartir": "share"}},
		{"sv dela", "sv", nil, []string{"Dela artikeln"}, map[string]string{"Dela artikeln": "share"}},
		{"a sentence about shares is kept", "en", nil, []string{"Share prices fell sharply on Monday after the results."},
			map[string]string{"Share prices fell sharply on Monday after the results.": ""}},
	})
}
