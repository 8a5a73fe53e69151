package extract

// Byline removes bylines and dates, keeping the authors and the publication date as metadata.
var Byline Extractor = bylineExtractor{}

type bylineExtractor struct{}

func (bylineExtractor) Name() string { return "byline" }

func (bylineExtractor) Extract(doc *Document) error {
	return nil
}
