package extract

import "testing"

func TestFooter(t *testing.T) {
	runPhraseCases(t, Footer, []phraseCase{
		{"en copyright and links", "en", nil, []string{"© 2019 Example Media. All rights reserved.", "Privacy Policy", "Terms of Use"},
			map[string]string{"© 2019 Example Media. All rights reserved.": "footer", "Privacy Policy": "footer", "Terms of Use": "footer"}},
		{"fr mentions", "fr", nil, []string{"Mentions légales", "Tous droits réservés"}, map[string]string{"Mentions légales": "footer", "Tous droits réservés": "footer"}},
		{"de Impressum", "de", nil, []string{"Impressum"}, map[string]string{"Impressum": "footer"}},
		{"sv integritet", "sv", nil, []string{"Integritetspolicy"}, map[string]string{"Integritetspolicy": "footer"}},
		{"contact in a sentence is kept", "en", nil, []string{"Contact us, said the mayor, if you have questions about the budget."},
			map[string]string{"Contact us, said the mayor, if you have questions about the budget.": ""}},
	})
}
