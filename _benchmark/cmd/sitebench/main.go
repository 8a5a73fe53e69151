// Command sitebench measures what site profiles (extract.SiteLearner,
// extract.WithSiteProfile) add on multi-page sets built from the HTML
// evaluation sets: the pages of all four sets are grouped by host (canonical
// link or og:url, else the page's address), and every host with at least
// extract.MinSitePages pages is learned, then extracted with and without its
// profile. Each page is scored against its gold text (shingles) or snippets,
// and every block the profile removes is checked against the gold: a removed
// block whose text is a gold line (or, with 8 words or more, part of the
// gold, or holds a wanted snippet) is a body paragraph lost.
//
// The same pages are also run as text dumps (the title line, then one line
// per block of the HTML front end), to measure the dump path.
//
// Usage, from _benchmark:
//
//	go run ./cmd/sitebench [-data dir] [-v]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/pith-go/pith/_benchmark/internal/cli"
	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/metric"
	"github.com/pith-go/pith/clean"
	"github.com/pith-go/pith/extract"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

func main() {
	data := flag.String("data", cli.DefaultData, "corpus directory")
	verbose := flag.Bool("v", false, "list every block the profiles remove")
	flag.Parse()
	if err := bench(os.Stdout, *data, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "sitebench:", err)
		os.Exit(1)
	}
}

// page is one benchmark page with its host.
type page struct {
	set  string
	p    dataset.Page
	data []byte
	host string
}

// loaders lists the HTML sets.
var loaders = []struct {
	name string
	load func(dir string) ([]dataset.Page, error)
}{
	{"scrapinghub", dataset.ScrapingHubHTML},
	{"trafilatura", dataset.Trafilatura},
	{"wcxb", dataset.WCXB},
	{"readability", dataset.Readability},
}

func bench(w io.Writer, data string, verbose bool) error {
	byHost := make(map[string][]page)
	for _, l := range loaders {
		pages, err := l.load(filepath.Join(data, l.name))
		if err != nil {
			return err
		}
		for _, p := range pages {
			raw, err := p.Read()
			if err != nil {
				return err
			}
			doc, err := htmlDoc(raw, "")
			if err != nil {
				continue
			}
			host := extract.SiteHost(doc)
			if host == "" && p.URL != dataset.ReadabilityURL {
				host = hostOf(p.URL)
			}
			if host == "" {
				continue
			}
			byHost[host] = append(byHost[host], page{set: l.name, p: p, data: raw, host: host})
		}
	}
	var hosts []string
	for h, ps := range byHost {
		if len(ps) >= extract.MinSitePages {
			hosts = append(hosts, h)
		}
	}
	slices.Sort(hosts)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "input\thost\tpages\tP before\tP after\tR before\tR after\tF1 before\tF1 after\tremoved\tgold lost\tsnippets-\t")
	for _, mode := range []string{"html", "dump"} {
		var all, allSite metric.Corpus
		totalRemoved, totalLost, totalPages := 0, 0, 0
		var snip, snipSite metric.SnippetCounts
		for _, h := range hosts {
			r, err := runHost(mode, byHost[h], verbose, w)
			if err != nil {
				return err
			}
			for _, m := range r.before {
				all.Add(m)
			}
			for _, m := range r.after {
				allSite.Add(m)
			}
			snip.Add(r.snip)
			snipSite.Add(r.snipSite)
			totalRemoved += r.removed
			totalLost += r.lost
			totalPages += len(byHost[h])
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%d\t%d\t%s\t\n", mode, h, len(byHost[h]),
				scores(r.before, r.after), r.removed, r.lost, snippetDelta(r.snip, r.snipSite))
		}
		b, a := all.Score(), allSite.Score()
		fmt.Fprintf(tw, "%s\tALL (%d hosts)\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%s\t\n", mode, len(hosts), totalPages,
			b.P, a.P, b.R, a.R, b.F1, a.F1, totalRemoved, totalLost, snippetDelta(snip, snipSite))
	}
	return tw.Flush()
}

// snippetDelta is the unwanted snippets found before and after, when the
// host has snippet gold.
func snippetDelta(before, after metric.SnippetCounts) string {
	if before.FP+before.TN == 0 {
		return "-"
	}
	return fmt.Sprintf("%d→%d", before.FP, after.FP)
}

