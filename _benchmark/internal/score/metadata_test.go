package score

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/run"
)

func TestMetadata(t *testing.T) {
	pages := []dataset.Page{
		{Title: "A  Title", Lang: "en", SiteName: "The Site"},
		{Title: "Other", Lang: ""},
		{Title: "", Lang: "fr-CA"},
	}
	results := [][]run.Result{{
		{Output: run.Output{Title: "a title", Lang: "en-US", SiteName: "the  site"}},
		{Output: run.Output{Title: "Other - Site", Lang: "en"}},
		{Output: run.Output{Title: "x", Lang: "FR"}},
	}}
	got := Metadata(pages, []string{"lib"}, results)
	want := Meta{Library: "lib"}
	want.Hits[FieldTitle], want.Pages[FieldTitle] = 1, 2
	want.Hits[FieldLang], want.Pages[FieldLang] = 2, 2
	want.Hits[FieldSite], want.Pages[FieldSite] = 1, 1
	assert.Equal(t, []Meta{want}, got)
}

func TestMetadataAuthorDate(t *testing.T) {
	pages := []dataset.Page{
		{Author: "Jane Doe; John Roe", Published: "2019-03-04T10:00:00+01:00"},
		{Author: "By Ann Lee", Published: "2020-01-01"},
		{Author: "", Published: "n/a"},
	}
	results := [][]run.Result{{
		{Output: run.Output{Author: "John Roe; Jane Doe", Published: "2019-03-04"}},
		{Output: run.Output{Author: "Ann Lee; Bob", Published: ""}},
		{Output: run.Output{Author: "Someone", Published: "2020-01-01"}},
	}}
	got := Metadata(pages, []string{"lib"}, results)
	want := Meta{Library: "lib"}
	want.Hits[FieldAuthors], want.Pages[FieldAuthors] = 1, 2
	want.Hits[FieldDate], want.Pages[FieldDate] = 1, 2
	assert.Equal(t, []Meta{want}, got)
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name      string
		field     Field
		gold      dataset.Page
		pred      run.Output
		has, want bool
	}{
		{"title case", FieldTitle, dataset.Page{Title: "Big  News\n"}, run.Output{Title: "BIG NEWS"}, true, true},
		{"title quotes", FieldTitle, dataset.Page{Title: "Here's how"}, run.Output{Title: "Here’s how"}, true, true},
		{"title suffix", FieldTitle, dataset.Page{Title: "Big News"}, run.Output{Title: "Big News | Site"}, true, false},
		{"no gold title", FieldTitle, dataset.Page{}, run.Output{Title: "x"}, false, false},
		{"authors set", FieldAuthors, dataset.Page{Author: "Lars Fischer und Alina Schadwinkel"}, run.Output{Author: "Alina Schadwinkel; Lars Fischer"}, true, true},
		{"authors subset", FieldAuthors, dataset.Page{Author: "Jane Doe"}, run.Output{Author: "Jane Doe; John Roe"}, true, false},
		{"authors not words", FieldAuthors, dataset.Page{Author: "Jane Doe; John Roe"}, run.Output{Author: "Jane Roe; John Doe"}, true, false},
		{"date day", FieldDate, dataset.Page{Published: "2015-07-10T09:53:00-04:00"}, run.Output{Published: "2015-07-10"}, true, true},
		{"date other day", FieldDate, dataset.Page{Published: "2015-07-10"}, run.Output{Published: "2015-07-11"}, true, false},
		{"lang subtag", FieldLang, dataset.Page{Lang: "en-GB"}, run.Output{Lang: "EN"}, true, true},
		{"site", FieldSite, dataset.Page{SiteName: "Le Monde.fr"}, run.Output{SiteName: "Le Monde"}, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			has, hit := Match(tc.field, tc.gold, tc.pred)
			assert.Equal(t, tc.has, has)
			assert.Equal(t, tc.want, hit)
		})
	}
}

func TestAuthorNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"by", nil},
		{"By Jane Doe and John Roe", []string{"jane doe", "john roe"}},
		{"John Roe; Jane Doe", []string{"jane doe", "john roe"}},
		{"Martin Untersinger (avec Damien Leloup et Morgane Tual)", []string{"damien leloup", "martin untersinger", "morgane tual"}},
		{"Sarah E. Needleman", []string{"sarah e needleman"}},
		{"Ana García y Luis Pérez", []string{"ana garcía", "luis pérez"}},
		{"Written by Rob Ewaschuk\n Edited by Betsy Beyer", []string{"betsy beyer", "rob ewaschuk"}},
		{"Jane Doe, Jane Doe", []string{"jane doe"}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, AuthorNames(tc.in))
		})
	}
	assert.True(t, AuthorMatch("By Jane Doe and John Roe", "John Roe; Jane Doe"))
	assert.False(t, AuthorMatch("", ""))
}

func TestDay(t *testing.T) {
	for in, want := range map[string]string{"": "", "2019-03-04": "2019-03-04", " 2017-11-03 03:01:00.000000": "2017-11-03", "March 2019": "", "2019/03/04": ""} {
		assert.Equal(t, want, day(in), in)
	}
}

func TestPrimaryLang(t *testing.T) {
	for in, want := range map[string]string{"": "", "en": "en", "en-US": "en", "EN_gb": "en", " sv ": "sv"} {
		assert.Equal(t, want, primaryLang(in), in)
	}
}

func TestMetaTable(t *testing.T) {
	m := Meta{Library: "lib"}
	m.Hits[FieldTitle], m.Pages[FieldTitle] = 3, 4
	got := MetaTable("meta", []MetaRow{{Set: "s", Meta: m}, {Set: "s", Meta: Meta{Library: "none"}}})
	assert.Equal(t, []string{"set", "library", "title", "authors", "date", "lang", "site"}, got.Header)
	assert.Equal(t, [][]string{{"s", "lib", "0.750 (4)", "-", "-", "-", "-"}}, got.Rows)
}
