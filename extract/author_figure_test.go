package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A long caption between the lead and the byline does not end the
// byline window: it is not the body's first paragraph.
func TestBylineAfterFigureCaption(t *testing.T) {
	tests := []struct {
		lang, lead, caption, byline, want string
	}{
		{"en", "The council passed the budget after a long night of debate over the schools and the roads.",
			"The council members vote on the new budget in the town hall on Tuesday evening after the long debate.",
			"ByJane Doe", "Jane Doe"},
		{"fr", "Le conseil a adopté le budget après une longue nuit de débat sur les écoles et les routes.",
			"Les conseillers votent le nouveau budget à la mairie mardi soir après un long débat sur les écoles.",
			"Jean Dupont | 3 mars 2025", "Jean Dupont"},
		{"de", "Der Rat hat den Haushalt nach einer langen Nacht der Debatte über die Schulen und die Straßen beschlossen.",
			"Die Ratsmitglieder stimmen am Dienstagabend im Rathaus nach der langen Debatte über den neuen Haushalt ab.",
			"Anna Maier | 3. Mai 2025", "Anna Maier"},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			page := newsPage(tc.lang, "", "The council passes the budget",
				"<p>"+tc.lead+"</p>",
				`<figure><img src="/a.jpg"><figcaption>`+tc.caption+`</figcaption></figure>`,
				"<p>"+tc.byline+"</p>")
			a, err := New().FromHTMLContext(context.Background(), strings.NewReader(page), "https://example.com/a")
			require.NoError(t, err)
			assert.Equal(t, []string{tc.want}, a.Authors)
		})
	}
}
