package extract

// Related removes lists of related and recommended links.
var Related Extractor = relatedExtractor{}

type relatedExtractor struct{}

func (relatedExtractor) Name() string { return "related" }

func (relatedExtractor) Extract(doc *Document) error {
	return nil
}
