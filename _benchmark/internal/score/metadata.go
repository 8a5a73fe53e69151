package score

import (
	"slices"
	"strings"
	"unicode"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/_benchmark/metric"
)

// A Field is one metadata field that is scored.
type Field int

// The scored metadata fields, in table order.
const (
	FieldTitle Field = iota
	FieldAuthors
	FieldDate
	FieldLang
	FieldSite
	NumFields
)

// FieldNames names the fields in tables and per-page files.
var FieldNames = [NumFields]string{"title", "authors", "date", "lang", "site"}

// Meta counts a library's metadata matches on one set: for each field,
// Pages counts the pages whose gold has the field and Hits those among them
// where the library's value matches (see [Match]).
type Meta struct {
	Library     string
	Hits, Pages [NumFields]int
}

// Metadata compares each library's metadata, from results indexed
// [library][page], with the pages' gold Title, Author, Published, Lang and
// SiteName.
func Metadata(pages []dataset.Page, libs []string, results [][]run.Result) []Meta {
	metas := make([]Meta, len(libs))
	for l, lib := range libs {
		m := Meta{Library: lib}
		for p, page := range pages {
			for f := range NumFields {
				if has, hit := Match(f, page, results[l][p].Output); has {
					m.Pages[f]++
					if hit {
						m.Hits[f]++
					}
				}
			}
		}
		metas[l] = m
	}
	return metas
}

// Gold returns the page's gold value of field f, or "".
func Gold(f Field, page dataset.Page) string {
	return [NumFields]string{page.Title, page.Author, page.Published, page.Lang, page.SiteName}[f]
}

// Predicted returns the library's value of field f.
func Predicted(f Field, out run.Output) string {
	return [NumFields]string{out.Title, out.Author, out.Published, out.Lang, out.SiteName}[f]
}

// Match reports whether the page's gold has field f (has) and whether the
// library's value matches it (hit):
//   - title and site name: equal without case after white-space
//     normalisation, curly quotes taken as straight ones;
//   - authors: the same set of names (see [AuthorNames]);
//   - date: the same calendar day (YYYY-MM-DD prefix; the prediction is
//     the day in the page's own time zone);
//   - language: the same primary subtag, any case.
func Match(f Field, page dataset.Page, out run.Output) (has, hit bool) {
	gold, pred := Gold(f, page), Predicted(f, out)
	var g, p string
	switch f {
	case FieldTitle, FieldSite:
		g, p = foldSpace(gold), foldSpace(pred)
	case FieldAuthors:
		gs := AuthorNames(gold)
		return len(gs) > 0, len(gs) > 0 && slices.Equal(gs, AuthorNames(pred))
	case FieldDate:
		g, p = day(gold), day(pred)
	case FieldLang:
		g, p = primaryLang(gold), primaryLang(pred)
	}
	return g != "", g != "" && g == p
}

// AuthorMatch reports whether a predicted author list names the same people
// as the gold one (see [AuthorNames]), so "By Jane Doe and John Roe"
// matches "John Roe; Jane Doe".
func AuthorMatch(gold, pred string) bool {
	g := AuthorNames(gold)
	return len(g) > 0 && slices.Equal(g, AuthorNames(pred))
}

// AuthorNames returns the sorted set of normalised names in an author text:
// split on ";", ",", "&", "|", "/", line breaks, brackets and the words for
// "and" and "with" of several languages, written in lower case (so the
// initial in "Jane E. Doe" stays); each name lower-cased, reduced to
// its words of letters and digits, without a leading byline word ("by",
// "written by", "par", "von", "por", "di", "av", "door").
func AuthorNames(s string) []string {
	var names []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(";,&|/()[]\n", r)
	}) {
		var name []string
		for _, w := range strings.FieldsFunc(part, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			lw := strings.ToLower(w)
			if w == lw && nameJoiners[w] {
				names = appendName(names, name)
				name = nil
				continue
			}
			if len(name) == 0 && bylineWords[lw] {
				continue
			}
			name = append(name, lw)
		}
		names = appendName(names, name)
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// appendName appends the name spelled by words, if any.
func appendName(names, words []string) []string {
	if len(words) == 0 {
		return names
	}
	return append(names, strings.Join(words, " "))
}

// nameJoiners are the words that join two names in a list: "and" and
// "with" in English, French, German, Spanish, Italian, Portuguese, Dutch,
// Swedish and Norwegian.
var nameJoiners = map[string]bool{
	"and": true, "with": true, "et": true, "avec": true, "und": true, "mit": true,
	"y": true, "con": true, "e": true, "com": true, "en": true, "met": true,
	"och": true, "med": true, "og": true,
}

// bylineWords are the words that introduce a byline, dropped at the start
// of a name.
var bylineWords = map[string]bool{
	"by": true, "written": true, "edited": true, "posted": true, "par": true, "von": true,
	"por": true, "di": true, "av": true, "door": true, "af": true,
}

// foldSpace lower-cases s, normalises its white space and writes curly
// quotes and apostrophes straight, as some gold files do.
func foldSpace(s string) string {
	return quoteFolder.Replace(strings.ToLower(metric.NormalizeSpace(s)))
}

// quoteFolder writes typographic single and double quotes straight.
var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`)

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
