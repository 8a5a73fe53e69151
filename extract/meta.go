package extract

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
	"golang.org/x/net/html"
)

// maxHeadlines is how many <h1> texts readMeta keeps as title candidates.
const maxHeadlines = 8

// pageMeta is what readMeta gathers from a page besides its blocks.
type pageMeta struct {
	base      *url.URL
	path      string // the page address's path
	host      string
	title     string
	canonical string // <link rel=canonical> href
	lang      string
	props     map[string][]string // <meta> content by lower-cased name, property or itemprop
	ld        ldInfo
	h1s       []string
	h1Parts   [][]h1Part // the pieces of each of h1s, nil for one piece
	h1Entry   []bool     // whether each of h1s is marked as the entry's title (entryTitle)
	authors   []string   // rel=author and itemprop=author elements of the first byline
	// linkAuthors are the texts of the first byline's links to author
	// pages (authorPageLink) after the first <h1>; links before it are
	// in the site's menus and teasers.
	linkAuthors []string
	// authorBox is the block that holds the first author element; author
	// elements elsewhere (the posters of a forum thread, the writers of
	// teasers) are not the article's.
	authorBox *html.Node
	dates     []string // <time datetime> and itemprop=datePublished values
	pubdates  []string // itemprop=datePublished and <time pubdate>
	moddates  []string // itemprop=dateModified values outside <meta>
	// userName is the first poster's name of a forum thread (see
	// posterElement).
	userName string
	// hcards are the writers the hCards of the page's first hCard byline
	// name (see pageMeta.hcard); hcardBox is that byline's box.
	hcards   []string
	hcardBox *html.Node
	// classAuthorName is the first person's name an author-class element
	// shows after the first <h1> (see pageMeta.classAuthor).
	classAuthorName string
}

// readMeta walks the page once for its metadata: <title>, <base>, <html
// lang>, <meta> tags, JSON-LD, <h1> texts, author links and dates.
func readMeta(root *html.Node, pageURL string) *pageMeta {
	m := &pageMeta{props: make(map[string][]string)}
	if u, err := url.Parse(strings.TrimSpace(pageURL)); err == nil && pageURL != "" {
		m.base = u
		m.path = u.Path
		m.host = strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	baseSet := false
	walkTree(root, func(n *html.Node) bool {
		if n.Type == html.DocumentNode {
			return true
		}
		if n.Type != html.ElementNode || n.Namespace != "" {
			return false
		}
		switch n.Data {
		case "html":
			if m.lang == "" {
				m.lang = attr(n, "lang")
				if m.lang == "" {
					m.lang = attr(n, "xml:lang")
				}
			}
		case "base":
			if href := strings.TrimSpace(attr(n, "href")); href != "" && !baseSet {
				baseSet = true
				if u, err := url.Parse(href); err == nil {
					if m.base != nil {
						u = m.base.ResolveReference(u)
					}
					if u.IsAbs() {
						m.base = u
					}
				}
			}
		case "link":
			if m.canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
				m.canonical = strings.TrimSpace(attr(n, "href"))
			}
			return false
		case "title":
			if m.title == "" {
				m.title = childText(n)
			}
			return false
		case "meta":
			m.meta(n)
			return false
		case "script":
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				parseJSONLD(n.FirstChild.Data, &m.ld)
			}
			return false
		case "style", "template", "svg", "noscript":
			return false
		case "h1":
			if len(m.h1s) < maxHeadlines && !isHidden(n) {
				if t := trimAnchor(metaLine(nodeText(n))); t != "" {
					m.h1s = append(m.h1s, t)
					m.h1Parts = append(m.h1Parts, headlineParts(n))
					m.h1Entry = append(m.h1Entry, entryTitle(n))
				}
			}
			return false
		case "time":
			if dt := attr(n, "datetime"); dt != "" {
				m.dates = append(m.dates, dt)
				if hasAttr(n, "pubdate") {
					m.pubdates = append(m.pubdates, dt)
				}
			}
		}
		if m.userName == "" && poster(n) {
			m.userName = cleanAuthor(metaLine(nodeText(n)))
		}
		switch prop := strings.ToLower(attr(n, "itemprop")); {
		case prop == "datepublished" && n.Data != "meta":
			if v := firstNonEmpty(attr(n, "datetime"), attr(n, "content"), nodeText(n)); v != "" {
				m.pubdates = append(m.pubdates, v)
			}
		case prop == "datemodified" && n.Data != "meta":
			if v := firstNonEmpty(attr(n, "datetime"), attr(n, "content"), nodeText(n)); v != "" {
				m.moddates = append(m.moddates, v)
			}
		case prop == "author" || strings.EqualFold(attr(n, "rel"), "author"):
			if t := authorName(n); t != "" && m.sameByline(n) {
				m.authors = append(m.authors, t)
			}
			return false
		case n.Data == "a" && len(m.h1s) > 0 && authorPageLink(attr(n, "href")):
			if t := authorName(n); t != "" && !startsWithDigit(t) && m.sameByline(n) {
				m.linkAuthors = append(m.linkAuthors, t)
			}
			return false
		}
		m.hcard(n)
		m.classAuthor(n)
		return true
	}, func(*html.Node) {})
	return m
}

