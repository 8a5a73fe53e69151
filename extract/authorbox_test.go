package extract

import "testing"

func TestAuthorBox(t *testing.T) {
	runDOMCases(t, AuthorBox, "authorbox", []domCase{
		{name: "en author-bio class", lang: "en",
			inside:  `<div class="author-bio"><p>Jane writes about cities and transport.</p></div>`,
			removed: []string{"Jane writes about cities and transport."}},
		{name: "en bio sentence at the end", lang: "en",
			inside:  `<p>Jane Doe is a senior reporter at the Daily Example covering politics.</p>`,
			removed: []string{"Jane Doe is a senior reporter at the Daily Example covering politics."}},
		{name: "fr bio sentence", lang: "fr",
			inside:  `<p>Marie Dupont est journaliste au service politique.</p>`,
			removed: []string{"Marie Dupont est journaliste au service politique."}},
		{name: "de Autorenbox", lang: "de",
			inside:  `<div class="autor-info"><p>Anna Schmidt ist Redakteurin im Ressort Wirtschaft.</p></div>`,
			removed: []string{"Anna Schmidt ist Redakteurin im Ressort Wirtschaft."}},
		{name: "es bio", lang: "es", inside: `<p>Luis Pérez es periodista especializado en economía.</p>`,
			removed: []string{"Luis Pérez es periodista especializado en economía."}},
		{name: "sv bio", lang: "sv", inside: `<p>Karin Berg är journalist på kulturredaktionen.</p>`,
			removed: []string{"Karin Berg är journalist på kulturredaktionen."}},
		{name: "about-the-author box", lang: "nl", after: `<aside class="about-the-author"><p>Pieter schrijft over sport.</p></aside>`,
			removed: []string{"Pieter schrijft over sport."}},
	})
}

func TestAuthorBoxOnlyNearTheEnd(t *testing.T) {
	page := `<html><body><article><h1>H</h1><p>John Smith is a reporter at the Herald, and he saw the fire start.</p>` +
		proseP("en") + proseP("en") + proseP("en") + proseP("en") + proseP("en") + `</article></body></html>`
	if got := removedBy(t, AuthorBox, page); len(got) != 0 {
		t.Errorf("removed %v", got)
	}
}
