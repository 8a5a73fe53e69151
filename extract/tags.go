package extract

// Tags removes tag lists and breadcrumbs.
var Tags Extractor = tagsExtractor{}

type tagsExtractor struct{}

func (tagsExtractor) Name() string { return "tags" }

func (tagsExtractor) Extract(doc *Document) error {
	return nil
}
