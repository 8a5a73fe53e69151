package extract

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const pipelineDump = `Budget talks resume | Example News
Menu
Crisis
Negotiators returned to the table on Monday after a week of deadlock.
Both sides hoped to reach an agreement before the end of the month.
Footer line`

// removeText returns an extractor that removes the blocks whose text is
// one of texts, as kind.
func removeText(kind string, texts ...string) Extractor {
	return ExtractorFunc(func(d *Document) error {
		for _, b := range d.Blocks {
			for _, s := range texts {
				if b.Text == s {
					d.Removef(b, kind, "text is %q", s)
				}
			}
		}
		return nil
	})
}

func TestPipelineRun(t *testing.T) {
	roles := ExtractorFunc(func(d *Document) error {
		for _, b := range d.Blocks {
			if b.Text == "Crisis" {
				b.Role = RoleKicker
			}
			if strings.HasPrefix(b.Text, "Negotiators") {
				b.Role = RoleLead
			}
		}
		return nil
	})
	p := New(WithExtractors(
		Named("late", removeText("footer", "Footer line")),
		removeText("menu", "Menu", "Footer line"),
		roles,
	))
	doc, err := NewTextDocument(pipelineDump)
	require.NoError(t, err)
	a, err := p.Run(doc)
	require.NoError(t, err)

	assert.Equal(t, "Budget talks resume", a.Title)
	assert.Equal(t, "Example News", a.SiteName)
	assert.Equal(t, "Crisis", a.Kicker)
	assert.Equal(t, "Negotiators returned to the table on Monday after a week of deadlock.", a.Lead)
	assert.Equal(t, "Both sides hoped to reach an agreement before the end of the month.", a.Text())
	assert.Equal(t, []Removal{
		{Index: 0, Text: "Menu", Extractor: "extractor#1", Kind: "menu", Evidence: `text is "Menu"`},
		{Index: 4, Text: "Footer line", Extractor: "late", Kind: "footer", Evidence: `text is "Footer line"`},
	}, a.Removed, "removals in page order, each credited to the first extractor that removed it")
	assert.True(t, doc.Blocks[0].Removed())
	assert.Equal(t, "", doc.Extractor(), "no extractor runs after Run")
}

// TestArticleKeepsNoCaches checks that the Article's blocks do not point
// to the Document's caches, which would keep them alive with the Article,
// and that the Document's blocks keep theirs.
func TestArticleKeepsNoCaches(t *testing.T) {
	doc, err := NewTextDocument(pipelineDump)
	require.NoError(t, err)
	a, err := New(WithExtractors()).Run(doc)
	require.NoError(t, err)
	require.Len(t, a.Body, len(doc.Blocks))
	for i, b := range a.Body {
		assert.Nil(t, b.cache, "%q", b.Text)
		assert.NotNil(t, doc.Blocks[i].cache, "%q", b.Text)
	}
}

func TestPipelineRemovingARoleBlockDropsTheRole(t *testing.T) {
	p := New(WithExtractors(
		ExtractorFunc(func(d *Document) error { d.Blocks[1].Role = RoleLead; return nil }),
		removeText("kicker", "Crisis"),
	))
	a, err := p.FromText(pipelineDump)
	require.NoError(t, err)
	assert.Empty(t, a.Lead)
	assert.NotContains(t, a.Text(), "Crisis")
}

func TestPipelineErrors(t *testing.T) {
	errBoom := errors.New("boom")
	tests := []struct {
		name  string
		p     *Pipeline
		input string
		want  error
		isNil bool // the Article is nil
	}{
		{"empty", New(), " \n\t ", ErrEmpty, true},
		{"binary", New(), "title\x00body", ErrBinary, true},
		{"too large", New(WithMaxBytes(10)), pipelineDump, ErrTooLarge, true},
		{"no content", New(WithExtractors(ExtractorFunc(func(d *Document) error {
			for _, b := range d.Blocks {
				d.Remove(b, "all", "everything")
			}
			return nil
		}))), pipelineDump, ErrNoContent, false},
		{"extractor error", New(WithExtractors(Named("bad", ExtractorFunc(func(*Document) error { return errBoom })))), pipelineDump, errBoom, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.p.FromText(tt.input)
			require.ErrorIs(t, err, tt.want)
			if tt.isNil {
				assert.Nil(t, a)
				return
			}
			require.NotNil(t, a)
			assert.Equal(t, "Budget talks resume", a.Title)
			assert.Len(t, a.Removed, 5)
		})
	}
}

