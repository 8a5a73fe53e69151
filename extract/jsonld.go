package extract

import (
	"encoding/json"
	"html"
	"strings"
)

// maxLDDepth bounds the walk of a JSON-LD value.
const maxLDDepth = 32

// ldInfo is what a page's JSON-LD says about its article.
type ldInfo struct {
	headline, body, lang, description, published string
	modified, image                              string
	publisher, siteName                          string
	authors                                      []string
	// authorIDs are the @id references an article gives as its authors
	// when it names none ({"author": {"@id": "#/schema/person/1"}});
	// nodeNames maps the @id of each Person node to its name, to resolve
	// them (see refAuthors). An organisation referred to so is the
	// site's own.
	authorIDs []string
	nodeNames map[string]string
	// weak is set when the fields came from a WebPage rather than an
	// Article node.
	weak bool
}

// parseJSONLD reads one <script type="application/ld+json"> text into
// info; fields already set are kept. Several values glued together
// ("{...}{...}") are all read. Invalid JSON is repaired where that is
// cheap (see repairJSON) and otherwise ignored.
func parseJSONLD(src string, info *ldInfo) {
	src = strings.TrimSpace(src)
	for _, w := range [][2]string{{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}} {
		src = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(src, w[0]), w[1]))
	}
	if decodeLD(src, info) == 0 {
		decodeLD(repairJSON(src), info)
	}
}

// decodeLD reads the JSON values of src one after the other into info, up
// to the first error, and returns how many it read.
func decodeLD(src string, info *ldInfo) int {
	dec := json.NewDecoder(strings.NewReader(src))
	n := 0
	for {
		var v any
		if dec.Decode(&v) != nil {
			return n
		}
		info.walk(v, 0)
		n++
	}
}

// repairJSON fixes the common faults of hand-written JSON-LD: raw control
// characters (a line break inside a string becomes a space), commas
// before a closing bracket or brace, and a text whose quotes are all
// written as HTML entities ("&quot;"). It is one pass over the bytes.
func repairJSON(src string) string {
	if !strings.Contains(src, `"`) {
		src = html.UnescapeString(src) // the whole text entity-encoded
	}
	var sb strings.Builder
	sb.Grow(len(src))
	inString, escaped := false, false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c < ' ':
			c = ' '
		case inString:
			if escaped {
				escaped = false
			} else if c == '\\' {
				escaped = true
			} else if c == '"' {
				inString = false
			}
		case c == '"':
			inString = true
		case c == ',':
			j := i + 1
			for j < len(src) && (src[j] == ' ' || src[j] == '\n' || src[j] == '\t' || src[j] == '\r') {
				j++
			}
			if j < len(src) && (src[j] == '}' || src[j] == ']') {
				continue
			}
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

func (info *ldInfo) walk(v any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			info.walk(e, depth+1)
		}
	case map[string]any:
		info.node(x)
		info.named(x)
		for k, e := range x {
			switch k {
			case "@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart":
				info.walk(e, depth+1)
			}
		}
	}
}

// node reads the fields of one JSON-LD object: an article, a post, or the
// question of a forum thread (a Question with an author, not one of an
// FAQ's); a WebPage's fields when nothing better is known; a WebSite's
// name.
func (info *ldInfo) node(m map[string]any) {
	types := ldTypes(m["@type"])
	switch {
	case hasType(types, "Article", "Posting", "Report", "NewsArticle", "Blog", "Recipe", "Review", "HowTo", "Story"),
		hasType(types, "Question") && m["author"] != nil:
		if info.weak {
			*info = ldInfo{siteName: info.siteName, publisher: info.publisher, nodeNames: info.nodeNames}
		}
		info.article(m)
	case hasType(types, "WebPage") && info.headline == "":
		info.weak = true
		info.article(m)
	case hasType(types, "WebSite"):
		if info.siteName == "" {
			info.siteName = ldString(m["name"])
		}
	}
}

