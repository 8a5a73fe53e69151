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
		{name: "en contributors line", lang: "en",
			inside:  `<p>(Reporting by Jane Doe; additional reporting by John Roe; Editing by Mary Major)</p>`,
			removed: []string{"(Reporting by Jane Doe; additional reporting by John Roe; Editing by Mary Major)"}},
		{name: "de contributors line", lang: "de", inside: `<p>Mit Material von dpa und AFP</p>`,
			removed: []string{"Mit Material von dpa und AFP"}},
		{name: "en contact line", lang: "en", inside: `<p>Jane Doe can be reached at jane@example.com.</p>`,
			removed: []string{"Jane Doe can be reached at jane@example.com."}},
		{name: "a sentence about reporting is kept", lang: "en",
			inside: `<p>The newspaper said its reporting by phone had been slowed by the storm.</p>`,
			kept:   []string{"The newspaper said its reporting by phone had been slowed by the storm."}},
		{name: "de author box heading", lang: "de", inside: `<h3>Über den Autor</h3>`,
			removed: []string{"Über den Autor"}},
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
