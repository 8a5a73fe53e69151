package extract

// Share removes share and social-media prompts.
var Share Extractor = shareExtractor{}

type shareExtractor struct{}

func (shareExtractor) Name() string { return "share" }

func (shareExtractor) Extract(doc *Document) error {
	return nil
}
