package extract

// DefaultExtractors returns a new slice holding the built-in extractors in
// the order New runs them:
//
//   - Headline, Byline, Standfirst, Credits: the article's own furniture,
//     whose text becomes metadata or is dropped;
//   - Navigation, Tags, Share, Newsletter, Cookies, Moderation, Related,
//     Comments, Ads, AuthorBox, Paywall, Footer: kinds of boilerplate, each
//     recognised by its phrases, its place and, in HTML, its markup;
//   - Duplicates, ForeignLanguage: structure rules that work in any language;
//   - Content: last, it removes whatever is left outside the main content.
//
// A block is credited to the first extractor that removes it. The caller
// owns the slice and may reorder, drop or add to it before passing it to
// WithExtractors.
func DefaultExtractors() []Extractor {
	return []Extractor{
		Headline,
		Byline,
		Standfirst,
		Credits,
		Navigation,
		Tags,
		Share,
		Newsletter,
		Cookies,
		Moderation,
		Related,
		Comments,
		Ads,
		AuthorBox,
		Paywall,
		Footer,
		Duplicates,
		ForeignLanguage,
		Content,
	}
}
