package extract

import (
	"testing"
)

func TestCredits(t *testing.T) {
	tests := []struct {
		name   string
		lang   string
		before []string
		want   map[string]string
	}{
		{"copyright sign", "fr", []string{"©"}, map[string]string{"©": "credit"}},
		{"agency credit (en)", "en", []string{"AFP/Getty Images"}, map[string]string{"AFP/Getty Images": "credit"}},
		{"label then name, caption before it (en)", "en", []string{"The mayor at the vote on Tuesday.", "Credit...", "Doug Mills/The New York Times"},
			map[string]string{"The mayor at the vote on Tuesday.": "caption", "Credit...": "credit", "Doug Mills/The New York Times": "credit"}},
		{"fr photo credit", "fr", []string{"Crédit photo : Jean Dupont"}, map[string]string{"Crédit photo : Jean Dupont": "credit"}},
		{"de Foto label", "de", []string{"Foto: dpa"}, map[string]string{"Foto: dpa": "credit"}},
		{"sv Bild label", "sv", []string{"Bild: TT"}, map[string]string{"Bild: TT": "credit"}},
		{"a date with slashes is kept", "en", []string{"Politics"}, map[string]string{"Politics": ""}},
		{"a sentence about a photo is kept", "en", []string{"Photo exhibitions opened across the city on Tuesday, drawing large crowds to the museums and the galleries of the old town."},
			map[string]string{"Photo exhibitions opened across the city on Tuesday, drawing large crowds to the museums and the galleries of the old town.": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runExtractors(t, testDump("T", tt.lang, tt.before, nil), Credits)
			assertKinds(t, doc, tt.want)
		})
	}
}

func TestAgencyCredit(t *testing.T) {
	for text, want := range map[string]bool{
		"Doug Mills/The New York Times": true,
		"AFP/Getty Images":              true,
		"http://example.com/Page":       false,
		"and/or":                        false,
		"He said 24/7 service ended.":   false,
	} {
		if got := agencyCredit(text); got != want {
			t.Errorf("agencyCredit(%q) = %v, want %v", text, got, want)
		}
	}
}
