package extract

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHeadline(t *testing.T) {
	tests := []struct {
		name      string
		title     string
		before    []string
		want      map[string]string
		wantTitle string
	}{
		{
			name:      "exact copy, case and punctuation ignored (fr)",
			title:     "Etat islamique : la coalition se réunit | Atlantico.fr",
			before:    []string{"International", "ETAT ISLAMIQUE – la coalition se réunit"},
			want:      map[string]string{"ETAT ISLAMIQUE – la coalition se réunit": "headline", "International": ""},
			wantTitle: "Etat islamique : la coalition se réunit",
		},
		{
			name:      "truncated title line is replaced by the page's headline (en)",
			title:     "Council approves the new school budget after… | Site",
			before:    []string{"Council approves the new school budget after long night"},
			want:      map[string]string{"Council approves the new school budget after long night": "headline"},
			wantTitle: "Council approves the new school budget after long night",
		},
		{
			name:      "decorated title line (de)",
			title:     "Politik: Stadtrat beschließt neuen Haushalt für Schulen - Zeitung",
			before:    []string{"Stadtrat beschließt neuen Haushalt für Schulen"},
			want:      map[string]string{"Stadtrat beschließt neuen Haushalt für Schulen": "headline"},
			wantTitle: "Stadtrat beschließt neuen Haushalt für Schulen",
		},
		{
			name:      "numbers matter: other issues of a series are not copies",
			title:     "Opening Bell 11.18.19 | Site",
			before:    []string{"Opening Bell 11.18.19", "Opening Bell 9.3.19"},
			want:      map[string]string{"Opening Bell 11.18.19": "headline", "Opening Bell 9.3.19": ""},
			wantTitle: "Opening Bell 11.18.19",
		},
		{
			name:      "a line that completes the title may fold to twice its length and one byte",
			title:     "Council vote",
			before:    []string{"Council vote on the roads", "Council vote on the roads!"},
			want:      map[string]string{"Council vote on the roads": "headline", "Council vote on the roads!": "headline"},
			wantTitle: "Council vote on the roads",
		},
		{
			name:      "short unrelated lines stay (sv)",
			title:     "Budgeten antagen | Tidningen",
			before:    []string{"Budget", "Nyheter"},
			want:      map[string]string{"Budget": "", "Nyheter": ""},
			wantTitle: "Budgeten antagen",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runExtractors(t, testDump(tt.title, "en", tt.before, nil), Headline)
			assertKinds(t, doc, tt.want)
			assert.Equal(t, tt.wantTitle, doc.Title)
			for _, p := range testBodies["en"] {
				assert.Empty(t, kindOf(t, doc, p))
			}
		})
	}
}

