package extract

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestArticleText(t *testing.T) {
	tests := []struct {
		name string
		body []Block
		want string
	}{
		{"empty", nil, ""},
		{"paragraphs", []Block{{Kind: Paragraph, Text: "a"}, {Kind: Heading, Text: "b"}, {Kind: Paragraph, Text: "c"}}, "a\n\nb\n\nc"},
		{"list items on consecutive lines", []Block{
			{Kind: Paragraph, Text: "p"}, {Kind: ListItem, Text: "1"}, {Kind: ListItem, Text: "2"}, {Kind: Paragraph, Text: "q"},
		}, "p\n\n1\n2\n\nq"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Article{Title: "T", Lead: "L", Kicker: "K", Body: tt.body}
			assert.Equal(t, tt.want, a.Text())
			assert.Equal(t, len(tt.want), textSize(tt.body))
			if tt.want != "" {
				assert.Equal(t, 1.0, testing.AllocsPerRun(10, func() { _ = a.Text() }), "one allocation")
			}
		})
	}
}

func TestArticleJSON(t *testing.T) {
	t.Run("full", func(t *testing.T) {
		a := Article{
			URL: "https://news.example/a", Title: "T", SiteName: "S", Language: "en", Authors: []string{"Ann"},
			Published: time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), Kicker: "K", Lead: "L",
			Body: []Block{{
				Kind: ListItem, Level: 1, Text: "x", Ordered: true, Links: []Link{{Text: "x", URL: "https://x.example/"}},
				Index: 4, Role: RoleLead, Repeats: 2, GapBefore: true,
			}, {Kind: Table, Text: "a\tb", Rows: [][]string{{"a", "b"}}}},
			Removed: []Removal{{Index: 1, Text: "Menu", Extractor: "navigation", Kind: "menu", Evidence: "e"}},
		}
		data, err := json.Marshal(a)
		require.NoError(t, err)
		assert.JSONEq(t, `{
			"url": "https://news.example/a", "title": "T", "site_name": "S", "language": "en", "authors": ["Ann"],
			"published": "2024-05-06T07:08:09Z", "kicker": "K", "lead": "L",
			"body": [
				{"kind": "listitem", "level": 1, "text": "x", "ordered": true, "links": [{"text": "x", "url": "https://x.example/"}]},
				{"kind": "table", "text": "a\tb", "rows": [["a", "b"]]}
			],
			"removed": [{"index": 1, "text": "Menu", "extractor": "navigation", "kind": "menu", "evidence": "e"}]
		}`, string(data))
	})
	t.Run("minimal: empty fields and zero date omitted", func(t *testing.T) {
		data, err := json.Marshal(Article{Title: "T", Body: []Block{{Kind: Paragraph, Text: "p"}}})
		require.NoError(t, err)
		assert.JSONEq(t, `{"title": "T", "body": [{"kind": "paragraph", "text": "p"}]}`, string(data))
	})
}
