package extract

import "testing"

func TestPaywall(t *testing.T) {
	runDOMCases(t, Paywall, "paywall", []domCase{
		{name: "en prompt", lang: "en", inside: `<p>Subscribe to continue reading.</p>`, removed: []string{"Subscribe to continue reading."}},
		{name: "en paywall class", lang: "en",
			after:   `<div class="paywall-overlay"><p>Get full access to all our journalism for one low price.</p></div>`,
			removed: []string{"Get full access to all our journalism for one low price."}},
		{name: "fr abonnés", lang: "fr", inside: `<p>Cet article est réservé aux abonnés. Déjà abonné ? Se connecter</p>`,
			removed: []string{"Cet article est réservé aux abonnés. Déjà abonné ? Se connecter"}},
		{name: "fr il vous reste", lang: "fr", inside: `<p>Il vous reste 80% de cet article à lire.</p>`,
			removed: []string{"Il vous reste 80% de cet article à lire."}},
		{name: "de abonnieren", lang: "de", inside: `<p>Jetzt weiterlesen mit SZ Plus. Abonnieren Sie jetzt.</p>`,
			removed: []string{"Jetzt weiterlesen mit SZ Plus. Abonnieren Sie jetzt."}},
		{name: "es suscriptores", lang: "es", inside: `<p>Contenido exclusivo para suscriptores.</p>`, removed: []string{"Contenido exclusivo para suscriptores."}},
		{name: "it abbonati", lang: "it", inside: `<p>Articolo riservato agli abbonati.</p>`, removed: []string{"Articolo riservato agli abbonati."}},
		{name: "pt assinantes", lang: "pt", inside: `<p>Conteúdo exclusivo para assinantes.</p>`, removed: []string{"Conteúdo exclusivo para assinantes."}},
		{name: "nl abonnees", lang: "nl", inside: `<p>Dit artikel is alleen voor abonnees.</p>`, removed: []string{"Dit artikel is alleen voor abonnees."}},
		{name: "sv prenumerant", lang: "sv", inside: `<p>Redan prenumerant? Logga in.</p>`, removed: []string{"Redan prenumerant? Logga in."}},
		{name: "prose about subscriptions is kept", lang: "en",
			inside: `<p>Streaming services lost subscribers this year as prices rose across the industry.</p>`,
			kept:   []string{"Streaming services lost subscribers this year as prices rose across the industry."}},
	})
}
