package extract

// Newsletter removes newsletter and subscription prompts.
var Newsletter Extractor = newsletterExtractor{}

type newsletterExtractor struct{}

func (newsletterExtractor) Name() string { return "newsletter" }

func (newsletterExtractor) Extract(doc *Document) error {
	return nil
}
