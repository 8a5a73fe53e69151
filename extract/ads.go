package extract

import (
	"fmt"

	"github.com/pith-go/pith/clean"
)

// Ads removes advertisements and promotions: in HTML, the blocks inside an
// element whose class or id names an ad slot, a sponsor or a
// recommendation widget (ad, ads, advert, sponsored, promo, outbrain,
// taboola...), and in any input the labels that mark ads
// ("Advertisement", "Anzeige", "Publicité") and the notes that bridge them
// ("Story continues below advertisement").
var Ads Extractor = adsExtractor{}

type adsExtractor struct{}

func (adsExtractor) Name() string { return "ads" }

// maxAdLabelWords is the length of the longest ad label.
const maxAdLabelWords = 10

func (adsExtractor) Extract(doc *Document) error {
	if doc.Root == nil {
		for _, b := range doc.Blocks {
			if ev := adLabel(b); ev != "" && !b.Removed() {
				doc.Remove(b, "ad", ev)
			}
		}
		return nil
	}
	removeDOM(doc, "ad", func(b *Block, parts []string) string {
		if p := firstPart(parts, isAdPart); p != "" {
			return fmt.Sprintf("inside an ad or promotion (class %q)", p)
		}
		return adLabel(b)
	})
	return nil
}

// adLabel returns the evidence that b is an ad label, or "".
func adLabel(b *Block) string {
	if !isShort(b, maxAdLabelWords) {
		return ""
	}
	if m, ok := matchPhrase(b, clean.PhraseAd); ok {
		return fmt.Sprintf("ad label %q (%s)", m.Phrase, m.Lang)
	}
	return ""
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