// article reads the fields of an Article-like object.
func (info *ldInfo) article(m map[string]any) {
	set := func(dst *string, v any) {
		if *dst == "" {
			*dst = ldString(v)
		}
	}
	set(&info.headline, m["headline"])
	if info.headline == "" && !info.weak {
		set(&info.headline, m["name"])
	}
	set(&info.body, m["articleBody"])
	if info.body == "" {
		set(&info.body, m["text"])
	}
	set(&info.lang, m["inLanguage"])
	set(&info.description, m["description"])
	if info.image == "" {
		info.image = ldURL(m["image"])
	}
	set(&info.modified, m["dateModified"])
	set(&info.published, m["datePublished"])
	if info.published == "" {
		set(&info.published, m["dateCreated"])
	}
	if p, ok := m["publisher"]; ok && info.publisher == "" {
		info.publisher = ldName(p)
	}
	if len(info.authors) == 0 {
		info.authors = ldNames(m["author"], 0)
		if len(info.authors) == 0 {
			info.authors = ldNames(m["creator"], 0)
		}
		if len(info.authors) == 0 {
			info.authorIDs = ldIDs(m["author"], 0)
		}
	}
}

// maxLDNodes bounds how many named nodes of a page's JSON-LD are kept to
// resolve author references.
const maxLDNodes = 64

// named records the name of a Person node that has an @id, at most maxLDNodes of them, the first name given for an @id
// winning.
func (info *ldInfo) named(m map[string]any) {
	id, _ := m["@id"].(string)
	if id == "" || !hasType(ldTypes(m["@type"]), "Person") {
		return
	}
	name := ldString(m["name"])
	if name == "" || len(info.nodeNames) >= maxLDNodes {
		return
	}
	name = ldFullName(name, ldString(m["description"]))
	if info.nodeNames == nil {
		info.nodeNames = make(map[string]string)
	}
	if _, ok := info.nodeNames[id]; !ok {
		info.nodeNames[id] = name
	}
}

// ldFullName returns the full name a Person node's description opens
// with when its name is a lone first name that starts it ("Anna", "Anna
// Maier - Redakteurin und Bergsteigerin": "Anna Maier"), up to a dash,
// a comma, a bracket or a colon; name itself otherwise.
func ldFullName(name, desc string) string {
	if strings.ContainsAny(name, " \t") || !strings.HasPrefix(desc, name+" ") {
		return name
	}
	head := desc
	for _, sep := range []string{" - ", " – ", " — ", ",", "(", ":", "|"} {
		head, _, _ = strings.Cut(head, sep)
	}
	head = strings.TrimSpace(head)
	if n := len(strings.Fields(head)); n < 2 || n > 3 {
		return name
	}
	if names := nameLine(head); len(names) != 1 || names[0] != head {
		return name
	}
	return head
}

// refAuthors returns the names of the Person nodes the article's @id
// references point to as its authors, wherever on the page they are;
// nil when it names its authors itself or none resolves. Content systems
// point there to the account that posted the page, a weaker source than
// a byline (see pageMeta.authorList).
func (info *ldInfo) refAuthors() []string {
	if len(info.authors) > 0 {
		return nil
	}
	var out []string
	for _, id := range info.authorIDs {
		if name := info.nodeNames[id]; name != "" {
			out = append(out, name)
		}
	}
	return out
}

// ldIDs returns the @id of a reference object or of each one of an
// array of them.
func ldIDs(v any, depth int) []string {
	switch x := v.(type) {
	case map[string]any:
		if id, ok := x["@id"].(string); ok && id != "" {
			return []string{id}
		}
	case []any:
		if depth > 0 {
			return nil
		}
		var out []string
		for _, e := range x {
			out = append(out, ldIDs(e, depth+1)...)
		}
		return out
	}
	return nil
}

// ldTypes returns the @type values of an object.
func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// hasType reports whether one of types contains one of the substrings.
func hasType(types []string, subs ...string) bool {
	for _, t := range types {
		for _, s := range subs {
			if strings.Contains(t, s) {
				return true
			}
		}
	}
	return false
}

// ldString returns a string value, the first string of an array, or the
// @value of an object.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		return ldString(x["@value"])
	}
	return ""
}

// ldName returns the name of a person or organisation given as a string or
// an object.
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.Contains(x, "://") {
			return ""
		}
		return strings.TrimSpace(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		for _, e := range x {
			if s := ldName(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldNames returns the names of one or more people.
func ldNames(v any, depth int) []string {
	if depth > 2 {
		return nil
	}
	if x, ok := v.([]any); ok {
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e, depth+1)...)
		}
		return out
	}
	if s := ldName(v); s != "" {
		return []string{s}
	}
	return nil
}

// ldURL returns an address given as a string, an ImageObject's url, or
// the first of an array of them.
func ldURL(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return ldString(x["url"])
	case []any:
		for _, e := range x {
			if s := ldURL(e); s != "" {
				return s
			}
		}
	}
	return ""
}
