package extract

// Footer removes footers: copyright, legal and contact lines.
var Footer Extractor = footerExtractor{}

type footerExtractor struct{}

func (footerExtractor) Name() string { return "footer" }

func (footerExtractor) Extract(doc *Document) error {
	return nil
}
