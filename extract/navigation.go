package extract

// Navigation removes navigation menus: runs of short unpunctuated lines and <nav> blocks.
var Navigation Extractor = navigationExtractor{}

type navigationExtractor struct{}

func (navigationExtractor) Name() string { return "navigation" }

func (navigationExtractor) Extract(doc *Document) error {
	return nil
}
