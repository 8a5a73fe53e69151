package score

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/run"
)

func TestMetadata(t *testing.T) {
	pages := []dataset.Page{
		{Title: "A  title", Lang: "en"},
		{Title: "Other", Lang: ""},
		{Title: "", Lang: "fr-CA"},
	}
	results := [][]run.Result{{
		{Output: run.Output{Title: "A title", Lang: "en-US"}},
		{Output: run.Output{Title: "Other - Site", Lang: "en"}},
		{Output: run.Output{Title: "x", Lang: "FR"}},
	}}
	got := Metadata(pages, []string{"lib"}, results)
	assert.Equal(t, []Meta{{Library: "lib", TitleHits: 1, TitlePages: 2, LangHits: 2, LangPages: 2}}, got)
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
	assert.Equal(t, []Meta{{Library: "lib", AuthorHits: 1, AuthorPages: 2, DateHits: 1, DatePages: 2}}, got)
}

func TestAuthorMatch(t *testing.T) {
	tests := []struct {
		gold, pred string
		want       bool
	}{
		{"Jane Doe", "jane doe", true},
		{"By Jane Doe and John Roe", "John Roe; Jane Doe", true},
		{"Jane Doe", "Jane Doe; John Roe", false},
		{"Jane Doe", "", false},
		{"", "", false},
		{"by", "", false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, AuthorMatch(tc.gold, tc.pred), "%q vs %q", tc.gold, tc.pred)
	}
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