// startsWithDigit reports whether s starts with a digit, as the label of a
// link to an author page that counts the writer's articles does ("9
// articles").
func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// authorPageLink reports whether href leads to a writer's page: a path
// segment that names author pages (clean.IsAuthorPathWord: "author",
// "autor", "auteur"; writerPathWords: "writers", "columnistas") followed
// by another, the writer's ("/author/ronja-beck/").
func authorPageLink(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	segs := strings.Split(strings.Trim(strings.ToLower(u.Path), "/"), "/")
	for i, seg := range segs[:max(len(segs)-1, 0)] {
		if (clean.IsAuthorPathWord(seg) || writerPathWords[seg]) && segs[i+1] != "" && segs[i+1] != "index.html" {
			return true
		}
	}
	return false
}

// sameByline reports whether the author element n belongs to the page's
// first byline: the first author element sets it, by its box (the
// nearest ancestor that is not an inline element); a later one belongs
// when its box is that box, a sibling of it, or inside it.
func (m *pageMeta) sameByline(n *html.Node) bool {
	box := authorBox(n)
	if m.authorBox == nil {
		m.authorBox = box
		return true
	}
	for b := box; b != nil; b = b.Parent {
		if b == m.authorBox {
			return true
		}
	}
	return box.Parent != nil && box.Parent == m.authorBox.Parent
}

// authorBox returns the nearest ancestor of n that is not an inline
// element, or n's parent when there is none.
func authorBox(n *html.Node) *html.Node {
	p := n.Parent
	for p != nil && p.Parent != nil && inlineBylineTags[p.Data] {
		p = p.Parent
	}
	if p == nil {
		return n
	}
	return p
}

// inlineBylineTags are the inline elements a byline wraps names in.
var inlineBylineTags = map[string]bool{
	"a": true, "span": true, "strong": true, "b": true, "em": true, "i": true, "small": true,
	"font": true, "address": true, "cite": true, "time": true, "abbr": true,
}

// meta records one <meta> tag.
func (m *pageMeta) meta(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	for _, k := range []string{"name", "property", "itemprop", "http-equiv"} {
		// RDFa allows several space-separated properties in one attribute.
		for _, key := range strings.Fields(strings.ToLower(attr(n, k))) {
			m.props[key] = append(m.props[key], content)
		}
	}
}

// prop returns the first value of the first of keys that the page has.
func (m *pageMeta) prop(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.props[k] {
			if v = metaLine(v); v != "" {
				return v
			}
		}
	}
	return ""
}

