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

// threadOpener returns the forum thread's first poster (posterElement)
// instead of authors when these are one-word forum names that do not
// include the poster: the markup's author element then belongs to a
// reply ("Post #2"), a quoted post or a sidebar. A poster's name of
// several words or an e-mail address is not taken. Otherwise authors as
// they are.
func (m *pageMeta) threadOpener(authors []string) []string {
	if m.userName == "" || len(authors) == 0 || strings.ContainsAny(m.userName, " @") {
		return authors
	}
	for _, a := range authors {
		if strings.Contains(a, " ") || strings.EqualFold(a, m.userName) {
			return authors
		}
	}
	return []string{m.userName}
}
