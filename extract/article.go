package extract

import (
	"strings"
	"time"
)

// An Article is the clean article extracted from a page.
type Article struct {
	// URL is the page's address, when known.
	URL string `json:"url,omitempty"`
	// Title is the headline, without the site name.
	Title string `json:"title"`
	// SiteName is the publication's name, from the page's metadata or its
	// title line, else the host name of its address.
	SiteName string `json:"site_name,omitempty"`
	// Language is the ISO 639-1 code of the page's main language, or ""
	// when unknown.
	Language string `json:"language,omitempty"`
	// Authors are the article's authors, as named in its byline or metadata.
	Authors []string `json:"authors,omitempty"`
	// Published is the publication date; the zero time when unknown.
	Published time.Time `json:"published,omitzero"`
	// Description is the page's summary from its metadata (og:description,
	// <meta name=description>, JSON-LD description), if any.
	Description string `json:"description,omitempty"`
	// Image is the address of the page's lead image from its metadata
	// (og:image, twitter:image, JSON-LD image), if any.
	Image string `json:"image,omitempty"`
	// Canonical is the page's canonical address (<link rel=canonical>,
	// og:url), if any.
	Canonical string `json:"canonical,omitempty"`
	// Kicker is the short label above the headline ("Crisis meeting").
	Kicker string `json:"kicker,omitempty"`
	// Lead is the standfirst: the summary between headline and body. It is
	// not part of the body.
	Lead string `json:"lead,omitempty"`
	// Body holds the article's blocks in reading order.
	Body []Block `json:"body"`
	// Removed lists every block that was stripped, in page order, with the
	// extractor that stripped it and why. Its records may be the very ones
	// the Document's blocks point at (Block.Removal), not copies: change
	// neither.
	Removed []Removal `json:"removed,omitempty"`
}

// Text returns the body as plain text: one block per paragraph with a
// blank line between paragraphs, and the items of a list on consecutive
// lines. It is the article body as schema.org's articleBody means it: the
// title, kicker and lead are not part of it.
func (a *Article) Text() string {
	var sb strings.Builder
	sb.Grow(textSize(a.Body)) // one allocation
	for i := range a.Body {
		sb.WriteString(textSeparator(a.Body, i))
		sb.WriteString(a.Body[i].Text)
	}
	return sb.String()
}

// textSize returns the length of Article.Text for the body blocks: their
// texts and the separators between them.
func textSize(body []Block) int {
	n := 0
	for i := range body {
		n += len(textSeparator(body, i)) + len(body[i].Text)
	}
	return n
}

// textSeparator returns what Article.Text writes before body block i:
// nothing before the first, one line break between two list items, two
// between other blocks.
func textSeparator(body []Block, i int) string {
	switch {
	case i == 0:
		return ""
	case body[i].Kind == ListItem && body[i-1].Kind == ListItem:
		return "\n"
	}
	return "\n\n"
}