// authorName returns the name given by an author element: its itemprop
// name child, else its own text when that is short enough to be a name.
func authorName(n *html.Node) string {
	var name string
	walkTree(n, func(c *html.Node) bool {
		if name != "" || c.Type != html.ElementNode {
			return false
		}
		if c != n && strings.EqualFold(attr(c, "itemprop"), "name") {
			name = metaLine(firstNonEmpty(attr(c, "content"), nodeText(c)))
			return false
		}
		return true
	}, func(*html.Node) {})
	if name == "" {
		name = metaLine(firstNonEmpty(attr(n, "content"), nodeText(n)))
	}
	return cleanAuthor(name)
}

// cleanAuthor trims an author link's label (clean.TrimAuthorLabel), a
// byline prefix ("By", "Par", "Von", ...), quotes and
// a trailing date or separated tail (clean.TrimNameTail), and rejects what cannot be a name: URLs, handles, credits in brackets
// or with a label ("(Image: Reuters)", "Photo: AP"), texts of more than
// 60 runes or with more than 6 words, and what notAName rejects: web
// addresses and generic labels such as "Guest". The page's own host name
// is dropped later (dropHost).
func cleanAuthor(s string) string {
	s = trimBylineWord(clean.TrimAuthorLabel(strings.TrimSpace(s)))
	s = strings.Trim(s, " ,;:|-–—·'\"‘’“”")
	if t := clean.TrimNameTail(s); t != "" && !strings.HasPrefix(s, "(") {
		s = t
	}
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "@") ||
		strings.HasPrefix(s, "(") || strings.Contains(s, ": ") ||
		utf8.RuneCountInString(s) > 60 || countFields(s) > 6 || !hasAlnum(s) || notAName(s) {
		return ""
	}
	return s
}

// dropPublisher removes from authors the names of the site or publisher and
// host names ("stern.de"), unless nothing else is left: a person's name
// is the better byline. A site name that ends a longer name is cut off
// ("Brian Truitt USA TODAY"; see trimPublisherTail).
func dropPublisher(authors []string, site ...string) []string {
	keys := siteKeys(site)
	people := make([]string, 0, len(authors))
	for _, a := range authors {
		if !isPublisher(a, keys) {
			people = append(people, trimPublisherTail(a, keys))
		}
	}
	if len(people) == 0 {
		return authors
	}
	return people
}

// Limits of trimPublisherTail.
const (
	maxPublisherTailWords = 3 // longest site name cut off a name
	minNameWords          = 2 // words of the name left
)

// trimPublisherTail cuts a site name (one of keys, by titleKey) of at
// most maxPublisherTailWords words off the end of a name, when a name of
// at least two words and no digit is left: a byline that runs the writer
// and the publisher together ("Brian Truitt USA TODAY", but not "7 News
// WSVN", a station's name).
func trimPublisherTail(name string, keys []string) string {
	words := strings.Fields(name)
	for k := 1; k <= maxPublisherTailWords && len(words)-k >= minNameWords; k++ {
		rest := strings.Join(words[:len(words)-k], " ")
		if slices.Contains(keys, titleKey(strings.Join(words[len(words)-k:], " "))) && !strings.ContainsAny(rest, "0123456789") {
			return rest
		}
	}
	return name
}

