package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
		{"caption with a bracketed credit (en)", "en", []string{"Spain's Rafael Nadal celebrates a point during their Davis Cup match in Madrid, Spain, Tuesday. (Manu Fernandez/AP)"},
			map[string]string{"Spain's Rafael Nadal celebrates a point during their Davis Cup match in Madrid, Spain, Tuesday. (Manu Fernandez/AP)": "caption"}},
		{"caption with an image label (en)", "en", []string{"Fans gather outside the stadium before the final. (Image: Getty)"},
			map[string]string{"Fans gather outside the stadium before the final. (Image: Getty)": "caption"}},
		{"a dispatch closed by its agency is kept", "en", []string{"The council adopted the budget on Tuesday. (Reuters)"},
			map[string]string{"The council adopted the budget on Tuesday. (Reuters)": ""}},
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

func TestCreditsFigures(t *testing.T) {
	runDOMCases(t, Credits, "credit", []domCase{
		{name: "an image caption in a figure goes", lang: "en",
			inside:  `<figure><img src="/a.jpg"><figcaption>The mayor at the vote on Tuesday</figcaption></figure>`,
			removed: []string{"The mayor at the vote on Tuesday"}},
		{name: "a data table wrapped in a figure stays", lang: "en",
			inside: `<figure class="wp-block-table"><table><tr><td>Rank</td><td>Insurer</td></tr><tr><td>1</td><td>State Farm Group</td></tr></table></figure>`,
			kept:   []string{"Rank\tInsurer\n1\tState Farm Group"}},
		{name: "a quotation wrapped in a figure stays", lang: "en",
			inside: `<figure><blockquote><p>We will rebuild every school before the winter comes.</p></blockquote><figcaption>Jane Doe</figcaption></figure>`,
			kept:   []string{"We will rebuild every school before the winter comes."}, removed: []string{"Jane Doe"}},
		{name: "a label then a name goes", lang: "en",
			inside:  `<p>Photo</p><p>Doug Mills</p>`,
			removed: []string{"Photo", "Doug Mills"}},
		{name: "the menu item after a credit word in a menu stays", lang: "en",
			inside: `<ul><li>Video</li><li>Guides</li></ul>`,
			kept:   []string{"Guides"}},
		{name: "the heading after a credit word stays", lang: "en",
			inside: `<p>Video</p><h2>How to prune roses</h2>`,
			kept:   []string{"How to prune roses"}},
		{name: "the line after an agency form is not its credit", lang: "en",
			inside: `<p>About/Contact</p><p>Careers</p>`,
			kept:   []string{"Careers"}},
	})
}

// TestCreditsSlideshow checks that long prose captions stay when they are
// most of the main content's prose, as on a slideshow, and go when they
// illustrate an article.
func TestCreditsSlideshow(t *testing.T) {
	const caption = "The new bridge opened to traffic on Monday morning after three years of work and a long dispute over its cost and design."
	slide := `<figure><img src="/s.jpg"><figcaption>` + caption + `</figcaption></figure>`
	tests := []struct {
		name, page string
		removed    bool
	}{
		{"a slideshow keeps its captions",
			`<html lang="en"><body><article><h1>Bridges</h1>` + strings.Repeat(slide, 3) + `</article></body></html>`, false},
		{"an article loses its photo captions",
			`<html lang="en"><body><article><h1>Bridges</h1>` + strings.Repeat(proseP("en"), 6) + slide + `</article></body></html>`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := removedBy(t, Credits, tc.page)
			_, ok := got[caption]
			assert.Equal(t, tc.removed, ok)
		})
	}
}

// TestQuote checks that evidence quotes a text whole up to 60 runes and
// cuts a longer one to 57 and an ellipsis.
func TestQuote(t *testing.T) {
	sixty := strings.Repeat("é", 60)
	tests := []struct{ in, want string }{
		{"", `""`},
		{"Photo: AFP", `"Photo: AFP"`},
		{sixty, `"` + sixty + `"`},
		{sixty + "x", `"` + strings.Repeat("é", 57) + `…"`},
		{strings.Repeat("ab", 40), `"` + strings.Repeat("ab", 28) + `a…"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, quote(tt.in))
		})
	}
}
