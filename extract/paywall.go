package extract

// Paywall removes paywall and subscription boxes.
var Paywall Extractor = paywallExtractor{}

type paywallExtractor struct{}

func (paywallExtractor) Name() string { return "paywall" }

func (paywallExtractor) Extract(doc *Document) error {
	return nil
}
