package extract

import (
	"iter"
	"strings"

	"golang.org/x/net/html"
)

// contentParts are class and id words that name a main content container.
var contentParts = map[string]bool{
	"content": true, "article": true, "post": true, "entry": true, "story": true,
	"body": true, "text": true, "main": true, "blog": true, "prose": true,
	"articlebody": true, "article_body": true, "post_content": true, "richtext": true,
}

// boilerParts are class and id words that name page furniture. Words of
// six letters or more also match as prefixes ("comments", "sidebars"),
// and a few as the end of a compound ("recentcomments", "leftsidebar").
// Legal fine print (disclaimers, disclosures) is furniture too. False
// entries are words that name no furniture by themselves: "more"
// heads content boxes ("more-features") as often as teaser lists.
var boilerParts = map[string]bool{
	"comment": true, "comments": true, "disqus": true, "respond": true, "reply": true,
	"sidebar": true, "related": true, "recommended": true,
	"recommend": true, "recommendations": true, "breadcrumb": true, "breadcrumbs": true,
	"share": true, "sharing": true, "social": true, "newsletter": true, "subscribe": true,
	"subscription": true, "promo": true, "advert": true, "advertisement": true, "ad": true,
	"ads": true, "sponsor": true, "sponsored": true, "popular": true,
	"trending": true, "outbrain": true, "taboola": true, "teaser": true, "teasers": true,
	"tags": true, "cookie": true, "consent": true, "modal": true, "popup": true,
	"footer": true, "nav": true, "navbar": true, "navigation": true, "menu": true,
	"masthead": true, "toolbar": true, "pagination": true, "pager": true, "banner": true,
	"header": true, "more": false, "readmore": true, "login": true, "signup": true,
	"disclaimer": true, "disclaimers": true, "disclosure": true, "disclosures": true, "legal": true,
	"byline": false, "author": false,
}

// embedParts are class words of embedded posts (tweets, Instagram
// posts), which quote content even when they also name a social network.
var embedParts = map[string]bool{"embed": true, "embedded": true, "twitter-tweet": true, "instagram-media": true, "tiktok-embed": true}

// boilerTags are the elements that hold page furniture.
var boilerTags = map[string]bool{"nav": true, "aside": true, "footer": true, "header": true}

// slugWords is the number of hyphenated words from which an id is taken
// for a slug made from a heading ("sharing-with-a-single-developer"),
// which names the section's subject, not its function.
const slugWords = 4

// classAttr reports whether a is an attribute whose words nodeClass
// reads: class, id, itemprop or role, but not an id made from a heading
// (see slugWords).
func classAttr(a html.Attribute) bool {
	switch a.Key {
	case "class", "itemprop", "role":
		return true
	case "id":
		return strings.Count(a.Val, "-") < slugWords-1
	}
	return false
}

// valueParts yields the lower-cased words of a class, id, itemprop or
// role value, split on '-', '_' and camel case: each whole value word,
// then its pieces. Script hooks (see isScriptHook) are left out. It builds
// no list: only a word with capitals is copied.
func valueParts(v string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for f := range strings.FieldsSeq(v) {
			if isScriptHook(f) {
				continue
			}
			if !yield(strings.ToLower(f)) {
				return
			}
			start := 0
			for i := 1; i <= len(f); i++ {
				if i == len(f) || f[i] == '-' || f[i] == '_' || f[i] >= 'A' && f[i] <= 'Z' && f[i-1] >= 'a' && f[i-1] <= 'z' {
					if w := trimSeparators(f[start:i]); w != "" && w != f && !yield(strings.ToLower(w)) {
						return
					}
					start = i
				}
			}
		}
	}
}

// trimSeparators is strings.Trim(s, "-_").
func trimSeparators(s string) string {
	for s != "" && (s[0] == '-' || s[0] == '_') {
		s = s[1:]
	}
	for s != "" && (s[len(s)-1] == '-' || s[len(s)-1] == '_') {
		s = s[:len(s)-1]
	}
	return s
}

// isScriptHook reports whether a class names a hook for scripts
// ("js-replyNewMessageContainer"), which tells what a script does with
// the element, not what the element is.
func isScriptHook(class string) bool {
	return len(class) > 3 && (class[:3] == "js-" || class[:3] == "js_" || class[:3] == "JS-")
}

// boilerSuffixes end compound words that name page furniture
// ("recentcomments", "leftsidebar"); boilerPrefixes start them
// ("comments", "sidebars"). See isBoilerPart.
var (
	boilerSuffixes = []string{"comments", "sidebar", "newsletter", "breadcrumbs", "related"}
	boilerPrefixes = []string{"comment", "sidebar", "related", "recommend", "newsletter", "advert", "sponsor", "social", "sharing", "breadcrumb", "outbrain", "taboola", "subscri", "footer", "navigation", "popular", "trending"}
)

