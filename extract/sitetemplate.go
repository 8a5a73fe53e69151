package extract

// MinSitePages is the fewest pages a text must be seen on, and so the
// fewest pages a profile must be learned from, before SiteTemplate removes
// it. A text must also be seen on at least half of the profile's pages.
const MinSitePages = 3

// minOwnWords is the fewest words a page must keep of its own in its main
// content, outside the profile's texts, for SiteTemplate to remove anything
// from it: a page with less is taken for a copy of a learned page (a
// reprint, a second address of one article), whose body recurs only
// because the page does.
const minOwnWords = 20

// SiteTemplate returns an extractor that removes, as kind "template", the
// kept blocks whose text recurs on the pages of the profile's host: seen on
// at least MinSitePages pages and on at least half of the pages learned.
// It catches the boilerplate a single page cannot show, such as a
// moderation notice or a footer line worded like prose. The evidence reads
// "seen on N of M pages of this host".
//
// A page's own article is unique to it while the template recurs, so the
// block's text decides, never its layout alone. In addition:
//
//   - on an HTML page, a recurring text inside the main content (see
//     Document.InCore) goes only if it also sat at the same DOM path on
//     enough pages; elsewhere (a teaser of this very article in other
//     pages' sidebars) it stays;
//   - inside the main content, only the recurring blocks before the page's
//     first block of its own or after its last go (a share bar, a
//     moderation notice); between the page's own blocks a recurring
//     heading or line ("Key points", "System requirements", a product's
//     "Storage: 60 GB") is part of the article, and so is a recurring
//     heading right before the page's first block of its own;
//   - kicker and lead blocks are never removed;
//   - a page that would keep fewer than 20 words of its own in its main
//     content loses nothing, since it is a copy of a learned page rather
//     than a page of the site.
//
// It does nothing when the profile is nil, was learned from fewer than
// MinSitePages pages, or names a host other than the page's (SiteHost;
// a page with no known host is taken to be of the profile's host). It runs
// best last, after the single-page rules, which name what they find more
// precisely.
//
// The profile is read when SiteTemplate is called: changing it afterwards
// has no effect on the extractor.
func SiteTemplate(profile *SiteProfile) Extractor {
	e := siteTemplate{}
	if profile != nil {
		e.host, e.pages, e.texts = profile.Host, profile.Pages, profile.index()
	}
	return e
}

// WithSiteProfile makes the pipeline run SiteTemplate(profile) after its
// other extractors (the default ones, or those of WithExtractors). A nil
// profile removes it again.
func WithSiteProfile(profile *SiteProfile) Option {
	return func(p *Pipeline) {
		p.site = nil
		if profile != nil {
			p.site = SiteTemplate(profile)
		}
	}
}

// siteTemplate is SiteTemplate's extractor: the profile's host, pages and
// texts by key. It is read-only, so safe for concurrent use.
type siteTemplate struct {
	host  string
	pages int
	texts map[string]*SiteText
}

func (siteTemplate) Name() string { return "site-template" }

// siteMatch is a block's match in the profile.
type siteMatch struct {
	text   *SiteText
	atPath bool // at one of the text's usual DOM paths
}

func (e siteTemplate) Extract(doc *Document) error {
	if e.pages < MinSitePages {
		return nil
	}
	if h := SiteHost(doc); e.host != "" && h != "" && h != e.host {
		return nil
	}
	need := max(MinSitePages, (e.pages+1)/2)
	matches := make([]*siteMatch, len(doc.Blocks))
	for i, b := range doc.Blocks {
		if b.Removed() || b.Role != RoleBody {
			continue
		}
		t := e.texts[siteKey(b.Text)]
		if t == nil || t.Pages < need {
			continue
		}
		m := &siteMatch{text: t}
		if b.DOM != nil {
			m.atPath = t.pathPages(b.DOM.Path) >= need
			if !m.atPath && doc.InCore(b) {
				continue
			}
		}
		matches[i] = m
	}
	// The page's own blocks: kept, not in the profile, in the main content.
	first, last := -1, -1
	for i, b := range doc.Blocks {
		if matches[i] == nil && !b.Removed() && doc.InCore(b) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i, m := range matches {
		if m == nil || !doc.InCore(doc.Blocks[i]) {
			continue
		}
		if first < i && i < last || doc.Blocks[i].Kind == Heading && i+1 == first {
			matches[i] = nil
		}
	}
	ownWords := 0
	for i, b := range doc.Blocks {
		if matches[i] == nil && !b.Removed() && doc.InCore(b) {
			ownWords += b.Features.Words
		}
	}
	if ownWords < minOwnWords {
		return nil
	}
	for i, m := range matches {
		if m == nil {
			continue
		}
		b := doc.Blocks[i]
		switch {
		case b.DOM == nil:
			doc.Removef(b, "template", "seen on %d of %d pages of this host", m.text.Pages, e.pages)
		case m.atPath:
			doc.Removef(b, "template", "seen on %d of %d pages of this host, at %s", m.text.Pages, e.pages, b.DOM.Path)
		default:
			doc.Removef(b, "template", "seen on %d of %d pages of this host, outside the main content", m.text.Pages, e.pages)
		}
	}
	return nil
}
