package extract

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStandfirst(t *testing.T) {
	lead := "The vote ends months of wrangling over money for the schools and the roads."
	tests := []struct {
		name       string
		title      string
		lang       string
		before     []string
		wantKicker string
		wantLead   string
	}{
		{
			name:       "kicker after the headline, lead repeated in the body (fr)",
			title:      "Budget adopté | Site",
			lang:       "fr",
			before:     []string{"Budget adopté", "©", "Réunion de crise", "Le conseil municipal a adopté mardi le nouveau budget après un long débat"},
			wantKicker: "Réunion de crise",
			wantLead:   "Le conseil municipal a adopté mardi le nouveau budget après un long débat",
		},
		{
			name:     "lead followed by a byline (en)",
			title:    "Budget adopted | Site",
			lang:     "en",
			before:   []string{"Budget adopted", lead, "By Jane Roe"},
			wantLead: lead,
		},
		{
			name:   "first paragraph without evidence stays in the body (en)",
			title:  "Budget adopted | Site",
			lang:   "en",
			before: []string{"Budget adopted", lead},
		},
		{
			name:   "a share button is no kicker",
			title:  "Budget adopted | Site",
			lang:   "en",
			before: []string{"Budget adopted", "Share this"},
		},
		{
			name:     "the writer's name is no kicker (en)",
			title:    "Budget adopted | Site",
			lang:     "en",
			before:   []string{"Budget adopted", "Jane Roe", lead, "By Jane Roe"},
			wantLead: lead,
		},
		{
			name:   "a photo caption with a bracketed credit is no lead (en)",
			title:  "Budget adopted | Site",
			lang:   "en",
			before: []string{"Budget adopted", "The mayor celebrates the vote with council members in the town hall on Tuesday. (AP Photo/Jane Roe)", "By Jane Roe"},
		},
		{
			name:   "a sentence broken after its first words is no kicker (fr)",
			title:  "Personnaliser les barres | Site",
			lang:   "fr",
			before: []string{"Personnaliser les barres", "Le bouton de menu", "vous donne un accès facile à toutes vos fonctionnalités favorites, et vous pouvez le modifier."},
		},
		{
			name:   "no headline, no lead (de)",
			title:  "Budget adopted | Site",
			lang:   "de",
			before: []string{"Kurz notiert"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runExtractors(t, testDump(tt.title, tt.lang, tt.before, nil), Headline, Byline, Standfirst)
			var kicker, gotLead string
			for _, b := range doc.Blocks {
				switch b.Role {
				case RoleKicker:
					kicker = b.Text
				case RoleLead:
					gotLead = b.Text
				}
			}
			assert.Equal(t, tt.wantKicker, kicker)
			assert.Equal(t, tt.wantLead, gotLead)
			assert.Equal(t, RoleBody, doc.Blocks[len(doc.Blocks)-1].Role)
		})
	}
}

func TestStandfirstOnlyParagraphIsNoLead(t *testing.T) {
	const lead = "The vote ends months of wrangling over money for the schools and the roads."
	const body = "Council members argued for three hours before the final vote, which passed by a single voice."
	page := func(paragraphs string) string {
		return "<html><head><title>Budget adopted | Site</title></head><body><article><h1>Budget adopted</h1>" +
			"<p class=standfirst>" + lead + "</p>" + paragraphs + "</article></body></html>"
	}
	roleOfLead := func(src string) Role {
		root, err := html.Parse(strings.NewReader(src))
		require.NoError(t, err)
		doc, err := NewHTMLDocument(root, "")
		require.NoError(t, err)
		for i, e := range []Extractor{Headline, Byline, Standfirst} {
			doc.current = extractorName(e, i)
			require.NoError(t, e.Extract(doc))
		}
		for _, b := range doc.Blocks {
			if b.Text == lead {
				return b.Role
			}
		}
		t.Fatalf("no block holds the lead")
		return ""
	}
	assert.Equal(t, RoleLead, roleOfLead(page("<p>"+body+"</p><p>"+body+"</p>")), "with a body after it, the standfirst is the lead")
	assert.Equal(t, RoleBody, roleOfLead(page("")), "the article's only paragraph stays body")
}