// siteKeys returns the titleKey of each non-empty site name, and of a
// host name's own label too ("l-mag" for "l-mag.de", "bbc" for
// "bbc.co.uk").
func siteKeys(site []string) []string {
	var keys []string
	for _, s := range site {
		if k := titleKey(s); k != "" {
			keys = append(keys, k)
		}
		if k := titleKey(hostLabel(s)); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

// hostLabel returns the registered name of a host ("l-mag" for
// "www.l-mag.de", "bbc" for "bbc.co.uk"): the label before the top-level
// domain, or before a short second-level one ("co", "com") under a
// country's; "" for what is not a host name.
func hostLabel(host string) string {
	if strings.ContainsAny(host, " /") || !strings.Contains(host, ".") {
		return ""
	}
	labels := strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".")
	i := len(labels) - 2
	if i > 0 && len(labels[i]) <= 3 && len(labels[len(labels)-1]) == 2 {
		i--
	}
	return labels[max(i, 0)]
}

// isPublisher reports whether an author name is one of the site names
// (by titleKey) or a bare host name.
func isPublisher(a string, keys []string) bool {
	return slices.Contains(keys, titleKey(a)) || !strings.Contains(a, " ") && strings.Contains(a, ".")
}

// allPublisher reports whether every name is a site name or host name
// (isPublisher).
func allPublisher(names, site []string) bool {
	keys := siteKeys(site)
	for _, a := range names {
		if !isPublisher(a, keys) {
			return false
		}
	}
	return true
}

// apply fills in the document's title line, title and metadata.
func (m *pageMeta) apply(doc *Document) {
	doc.TitleLine = metaLine(m.title)
	site := firstNonEmpty(m.prop("og:site_name"), m.ld.siteName, m.ld.publisher, m.prop("application-name"))
	hints := []string{}
	for _, h := range []string{site, m.host} {
		if h != "" {
			hints = append(hints, h)
		}
	}
	headline, fromTitle := clean.SplitTitle(doc.TitleLine, hints...)
	title, h1Site := m.headline(headline, append(hints, hostLabel(m.host)))
	doc.Title = pageNameTitle(siteNameTitle(title, doc.TitleLine, m.h1s, site, hostLabel(m.host)), doc.TitleLine, firstNonEmpty(m.h1s...))
	doc.Meta.SiteName = firstNonEmpty(site, fromTitle, h1Site, m.host)
	doc.Meta.Language = m.language(doc.languageBlocks())
	doc.Meta.Authors = m.threadOpener(m.authorList(site, m.ld.publisher, m.host, fromTitle))
	doc.lastAuthors = dropHost(cleanNames(m.labelledAuthors()), m.host)
	doc.publishers = cleanNames([]string{m.ld.publisher, m.prop("publisher")})
	if len(doc.lastAuthors) == 0 && m.userName != "" {
		doc.lastAuthors = dropHost([]string{m.userName}, m.host)
	}
	if len(doc.lastAuthors) == 0 && m.classAuthorName != "" && len(doc.Meta.Authors) > 0 &&
		allPublisher(doc.Meta.Authors, append([]string{doc.Meta.SiteName, m.host}, doc.publishers...)) {
		// The markup credits the publisher; an author box names the writer.
		doc.lastAuthors = dropHost(cleanNames([]string{m.classAuthorName}), m.host)
	}
	doc.dates, doc.timeDates = m.published()
	doc.modified = m.modified()
	if len(doc.dates) > 0 {
		doc.Meta.Published = doc.dates[0]
	}
	doc.Meta.Description = firstNonEmpty(m.prop("og:description", "description", "twitter:description"), m.ld.description)
	doc.Meta.ArticleBody = clean.Text(html.UnescapeString(m.ld.body))
	doc.Meta.Image = m.absolute(firstNonEmpty(m.prop("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src"), m.ld.image))
	doc.Meta.Canonical = m.absolute(firstNonEmpty(m.canonical, m.prop("og:url")))
}

// absolute resolves an address of the page's metadata against its base;
// "" for one that cannot be parsed or is not http(s) once resolved.
func (m *pageMeta) absolute(ref string) string {
	ref = strings.TrimSpace(html.UnescapeString(ref))
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if m.base != nil {
		u = m.base.ResolveReference(u)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	return u.String()
}

// titleKeys are the <meta> names and properties that give the headline,
// most trusted first.
var titleKeys = []string{"og:title", "twitter:title", "parsely-title", "dc.title", "dc:title", "dcterms.title", "sailthru.title"}

// headline picks the best headline: an <h1> that matches the title line, a
// meta title or the JSON-LD headline (of an <h1> built of pieces, the
// headline piece, see partsHeadline; of an <h1> that prints a label before
// a candidate, the candidate, see labelledHeadline), less a field label
// (clean.TrimTitleLabel) and the site name, section name or source
// address that decorate it (clean.TrimTitleDecoration); else the meta or
// JSON-LD headline; else the title line without the site name. A meta
// title that is the title line less its site keeps the title line's
// headline: the title line shows which segment is the site. An <h1> that
// is a meta title as written, before the split, is taken whole (see
// wholeMeta). A meta title cut short at an unescaped quote is no
// candidate (cutAtQuote). An
// <h1> that a candidate holds joined to another candidate is the site's
// name, not the headline (see namesSite); the first such is returned as
// site.
func (m *pageMeta) headline(fromTitle string, hints []string) (title, site string) {
	var cands, whole []string
	for _, c := range []string{m.prop(titleKeys...), m.ld.headline} {
		if c = metaLine(html.UnescapeString(c)); c != "" && !cutAtQuote(c, fromTitle) {
			h, _ := clean.SplitTitle(c, hints...)
			if ck := titleKey(c); ck == titleKey(fromTitle) && titleKey(h) != ck {
				h = fromTitle
			}
			cands = append(cands, h)
			whole = append(whole, c)
		}
	}
	cands = append(cands, fromTitle)
	for i, h1 := range m.h1s {
		h1 = clean.TrimTitleLabel(h1)
		k := titleKey(h1)
		if len(k) < 4 {
			continue
		}
		if namesSite(k, cands) {
			site = cmp.Or(site, h1)
			continue
		}
		if len(m.h1Parts[i]) <= 1 && wholeMeta(k, whole, cands) {
			return clean.TrimTitleDecoration(h1, hints...), site
		}
		for _, c := range cands {
			ck := titleKey(c)
			holds := len(ck) >= 12 && strings.Contains(k, ck)
			if holds {
				if h := labelledHeadline(h1, ck); h != "" {
					return h, site
				}
			}
			if ck == k || len(k) >= 12 && strings.Contains(ck, k) || holds {
				if h := partsHeadline(m.h1Parts[i], cands); h != "" {
					h1 = h
				}
				return clean.TrimTitleDecoration(h1, hints...), site
			}
		}
	}
	title = firstNonEmpty(cands...)
	if h := m.markedHeadline(site, title); h != "" {
		return clean.TrimTitleDecoration(h, hints...), site
	}
	if len(m.h1s) > 0 && titleKey(m.h1s[0]) != titleKey(site) && rephrases(m.h1s[0], title) {
		return clean.TrimTitleDecoration(clean.TrimTitleLabel(m.h1s[0]), hints...), site
	}
	return title, site
}

// trimAnchor removes a permalink sign that documentation generators put at
// the end of headings ("Install¶", "Usage #").
func trimAnchor(s string) string {
	return strings.TrimRight(strings.TrimSuffix(strings.TrimRight(s, "¶§🔗 "), " #"), " ")
}

// titleKey reduces a title to lower-case letters and digits, to compare
// titles that differ only in punctuation, case or spacing.
func titleKey(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				sb.WriteByte(byte(r))
			}
			continue
		}
		if r = unicode.ToLower(r); r >= 'a' && r <= 'z' || r > 127 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// maxBylineLinks is the most links to author pages a byline holds; more
// are a list of the site's writers.
const maxBylineLinks = 4

// authorList returns the authors of the first source that names a
// person: the scholarly citation_author tags (one name each, see
// invertName), JSON-LD, then the <meta> author tags, then the author elements
// of the page's first byline, then its links to author pages (at most
// maxBylineLinks of them), then the names of its first hCard byline
// (pageMeta.hcard), then the people JSON-LD refers to by @id
// (ldInfo.refAuthors). Names are cleaned (cleanAuthor) and deduplicated
// without case; a source whose names are all the site's, the
// publisher's or the host's (see dropPublisher) gives way to the next,
// and is the answer only when no source names anyone else; a source of
// account names alone ("jdoe", isHandle) gives way to the people JSON-LD
// refers to, the accounts' owners, and so does a source of lone first
// names when those people's full names start with them. A meta value that lists the site
// first is the site's address line, and names no one, as does a credit
// (creditValue: "Jane Doe und Acme designed").
func (m *pageMeta) authorList(site ...string) []string {
	var metaNames []string
	for _, k := range []string{"author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "og:article:author", "shareaholic:article_author_name"} {
		for _, v := range m.props[k] {
			names := splitAuthors(html.UnescapeString(v))
			if len(names) > 1 && isPublisher(strings.TrimSpace(names[0]), siteKeys(site)) || creditValue(names) {
				continue // the site's address line: "example.de, Frankfurt, Germany"; a credit
			}
			metaNames = append(metaNames, names...)
		}
	}
	var citation []string
	for _, v := range m.props["citation_author"] {
		citation = append(citation, invertName(html.UnescapeString(v)))
	}
	var ldNames []string
	for _, a := range m.ld.authors {
		ldNames = append(ldNames, splitAuthors(html.UnescapeString(a))...)
	}
	var fallback []string
	refs := cleanNames(m.ld.refAuthors())
	links := m.linkAuthors
	if len(links) > maxBylineLinks {
		links = nil // a list of the site's writers
	}
	for _, src := range [][]string{citation, ldNames, metaNames, m.authors, links, m.hcards, refs} {
		names := cleanNames(src)
		switch {
		case len(names) == 0:
		case allPublisher(names, site):
			if fallback == nil {
				fallback = names
			}
		case allHandles(names) && len(refs) > 0 && !allHandles(refs):
			return refs // the account's owner, by name
		case firstNamesOf(names, refs):
			return refs // "Anna" in the byline, "Anna Maier" in the markup
		default:
			return dropPublisher(names, site...)
		}
	}
	return fallback
}

// firstNamesOf reports whether names are lone first names (isFirstName)
// that start, each, one of the full names of full ("Anna" and "Anna
// Maier").
func firstNamesOf(names, full []string) bool {
	if len(names) == 0 || len(full) == 0 {
		return false
	}
	for _, n := range names {
		found := false
		for _, f := range full {
			found = found || isFirstName(n) && strings.HasPrefix(f, n+" ")
		}
		if !found {
			return false
		}
	}
	return true
}

// allHandles reports whether every name is an account's (isHandle).
func allHandles(names []string) bool {
	for _, n := range names {
		if !isHandle(n) {
			return false
		}
	}
	return true
}

// invertName turns a name written surname first ("Roy, Aniruddha", as
// scholarly metadata has it) into the usual order ("Aniruddha Roy"); a
// name without exactly one comma is returned as it is.
func invertName(s string) string {
	last, first, ok := strings.Cut(s, ",")
	if !ok || strings.Contains(first, ",") || strings.TrimSpace(first) == "" {
		return s
	}
	return strings.TrimSpace(first) + " " + strings.TrimSpace(last)
}

// cleanNames cleans each name with cleanAuthor, dropping degree suffixes
// ("Ph.D.") and duplicates without case. The names are lowered
// (strings.ToLower) to be compared only from the second one kept, as most
// lists hold one.
func cleanNames(raw []string) []string {
	var seen map[string]bool // out's names lowered, once it has two
	var out []string
	for _, a := range raw {
		if clean.IsNameSuffix(a) {
			continue
		}
		if a = cleanAuthor(html.UnescapeString(a)); a == "" {
			continue
		}
		if len(out) > 0 {
			if seen == nil {
				seen = map[string]bool{strings.ToLower(out[0]): true}
			}
			k := strings.ToLower(a)
			if seen[k] {
				continue
			}
			seen[k] = true
		}
		out = append(out, a)
	}
	return out
}

// splitAuthors splits a list of names given in one meta value on commas,
// semicolons and the words for "and" (nameConjunctions); a piece is not
// split on "and" when a part after it starts in lower case, as a
// collective credit goes on ("Staff and news service reports").
func splitAuthors(s string) []string {
	var out []string
	for _, piece := range strings.Split(strings.ReplaceAll(s, ";", ","), ",") {
		parts := []string{piece}
		for _, c := range nameConjunctions {
			var next []string
			for _, p := range parts {
				next = append(next, strings.Split(p, c)...)
			}
			parts = next
		}
		names := true
		for _, p := range parts[1:] {
			names = names && startsUpper(strings.TrimSpace(p))
		}
		if !names {
			parts = []string{piece}
		}
		out = append(out, parts...)
	}
	return out
}

// published returns the parseable publication dates, best first: the
// meta tags (with the scholarly citation_publication_date), JSON-LD, itemprop=datePublished, the date the address spells
// (clean.URLDate) and <time> elements. A modified date is never among
// them. timeOnly reports that all of them come from <time> elements, which
// may date any story the page lists.
func (m *pageMeta) published() (dates []time.Time, timeOnly bool) {
	cands := []string{
		m.prop("article:published_time", "og:published_time", "og:article:published_time",
			"datepublished", "publishdate", "publish-date", "pubdate", "date", "dc.date.issued",
			"dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
			"citation_publication_date", "citation_date", "citation_online_date"),
		m.ld.published,
	}
	cands = append(cands, m.pubdates...)
	var out []time.Time
	for _, c := range cands {
		if t := parseMetaDate(c); !t.IsZero() {
			out = append(out, t)
		}
	}
	if t, ok := clean.URLDate(m.path); ok {
		out = append(out, t)
	}
	urlDay, hasURLDay := clean.URLDate(m.path)
	timeOnly = len(out) == 0
	var local []time.Time
	for _, c := range m.dates {
		if t := parseMetaDate(c); !t.IsZero() {
			out = append(out, t)
			if !hasZone(c) {
				local = append(local, t)
			}
		}
	}
	if len(out) > 0 {
		out[0] = inPageZone(out[0], local)
		if hasURLDay {
			out[0] = onURLDay(out[0], urlDay)
		}
		out[0] = localMidnight(out[0])
	}
	return out, timeOnly && len(out) > 0
}

// onURLDay returns t, a time given in UTC, in the nearest whole-hour zone
// (at most 14 hours off) in which it falls on day, the date the page's
// address spells, when that is the day before or after t's: a blog whose
// address says "/2019/01/01/" and whose metadata says
// "2018-12-31T23:11:59+00:00" was written on the first of January, local
// time. Otherwise t is returned as is.
func onURLDay(t, day time.Time) time.Time {
	if _, off := t.Zone(); off != 0 {
		return t
	}
	since := t.Sub(t.Truncate(24 * time.Hour))
	switch y, m, d := t.Date(); {
	case sameDay(day, time.Date(y, m, d+1, 0, 0, 0, 0, time.UTC)):
		hours := (24*time.Hour - since + time.Hour - 1) / time.Hour
		if hours <= maxZoneHours {
			return t.In(time.FixedZone("", int(hours)*3600))
		}
	case sameDay(day, time.Date(y, m, d-1, 0, 0, 0, 0, time.UTC)):
		hours := since/time.Hour + 1
		if hours <= maxZoneHours {
			return t.In(time.FixedZone("", -int(hours)*3600))
		}
	}
	return t
}

// maxZoneHours is the largest offset from UTC a page's zone is taken to
// have.
const maxZoneHours = 14

// Limits of localMidnight: the zones east of UTC whose midnight it
// recognises, Europe's to the Gulf's.
const maxMidnightZone = 4

// localMidnight returns t, a time given in UTC on a whole hour from 20:00
// to 23:00 with no minutes, seconds or fraction, as the midnight it is in
// the zone that many hours east ("2022-11-06T23:00:00Z" is 7 November at
// 0:00 in Central Europe): content systems store a date without time as
// local midnight converted to UTC. Otherwise t is returned as is.
func localMidnight(t time.Time) time.Time {
	if _, off := t.Zone(); off != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0 || t.Hour() < 24-maxMidnightZone {
		return t
	}
	return t.In(time.FixedZone("", (24-t.Hour())*3600))
}

// sameDay reports whether a and b fall on the same calendar day, each in
// its own zone.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// inPageZone returns t, a time given in UTC, in the page's own zone when a
// <time> element gives the same instant as a local time without zone
// ("2023-11-09T05:30:59Z" beside "2023-11-08 23:30:59" is 23:30:59 at
// UTC-6): the two differ by a whole number of quarter hours, at most 14
// hours. Otherwise, or when t has a zone of its own, t is returned as is.
func inPageZone(t time.Time, local []time.Time) time.Time {
	if _, off := t.Zone(); off != 0 {
		return t
	}
	for _, l := range local {
		d := t.Sub(l)
		if d != 0 && d.Abs() <= 14*time.Hour && d%(15*time.Minute) == 0 {
			return t.In(time.FixedZone("", int(-d.Seconds())))
		}
	}
	return t
}

// hasZone reports whether a date text gives its zone: "Z", an offset
// ("+01:00", "-0500") or "UTC"/"GMT" after the date.
func hasZone(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) <= 10 {
		return false
	}
	rest := s[10:]
	return strings.HasSuffix(rest, "Z") || strings.ContainsAny(rest, "+-") || strings.Contains(rest, "UTC") || strings.Contains(rest, "GMT")
}

