package extract

import (
	"encoding/json"
	"strings"
)

// maxLDDepth bounds the walk of a JSON-LD value.
const maxLDDepth = 32

// ldInfo is what a page's JSON-LD says about its article.
type ldInfo struct {
	headline, body, lang, description, published string
	publisher, siteName                          string
	authors                                      []string
	// weak is set when the fields came from a WebPage rather than an
	// Article node.
	weak bool
}

// parseJSONLD reads one <script type="application/ld+json"> text into
// info; fields already set are kept. Invalid JSON is repaired where that
// is cheap (raw control characters in strings, HTML comment or CDATA
// wrappers) and otherwise ignored.
func parseJSONLD(src string, info *ldInfo) {
	src = strings.TrimSpace(src)
	for _, w := range [][2]string{{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}} {
		src = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(src, w[0]), w[1]))
	}
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		fixed := strings.Map(func(r rune) rune {
			if r < ' ' {
				return ' '
			}
			return r
		}, src)
		if json.Unmarshal([]byte(fixed), &v) != nil {
			return
		}
	}
	info.walk(v, 0)
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
		for k, e := range x {
			switch k {
			case "@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart":
				info.walk(e, depth+1)
			}
		}
	}
}

// node reads the fields of one JSON-LD object.
func (info *ldInfo) node(m map[string]any) {
	types := ldTypes(m["@type"])
	switch {
	case hasType(types, "Article", "Posting", "Report", "NewsArticle", "Blog", "Recipe", "Review", "HowTo", "Story"):
		if info.weak {
			*info = ldInfo{siteName: info.siteName, publisher: info.publisher}
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
	}
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
