package score

import (
	"strings"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/_benchmark/metric"
)

// Meta counts a library's metadata matches on one set.
type Meta struct {
	Library string
	// TitleHits counts exact title matches (after white-space
	// normalisation) among the TitlePages pages that have a gold title.
	TitleHits, TitlePages int
	// LangHits counts language matches (primary subtag, any case) among
	// the LangPages pages that have a gold language.
	LangHits, LangPages int
}

// Metadata compares each library's title and language, from results
// indexed [library][page], with the pages' gold Title and Lang.
func Metadata(pages []dataset.Page, libs []string, results [][]run.Result) []Meta {
	metas := make([]Meta, len(libs))
	for l, lib := range libs {
		m := Meta{Library: lib}
		for p, page := range pages {
			out := results[l][p].Output
			if gold := metric.NormalizeSpace(page.Title); gold != "" {
				m.TitlePages++
				if metric.NormalizeSpace(out.Title) == gold {
					m.TitleHits++
				}
			}
			if gold := primaryLang(page.Lang); gold != "" {
				m.LangPages++
				if primaryLang(out.Lang) == gold {
					m.LangHits++
				}
			}
		}
		metas[l] = m
	}
	return metas
}

// primaryLang returns the lower-cased primary subtag of a language tag:
// "en" for "en-US" or "EN_gb".
func primaryLang(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	return strings.ToLower(tag)
}
