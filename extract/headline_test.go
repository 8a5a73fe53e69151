package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHeadline(t *testing.T) {
	tests := []struct {
		name      string
		title     string
		before    []string
		want      map[string]string
		wantTitle string
	}{
		{
			name:      "exact copy, case and punctuation ignored (fr)",
			title:     "Etat islamique : la coalition se réunit | Atlantico.fr",
			before:    []string{"International", "ETAT ISLAMIQUE – la coalition se réunit"},
			want:      map[string]string{"ETAT ISLAMIQUE – la coalition se réunit": "headline", "International": ""},
			wantTitle: "Etat islamique : la coalition se réunit",
		},
		{
			name:      "truncated title line is replaced by the page's headline (en)",
			title:     "Council approves the new school budget after… | Site",
			before:    []string{"Council approves the new school budget after long night"},
			want:      map[string]string{"Council approves the new school budget after long night": "headline"},
			wantTitle: "Council approves the new school budget after long night",
		},
		{
			name:      "decorated title line (de)",
			title:     "Politik: Stadtrat beschließt neuen Haushalt für Schulen - Zeitung",
			before:    []string{"Stadtrat beschließt neuen Haushalt für Schulen"},
			want:      map[string]string{"Stadtrat beschließt neuen Haushalt für Schulen": "headline"},
			wantTitle: "Stadtrat beschließt neuen Haushalt für Schulen",
		},
		{
			name:      "numbers matter: other issues of a series are not copies",
			title:     "Opening Bell 11.18.19 | Site",
			before:    []string{"Opening Bell 11.18.19", "Opening Bell 9.3.19"},
			want:      map[string]string{"Opening Bell 11.18.19": "headline", "Opening Bell 9.3.19": ""},
			wantTitle: "Opening Bell 11.18.19",
		},
		{
			name:      "short unrelated lines stay (sv)",
			title:     "Budgeten antagen | Tidningen",
			before:    []string{"Budget", "Nyheter"},
			want:      map[string]string{"Budget": "", "Nyheter": ""},
			wantTitle: "Budgeten antagen",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runExtractors(t, testDump(tt.title, "en", tt.before, nil), Headline)
			assertKinds(t, doc, tt.want)
			assert.Equal(t, tt.wantTitle, doc.Title)
			for _, p := range testBodies["en"] {
				assert.Empty(t, kindOf(t, doc, p))
			}
		})
	}
}
