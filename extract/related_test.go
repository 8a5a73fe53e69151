package extract

import "testing"

func TestRelated(t *testing.T) {
	runPhraseCases(t, Related, []phraseCase{
		{"en heading and its links", "en", nil, []string{"Related articles", "Council delays vote on parks", "Mayor names new police chief", "The weather was mild on Sunday, and most people stayed outdoors until late in the evening."},
			map[string]string{"Related articles": "related", "Council delays vote on parks": "related", "Mayor names new police chief": "related",
				"The weather was mild on Sunday, and most people stayed outdoors until late in the evening.": ""}},
		{"fr lire aussi", "fr", nil, []string{"À lire aussi : le maire démissionne"}, map[string]string{"À lire aussi : le maire démissionne": "related"}},
		{"de lesen sie auch", "de", nil, []string{"Lesen Sie auch"}, map[string]string{"Lesen Sie auch": "related"}},
		{"sv läs också", "sv", nil, []string{"Läs också: Budgeten klar"}, map[string]string{"Läs också: Budgeten klar": "related"}},
		{"a sentence that reads more is kept", "en", nil, []string{"Most people read more books in winter than in summer, the survey found."},
			map[string]string{"Most people read more books in winter than in summer, the survey found.": ""}},
	})
}
