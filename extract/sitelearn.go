package extract

import (
	"cmp"
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"sync"
)

// Limits of what a SiteLearner keeps per host. They bound its memory to
// about MaxSitePages × maxSiteKeysPerPage × maxSiteKeyBytes per host (50 MB
// in the worst case, a few hundred KB for a real site, whose pages share
// most of their short blocks), whatever the number of pages given.
const (
	// MaxSitePages is the number of pages a profile is learned from. When
	// a host has more, the pages kept are those with the smallest content
	// hashes: a sample that does not depend on the order of the pages.
	MaxSitePages = 100
	// MaxSiteTexts is the number of recurring texts a profile keeps, the
	// most frequent (ties by key).
	MaxSiteTexts = 2000
	// maxSiteKeysPerPage is the number of distinct block texts learned
	// from one page, the first in reading order.
	maxSiteKeysPerPage = 500
	// maxSiteKeyBytes is the longest block text learned: a longer block is
	// taken for prose of the page's own.
	maxSiteKeyBytes = 1000
	// maxSitePaths is the number of DOM paths kept for a text, on a page
	// and in a profile.
	maxSitePaths = 4
)

// A SiteLearner learns the SiteProfile of each host from its pages. Give
// it every page first (Add, AddHost), then take the profiles (Profile,
// Profiles) and extract: a profile depends on the set of pages learned, not
// on their order, and identical pages count once.
//
// The zero value is ready to use. A SiteLearner is safe for concurrent use;
// its memory per host is bounded (see MaxSitePages).
type SiteLearner struct {
	mu    sync.Mutex
	hosts map[string]*siteSample
}

// siteSample is what is kept of one host: at most MaxSitePages pages, those
// with the smallest hashes.
type siteSample struct {
	pages map[uint64]*sitePage
}

// sitePage is the distinct block texts of one page, in reading order.
type sitePage struct {
	hash uint64 // of the keys and paths: the page's identity
	raw  uint64 // of the texts as given, to choose between equal pages
	keys []sitePageKey
}

type sitePageKey struct {
	key, text string
	paths     []string // distinct, at most maxSitePaths
}

// Add learns from doc under its host, SiteHost(doc). A page whose host is
// unknown is learned under "".
func (l *SiteLearner) Add(doc *Document) { l.AddHost(SiteHost(doc), doc) }

// AddHost learns from doc under host. The document is read, not changed,
// and not kept: it may be run through a pipeline afterwards. A page with
// no block to learn (no block text with a letter, of at most 1000 bytes)
// is not counted.
func (l *SiteLearner) AddHost(host string, doc *Document) {
	page := newSitePage(doc)
	if len(page.keys) == 0 {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.hosts == nil {
		l.hosts = make(map[string]*siteSample)
	}
	s := l.hosts[host]
	if s == nil {
		s = &siteSample{pages: make(map[uint64]*sitePage)}
		l.hosts[host] = s
	}
	s.add(page)
}

// AddText learns from a plain-text page dump (see NewTextDocument) under
// host. It returns the error of NewTextDocument, or ErrTooLarge for a dump
// over DefaultMaxBytes.
func (l *SiteLearner) AddText(host, dump string) error {
	if len(dump) > DefaultMaxBytes {
		return fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(dump), DefaultMaxBytes)
	}
	doc, err := NewTextDocument(dump)
	if err != nil {
		return err
	}
	l.AddHost(host, doc)
	return nil
}

// AddHTML learns from the HTML page read from r (to its end, at most
// DefaultMaxBytes), decoded as Pipeline.FromHTML does with contentType
// (the Content-Type header, or ""), under its host: SiteHost, from pageURL
// or else the page's canonical link or og:url. It returns the errors of
// Pipeline.FromHTML for input it cannot read.
func (l *SiteLearner) AddHTML(r io.Reader, pageURL, contentType string) error {
	doc, err := New(WithContentType(contentType)).ReadHTML(context.Background(), r, pageURL)
	if err != nil {
		return err
	}
	l.Add(doc)
	return nil
}