func TestPipelineExtractorErrorNamesTheExtractor(t *testing.T) {
	p := New(WithExtractors(Named("bad", ExtractorFunc(func(*Document) error { return errors.New("boom") }))))
	_, err := p.FromText(pipelineDump)
	assert.EqualError(t, err, "extract: extractor bad: boom")
}

func TestPipelineFromReaderLimit(t *testing.T) {
	keep := WithExtractors()
	_, err := New(keep, WithMaxBytes(int64(len(pipelineDump)-1))).FromReader(strings.NewReader(pipelineDump))
	assert.ErrorIs(t, err, ErrTooLarge)
	a, err := New(keep, WithMaxBytes(int64(len(pipelineDump)))).FromReader(strings.NewReader(pipelineDump))
	require.NoError(t, err)
	assert.Len(t, a.Body, 5)
}

func TestPipelineWithLanguage(t *testing.T) {
	a, err := New(WithExtractors(), WithLanguage("de")).FromText(pipelineDump)
	require.NoError(t, err)
	assert.Equal(t, "de", a.Language)
}

func TestWithExtractorsCopiesTheSlice(t *testing.T) {
	list := []Extractor{removeText("menu", "Menu")}
	p := New(WithExtractors(list...))
	list[0] = removeText("all", "Crisis")
	a, err := p.FromText(pipelineDump)
	require.NoError(t, err)
	require.Len(t, a.Removed, 1)
	assert.Equal(t, "Menu", a.Removed[0].Text)
}

func TestPipelineWithLanguageIsNotOverridden(t *testing.T) {
	redetect := ExtractorFunc(func(d *Document) error { d.setLanguage("en"); return nil })
	a, err := New(WithExtractors(redetect), WithLanguage("de")).FromText(pipelineDump)
	require.NoError(t, err)
	assert.Equal(t, "de", a.Language)

	a, err = New(WithExtractors(redetect)).FromText(pipelineDump)
	require.NoError(t, err)
	assert.Equal(t, "en", a.Language, "without WithLanguage, extractors may correct the language")
}

func TestReadAllOneBufferForSizedReader(t *testing.T) {
	page := []byte(strings.Repeat("<p>Some text in a paragraph.</p>", 2000))
	p := New()
	allocs := testing.AllocsPerRun(20, func() {
		data, err := p.readAll(context.Background(), bytes.NewReader(page))
		if err != nil || len(data) != len(page) {
			t.Fatalf("readAll: %d bytes, %v", len(data), err)
		}
	})
	assert.LessOrEqual(t, allocs, 3.0, "a reader that knows its length is read into one buffer")
}

// TestPipelineNamesItsExtractors checks that a Pipeline reports each
// extractor under the name extractorName gives it at its position, as
// New read it, while it runs and in its errors.
func TestPipelineNamesItsExtractors(t *testing.T) {
	var seen []string
	spy := ExtractorFunc(func(d *Document) error { seen = append(seen, d.Extractor()); return nil })
	failing := ExtractorFunc(func(*Document) error { return errors.New("boom") })
	p := New(WithExtractors(spy, Named("mine", spy), Navigation, spy))
	require.Len(t, p.names, 4)
	for i, e := range p.extractors {
		assert.Equal(t, extractorName(e, i), p.name(i))
	}
	doc, err := NewTextDocument("Title\nSome text of the page.\n")
	require.NoError(t, err)
	_, _ = p.Run(doc)
	assert.Equal(t, []string{"extractor#0", "mine", "extractor#3"}, seen)
	_, err = New(WithExtractors(spy, failing)).Run(doc)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "extractor extractor#1: boom")
}
