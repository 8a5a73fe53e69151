package extract

import "testing"

func TestNewsletter(t *testing.T) {
	runPhraseCases(t, Newsletter, []phraseCase{
		{"en sign up", "en", nil, []string{"Sign up for our newsletter to get the best stories every morning."},
			map[string]string{"Sign up for our newsletter to get the best stories every morning.": "newsletter"}},
		{"fr inscription", "fr", nil, []string{"Inscrivez-vous à notre newsletter"}, map[string]string{"Inscrivez-vous à notre newsletter": "newsletter"}},
		{"de abonnieren", "de", nil, []string{"Newsletter abonnieren"}, map[string]string{"Newsletter abonnieren": "newsletter"}},
		{"sv prenumerera", "sv", nil, []string{"Prenumerera på vårt nyhetsbrev"}, map[string]string{"Prenumerera på vårt nyhetsbrev": "newsletter"}},
		{"en widget labels", "en", nil, []string{"Pick Six Newsletter", "Thanks for signing up!", "This site is protected by recaptcha Privacy Policy | Terms of Service"},
			map[string]string{"Pick Six Newsletter": "newsletter", "Thanks for signing up!": "newsletter", "This site is protected by recaptcha Privacy Policy | Terms of Service": "newsletter"}},
		{"sv label ending in nyhetsbrev", "sv", []string{"Dagens nyhetsbrev"}, nil, map[string]string{"Dagens nyhetsbrev": "newsletter"}},
		{"a word in passing is kept", "en", nil, []string{"Newsletters were once the main way the council spoke to residents."},
			map[string]string{"Newsletters were once the main way the council spoke to residents.": ""}},
	})
}
