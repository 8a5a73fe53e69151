package extract

// Content removes every block left outside the page's main content (see Document.InCore).
var Content Extractor = contentExtractor{}

type contentExtractor struct{}

func (contentExtractor) Name() string { return "content" }

func (contentExtractor) Extract(doc *Document) error {
	return nil
}
