package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A name set in bold or italics under the article signs it; a plain
// paragraph, a sentence, a single word or an organisation does not.
func TestSignatureNames(t *testing.T) {
	tests := []struct {
		name, lang, line string
		want             []string
	}{
		{"de bold italic", "de", "<p><b><i>Anna Maier</i></b></p>", []string{"Anna Maier"}},
		{"en strong", "en", "<p>  <strong>Jane Doe</strong> </p>", []string{"Jane Doe"}},
		{"fr em", "fr", "<p><em>Jean Dupont</em></p>", []string{"Jean Dupont"}},
		{"es two", "es", "<p><b>Juan García y Ana López</b></p>", []string{"Juan García", "Ana López"}},
		{"it", "it", "<p><strong>Marco Rossi</strong></p>", []string{"Marco Rossi"}},
		{"pt", "pt", "<p><i>João Silva</i></p>", []string{"João Silva"}},
		{"nl", "nl", "<p><b>Jan Jansen</b></p>", []string{"Jan Jansen"}},
		{"sv", "sv", "<p><em>Anna Berg</em></p>", []string{"Anna Berg"}},
		{"plain", "en", "<p>Jane Doe</p>", nil},
		{"half bold", "en", "<p><b>Jane</b> Doe</p>", nil},
		{"one word", "en", "<p><b>Jane</b></p>", nil},
		{"sentence", "en", "<p><b>Thanks for reading!</b></p>", nil},
		{"organisation", "de", "<p><b>Muster Verlag GmbH</b></p>", nil},
		{"linked", "en", `<p><b><a href="/jane">Jane Doe</a></b></p>`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.lang, "", "The council passes the budget", "")
			page = strings.Replace(page, "</article>", tc.line+"</article>", 1)
			a, err := New().FromHTMLContext(context.Background(), strings.NewReader(page), "https://example.com/a")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

// A bold name higher up in the body (an interview's speaker, a section's
// subject) is no signature.
func TestSignatureOnlyAtTheEnd(t *testing.T) {
	page := newsPage("en", "", "The council passes the budget", "")
	page = strings.Replace(page, "</p><p>", "</p><p><b>Jane Doe</b></p><p>", 1)
	require.Contains(t, page, "<b>Jane Doe</b>")
	a, err := New().FromHTMLContext(context.Background(), strings.NewReader(page), "https://example.com/a")
	require.NoError(t, err)
	assert.Empty(t, a.Authors)
}

// A signature that closes the text before the page's teasers (a heading,
// a list) names the writer even when the main content runs on; a label
// set in bold does not.
func TestTextSignature(t *testing.T) {
	teasers := "<h2>Latest news</h2><ul><li>The mayor opens the new bridge over the river today.</li><li>Schools close early for the summer holidays this year.</li></ul>" +
		"<p>Read everything about the city on our app, every day and wherever you are.</p>"
	tests := []struct {
		name, lang, line string
		want             []string
	}{
		{"de", "de", "<p><b><i>Stefan Maier</i></b></p>", []string{"Stefan Maier"}},
		{"en", "en", "<p><strong>Jane Doe</strong></p>", []string{"Jane Doe"}},
		{"de label", "de", "<p><b>Weitere Informationen</b></p>", nil},
		{"fr label", "fr", "<p><b>Plus d'informations</b></p>", nil},
		{"sv label", "sv", "<p><b>Mer information</b></p>", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := newsPage(tc.lang, "", "The council passes the budget", "")
			page = strings.Replace(page, "</article>", tc.line+teasers+"</article>", 1)
			a, err := New().FromHTMLContext(context.Background(), strings.NewReader(page), "https://example.com/a")
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Authors)
		})
	}
}

// Names in brackets that close the text sign it; an agency's code, a
// single word or a bracket inside the text does not.
func TestBracketedTail(t *testing.T) {
	tests := []struct {
		name, lang, text string
		want             []string
	}{
		{"de marks", "de", "Die Gemeindepolitik bleibt spannend. (Anna P. Maier) +++", []string{"Anna P. Maier"}},
		{"en", "en", "The vote is set for May. (Jane Doe)", []string{"Jane Doe"}},
		{"fr", "fr", "Le vote aura lieu en mai. (Jean Dupont)", []string{"Jean Dupont"}},
		{"es two", "es", "La votación será en mayo. (Juan García y Ana López)", []string{"Juan García", "Ana López"}},
		{"it", "it", "Il voto è previsto a maggio. (Marco Rossi).", []string{"Marco Rossi"}},
		{"pt", "pt", "A votação será em maio. (João Silva)", []string{"João Silva"}},
		{"nl", "nl", "De stemming is in mei. (Jan Jansen)", []string{"Jan Jansen"}},
		{"sv", "sv", "Omröstningen sker i maj. (Anna Berg)", []string{"Anna Berg"}},
		{"agency", "de", "Die Abstimmung ist im Mai. (dpa)", nil},
		{"organisation", "de", "Die Abstimmung ist im Mai. (Muster Verlag GmbH)", nil},
		{"inside", "en", "Jane Doe (Jane Doe) said the vote is set for May.", nil},
		{"no bracket", "en", "The vote is set for May, Jane Doe said.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, bracketedTail(tc.text, tc.lang))
		})
	}
}

// A page the site's account posted names the writer its text closes with.
func TestClosingCreditReplacesHandle(t *testing.T) {
	head := `<meta name="author" content="anna.maier">`
	page := newsPage("de", head, "Der Gemeinderat beschließt den Haushalt", "")
	page = strings.Replace(page, "</article>", "<p>Die Gemeindepolitik bleibt spannend. (Anna P. Maier) +++</p></article>", 1)
	a, err := New().FromHTMLContext(context.Background(), strings.NewReader(page), "https://example.com/a")
	require.NoError(t, err)
	assert.Equal(t, []string{"Anna P. Maier"}, a.Authors)
}
