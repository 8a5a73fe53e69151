package extract

// Credits removes image credits and captions.
var Credits Extractor = creditExtractor{}

type creditExtractor struct{}

func (creditExtractor) Name() string { return "credit" }

func (creditExtractor) Extract(doc *Document) error {
	return nil
}