func TestStandfirstAuthorLinkIsNoKicker(t *testing.T) {
	page := `<html lang="pl"><head><title>Koncesjonowana opozycja</title></head><body><article><h1>Koncesjonowana opozycja</h1>` +
		`<h5><a href="https://example.com/author/jdoe/">Leszek Nowak</a></h5>` + strings.Repeat(proseP("en"), 4) + `</article></body></html>`
	doc := htmlDoc(t, page, "https://example.com/a")
	for i, e := range []Extractor{Headline, Byline, Standfirst} {
		doc.current = extractorName(e, i)
		require.NoError(t, e.Extract(doc))
	}
	assert.Equal(t, RoleBody, findBlock(t, doc, "Leszek Nowak").Role)
}

func TestStandfirstDescriptionOfTheBody(t *testing.T) {
	first := "The council adopted the new budget on Tuesday after a long debate about schools."
	body := strings.Repeat(proseP("en"), 4)
	tests := []struct {
		name, article string
		lead          bool
	}{
		{"a paragraph among its siblings is body",
			`<p>` + first + `</p>` + body, false},
		{"paragraphs split by line breaks are body",
			`<div class="post-body">` + first + `<br><br>The committee met on Tuesday to discuss it at length.<br><br>` + strings.Repeat("Members agreed on most points after a long debate. ", 8) + `</div>`, false},
		{"a paragraph of its own before the body is the lead",
			`<div class="intro-box"><p>` + first + `</p></div><div class="text">` + body + `</div>`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html lang="en"><head><title>Budget adopted</title><meta name="description" content="` + first + `"></head>` +
				`<body><article><h1>Budget adopted</h1>` + tt.article + `</article></body></html>`
			doc := htmlDoc(t, page, "https://example.com/a")
			for i, e := range []Extractor{Headline, Byline, Standfirst} {
				doc.current = extractorName(e, i)
				require.NoError(t, e.Extract(doc))
			}
			b := findBlock(t, doc, "The council adopted")
			assert.Equal(t, tt.lead, b.Role == RoleLead, "role %q", b.Role)
		})
	}
}

// TestHeadlineAnchorMatchesScan checks headlineAnchor, which reads back
// from the core, against headlineAnchorScan, which reads the blocks in
// order, after every built-in extractor on the test dumps and the
// benchmark's (when present), and on documents whose blocks are removed
// as headlines at random, with the core's first block set at random.
func TestHeadlineAnchorMatchesScan(t *testing.T) {
	paths := allDumpPaths(t)
	checks, found := 0, 0
	check := ExtractorFunc(func(doc *Document) error {
		first, _ := doc.CoreBounds()
		got := headlineAnchor(doc)
		if first >= 0 {
			assert.Equal(t, headlineAnchorScan(doc, first), got)
		} else {
			assert.Equal(t, -1, got)
		}
		checks++
		if got >= 0 {
			found++
		}
		return nil
	})
	var steps []Extractor
	for _, e := range DefaultExtractors() {
		steps = append(steps, e, check)
	}
	p := New(WithExtractors(steps...))
	for _, path := range paths {
		dump, err := os.ReadFile(path)
		require.NoError(t, err)
		_, _ = p.FromText(string(dump))
	}
	assert.Positive(t, found)

	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		var sb strings.Builder
		sb.WriteString("Title of the page\n")
		n := 1 + rng.IntN(40)
		for i := range n {
			fmt.Fprintf(&sb, "line %d of the page with some words\n", i)
		}
		doc, err := NewTextDocument(sb.String())
		require.NoError(t, err)
		for _, b := range doc.Blocks {
			switch rng.IntN(4) {
			case 0:
				doc.Remove(b, "headline", "test")
			case 1:
				doc.Remove(b, "byline", "test")
			}
		}
		first, _ := doc.CoreBounds()
		if first < 0 {
			continue
		}
		if last := min(first+bylineEdge, len(doc.Blocks)-1); last > 0 && rng.IntN(4) == 0 {
			// Two blocks of the window off their Index: the forward scan.
			k := 1 + rng.IntN(last)
			doc.Blocks[k-1], doc.Blocks[k] = doc.Blocks[k], doc.Blocks[k-1]
		}
		require.Equal(t, headlineAnchorScan(doc, first), headlineAnchor(doc))
		checks++
	}
	assert.Greater(t, checks, 1000)
}
