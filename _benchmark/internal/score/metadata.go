package score

import (
	"slices"
	"strings"
	"unicode"

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
	// AuthorHits counts author matches (see AuthorMatch) among the
	// AuthorPages pages that have a gold author.
	AuthorHits, AuthorPages int
	// DateHits counts publication dates with the gold's day among the
	// DatePages pages that have a gold date.
	DateHits, DatePages int
}

// Metadata compares each library's title, language, author and date, from
// results indexed [library][page], with the pages' gold Title, Lang, Author
// and Published.
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
			if len(authorKey(page.Author)) > 0 {
				m.AuthorPages++
				if AuthorMatch(page.Author, out.Author) {
					m.AuthorHits++
				}
			}
			if gold := day(page.Published); gold != "" {
				m.DatePages++
				if day(out.Published) == gold {
					m.DateHits++
				}
			}
		}
		metas[l] = m
	}
	return metas
}

// AuthorMatch reports whether a predicted author list names the same people
// as the gold one: the same words, ignoring case, order, punctuation and
// the words "by" and "and", so "By Jane Doe and John Roe" matches
// "John Roe; Jane Doe".
func AuthorMatch(gold, pred string) bool {
	g := authorKey(gold)
	return len(g) > 0 && slices.Equal(g, authorKey(pred))
}

// authorKey returns the sorted lower-case words of s without "by" and "and".
func authorKey(s string) []string {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	words = slices.DeleteFunc(words, func(w string) bool { return w == "by" || w == "and" })
	slices.Sort(words)
	return words
}

// day returns the YYYY-MM-DD prefix of an ISO 8601 date, or "".
func day(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return ""
	}
	return s[:10]
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
