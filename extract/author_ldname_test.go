package extract

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A Person node named by a first name alone takes the full name its
// description opens with.
func TestLDFullName(t *testing.T) {
	tests := []struct {
		name, first, desc, want string
	}{
		{"de dash", "Anna", "Anna Maier - Redakteurin und Bergsteigerin", "Anna Maier"},
		{"en comma", "Jane", "Jane Doe, a reporter who covers the city", "Jane Doe"},
		{"fr colon", "Jean", "Jean Dupont : journaliste", "Jean Dupont"},
		{"es bracket", "Juan", "Juan García (periodista)", "Juan García"},
		{"it", "Marco", "Marco Rossi – giornalista", "Marco Rossi"},
		{"pt", "João", "João Silva | jornalista", "João Silva"},
		{"nl", "Jan", "Jan Jansen - verslaggever", "Jan Jansen"},
		{"sv", "Anna", "Anna Berg - journalist", "Anna Berg"},
		{"sentence", "Jane", "Jane writes about the city and its people", "Jane"},
		{"other person", "Jane", "John Roe - editor", "Jane"},
		{"full name given", "Jane Doe", "Jane Doe Roe - editor", "Jane Doe"},
		{"no description", "Jane", "", "Jane"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ldFullName(tc.first, tc.desc))
		})
	}
}

// A byline link that gives a first name alone gives way to the full name
// of the Person the article refers to.
func TestFirstNameLinkGivesWayToPerson(t *testing.T) {
	ld := `<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"The council passes the budget","author":{"@id":"#p1"}},` +
		`{"@type":"Person","@id":"#p1","name":"Jane","description":"Jane Doe - reporter at the city desk"}]}</script>`
	page := newsPage("en", ld, "The council passes the budget", `<p class="byline"><a href="/author/jane/">Jane</a></p>`)
	a, err := New().FromHTMLContext(context.Background(), strings.NewReader(page), "https://example.com/a")
	require.NoError(t, err)
	assert.Equal(t, []string{"Jane Doe"}, a.Authors)
}