// TestHeadlineHTML checks when a heading of an HTML page replaces the
// title taken from its metadata.
func TestHeadlineHTML(t *testing.T) {
	body := strings.Repeat(proseP("en"), 3)
	deep := strings.Repeat(proseP("en"), 6) // ends beyond headlineCoreLead
	tests := []struct {
		name      string
		head      string // inside <head>
		top       string // before the article
		inArticle string // first in the article
		after     string // after the article's first paragraphs
		metaTitle string // the title before Headline runs
		wantTitle string
	}{
		{name: "the title line's first segment completes a shortened title",
			head:      `<title>School budget approved – what changes next year | Daily News</title><meta property="og:title" content="School budget approved">`,
			inArticle: `<h2>School budget approved – what changes next year</h2>`,
			metaTitle: "School budget approved", wantTitle: "School budget approved – what changes next year"},
		{name: "the same heading deep in the article is a section title",
			head:      `<title>School budget approved – what changes next year | Daily News</title><meta property="og:title" content="School budget approved">`,
			after:     `<h2>School budget approved – what changes next year</h2>`,
			metaTitle: "School budget approved", wantTitle: "School budget approved"},
		{name: "a list item is not the headline",
			head:      `<title>School budget approved – what changes next year | Daily News</title><meta property="og:title" content="School budget approved">`,
			inArticle: `<ul><li>School budget approved – what changes next year</li></ul>`,
			metaTitle: "School budget approved", wantTitle: "School budget approved"},
		{name: "a title that took the site name gives way to the headline before it in the title line",
			head:      `<title>Council names a new police chief – Notes From The Valley</title><meta property="og:title" content="Notes From The Valley">`,
			inArticle: `<h2>Council names a new police chief</h2>`,
			metaTitle: "Notes From The Valley", wantTitle: "Council names a new police chief"},
		{name: "the site name's heading never replaces the headline",
			head:      `<title>Council names a new police chief | Notes From The Valley</title><meta property="og:title" content="Council names a new police chief"><meta property="og:site_name" content="Notes From The Valley">`,
			top:       `<h1>Notes From The Valley</h1>`,
			metaTitle: "Council names a new police chief", wantTitle: "Council names a new police chief"},
		{name: "the site name's heading never replaces the headline, even first in the title line",
			head:      `<title>Notes From The Valley | Council names a new police chief</title><meta property="og:site_name" content="Notes From The Valley">`,
			top:       `<h2>Notes From The Valley</h2>`,
			metaTitle: "Council names a new police chief", wantTitle: "Council names a new police chief"},
		{name: "a segment after the headline in the title line is not the headline",
			head:      `<title>Council names a new police chief - Search ends after two years - Valley</title><meta property="og:title" content="Council names a new police chief">`,
			inArticle: `<h2>Search ends after two years</h2>`,
			metaTitle: "Council names a new police chief", wantTitle: "Council names a new police chief"},
		{name: "a heading that adds to a whole title names something else",
			head:      `<title>Electric guitars | Music Shop</title>`,
			inArticle: `<h2>Electric guitars with piezo pickups</h2>`,
			metaTitle: "Electric guitars", wantTitle: "Electric guitars"},
		{name: "a truncated title is completed",
			head:      `<title>Council names a new police chief after…</title>`,
			inArticle: `<h2>Council names a new police chief after a long search</h2>`,
			metaTitle: "Council names a new police chief after…", wantTitle: "Council names a new police chief after a long search"},
		{name: "a date added to a truncated title is not the headline",
			head:      `<title>Council names a new police chief…</title>`,
			inArticle: `<h2>Council names a new police chief November 8, 2023 | 6:03 pm</h2>`,
			metaTitle: "Council names a new police chief…", wantTitle: "Council names a new police chief…"},
		{name: "a bracketed address and a counter decorate the title",
			head:      `<title>Council names a new police chief (example.com) 87</title>`,
			inArticle: `<h2>Council names a new police chief</h2>`,
			metaTitle: "Council names a new police chief (example.com) 87", wantTitle: "Council names a new police chief"},
		{name: "a bracketed word belongs to the title",
			head:      `<title>The different types of wine (Infographic)</title>`,
			inArticle: `<h2>The different types of wine</h2>`,
			metaTitle: "The different types of wine (Infographic)", wantTitle: "The different types of wine (Infographic)"},
		{name: "a subtitle after a colon belongs to the title",
			head:      `<title>What is automation testing: benefits, strategy, tools</title>`,
			inArticle: `<h2>What is automation testing?</h2>`,
			metaTitle: "What is automation testing: benefits, strategy, tools", wantTitle: "What is automation testing: benefits, strategy, tools"},
		{name: "a kicker before a colon decorates the title",
			head:      `<title>Politics: Office budget vote in the city council</title>`,
			inArticle: `<h2>Office budget vote in the city council</h2>`,
			metaTitle: "Politics: Office budget vote in the city council", wantTitle: "Office budget vote in the city council"},
		{name: "a truncated heading is not the headline",
			head:      `<title>Politics: Office budget vote in the city council</title>`,
			inArticle: `<h2>Office budget vote in the city council…</h2>`,
			metaTitle: "Politics: Office budget vote in the city council", wantTitle: "Politics: Office budget vote in the city council"},
		{name: "a line of code that folds to the title is not a copy of it",
			head:      `<title>Middleware</title>`,
			after:     "<pre><code>MIDDLEWARE = [</code></pre>",
			metaTitle: "Middleware", wantTitle: "Middleware"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html lang="en"><head>` + tc.head + `</head><body>` + tc.top + `<main><article>` + tc.inArticle +
				deep + tc.after + body + `</article></main></body></html>`
			doc := htmlDoc(t, page, "https://example.com/a")
			require.Equal(t, tc.metaTitle, doc.Title, "title from the metadata")
			doc.current = "headline"
			require.NoError(t, Headline.Extract(doc))
			assert.Equal(t, tc.wantTitle, doc.Title)
			for _, b := range doc.Blocks {
				if b.Kind == Code {
					assert.False(t, b.Removed(), "code %q is no headline", b.Text)
				}
			}
		})
	}
}

func TestContainsWords(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"the big cat", "big", true},
		{"the big cat", "the big", true},
		{"the big cat", "big cat", true},
		{"the bigger cat", "big", false},
		{"a bbig big", "big", true},
		{"the big cat", "ig ca", false},
		{"big", "big", true},
		{"big", "bigger", false},
		{"", "", true},
		{"x", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.s+"/"+tt.sub, func(t *testing.T) {
			assert.Equal(t, tt.want, containsWords(tt.s, tt.sub))
		})
	}
}

func TestWordOverlap(t *testing.T) {
	overlap := func(a, b string) float64 { return wordOverlap(a, distinctWords(b, nil)) }
	assert.InDelta(t, 0.5, overlap("a b c", "b c d"), 1e-12)
	assert.InDelta(t, 1.0, overlap("a a b", "b a"), 1e-12, "distinct words")
	assert.InDelta(t, 0.0, overlap("", ""), 1e-12)
	assert.InDelta(t, 0.0, overlap("a", "b"), 1e-12)
	var words []string
	for i := range 40 {
		words = append(words, strconv.Itoa(i))
	}
	long := strings.Join(words, " ")
	assert.InDelta(t, 38.0/42, overlap(long, strings.Join(words[2:], " ")+" x y"), 1e-12, "beyond the stack buffer")
}

// TestSharesMostWords checks that sharesMostWords, which stops early,
// says what comparing wordOverlap with its bound says, on every pair of
// texts made of a few words, repeated or not, and beyond 64 title words.
func TestSharesMostWords(t *testing.T) {
	vocab := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"}
	var texts []string
	for n := range 1 << 11 {
		var words []string
		for i, w := range vocab {
			if n&(1<<i) != 0 {
				words = append(words, w)
			}
		}
		texts = append(texts, strings.Join(words, " "))
	}
	titles := []string{"", "a", "a b c d e f g h", "a b c d e f g h i j k", "a a b c d d e f g h i"}
	for _, title := range titles {
		bWords := distinctWords(title, nil)
		for _, text := range texts {
			for _, a := range []string{text, text + " " + text} {
				require.Equal(t, wordOverlap(a, bWords) >= similarOverlap, sharesMostWords(a, bWords), "%q vs %q", a, title)
			}
		}
	}
	var many []string
	for i := range 70 {
		many = append(many, strconv.Itoa(i))
	}
	long := distinctWords(strings.Join(many, " "), nil)
	assert.True(t, sharesMostWords(strings.Join(many[:65], " "), long))
	assert.False(t, sharesMostWords(strings.Join(many[:55], " "), long))
	assert.True(t, sharesMostWords("a b c d e f g", distinctWords("a b c d e f g", nil)))
	assert.False(t, sharesMostWords("a b c d e f x", distinctWords("a b c d e f g", nil)))
}

// TestSimilarWordsWithTheTitleSplitOnce checks that comparing with the
// title's words found beforehand gives what similarHeadline gives.
func TestSimilarWordsWithTheTitleSplitOnce(t *testing.T) {
	title := "the mayor opens the new bridge over the river"
	titleWords := distinctWords(title, nil)
	for _, text := range []string{title, "mayor opens the new bridge over the river", "the mayor opens a new bridge over the river today",
		"the river", "bridge over the river the mayor opens the new", "sport results", ""} {
		assert.Equal(t, similarHeadline(text, title), similarWords(text, title, titleWords), text)
	}
	assert.True(t, similarWords("bridge over the river the mayor opens the new", title, titleWords))
}

// TestFoldText checks what foldText keeps, lowers, drops and turns into
// word breaks.
func TestFoldText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{" -- ", ""},
		{"Opening Bell 11.18.19", "opening bell 11 18 19"},
		{"L'été — À BIENTÔT!", "lété à bientôt"},
		{"Don’t  stop", "dont stop"},
		{"a\tb_c~D", "a b c d"},
		{"Ⱥ Ⱦ", "ⱥ ⱦ"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, foldText(tt.in))
		})
	}
}

// TestFoldArena checks that texts folded in a shared arena are those
// foldText returns, and stay so as later texts fill the arena's buffers.
func TestFoldArena(t *testing.T) {
	texts := []string{"", "  ", "Opening Bell 11.18.19", "L'été — À BIENTÔT!", "Ⱥ Ⱦ ȺȺȺ", "end. ",
		strings.Repeat("Long line, ", 100), "Ünïcödé ẞ İstanbul"}
	a := newFoldArena(1000)
	var got, phrases []string
	for range 3 {
		for _, s := range texts {
			got = append(got, a.fold(s))
			phrases = append(phrases, a.foldPhrase(s))
		}
	}
	for i, s := range got {
		assert.Equal(t, foldText(texts[i%len(texts)]), s, "text %d", i)
		assert.Equal(t, clean.FoldPhrase(texts[i%len(texts)]), phrases[i], "phrase %d", i)
	}
}

// TestFoldWithin checks that a fold within its limit is foldText's, and
// that one beyond it is refused and leaves the arena as it was.
func TestFoldWithin(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		ok    bool
	}{
		{"", 0, true},
		{"Opening Bell 11.18.19", 21, true},
		{"Opening Bell 11.18.19", 20, false},
		{"Opening Bell 11.18.19 -- ", 21, true},
		{"ȺȺ", 6, true},
		{"ȺȺ", 5, false},
		{"a b", 1, false},
		{"-- a --", 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			b, ok := appendFoldWithin([]byte("x"), tt.in, tt.limit)
			require.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, "x"+foldText(tt.in), string(b))
			}
			a := newFoldArena(64)
			before := a.fold("before")
			got, ok := a.foldWithin(tt.in, tt.limit)
			require.Equal(t, tt.ok, ok)
			after := a.fold("after")
			assert.Equal(t, "before", before)
			assert.Equal(t, "after", after)
			if ok {
				assert.Equal(t, foldText(tt.in), got)
			} else {
				assert.Equal(t, len("beforeafter"), len(a.buf), "the refused fold left nothing")
			}
		})
	}
}

// TestLineLengthFits checks that no line betterLine accepts fails the
// length test before it, over lines made of the title's words and others.
func TestLineLengthFits(t *testing.T) {
	words := []string{"council", "vote", "on", "the", "roads", "x", "site", "news"}
	var texts []string
	for n := range 1 << 8 {
		var ws []string
		for i, w := range words {
			if n&(1<<i) != 0 {
				ws = append(ws, w)
			}
		}
		texts = append(texts, strings.Join(ws, " "), strings.Join(ws, " ")+" council vote")
	}
	accepted := 0
	for _, title := range []string{"council vote", "council vote on the roads", "vote on"} {
		for _, line := range []string{title, title + " site news", "news " + title} {
			ev := titleEvidence{title: title, line: line, text: true}
			for _, text := range texts {
				if ev.betterLine(text) {
					accepted++
					require.True(t, ev.lineLengthFits(len(text)), "%q with title %q, line %q", text, title, line)
				}
			}
		}
	}
	assert.Positive(t, accepted)
}

// TestFoldsLike checks Block.foldsLike against comparing foldText's
// results, for blocks folded beforehand or not, and texts that fold to
// more than its stack buffer holds.
func TestFoldsLike(t *testing.T) {
	long := strings.Repeat("Jane Doe, ", 20)
	tests := []struct {
		block, s string
		want     bool
	}{
		{"Jane Doe", "jane doe", true},
		{"Jane Doe", "  JANE — Doe.", true},
		{"Jane Doe", "Jane", false},
		{"Jane", "Jane Doe", false},
		{"", "", true},
		{"--", "", true},
		{"ȺȺ", "ⱥⱥ", true},
		{long, strings.ToUpper(long), true},
		{long, long + " x", false},
	}
	for _, tt := range tests {
		t.Run(tt.block+"/"+tt.s, func(t *testing.T) {
			assert.Equal(t, tt.want, foldText(tt.block) == foldText(tt.s))
			b := &Block{Text: tt.block}
			assert.Equal(t, tt.want, b.foldsLike(tt.s), "not folded")
			b.wordFold()
			assert.Equal(t, tt.want, b.foldsLike(tt.s), "folded")
		})
	}
}

// TestFoldEquals checks foldEquals against comparing foldText's result,
// on texts and on every cut of their folds, with and without a byte more.
func TestFoldEquals(t *testing.T) {
	texts := []string{"", " ", "--", "Opening Bell 11.18.19", "L'été — À BIENTÔT!", "Don’t  stop ",
		"a\tb_c~D", "Ⱥ Ⱦ", " Jane  Doe. ", "İstanbul ẞ", "x’ y'z", "¿Qué?"}
	for _, s := range texts {
		f := foldText(s)
		cands := []string{"", " ", f + " ", " " + f, f + "x", "x" + f}
		for i := range len(f) + 1 {
			cands = append(cands, f[:i])
		}
		for _, c := range cands {
			assert.Equal(t, f == c, foldEquals(s, c), "%q vs %q", s, c)
		}
	}
}

// TestFoldRune checks foldRune, from its table or not, against the
// unicode package, for every rune.
func TestFoldRune(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		keep := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		lower, ok := foldRune(r)
		require.Equal(t, keep, ok, "%U", r)
		if keep {
			require.Equal(t, unicode.ToLower(r), lower, "%U", r)
		}
	}
}

// TestMayFoldTo checks the bound mayFoldTo relies on, for every rune
// alone and between letters and punctuation: no text folds to more than
// half as long again as itself.
func TestMayFoldTo(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r) + string(r) + ". B"} {
			if !mayFoldTo(s, len(foldText(s))) {
				t.Fatalf("%q folds to %q", s, foldText(s))
			}
		}
	}
	assert.False(t, mayFoldTo("ab", 4))
	assert.True(t, mayFoldTo("ȺȺ", 6))
}

// TestTitleFail checks titleFail against the bound of sharesMostWords.
func TestTitleFail(t *testing.T) {
	for n := range 40 {
		k := titleFail(n)
		for m := range 9 {
			assert.Equal(t, m >= k, float64(n)/float64(n+m) < similarOverlap, "%d words, %d missing", n, m)
		}
	}
	assert.Equal(t, 1, titleFail(0))
	assert.Equal(t, 1, titleFail(5))
	assert.Equal(t, 2, titleFail(6))
}

// TestAppendLineFolded checks appendLineFolded against appendFolded on
// random titles and title lines that hold them at their start, their end
// or not at all, after text in the buffer, with separators, apostrophes,
// runes that fold longer or to nothing, and bytes that are not UTF-8.
func TestAppendLineFolded(t *testing.T) {
	pieces := []string{"Foo", "bar", "ÉTÉ", "Ⱥ", "'", "’", " ", "  ", " - ", " | ", "|", ":", "42", "\xe2\x80", "\xc3", "…", "x"}
	r := rand.New(rand.NewPCG(25, 26))
	text := func(n int) string {
		return randtext.Concat(r, pieces, r.IntN(n))
	}
	held := 0
	for range 20000 {
		title, rest := text(5), text(4)
		var line string
		switch r.IntN(3) {
		case 0:
			line = title + rest
		case 1:
			line = rest + title
		default:
			line = rest
		}
		buf, titleFold := appendFolded([]byte("pre"), title)
		want := foldText(line)
		_, got := appendLineFolded(buf, line, title, titleFold)
		require.Equal(t, want, got, "title %q line %q", title, line)
		if title != "" && len(line) > len(title) && (strings.HasPrefix(line, title) || strings.HasSuffix(line, title)) {
			held++
		}
	}
	assert.Greater(t, held, 5000)
}
