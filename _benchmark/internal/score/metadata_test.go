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

func TestPrimaryLang(t *testing.T) {
	for in, want := range map[string]string{"": "", "en": "en", "en-US": "en", "EN_gb": "en", " sv ": "sv"} {
		assert.Equal(t, want, primaryLang(in), in)
	}
}
