package extract

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode"

	"github.com/pith-go/pith/clean"
	"golang.org/x/net/html"
)

// ErrBadProfile reports a site profile that cannot be read: not JSON, or
// with counts that contradict each other. The returned error wraps it with
// the details.
var ErrBadProfile = errors.New("extract: bad site profile")

// A SiteProfile is the template of one host, learned from several of its
// pages by a SiteLearner: the block texts that recur from page to page
// (menus, footers, moderation notices, share prompts), each with the number
// of pages it was seen on and, for HTML pages, the DOM paths it sat at.
// SiteTemplate and WithSiteProfile use it to remove that boilerplate.
//
// A profile holds no page's own text unless that text recurred on two pages
// or more. It is plain data, read-only once built: safe for concurrent use
// by any number of pipelines, as long as nobody changes it. Its JSON form (see SaveSiteProfiles) is stable:
// Texts in decreasing Pages, then by Text.
type SiteProfile struct {
	// Host is the lower-cased host name without "www.", or another key
	// chosen by the caller (the CLI uses "dir:" and a directory for text
	// dumps without an address); "" for a profile meant for any page.
	Host string `json:"host"`
	// Pages is the number of distinct pages learned from, M in "seen on N
	// of M pages".
	Pages int `json:"pages"`
	// Texts are the texts seen on two pages or more, at most
	// MaxSiteTexts of them.
	Texts []SiteText `json:"texts"`
}

// A SiteText is a block text that recurs on the pages of a host.
type SiteText struct {
	// Key is the text in the folded form it is compared in
	// (clean.FoldPhrase: lower case, no punctuation, digit runs as "#").
	Key string `json:"key"`
	// Text is the text as first seen on the page with the smallest hash,
	// for explanations.
	Text string `json:"text"`
	// Pages is the number of learned pages the text was seen on.
	Pages int `json:"pages"`
	// Paths are the DOM paths the text sat at on HTML pages, with the
	// number of pages for each, most frequent first; at most
	// maxSitePaths. Empty for text learned from dumps only.
	Paths []SitePath `json:"paths,omitempty"`
}

// A SitePath is one DOM path (DOMEvidence.Path) of a recurring text.
type SitePath struct {
	Path  string `json:"path"`
	Pages int    `json:"pages"`
}

// siteKey is the key a block text is learned and looked up under; "" for a
// text too long to be learned (over maxSiteKeyBytes) or with no letter:
// numbers and prices ("2", "$29.95") fold to the same key on every page
// whatever their value.
func siteKey(text string) string {
	if len(text) > maxSiteKeyBytes || !strings.ContainsFunc(text, unicode.IsLetter) {
		return ""
	}
	return clean.FoldPhrase(text)
}

// index returns the profile's texts by key.
func (p *SiteProfile) index() map[string]*SiteText {
	idx := make(map[string]*SiteText, len(p.Texts))
	for i := range p.Texts {
		idx[p.Texts[i].Key] = &p.Texts[i]
	}
	return idx
}

// pathPages returns the number of pages on which t sat at path.
func (t *SiteText) pathPages(path string) int {
	for _, p := range t.Paths {
		if p.Path == path {
			return p.Pages
		}
	}
	return 0
}

// validate checks what a loaded profile claims.
func (p *SiteProfile) validate() error {
	if p.Pages < 0 {
		return fmt.Errorf("%w: host %q: %d pages", ErrBadProfile, p.Host, p.Pages)
	}
	seen := make(map[string]bool, len(p.Texts))
	for _, t := range p.Texts {
		switch {
		case t.Key == "":
			return fmt.Errorf("%w: host %q: a text with no key", ErrBadProfile, p.Host)
		case t.Pages < 1 || t.Pages > p.Pages:
			return fmt.Errorf("%w: host %q: text %q seen on %d of %d pages", ErrBadProfile, p.Host, t.Key, t.Pages, p.Pages)
		case seen[t.Key]:
			return fmt.Errorf("%w: host %q: text %q listed twice", ErrBadProfile, p.Host, t.Key)
		}
		seen[t.Key] = true
		for _, sp := range t.Paths {
			if sp.Pages < 1 || sp.Pages > t.Pages {
				return fmt.Errorf("%w: host %q: text %q at %q on %d of its %d pages", ErrBadProfile, p.Host, t.Key, sp.Path, sp.Pages, t.Pages)
			}
		}
	}
	return nil
}

// siteFile is the JSON form of a set of profiles.
type siteFile struct {
	Profiles []*SiteProfile `json:"profiles"`
}

// SaveSiteProfiles writes profiles to w as one indented JSON object,
// {"profiles": [...]}, in the order given.
func SaveSiteProfiles(w io.Writer, profiles []*SiteProfile) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if profiles == nil {
		profiles = []*SiteProfile{}
	}
	if err := enc.Encode(siteFile{Profiles: profiles}); err != nil {
		return fmt.Errorf("extract: writing site profiles: %w", err)
	}
	return nil
}

// LoadSiteProfiles reads profiles written by SaveSiteProfiles. It returns
// an error wrapping ErrBadProfile for input that is not such a file, or
// that lists a host twice.
func LoadSiteProfiles(r io.Reader) ([]*SiteProfile, error) {
	var f siteFile
	dec := json.NewDecoder(r)
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadProfile, err)
	}
	hosts := make(map[string]bool, len(f.Profiles))
	for _, p := range f.Profiles {
		if p == nil {
			return nil, fmt.Errorf("%w: a null profile", ErrBadProfile)
		}
		if hosts[p.Host] {
			return nil, fmt.Errorf("%w: host %q listed twice", ErrBadProfile, p.Host)
		}
		hosts[p.Host] = true
		if err := p.validate(); err != nil {
			return nil, err
		}
	}
	return f.Profiles, nil
}

// SiteHost returns the host a document belongs to, lower-cased and without
// "www.": the host of doc.URL, else of the page's canonical link or og:url
// (HTML only); "" when none is known.
func SiteHost(doc *Document) string {
	if h := hostOf(doc.URL); h != "" {
		return h
	}
	if doc.Root == nil {
		return ""
	}
	var canonical, og string
	walkTree(doc.Root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		switch n.Data {
		case "html", "head":
			return true
		case "link":
			if canonical == "" && strings.EqualFold(strings.TrimSpace(attr(n, "rel")), "canonical") {
				canonical = attr(n, "href")
			}
		case "meta":
			if og == "" && strings.EqualFold(attr(n, "property"), "og:url") {
				og = attr(n, "content")
			}
		}
		return false
	}, func(*html.Node) {})
	if h := hostOf(canonical); h != "" {
		return h
	}
	return hostOf(og)
}

// hostOf returns the host of an absolute URL, lower-cased and without
// "www.", or "".
func hostOf(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}
