package extract

// Cookies removes cookie and consent notices.
var Cookies Extractor = cookieExtractor{}

type cookieExtractor struct{}

func (cookieExtractor) Name() string { return "cookie" }

func (cookieExtractor) Extract(doc *Document) error {
	return nil
}
