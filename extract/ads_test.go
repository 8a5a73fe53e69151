package extract

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAds(t *testing.T) {
	runDOMCases(t, Ads, "ad", []domCase{
		{name: "en label", lang: "en", inside: `<div><span>Advertisement</span></div>`, removed: []string{"Advertisement"}},
		{name: "en bridge note", lang: "en", inside: `<p>Story continues below advertisement</p>`, removed: []string{"Story continues below advertisement"}},
		{name: "ad slot class", lang: "en", inside: `<div class="ad-slot"><p>Buy the best shoes today at half price.</p></div>`,
			removed: []string{"Buy the best shoes today at half price."}},
		{name: "outbrain widget", lang: "en", after: `<div class="OUTBRAIN"><p>You may like these stories from around the web.</p></div>`,
			removed: []string{"You may like these stories from around the web."}},
		{name: "de Anzeige", lang: "de", inside: `<p>Anzeige</p>`, removed: []string{"Anzeige"}},
		{name: "fr Publicité", lang: "fr", inside: `<p>Publicité</p>`, removed: []string{"Publicité"}},
		{name: "es Publicidad", lang: "es", inside: `<p>Publicidad</p>`, removed: []string{"Publicidad"}},
		{name: "it Pubblicità", lang: "it", inside: `<p>Pubblicità</p>`, removed: []string{"Pubblicità"}},
		{name: "pt Publicidade", lang: "pt", inside: `<p>Publicidade</p>`, removed: []string{"Publicidade"}},
		{name: "nl Advertentie", lang: "nl", inside: `<p>Advertentie</p>`, removed: []string{"Advertentie"}},
		{name: "sv Annons", lang: "sv", inside: `<p>Annons</p>`, removed: []string{"Annons"}},
		{name: "words that contain ad are not ads", lang: "en",
			inside: `<h2 class="kt-adv-heading">Advanced settings</h2><p class="headline-lead">A header about the lead of the team.</p>`,
			kept:   []string{"Advanced settings", "A header about the lead of the team."}},
		{name: "en affiliate disclosure", lang: "en", inside: `<p>Editorial note: this site may contain affiliate links on some articles.</p>`,
			removed: []string{"Editorial note: this site may contain affiliate links on some articles."}},
		{name: "de affiliate disclosure", lang: "de", after: `<p>Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler.</p>`,
			removed: []string{"Für Links auf dieser Seite erhält die Redaktion ggf. eine Provision vom Händler."}},
		{name: "prose mentioning advertising is kept", lang: "en",
			inside: `<p>Advertising revenue fell by ten percent in the last quarter, the company said.</p>`,
			kept:   []string{"Advertising revenue fell by ten percent in the last quarter, the company said."}},
	})
}

func TestAdsAffiliateInsideTheArticle(t *testing.T) {
	note := "Many blogs now earn money from affiliate links, and readers rarely notice them."
	page := `<html lang="en"><body><article><h1>Headline</h1>` + strings.Repeat(proseP("en"), 5) + `<p>` + note + `</p>` +
		strings.Repeat(proseP("en"), 5) + `</article></body></html>`
	got := removedBy(t, Ads, page)
	assert.Empty(t, got[note], "a sentence deep in the article stays")
}

// TestLabelEvidence checks labelEvidence against the fmt.Sprintf it
// replaced, on random phrases with quotes, backslashes, accents, control
// and unprintable runes.
func TestLabelEvidence(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 4))
	pieces := []string{"Anzeige", "publicité", `"`, `\`, "\t", "\u00ad", "\u200b", " ", "广告", "\xff", "’"}
	for range 500 {
		m := clean.PhraseMatch{Phrase: randtext.Concat(rng, pieces, rng.IntN(6)), Lang: []string{"de", "fr", ""}[rng.IntN(3)]}
		require.Equal(t, fmt.Sprintf("ad label %q (%s)", m.Phrase, m.Lang), labelEvidence("ad label ", m), "%+v", m)
	}
}