// dateLayouts are the date formats parseMetaDate accepts.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	"20060102",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2006 Jan 2", // citation_publication_date
	"2006/1/2",
}

// parseMetaDate parses a date in one of dateLayouts; the zero time when none
// fits or the year is implausible.
func parseMetaDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1990 || t.Year() > 2100 {
				return time.Time{}
			}
			return t
		}
	}
	return time.Time{}
}

// consistentStopShare is how large a share of the detected language's stop
// word density a declared language must reach on the page's text to be
// taken as consistent with it.
const consistentStopShare = 0.6

// language returns the page's language: the first declared one (<html
// lang>, Content-Language, og:locale, JSON-LD inLanguage, dc.language) that
// is consistent with the language detected in the blocks' text (see
// languageSample), else the detected one, else the first declared one. A
// declared language is consistent when it is the detected one, when both
// are Chinese or Japanese (which are told apart by script alone), or when
// the text has at least 60% as many of its stop words as of the detected
// language's: a Spanish page is not taken for Asturian, nor a Bokmål page
// for Danish, but an English template on a Spanish text is ignored.
//
// The language is detected from the blocks' line profiles, which measuring
// them reuses; the text is joined only to weigh a declared language.
func (m *pageMeta) language(blocks []*Block) string {
	var declared []string
	for _, v := range []string{m.lang, m.prop("content-language"), m.prop("og:locale"), m.ld.lang,
		m.prop("dc.language", "language")} {
		if l := normLang(v); l != "" && !slices.Contains(declared, l) {
			declared = append(declared, l)
		}
	}
	detected, _ := detectBlocks(blocks)
	if detected == "" {
		return firstNonEmpty(declared...)
	}
	for _, l := range declared {
		if l == detected || isHanLang(l) && isHanLang(detected) {
			return l
		}
	}
	text := languageSample(blocks)
	density := clean.StopwordDensity(text, detected)
	for _, l := range declared {
		if d := clean.StopwordDensity(text, l); d > 0 && d >= consistentStopShare*density {
			return l
		}
	}
	return detected
}

// isHanLang reports whether lang is written with Han characters, Chinese or
// Japanese.
func isHanLang(lang string) bool {
	return lang == "zh" || lang == "ja"
}

// normLang reduces a language tag ("en-US", "fr_FR", "pt-br") to its
// ISO 639-1 code; "" for what is not one.
func normLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_ ,;"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}

// metaLine normalises s to a single line.
func metaLine(s string) string {
	return strings.ReplaceAll(clean.Text(s), "\n", " ")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// childText returns the text of n's text children, as <title> holds.
func childText(n *html.Node) string {
	var sb strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
		}
	}
	return sb.String()
}
