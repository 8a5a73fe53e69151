package extract

// ForeignLanguage removes blocks not in the page's main language.
var ForeignLanguage Extractor = languageExtractor{}

type languageExtractor struct{}

func (languageExtractor) Name() string { return "language" }

func (languageExtractor) Extract(doc *Document) error {
	return nil
}
