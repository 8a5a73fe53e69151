package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestExtractorNames(t *testing.T) {
	noop := ExtractorFunc(func(*Document) error { return nil })
	tests := []struct {
		name string
		e    Extractor
		pos  int
		want string
	}{
		{"unnamed func by position", noop, 3, "extractor#3"},
		{"Named", Named("mine", noop), 0, "mine"},
		{"renamed built-in", Named("menus", Navigation), 7, "menus"},
		{"built-in", Navigation, 7, "navigation"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, extractorName(tt.e, tt.pos))
		})
	}
}

func TestNamedCallsTheExtractor(t *testing.T) {
	var got *Document
	e := Named("spy", ExtractorFunc(func(d *Document) error { got = d; return nil }))
	doc := &Document{}
	assert.NoError(t, e.Extract(doc))
	assert.Same(t, doc, got)
}

func TestDefaultExtractorsIsFreshAndNamed(t *testing.T) {
	a := DefaultExtractors()
	a[0] = nil
	b := DefaultExtractors()
	assert.NotNil(t, b[0], "DefaultExtractors must return a new slice")
	names := map[string]bool{}
	for i, e := range b {
		name := extractorName(e, i)
		assert.NotContains(t, name, "extractor#", "built-in extractor %d has no name", i)
		assert.False(t, names[name], "two built-in extractors are named %q", name)
		names[name] = true
	}
	assert.Equal(t, "content", extractorName(b[len(b)-1], len(b)-1), "Content runs last")
}
