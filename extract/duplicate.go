package extract

// Duplicates removes lines repeated within the page outside its main content.
var Duplicates Extractor = duplicateExtractor{}

type duplicateExtractor struct{}

func (duplicateExtractor) Name() string { return "duplicate" }

func (duplicateExtractor) Extract(doc *Document) error {
	return nil
}
