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
		{"en next up heading", "en", nil, []string{"Next Up In Science & Health", "A clever new solar solution to one of the trickiest climate problems"},
			map[string]string{"Next Up In Science & Health": "related", "A clever new solar solution to one of the trickiest climate problems": "related"}},
		{"sv toppnyheter", "sv", nil, []string{"Toppnyheter just nu", "Borås Tidning nominerad till Årets redaktion"},
			map[string]string{"Toppnyheter just nu": "related", "Borås Tidning nominerad till Årets redaktion": "related"}},
		{"a sentence that reads more is kept", "en", nil, []string{"Most people read more books in winter than in summer, the survey found."},
			map[string]string{"Most people read more books in winter than in summer, the survey found.": ""}},
	})
}
