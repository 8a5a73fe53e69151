package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/pith-go/pith/extract"
)

// siteOptions are the flags of site profiles:
//
//	-site-learn
//	    read every input a first time and learn the template of each host
//	    from its pages (extract.SiteLearner), then extract every input with
//	    its host's profile; standard input cannot be learned from
//	-site-profile FILE
//	    extract with the profiles saved in FILE instead of learning
//	-site-save FILE
//	    with -site-learn, write the profiles learned to FILE as JSON
//
// An input's host is that of -url when given, else that of the page's
// address, canonical link or og:url (extract.SiteHost), else "dir:" and the
// input's directory, made absolute. With -site-profile, an input whose host
// has no profile is extracted with the profile of host "", if any, else
// without one.
type siteOptions struct {
	learn   bool
	profile string
	save    string
}

// register adds the site flags to fs.
func (s *siteOptions) register(fs *flag.FlagSet) {
	fs.BoolVar(&s.learn, "site-learn", false, "learn each host's template from all inputs first, then extract with it")
	fs.StringVar(&s.profile, "site-profile", "", "extract with the site profiles saved in `file`")
	fs.StringVar(&s.save, "site-save", "", "with -site-learn, save the profiles learned to `file`")
}

// check validates the site flags for the given inputs.
func (s siteOptions) check(paths []string) error {
	switch {
	case s.learn && s.profile != "":
		return fmt.Errorf("-site-learn and -site-profile exclude each other")
	case s.save != "" && !s.learn:
		return fmt.Errorf("-site-save needs -site-learn")
	case s.learn && slices.Contains(paths, "-"):
		return fmt.Errorf("-site-learn cannot read standard input: it reads every input twice")
	}
	return nil
}

// siteRun holds the pipelines of one invocation, one per host with a
// profile; it is read-only once built, so inputs may share it.
type siteRun struct {
	pipelines map[string]*extract.Pipeline
}

// prepareSite checks the site flags and learns or loads the profiles,
// saving them when asked. It returns the exit status, exitOK to go on.
func (c *command) prepareSite(paths []string, o options) int {
	s := o.site
	if err := s.check(paths); err != nil {
		fmt.Fprintf(c.stderr, "pith: %v\n", err)
		return exitUsage
	}
	var profiles []*extract.SiteProfile
	switch {
	case s.learn:
		profiles = learnSites(paths, o)
		if s.save != "" {
			if err := saveProfiles(s.save, profiles); err != nil {
				fmt.Fprintf(c.stderr, "pith: %v\n", err)
				return exitInput
			}
		}
	case s.profile != "":
		var err error
		if profiles, err = loadProfiles(s.profile); err != nil {
			fmt.Fprintf(c.stderr, "pith: %s: %s\n", s.profile, reason(err))
			return exitInput
		}
	default:
		return exitOK
	}
	c.site = &siteRun{pipelines: make(map[string]*extract.Pipeline, len(profiles))}
	for _, p := range profiles {
		c.site.pipelines[p.Host] = c.pipeline(o, extract.WithSiteProfile(p))
	}
	return exitOK
}

// learnSites reads every input, GOMAXPROCS at a time, and learns each
// host's profile. An input that cannot be read is skipped here: the
// extraction pass reports it.
func learnSites(paths []string, o options) []*extract.SiteProfile {
	var learner extract.SiteLearner
	reader := extract.New() // the default limits; reading only
	next := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for path := range next {
				learnOne(&learner, reader, path, o)
			}
		})
	}
	for _, path := range paths {
		next <- path
	}
	close(next)
	wg.Wait()
	return learner.Profiles()
}

// learnOne learns from one input, read by p; a panic skips the input.
func learnOne(learner *extract.SiteLearner, p *extract.Pipeline, path string, o options) {
	defer func() { _ = recover() }()
	in, err := readFile(path)
	if err != nil {
		return
	}
	doc, err := in.document(context.Background(), p, o.url)
	if err != nil {
		return
	}
	learner.AddHost(inputHost(o, path, doc), doc)
}

// inputHost is the host an input's page belongs to (see siteOptions).
func inputHost(o options, path string, doc *extract.Document) string {
	if o.url != "" {
		if u, err := url.Parse(o.url); err == nil && u.Hostname() != "" {
			return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		}
	}
	if h := extract.SiteHost(doc); h != "" {
		return h
	}
	dir := filepath.Dir(path)
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return "dir:" + dir
}

// sitePipeline returns the pipeline for one input: that of its host's
// profile, else that of the profile of host "", else p.
func (c *command) sitePipeline(p *extract.Pipeline, o options, path string, doc *extract.Document) *extract.Pipeline {
	if c.site == nil {
		return p
	}
	if sp, ok := c.site.pipelines[inputHost(o, path, doc)]; ok {
		return sp
	}
	if sp, ok := c.site.pipelines[""]; ok {
		return sp
	}
	return p
}

func saveProfiles(path string, profiles []*extract.SiteProfile) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := extract.SaveSiteProfiles(f, profiles); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func loadProfiles(path string) ([]*extract.SiteProfile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return extract.LoadSiteProfiles(f)
}