// A partKind says, as bits, what the word tables say of a class or id
// word.
type partKind uint8

const (
	partContent partKind = 1 << iota // in contentParts
	partEmbed                        // in embedParts
	partBoiler                       // in boilerParts as furniture
	partListed                       // in boilerParts, either way
)

// partKinds merges contentParts, embedParts and boilerParts, so that a
// word is looked up once.
var partKinds = func() map[string]partKind {
	m := make(map[string]partKind)
	for w, on := range contentParts {
		if on {
			m[w] |= partContent
		}
	}
	for w, on := range embedParts {
		if on {
			m[w] |= partEmbed
		}
	}
	for w, on := range boilerParts {
		m[w] |= partListed
		if on {
			m[w] |= partBoiler
		}
	}
	return m
}()

// isBoilerPart reports whether a class or id word names page furniture;
// k is its partKinds entry.
func isBoilerPart(p string, k partKind) bool {
	if k&partListed != 0 {
		return k&partBoiler != 0
	}
	if strings.HasPrefix(p, "commentary") {
		return false
	}
	for _, suf := range boilerSuffixes {
		if len(p) > len(suf)+2 && strings.HasSuffix(p, suf) {
			return true
		}
	}
	if p == "" {
		return false
	}
	for _, pre := range boilerPrefixesBy[p[0]] {
		if strings.HasPrefix(p, pre) {
			return true
		}
	}
	return false
}

// boilerPrefixesBy holds boilerPrefixes by their first byte.
var boilerPrefixesBy = func() (by [256][]string) {
	for _, pre := range boilerPrefixes {
		by[pre[0]] = append(by[pre[0]], pre)
	}
	return by
}()

// A valueClass is what the words of one class, id, itemprop or role
// value (valueParts) tell nodeClass.
type valueClass struct {
	content int    // content words, before the first embed word
	boiler  string // the first furniture word, when there is no embed word
	embed   bool   // an embed word
}

// classOfValue returns the valueClass of an attribute value.
func classOfValue(v string) valueClass {
	var c valueClass
	for p := range valueParts(v) {
		k := partKinds[p]
		if k&partEmbed != 0 {
			return valueClass{content: c.content, embed: true}
		}
		if k&partContent != 0 {
			c.content++
		}
		if c.boiler == "" && isBoilerPart(p, k) {
			c.boiler = p
		}
	}
	return c
}

// nodeClass says whether an element's own tag and attributes mark it as a
// content container (content > 0) or as page furniture (boiler), with the
// word that decided. values caches the valueClass of each attribute value
// seen: pages repeat their classes.
func nodeClass(n *html.Node, values map[string]valueClass) (content int, boiler string) {
	if n.Data == "blockquote" {
		return 0, ""
	}
	if boilerTags[n.Data] && !(n.Data == "header" && inSection(n)) {
		boiler = "tag=" + n.Data
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "complementary", "contentinfo", "banner", "dialog", "alertdialog", "menu", "menubar":
		boiler = "role=" + attr(n, "role")
	}
	for _, a := range n.Attr {
		if !classAttr(a) {
			continue
		}
		c, ok := values[a.Val]
		if !ok {
			c = classOfValue(a.Val)
			values[a.Val] = c
		}
		if c.embed {
			return content + c.content, ""
		}
		content += c.content
		if boiler == "" {
			boiler = c.boiler
		}
	}
	return content, boiler
}

// sectionTags are the sectioning elements: a <header> inside one heads
// that section (its heading and introduction), not the page.
var sectionTags = map[string]bool{"article": true, "section": true, "main": true}

// inSection reports whether n lies inside a sectioning element (see
// sectionTags) or an element of role main or article.
func inSection(n *html.Node) bool {
	for a := n.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		if sectionTags[a.Data] {
			return true
		}
		switch strings.ToLower(attr(a, "role")) {
		case "main", "article":
			return true
		}
	}
	return false
}

// isCommentWord reports whether a furniture word names a comment section.
func isCommentWord(w string) bool {
	return strings.HasPrefix(w, "comment") || w == "disqus" || w == "respond" || w == "reply" || w == "replies"
}

// isTagWord reports whether a furniture word of nodeClass comes from the
// element's tag or ARIA role rather than from its classes.
func isTagWord(w string) bool {
	return strings.HasPrefix(w, "tag=") || strings.HasPrefix(w, "role=")
}

// isDialogWord reports whether a furniture word of nodeClass names a
// dialog, which overlays the page, or a cookie or consent notice: never
// the article, however long.
func isDialogWord(w string) bool {
	return strings.EqualFold(w, "role=dialog") || strings.EqualFold(w, "role=alertdialog") || w == "cookie" || w == "consent"
}
