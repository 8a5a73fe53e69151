package extract

// Moderation removes comment-moderation notices: comments closed or suspended, community rules.
var Moderation Extractor = moderationExtractor{}

type moderationExtractor struct{}

func (moderationExtractor) Name() string { return "moderation" }

func (moderationExtractor) Extract(doc *Document) error {
	return nil
}
