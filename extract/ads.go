package extract

import (
	"fmt"
	"strconv"

	"github.com/pith-go/pith/clean"
)

// Ads removes advertisements and promotions: in HTML, the blocks inside an
// element whose class or id names an ad slot, a sponsor or a
// recommendation widget (ad, ads, advert, sponsored, promo, outbrain,
// taboola...), and in any input the labels that mark ads
// ("Advertisement", "Anzeige", "Publicité") and the notes that bridge them
// ("Story continues below advertisement"), and the disclosures of
// affiliate links (clean.PhraseAffiliate) of at most 50 words outside the
// article or at its edges (the first or last 4 blocks of the core).
var Ads Extractor = adsExtractor{}

type adsExtractor struct{}

func (adsExtractor) Name() string { return "ads" }

// Limits of Ads.
const (
	maxAdLabelWords    = 10 // longest ad label
	maxDisclosureWords = 50 // longest affiliate disclosure
)

func (adsExtractor) Extract(doc *Document) error {
	first, last := doc.CoreBounds()
	label := func(b *Block) string {
		if ev := adLabel(b); ev != "" {
			return ev
		}
		return affiliateDisclosure(doc, b, first, last)
	}
	if doc.Root == nil {
		for _, b := range doc.phraseBlocks() {
			if b.Removed() || phraseless(b) || gateAd.ruledOut(b) && gateAffiliate.ruledOut(b) {
				continue // removed already, or both labels are phrases
			}
			if ev := label(b); ev != "" {
				doc.Remove(b, "ad", ev)
			}
		}
		return nil
	}
	removeDOM(doc, "ad", func(b *Block, parts []string) string {
		if p := firstPart(parts, isAdPart); p != "" {
			return fmt.Sprintf("inside an ad or promotion (class %q)", p)
		}
		return label(b)
	})
	return nil
}

// affiliateDisclosure returns the evidence that b discloses affiliate
// links, or "": a block of at most maxDisclosureWords words holding a
// phrase of clean.PhraseAffiliate, outside the core or among its first or
// last phraseCoreEdge blocks (first and last are the core's bounds), so
// that an article about affiliate marketing keeps its sentences.
func affiliateDisclosure(doc *Document, b *Block, first, last int) string {
	if b.Features.Words > maxDisclosureWords || doc.InCore(b) && b.Index >= first+phraseCoreEdge && b.Index <= last-phraseCoreEdge {
		return ""
	}
	if gateAffiliate.ruledOut(b) {
		return ""
	}
	if m, ok := gateAffiliate.match(b); ok {
		return labelEvidence("affiliate disclosure ", m)
	}
	return ""
}

// adLabel returns the evidence that b is an ad label, or "".
func adLabel(b *Block) string {
	if !isShort(b, maxAdLabelWords) {
		return ""
	}
	if gateAd.ruledOut(b) {
		return ""
	}
	if m, ok := gateAd.match(b); ok {
		return labelEvidence("ad label ", m)
	}
	return ""
}

// labelEvidence returns what, then the phrase of m quoted as %q quotes
// it (strconv.Quote) and its language in brackets: fmt.Sprintf("%s%q
// (%s)", what, m.Phrase, m.Lang) without the formatter's interfaces.
func labelEvidence(what string, m clean.PhraseMatch) string {
	return what + strconv.Quote(m.Phrase) + " (" + m.Lang + ")"
}

// adParts are the class and id words of ad slots and promotions.
var adParts = map[string]bool{
	"ad": true, "ads": true, "advert": true, "adverts": true,
	"advertisement": true, "advertising": true, "adslot": true, "adunit": true,
	"adsense": true, "adsbygoogle": true, "dfp": true, "sponsor": true,
	"sponsored": true, "sponsors": true, "promo": true, "promos": true,
	"promoted": true, "promotion": true, "outbrain": true, "taboola": true,
	"plista": true, "ligatus": true, "zergnet": true, "revcontent": true,
	"mgid": true, "werbung": true, "anzeige": true, "publicite": true,
	"publicidad": true, "pubblicita": true, "annons": true,
}

// isAdPart reports whether a class or id word names an ad or promotion.
func isAdPart(p string) bool {
	return adParts[p] || hasPrefixAny(p, "advert", "sponsor", "outbrain", "taboola", "adsbygoogle", "adslot", "adunit", "ad-slot", "ad-unit", "ad-container", "ad-wrapper", "google-ad", "gpt-ad", "dfp-")
}
