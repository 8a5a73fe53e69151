package extract

// Comments removes comment sections.
var Comments Extractor = commentsExtractor{}

type commentsExtractor struct{}

func (commentsExtractor) Name() string { return "comments" }

func (commentsExtractor) Extract(doc *Document) error {
	return nil
}