// newSitePage gathers the distinct keys of doc's blocks and hashes them.
func newSitePage(doc *Document) *sitePage {
	p := &sitePage{}
	at := make(map[string]int)
	h, raw := fnv.New64a(), fnv.New64a()
	for _, b := range doc.Blocks {
		k := siteKey(b.Text)
		if k == "" {
			continue
		}
		path := ""
		if b.DOM != nil {
			path = b.DOM.Path
		}
		h.Write([]byte(k))
		h.Write([]byte{0})
		h.Write([]byte(path))
		h.Write([]byte{0})
		raw.Write([]byte(b.Text))
		raw.Write([]byte{0})
		i, ok := at[k]
		if !ok {
			if len(p.keys) == maxSiteKeysPerPage {
				continue
			}
			i = len(p.keys)
			at[k] = i
			p.keys = append(p.keys, sitePageKey{key: k, text: b.Text})
		}
		pk := &p.keys[i]
		if path != "" && len(pk.paths) < maxSitePaths && !slices.Contains(pk.paths, path) {
			pk.paths = append(pk.paths, path)
		}
	}
	p.hash, p.raw = h.Sum64(), raw.Sum64()
	return p
}

// add keeps page if it is among the MaxSitePages smallest hashes. Of two
// pages with the same keys, which count once, the one with the smaller raw
// hash is kept, whatever the order they come in.
func (s *siteSample) add(page *sitePage) {
	if old, dup := s.pages[page.hash]; dup {
		if page.raw < old.raw {
			s.pages[page.hash] = page
		}
		return
	}
	if len(s.pages) < MaxSitePages {
		s.pages[page.hash] = page
		return
	}
	var largest uint64
	for h := range s.pages {
		largest = max(largest, h)
	}
	if page.hash < largest {
		delete(s.pages, largest)
		s.pages[page.hash] = page
	}
}

// Hosts returns the hosts learned, sorted.
func (l *SiteLearner) Hosts() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	hosts := make([]string, 0, len(l.hosts))
	for h := range l.hosts {
		hosts = append(hosts, h)
	}
	slices.Sort(hosts)
	return hosts
}

// Profile returns the profile of host, or nil when no page of it was
// learned.
func (l *SiteLearner) Profile(host string) *SiteProfile {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.hosts[host]
	if s == nil {
		return nil
	}
	return s.profile(host)
}

// Profiles returns the profile of every host learned, sorted by host.
func (l *SiteLearner) Profiles() []*SiteProfile {
	var out []*SiteProfile
	for _, h := range l.Hosts() {
		if p := l.Profile(h); p != nil {
			out = append(out, p)
		}
	}
	return out
}

// profile counts, for each key, the pages of the sample it occurs on.
func (s *siteSample) profile(host string) *SiteProfile {
	pages := make([]*sitePage, 0, len(s.pages))
	for _, p := range s.pages {
		pages = append(pages, p)
	}
	slices.SortFunc(pages, func(a, b *sitePage) int { return cmp.Compare(a.hash, b.hash) })
	type tally struct {
		text  *SiteText
		paths map[string]int
	}
	tallies := make(map[string]*tally)
	for _, p := range pages {
		for _, k := range p.keys {
			t := tallies[k.key]
			if t == nil {
				t = &tally{text: &SiteText{Key: k.key, Text: k.text}, paths: make(map[string]int)}
				tallies[k.key] = t
			}
			t.text.Pages++
			for _, path := range k.paths {
				t.paths[path]++
			}
		}
	}
	prof := &SiteProfile{Host: host, Pages: len(pages), Texts: []SiteText{}}
	for _, t := range tallies {
		if t.text.Pages < 2 {
			continue
		}
		for path, n := range t.paths {
			t.text.Paths = append(t.text.Paths, SitePath{Path: path, Pages: n})
		}
		slices.SortFunc(t.text.Paths, func(a, b SitePath) int {
			return cmp.Or(cmp.Compare(b.Pages, a.Pages), cmp.Compare(a.Path, b.Path))
		})
		t.text.Paths = t.text.Paths[:min(len(t.text.Paths), maxSitePaths)]
		prof.Texts = append(prof.Texts, *t.text)
	}
	slices.SortFunc(prof.Texts, func(a, b SiteText) int {
		return cmp.Or(cmp.Compare(b.Pages, a.Pages), cmp.Compare(a.Key, b.Key))
	})
	prof.Texts = prof.Texts[:min(len(prof.Texts), MaxSiteTexts)]
	return prof
}
