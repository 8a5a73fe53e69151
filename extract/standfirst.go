package extract

// Standfirst gives the kicker and the lead (standfirst) their roles, which keeps them out of the body.
var Standfirst Extractor = standfirstExtractor{}

type standfirstExtractor struct{}

func (standfirstExtractor) Name() string { return "standfirst" }

func (standfirstExtractor) Extract(doc *Document) error {
	return nil
}
