package extract

import "testing"

func TestModeration(t *testing.T) {
	notice := "En raison de débordements, nous avons fait le choix de suspendre les commentaires des articles d'Atlantico.fr."
	runPhraseCases(t, Moderation, []phraseCase{
		{"fr notice", "fr", nil, []string{notice}, map[string]string{notice: "moderation"}},
		{"en closed", "en", nil, []string{"Comments are closed.", "12 Comments"}, map[string]string{"Comments are closed.": "moderation", "12 Comments": "moderation"}},
		{"de Kommentare", "de", nil, []string{"Kommentare"}, map[string]string{"Kommentare": "moderation"}},
		{"es deja un comentario", "es", nil, []string{"Deja un comentario"}, map[string]string{"Deja un comentario": "moderation"}},
		{"sv kommentarer", "sv", nil, []string{"Inga kommentarer:", "3 kommentarer", "Polisen ville inte lämna några kommentarer, inga kommentarer alls."},
			map[string]string{"3 kommentarer": "moderation", "Inga kommentarer:": "moderation", "Polisen ville inte lämna några kommentarer, inga kommentarer alls.": ""}},
		{"fr aucun commentaire", "fr", nil, []string{"Aucun commentaire"}, map[string]string{"Aucun commentaire": "moderation"}},
	})
}
