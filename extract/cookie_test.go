package extract

import "testing"

func TestCookies(t *testing.T) {
	runPhraseCases(t, Cookies, []phraseCase{
		{"en banner", "en", []string{"We use cookies to give you the best experience on our website.", "Accept all"}, nil,
			map[string]string{"We use cookies to give you the best experience on our website.": "cookie", "Accept all": "cookie"}},
		{"fr banner", "fr", nil, []string{"Ce site utilise des cookies pour améliorer votre expérience.", "Tout accepter"},
			map[string]string{"Ce site utilise des cookies pour améliorer votre expérience.": "cookie", "Tout accepter": "cookie"}},
		{"de banner", "de", []string{"Wir verwenden Cookies, um unsere Website zu verbessern."}, nil,
			map[string]string{"Wir verwenden Cookies, um unsere Website zu verbessern.": "cookie"}},
		{"sv banner", "sv", []string{"Vi använder cookies på webbplatsen.", "Ok, jag förstår"}, nil,
			map[string]string{"Vi använder cookies på webbplatsen.": "cookie", "Ok, jag förstår": "cookie"}},
		{"biscuits are kept", "en", nil, []string{"Cookies and biscuits were sold at the fair."}, map[string]string{"Cookies and biscuits were sold at the fair.": ""}},
	})
}

func TestCookiesMarkup(t *testing.T) {
	runDOMCases(t, Cookies, "cookie", []domCase{
		{name: "a consent box by its class", lang: "en",
			inside:  `<div class="cookie-banner"><p>Accept all</p></div>`,
			removed: []string{"Accept all"}},
		{name: "a component class is not a consent platform", lang: "en",
			inside: `<div class="cmp-richtext"><h3>Benefits of index funds</h3></div><div class="cmp-teaser__title"><p>Consistent long-term returns</p></div>`,
			kept:   []string{"Benefits of index funds", "Consistent long-term returns"}},
	})
}
