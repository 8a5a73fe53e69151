package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// proseP is a paragraph of article prose, repeated to weigh as the body.
func proseP(lang string) string {
	s := map[string]string{
		"en": "The committee met on Tuesday to discuss the new budget, and members agreed on most points after a long debate. ",
		"fr": "Le comité s'est réuni mardi pour discuter du nouveau budget, et les membres se sont mis d'accord après un long débat. ",
		"de": "Der Ausschuss traf sich am Dienstag, um den neuen Haushalt zu besprechen, und die Mitglieder einigten sich nach langer Debatte. ",
		"es": "El comité se reunió el martes para discutir el nuevo presupuesto, y los miembros acordaron casi todo tras un largo debate. ",
		"it": "Il comitato si è riunito martedì per discutere il nuovo bilancio, e i membri si sono accordati dopo un lungo dibattito. ",
		"pt": "O comitê se reuniu na terça-feira para discutir o novo orçamento, e os membros concordaram após um longo debate. ",
		"nl": "De commissie kwam dinsdag bijeen om de nieuwe begroting te bespreken, en de leden werden het na een lang debat eens. ",
		"sv": "Kommittén möttes på tisdagen för att diskutera den nya budgeten, och ledamöterna enades efter en lång debatt. ",
	}[lang]
	return "<p>" + strings.Repeat(s, 3) + "</p>"
}

// articlePage wraps extra markup, placed inside the article after its
// body, into a page whose article body is in lang.
func articlePage(lang, inside, after string) string {
	return `<html lang="` + lang + `"><body><article><h1>Headline</h1>` +
		strings.Repeat(proseP(lang), 4) + inside + `</article>` + after + `</body></html>`
}

// removedBy runs one extractor over the page and returns the text of each
// block it removed, with the removal kind.
func removedBy(t *testing.T, e Extractor, page string) map[string]string {
	t.Helper()
	doc := htmlDoc(t, page, "https://example.com/a")
	doc.current = extractorName(e, 0)
	require.NoError(t, e.Extract(doc))
	out := make(map[string]string)
	for _, b := range doc.Blocks {
		if r := b.Removal(); r != nil {
			out[b.Text] = r.Kind
		}
	}
	return out
}

// domCase is one table case of a DOM extractor test: a page built by
// articlePage, the texts that must be removed and those that must stay.
type domCase struct {
	name, lang, inside, after string
	removed, kept             []string
}

func runDOMCases(t *testing.T, e Extractor, kind string, cases []domCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := removedBy(t, e, articlePage(tc.lang, tc.inside, tc.after))
			for _, r := range tc.removed {
				assert.Equal(t, kind, got[r], "%q should be removed", r)
			}
			for _, k := range tc.kept {
				_, ok := got[k]
				assert.False(t, ok, "%q should be kept", k)
			}
			for text := range got {
				assert.NotContains(t, text, "committee", "article body removed")
			}
		})
	}
}