// scores formats the shingle scores before and after, "-" for a host
// without gold text.
func scores(before, after []metric.Match) string {
	if len(before) == 0 {
		return strings.Repeat("-\t", 5) + "-"
	}
	var cb, ca metric.Corpus
	for i := range before {
		cb.Add(before[i])
		ca.Add(after[i])
	}
	b, a := cb.Score(), ca.Score()
	return fmt.Sprintf("%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f", b.P, a.P, b.R, a.R, b.F1, a.F1)
}

// hostResult is the outcome of one host.
type hostResult struct {
	before, after  []metric.Match
	snip, snipSite metric.SnippetCounts
	removed, lost  int
}

// runHost learns the host's profile from its pages, then extracts each page
// with and without it.
func runHost(mode string, pages []page, verbose bool, w io.Writer) (hostResult, error) {
	var r hostResult
	var learner extract.SiteLearner
	for _, pg := range pages {
		doc, err := pg.document(mode)
		if err != nil {
			return r, err
		}
		learner.AddHost(pg.host, doc)
	}
	prof := learner.Profile(pages[0].host)
	plain, site := extract.New(), extract.New(extract.WithSiteProfile(prof))
	for _, pg := range pages {
		before, err := run(plain, pg, mode)
		if err != nil {
			return r, err
		}
		after, err := run(site, pg, mode)
		if err != nil {
			return r, err
		}
		if pg.p.Gold != "" {
			r.before = append(r.before, metric.CompareShingles(pg.p.Gold, before.Text()))
			r.after = append(r.after, metric.CompareShingles(pg.p.Gold, after.Text()))
		}
		if len(pg.p.With)+len(pg.p.Without) > 0 {
			r.snip.Add(metric.CheckSnippets(before.Text(), pg.p.With, pg.p.Without))
			r.snipSite.Add(metric.CheckSnippets(after.Text(), pg.p.With, pg.p.Without))
		}
		for _, rm := range after.Removed {
			if rm.Extractor != "site-template" {
				continue
			}
			r.removed++
			lost := pg.isGold(rm.Text)
			if lost {
				r.lost++
			}
			if verbose || lost {
				mark := " "
				if lost {
					mark = "LOST"
				}
				fmt.Fprintf(w, "%s %s %s/%s: %q (%s)\n", mark, mode, pg.set, pg.p.ID, clip(rm.Text, 90), rm.Evidence)
			}
		}
	}
	return r, nil
}

// isGold reports whether a removed text belongs to the page's article.
func (pg page) isGold(text string) bool {
	k := clean.FoldPhrase(text)
	if k == "" {
		return false
	}
	gold := clean.FoldPhrase(pg.p.Gold)
	for line := range strings.Lines(pg.p.Gold) {
		if clean.FoldPhrase(line) == k {
			return true
		}
	}
	if clean.WordCount(text) >= 8 && strings.Contains(gold, k) {
		return true
	}
	for _, s := range pg.p.With {
		if f := clean.FoldPhrase(s); f != "" && (strings.Contains(k, f) || strings.Contains(f, k) && clean.WordCount(text) >= 8) {
			return true
		}
	}
	return false
}

func run(p *extract.Pipeline, pg page, mode string) (*extract.Article, error) {
	doc, err := pg.document(mode)
	if err != nil {
		return nil, err
	}
	a, err := p.Run(doc)
	if err != nil && a == nil {
		return nil, fmt.Errorf("%s/%s: %w", pg.set, pg.p.ID, err)
	}
	return a, nil
}

// document builds the page's Document: the HTML page itself, or a text
// dump of it made of the title line and one line per block.
func (pg page) document(mode string) (*extract.Document, error) {
	doc, err := htmlDoc(pg.data, pg.p.URL)
	if err != nil || mode == "html" {
		return doc, err
	}
	var sb strings.Builder
	sb.WriteString(doc.TitleLine)
	sb.WriteByte('\n')
	for _, b := range doc.Blocks {
		sb.WriteString(b.Text)
		sb.WriteByte('\n')
	}
	return extract.NewTextDocument(sb.String())
}

func htmlDoc(raw []byte, pageURL string) (*extract.Document, error) {
	r, err := charset.NewReader(bytes.NewReader(raw), "text/html")
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	return extract.NewHTMLDocument(root, pageURL)
}

func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
