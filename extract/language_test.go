package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestForeignLanguage(t *testing.T) {
	english := "I was asked by the magazine recently to take part in their annual poll of the best records of the year, and I have to say that it was much harder than I thought it would be."
	t.Run("an English paragraph on a Swedish page goes", func(t *testing.T) {
		doc := runExtractors(t, testDump("T", "sv", []string{"Meny", "Nyheter"}, []string{english, "Läs mer"}), ForeignLanguage)
		assert.Equal(t, "sv", doc.Meta.Language)
		assert.Equal(t, "language", kindOf(t, doc, english))
		for _, p := range testBodies["sv"] {
			assert.Empty(t, kindOf(t, doc, p))
		}
	})
	t.Run("tables and code are never judged", func(t *testing.T) {
		doc := runExtractors(t, testDump("T", "sv", nil, []string{english, english}), ForeignLanguage)
		doc2 := runExtractors(t, testDump("T", "sv", nil, []string{english, english}), Named("kinds", ExtractorFunc(func(d *Document) error {
			for _, b := range d.Blocks {
				if b.Text == english {
					b.Kind = Table
				}
			}
			return nil
		})), ForeignLanguage)
		assert.Equal(t, "language", kindOf(t, doc, english), "as paragraphs the English lines go")
		assert.Empty(t, kindOf(t, doc2, english), "as tables they stay")
	})
	t.Run("short lines are never judged", func(t *testing.T) {
		doc := runExtractors(t, testDump("T", "fr", nil, []string{"Read more about the budget"}), ForeignLanguage)
		assert.Empty(t, kindOf(t, doc, "Read more about the budget"))
	})
	t.Run("the page's own short lines correct a wrong page language", func(t *testing.T) {
		long := english + " " + english + " " + english + " " + english
		ui := []string{"Upplagd av", "Inga kommentarer", "Länkar till det här inlägget", "Det här är en blogg om musik och om allt som har med musik att göra"}
		doc, err := NewTextDocument(testDump("T", "sv", append(ui, long, long, long), nil))
		assert.NoError(t, err)
		doc.setLanguage("en")
		assert.NoError(t, ForeignLanguage.Extract(doc))
		assert.Equal(t, "sv", doc.Meta.Language)
		assert.Equal(t, "language", doc.Blocks[4].Removal().Kind, "a text dump's core is a guess: its foreign blocks go")
	})
	t.Run("a foreign quotation in the article stays, a foreign paragraph outside it goes", func(t *testing.T) {
		page := articlePage("de", "<blockquote><p>"+english+"</p></blockquote>", `<div class="x"><p>`+english+` Again.</p></div>`)
		got := removedBy(t, ForeignLanguage, page)
		assert.Empty(t, got[english])
		assert.Equal(t, "language", got[english+" Again."])
	})
	t.Run("foreign paragraphs that are most of an HTML article stay", func(t *testing.T) {
		page := `<html lang="de"><body><nav><ul><li>Startseite</li><li>Impressum</li><li>Über mich</li></ul></nav><article><h1>Der Garten</h1><p>` +
			english + `</p><p>` + english + ` Again.</p><p>` + english + ` Once more.</p></article><aside>` + proseP("de") + proseP("de") +
			`</aside><footer><p>Hinterlasse einen Kommentar</p><p>Gefällt mir</p><p>Ähnliche Beiträge</p></footer></body></html>`
		got := removedBy(t, ForeignLanguage, page)
		assert.Empty(t, got[english])
		assert.Empty(t, got[english+" Again."])
	})
}

// TestDetectBlocksReadsWhatDetectLanguageReads checks that detecting from
// the blocks' profiles gives what clean.DetectLanguage gives for their
// texts joined, also when they are longer than the clean.MaxDetectBytes
// it reads and the profile of a block cut short stands for its start:
// the cut falls at many places, inside words and inside runes.
func TestDetectBlocksReadsWhatDetectLanguageReads(t *testing.T) {
	lines := testDumpLines(t)
	require.NotEmpty(t, lines)
	for _, tt := range []struct {
		name  string
		lines []string
	}{
		{"all the dumps", lines},
		{"one line", lines[:1]},
		{"none", nil},
		{"one line too long", []string{strings.Repeat("Le chat et le chien sont là. ", 3000)}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for skip := 0; skip < min(len(tt.lines), 40); skip++ {
				var blocks []*Block
				var joined strings.Builder
				for _, text := range tt.lines[skip:] {
					blocks = append(blocks, &Block{Text: text})
					joined.WriteString(text + "\n")
				}
				wantLang, wantConf := clean.DetectLanguage(joined.String())
				lang, conf := detectBlocks(blocks)
				require.Equal(t, wantLang, lang, "from line %d", skip)
				require.Equal(t, wantConf, conf, "from line %d", skip)
			}
		})
	}
}

// TestDetectLanguageIsDetectBlocks checks Document.detectLanguage against
// detectBlocks on languageBlocks, the blocks it reads, for documents made
// of runs of the test dumps' lines: short and long, under and over the
// 200 bytes of long lines from which the short ones are left out, and
// over the clean.MaxDetectBytes read.
func TestDetectLanguageIsDetectBlocks(t *testing.T) {
	lines := testDumpLines(t)
	require.NotEmpty(t, lines)
	rng := rand.New(rand.NewPCG(11, 12))
	for range 400 {
		from := rng.IntN(len(lines))
		n := rng.IntN(12)
		if rng.IntN(8) == 0 {
			n = rng.IntN(3000) // past clean.MaxDetectBytes, at times
		}
		doc := &Document{}
		for _, text := range lines[from:min(from+n, len(lines))] {
			doc.Blocks = append(doc.Blocks, &Block{Text: text})
		}
		want, _ := detectBlocks(doc.languageBlocks())
		require.Equal(t, want, doc.detectLanguage(), "lines %d to %d", from, from+n)
	}
}

// TestOtherVoted checks when the short lines' language is asked for: only
// when a language other than the page's has two votes or more.
func TestOtherVoted(t *testing.T) {
	tests := []struct {
		name  string
		votes map[string]int
		lang  string
		want  bool
	}{
		{"no votes", map[string]int{}, "en", false},
		{"only the page's language", map[string]int{"en": 5}, "en", false},
		{"another with one vote", map[string]int{"en": 5, "fr": 1}, "en", false},
		{"another with two votes", map[string]int{"en": 5, "fr": 2}, "en", true},
		{"page language unknown", map[string]int{"en": 2}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, otherVoted(tt.votes, tt.lang))
		})
	}
}
