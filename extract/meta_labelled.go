package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/pith-go/pith/clean"
	"golang.org/x/net/html"
)

// maxCardLabels is the highest N of the twitter:labelN/twitter:dataN
// pairs read by labelledAuthors; SEO plugins write two or three.
const maxCardLabels = 4

// labelledAuthors returns the names given by twitter:dataN when the
// matching twitter:labelN is a byline label in one of the tabled
// languages ("Written by", "Verfasst von", "Écrit par", "Escrito por"):
// the label and its value read as a byline line. Labels of other data
// ("Est. reading time", "Price") are skipped.
func (m *pageMeta) labelledAuthors() []string {
	var names []string
	for i := 1; i <= maxCardLabels; i++ {
		n := strconv.Itoa(i)
		label, data := m.prop("twitter:label"+n), m.prop("twitter:data"+n)
		if label == "" || data == "" {
			continue
		}
		if _, ok := clean.MatchPhrase(clean.PhraseByline, label+" "+data); !ok {
			continue
		}
		names = append(names, splitAuthors(html.UnescapeString(data))...)
	}
	return names
}

// posterClasses are the class tokens forum software gives the link or
// label of a post's writer (phpBB, XenForo, vBulletin, Drupal).
var posterClasses = []string{"username", "bigusername", "username-coloured"}

// posterElement reports whether n is the name of a post's writer in a
// forum thread: its class has one of posterClasses. The first one on the
// page, the thread's opener, names the author when nothing else does.
func posterElement(n *html.Node) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if slices.Contains(posterClasses, strings.ToLower(c)) {
			return true
		}
	}
	return false
}

// articleAuthors returns the authors the Article reports: Meta.Authors,
// or, when the extractors found no one, the site's name as the page's
// markup gives it (og:site_name, JSON-LD publisher): the publisher is
// the author of a page signed by no one, as schema.org has it. A site
// name taken from the title or the host is not used, and the extractors
// never see this fallback, so that no line of the page is judged by it.
func (doc *Document) articleAuthors() []string {
	if len(doc.Meta.Authors) > 0 || doc.siteAuthor == "" {
		return doc.Meta.Authors
	}
	names := dropHost(cleanNames([]string{doc.siteAuthor}), pageHost(doc.URL))
	if len(names) == 0 {
		return nil
	}
	return names
}
