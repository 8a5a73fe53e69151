package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestArticleMarkdown(t *testing.T) {
	tests := []struct {
		name    string
		article Article
		want    string
	}{
		{
			name:    "title, lead and paragraphs",
			article: Article{Title: "Storm hits coast", Lead: "Winds reached 150 km/h.", Body: []Block{{Kind: Paragraph, Text: "First."}, {Kind: Paragraph, Text: "Second."}}},
			want:    "# Storm hits coast\n\n*Winds reached 150 km/h.*\n\nFirst.\n\nSecond.\n",
		},
		{
			name:    "two lead paragraphs, no title",
			article: Article{Lead: "One.\n\nTwo.", Body: []Block{{Kind: Paragraph, Text: "Body."}}},
			want:    "*One.*\n\n*Two.*\n\nBody.\n",
		},
		{
			name:    "empty article",
			article: Article{},
			want:    "",
		},
		{
			name: "headings clamped to 2..6",
			article: Article{Body: []Block{
				{Kind: Heading, Level: 1, Text: "One"}, {Kind: Heading, Level: 0, Text: "Unknown"},
				{Kind: Heading, Level: 3, Text: "Three"}, {Kind: Heading, Level: 9, Text: "Nine"},
			}},
			want: "## One\n\n## Unknown\n\n### Three\n\n###### Nine\n",
		},
		{
			name: "nested lists",
			article: Article{Body: []Block{
				{Kind: Paragraph, Text: "Steps:"},
				{Kind: ListItem, Level: 1, Ordered: true, Text: "Mix"},
				{Kind: ListItem, Level: 2, Text: "flour"},
				{Kind: ListItem, Level: 2, Text: "water"},
				{Kind: ListItem, Level: 1, Ordered: true, Text: "Bake"},
				{Kind: ListItem, Level: 3, Text: "deep"},
				{Kind: Paragraph, Text: "Done."},
				{Kind: ListItem, Level: 1, Ordered: true, Text: "Again"},
			}},
			want: "Steps:\n\n1. Mix\n   - flour\n   - water\n2. Bake\n     - deep\n\nDone.\n\n1. Again\n",
		},
		{
			name:    "quote",
			article: Article{Body: []Block{{Kind: Quote, Text: "To be > not to be"}}},
			want:    "> To be \\> not to be\n",
		},
		{
			name:    "code with a longer fence than its backticks",
			article: Article{Body: []Block{{Kind: Code, Text: "a := `x`\n````\n*not emphasis*"}}},
			want:    "`````\na := `x`\n````\n*not emphasis*\n`````\n",
		},
		{
			name:    "short code fence",
			article: Article{Body: []Block{{Kind: Code, Text: "x = 1"}}},
			want:    "```\nx = 1\n```\n",
		},
		{
			name: "table with escaped pipes and a short row",
			article: Article{Body: []Block{{Kind: Table, Rows: [][]string{
				{"Team", "Score"}, {"A|B", "3"}, {"C"},
			}}}},
			want: "| Team | Score |\n| --- | --- |\n| A\\|B | 3 |\n| C |  |\n",
		},
		{
			name:    "table from text when rows are missing",
			article: Article{Body: []Block{{Kind: Table, Text: "x\ty\n1\t2"}}},
			want:    "| x | y |\n| --- | --- |\n| 1 | 2 |\n",
		},
		{
			name: "escaping",
			article: Article{Title: "C# & *stars*", Body: []Block{
				{Kind: Paragraph, Text: `a\b *c* _d_ [e](f) <g> ` + "`h`" + ` #i ~j~ &amp;`},
				{Kind: Paragraph, Text: "1. not a list"},
				{Kind: Paragraph, Text: "2015) a year"},
				{Kind: Paragraph, Text: "- not an item"},
				{Kind: Paragraph, Text: "+ plus"},
				{Kind: Paragraph, Text: "=== not a heading"},
				{Kind: Paragraph, Text: "line one\nline two"},
				{Kind: Paragraph, Text: "20 000 people, 1.5 million"},
			}},
			want: "# C\\# \\& \\*stars\\*\n\n" +
				`a\\b \*c\* \_d\_ \[e\](f) \<g\> \` + "`h\\`" + ` \#i \~j\~ \&amp;` + "\n\n" +
				"1\\. not a list\n\n2015\\) a year\n\n\\- not an item\n\n\\+ plus\n\n\\=== not a heading\n\n" +
				"line one line two\n\n20 000 people, 1.5 million\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.article.Markdown())
		})
	}
}

func TestEscapeMarkdownLongNumberIsNotAList(t *testing.T) {
	// CommonMark list numbers have at most 9 digits.
	assert.Equal(t, "1234567890. ok", escapeMarkdown("1234567890. ok"))
	assert.Equal(t, "123456789\\. ok", escapeMarkdown("123456789. ok"))
}
