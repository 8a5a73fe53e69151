package extract

// Ads removes advertisements and promotions.
var Ads Extractor = adsExtractor{}

type adsExtractor struct{}

func (adsExtractor) Name() string { return "ads" }

func (adsExtractor) Extract(doc *Document) error {
	return nil
}
