package extract

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Body paragraphs in several languages, long enough to make an article
// core.
var testBodies = map[string][]string{
	"en": {
		"The city council approved the new budget on Tuesday after a long debate that lasted well into the night, with most members agreeing that the schools needed more money.",
		"Opponents said the plan would raise taxes for families who are already struggling, and they promised to bring the question back to the voters next spring.",
		"The mayor, who had pushed for the budget since the summer, said she was pleased with the result and thanked the members of the council for their work.",
	},
	"fr": {
		"Le conseil municipal a adopté mardi le nouveau budget après un long débat qui a duré jusque tard dans la nuit, la plupart des élus estimant que les écoles avaient besoin de moyens.",
		"Les opposants ont affirmé que le projet allait augmenter les impôts des familles déjà en difficulté, et ils ont promis de reposer la question aux électeurs au printemps.",
		"La maire, qui défendait ce budget depuis l'été, s'est dite satisfaite du résultat et a remercié les membres du conseil pour leur travail et leur patience.",
	},
	"de": {
		"Der Stadtrat hat am Dienstag nach einer langen Debatte, die bis tief in die Nacht dauerte, den neuen Haushalt beschlossen, weil die meisten Mitglieder mehr Geld für die Schulen wollten.",
		"Die Gegner sagten, dass der Plan die Steuern für Familien erhöhen werde, die schon jetzt zu kämpfen haben, und sie kündigten einen Volksentscheid im Frühjahr an.",
		"Die Bürgermeisterin, die sich seit dem Sommer für den Haushalt eingesetzt hatte, zeigte sich mit dem Ergebnis zufrieden und dankte den Mitgliedern des Rates.",
	},
	"es": {
		"El ayuntamiento aprobó el martes el nuevo presupuesto después de un largo debate que duró hasta muy tarde, y la mayoría de los concejales dijo que las escuelas necesitaban más dinero.",
		"Los opositores dijeron que el plan subiría los impuestos de las familias que ya tienen problemas, y prometieron llevar la cuestión a los votantes en la primavera.",
		"La alcaldesa, que había defendido el presupuesto desde el verano, dijo que estaba contenta con el resultado y agradeció a los concejales por su trabajo.",
	},
	"sv": {
		"Kommunfullmäktige antog på tisdagen den nya budgeten efter en lång debatt som pågick till sent på kvällen, och de flesta ledamöterna var överens om att skolorna behövde mer pengar.",
		"Motståndarna sade att planen skulle höja skatten för familjer som redan har det svårt, och de lovade att ta upp frågan med väljarna igen till våren.",
		"Kommunstyrelsens ordförande, som hade drivit budgeten sedan sommaren, sade att hon var nöjd med resultatet och tackade ledamöterna för deras arbete.",
	},
}

// testDump builds a text dump: the title line, the lines before the body,
// the body of lang, and the lines after it.
func testDump(title, lang string, before, after []string) string {
	lines := []string{title}
	lines = append(lines, before...)
	lines = append(lines, testBodies[lang]...)
	lines = append(lines, after...)
	return strings.Join(lines, "\n")
}

// runExtractors builds the document of dump and runs es on it in order,
// as the pipeline does.
func runExtractors(t *testing.T, dump string, es ...Extractor) *Document {
	t.Helper()
	doc, err := NewTextDocument(dump)
	require.NoError(t, err)
	for i, e := range es {
		doc.current = extractorName(e, i)
		require.NoError(t, e.Extract(doc))
	}
	doc.current = ""
	return doc
}

// kindOf returns the removal kind of the first block whose text is text,
// or "" when it is kept. The block must exist.
func kindOf(t *testing.T, doc *Document, text string) string {
	t.Helper()
	for _, b := range doc.Blocks {
		if b.Text == text {
			if r := b.Removal(); r != nil {
				return r.Kind
			}
			return ""
		}
	}
	require.Failf(t, "no such block", "%q", text)
	return ""
}

// assertKinds checks the removal kind of each listed block ("" = kept).
func assertKinds(t *testing.T, doc *Document, want map[string]string) {
	t.Helper()
	for text, kind := range want {
		assert.Equal(t, kind, kindOf(t, doc, text), "block %q", text)
	}
}

func TestLocateTextCore(t *testing.T) {
	menu := []string{"Home", "World", "Politics", "Business", "Sport", "Culture"}
	for _, lang := range []string{"en", "fr", "de", "es", "sv"} {
		t.Run(lang, func(t *testing.T) {
			doc := runExtractors(t, testDump("Budget | Site", lang, menu, []string{"Contact", "Jobs", "Advertise", "Privacy"}))
			first, last := doc.CoreBounds()
			assert.Equal(t, len(menu), first, "core starts after the menu")
			assert.Equal(t, len(menu)+2, last, "core ends with the body")
		})
	}
	t.Run("short lines between prose stay in the core", func(t *testing.T) {
		body := testBodies["en"]
		dump := strings.Join([]string{"T", "Menu", "News", body[0], "A subheading", body[1], "One more line.", body[2], "Footer"}, "\n")
		doc := runExtractors(t, dump)
		first, last := doc.CoreBounds()
		assert.Equal(t, 2, first)
		assert.Equal(t, 6, last)
	})
	t.Run("the core ends at the comments heading", func(t *testing.T) {
		body := testBodies["en"]
		comment := "I completely disagree with the council, because the schools already have plenty of money and the taxes are far too high for everyone in this city."
		dump := strings.Join(append(append([]string{"T"}, body...), "12 Comments", comment, comment+" Really."), "\n")
		doc := runExtractors(t, dump)
		_, last := doc.CoreBounds()
		assert.Equal(t, 2, last)
	})
	t.Run("the core starts at the headline, not at a ticker above it", func(t *testing.T) {
		ticker := "Markets rallied on Monday as investors cheered the latest figures from the central bank, which showed that inflation had slowed for the third month."
		body := testBodies["en"]
		dump := strings.Join(append([]string{"Council passes budget | Site", ticker, "Council passes budget"}, body...), "\n")
		doc := runExtractors(t, dump)
		first, _ := doc.CoreBounds()
		assert.Equal(t, 2, first, "the core starts after the headline, without the ticker")
	})
	t.Run("the article under the headline beats a denser block further down", func(t *testing.T) {
		body := testBodies["sv"]
		partner := "Vår samarbetspartner erbjuder dig som kund förmånliga rabatter på försäkringar, flyttjänster och magasinering i hela landet under hela året."
		lines := []string{"Mäklare i Munkedal | Byrån", "Meny", "Mäklare i Munkedal"}
		lines = append(lines, body...)
		for range 30 {
			lines = append(lines, "Till salu", "Sälj", "Köp")
		}
		for range 8 {
			lines = append(lines, partner)
		}
		doc := runExtractors(t, strings.Join(lines, "\n"), Headline)
		first, last := doc.CoreBounds()
		assert.Equal(t, 2, first)
		assert.Equal(t, 4, last)
	})
	t.Run("a related heading ends the core when little follows it", func(t *testing.T) {
		body := testBodies["en"]
		teaser := "Opinion: the council should have listened to the voters before it spent the money on another study."
		lines := append(append([]string{"T"}, body...), body[0]+" Again.", "Next up in politics", teaser, teaser+" Really.")
		doc := runExtractors(t, strings.Join(lines, "\n"))
		_, last := doc.CoreBounds()
		assert.Equal(t, 3, last)
	})
	t.Run("a newsletter prompt before a teaser stream ends the core", func(t *testing.T) {
		body := testBodies["en"]
		lines := append(append([]string{"T"}, body...), body[0]+" Again.", body[1]+" Again.", body[2]+" Again.", "Subscribe")
		for range 6 {
			lines = append(lines, "LOVE IS LOVE", "What being asexual tells us about romance", "aeon.co Sex",
				"What is it like to feel love yet feel no sexual attraction to the person you are with?")
		}
		doc := runExtractors(t, strings.Join(lines, "\n"))
		_, last := doc.CoreBounds()
		assert.Equal(t, 5, last)
	})
	t.Run("a related heading early in the article does not end it", func(t *testing.T) {
		body := testBodies["en"]
		lines := append(append([]string{"T", body[0], body[1], "Related articles"}, body...), body[0]+" Again.", body[1]+" Again.")
		doc := runExtractors(t, strings.Join(lines, "\n"))
		_, last := doc.CoreBounds()
		assert.Equal(t, len(lines)-2, last)
	})
	t.Run("CJK prose", func(t *testing.T) {
		p := "市议会周二在经过长时间的辩论后批准了新的预算，大多数议员认为学校需要更多的资金来改善教学条件。"
		dump := strings.Join([]string{"标题", "首页", "新闻", "体育", p, p + "反对者表示。", "联系我们"}, "\n")
		doc := runExtractors(t, dump)
		first, last := doc.CoreBounds()
		assert.Equal(t, 3, first)
		assert.Equal(t, 4, last)
	})
	t.Run("no prose, no core", func(t *testing.T) {
		doc := runExtractors(t, "T\nHome\nNews\nSport")
		first, last := doc.CoreBounds()
		assert.Equal(t, -1, first)
		assert.Equal(t, -1, last)
	})
}

// TestCountRepeats checks countRepeats against counting strings.ToLower
// keys.
func TestCountRepeats(t *testing.T) {
	long := strings.Repeat("The same long opening of a line, well past the hashed runes; ", 2)
	texts := []string{"Share", "SHARE", "share", "Share this", "ÉTÉ", "été", "Été!", "K", "\u212a", "k", "İstanbul", "i̇stanbul", "bad \xff", "bad \ufffd", "",
		long + "one", long + "two", strings.ToUpper(long) + "ONE", long + "one",
		strings.Repeat("x", 1500), strings.Repeat("X", 1500), strings.Repeat("y", 1030), strings.Repeat("z", 1023),
		"Kilo", "\u212ailo", "kilo", "Park", "Par\u212a", "İ", "I", "i", "ai", "aİ", "Ωmega", "ωmega", "end Σ", "end σ", "x\xff", "X\xff", "\xff", "\xfe", "\ufffd", "a\xffb", "A\ufffdB", "İx", "ix", "xİ", "xi"}
	checkRepeats(t, texts)
}

// TestCountRepeatsSharedKeys checks countRepeats on texts that share
// their repeatKey but differ, too many for groupRepeats' compares (it
// gives up, and they are grouped by lowerHash), and on fewer of them,
// which it groups by their key.
func TestCountRepeatsSharedKeys(t *testing.T) {
	for _, tc := range []struct {
		name     string
		distinct int
		grouped  bool
	}{
		{"few", 3, true},
		{"many", 60, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var texts []string
			for i := range tc.distinct {
				texts = append(texts, fmt.Sprintf("a%02dz", i), fmt.Sprintf("A%02dZ", i)) // one key
			}
			texts = append(texts, "Share", "share", "Other")
			checkRepeats(t, texts)
			blocks := make([]*Block, len(texts))
			for i, s := range texts {
				blocks[i] = &Block{Text: s}
			}
			(&Document{Blocks: blocks}).measure()
			size := 1
			for size < 2*len(blocks) {
				size *= 2
			}
			assert.Equal(t, tc.grouped, groupRepeats(blocks, make([]uint64, len(blocks)), make([]repeatSlot, size), false))
		})
	}
}

// TestRepeatBytes checks repeatBytes' premise: of the runes that are not
// ASCII, strings.ToLower turns only U+0130 and U+212A into ASCII, into
// "i" and "k", whose repeatBytes entry is that of any byte not ASCII.
func TestRepeatBytes(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		lower := strings.ToLower(string(r))
		if lower[0] < utf8.RuneSelf {
			require.Contains(t, []string{"i", "k"}, lower, "%U", r)
		}
		if c := lower[len(lower)-1]; c < utf8.RuneSelf {
			require.Contains(t, []string{"i", "k"}, lower, "%U", r)
		}
	}
	for c := range 256 {
		lower := strings.ToLower(string([]byte{byte(c)}))
		if c < utf8.RuneSelf && c != 'i' && c != 'I' && c != 'k' && c != 'K' {
			assert.Equal(t, lower[0], repeatBytes[c], "%q", c)
		} else {
			assert.Equal(t, byte(utf8.RuneSelf), repeatBytes[c], "%q", c)
		}
	}
}

// checkRepeats checks countRepeats, after measuring, against counting
// strings.ToLower keys, on blocks of texts.
func checkRepeats(t *testing.T, texts []string) {
	t.Helper()
	blocks := make([]*Block, len(texts))
	want := map[string]int{}
	for i, s := range texts {
		blocks[i] = &Block{Text: s}
		want[strings.ToLower(s)]++
	}
	(&Document{Blocks: blocks}).measure()
	countRepeats(blocks)
	for _, b := range blocks {
		require.Equal(t, want[strings.ToLower(b.Text)], b.Repeats, "%q", b.Text)
	}
}

// TestCountRepeatsRandom checks countRepeats on random texts, many of
// them the same in another case or sharing their start and end, a few
// sets too many for countRepeats' arrays on the stack, and on the lines
// of the test dumps as NewTextDocument measures them.
func TestCountRepeatsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 300 {
		texts := make([]string, rng.IntN(60))
		if round%30 == 0 {
			texts = make([]string, 200+rng.IntN(1200))
		}
		for i := range texts {
			switch k := rng.IntN(4); {
			case k == 0 || i == 0:
				texts[i] = randomText(rng, 30)
			case k == 1:
				texts[i] = strings.ToUpper(texts[rng.IntN(i)])
			case k == 2:
				texts[i] = texts[rng.IntN(i)]
			default: // the same start and end as another, and perhaps its length
				o := texts[rng.IntN(i)]
				texts[i] = "Same start " + randomText(rng, 3) + o
			}
		}
		checkRepeats(t, texts)
	}
	paths, _ := filepath.Glob("../testdata/text/*.txt")
	require.NotEmpty(t, paths)
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		doc, err := NewTextDocument(string(raw))
		require.NoError(t, err)
		want := map[string]int{}
		for _, b := range doc.Blocks {
			want[strings.ToLower(b.Text)]++
		}
		for _, b := range doc.Blocks {
			require.Equal(t, want[strings.ToLower(b.Text)], b.Repeats, "%s: %q", path, b.Text)
		}
	}
}

// TestFoldOnStack checks foldOnStack against foldText, for titles that fit
// its buffer and one that does not.
func TestFoldOnStack(t *testing.T) {
	for _, s := range []string{"", " -- ", "Opening Bell 11.18.19", "L'été — À BIENTÔT!", strings.Repeat("Long Title, ", 40)} {
		var buf [titleFoldBuf]byte
		assert.Equal(t, foldText(s), foldOnStack(&buf, s), s)
	}
}

// TestMayFoldFrom checks mayFoldFrom against the first byte of foldText
// on random strings: it never rules out the byte a fold starts with, and
// it rules out others.
func TestMayFoldFrom(t *testing.T) {
	pieces := []string{"a", "B", "7", " ", "-", "'", "’", "é", "Ö", "\xff", ".", "z"}
	rng := rand.New(rand.NewPCG(11, 12))
	ruledOut := 0
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(6) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		f := foldText(s)
		for _, c := range []byte("ab7z\xc3") {
			if !mayFoldFrom(s, c) {
				ruledOut++
				require.False(t, strings.HasPrefix(f, string([]byte{c})), "%q folds to %q", s, f)
			}
		}
	}
	assert.Positive(t, ruledOut)
}

// TestBarriersArePhrases checks the inlined test cutAtBarrier and
// uniqueBarrier make first: a line without a phrase candidate is neither
// a barrier nor a soft barrier, on every line of the test dumps.
func TestBarriersArePhrases(t *testing.T) {
	barriers := 0
	for _, doc := range testDumpDocs(t) {
		for _, b := range doc.Blocks {
			hard, soft := isBarrier(b), isSoftBarrier(b)
			if phraseless(b) {
				require.False(t, hard || soft, "%q", b.Text)
			}
			if hard || soft {
				barriers++
			}
		}
	}
	assert.Positive(t, barriers, "the dumps hold barriers")
}

// headlineIndex, the reference of headlineBefore, returns the index of the first block that the Headline
// extractor removed as a copy of the headline, or, without one, of the
// first short block whose text is title, the page's title folded
// (foldText); -1 when there is none.
func headlineIndex(d *Document, title string) int {
	exact := -1
	for _, b := range d.Blocks {
		if r := b.Removal(); r != nil && r.Kind == "headline" {
			return b.Index
		}
		if exact < 0 && title != "" && b.Features.Words <= headlineMaxWords && mayFoldFrom(b.Text, title[0]) && b.foldsTo(title) {
			exact = b.Index
		}
	}
	return exact
}

// TestHeadlineBefore checks headlineBefore against headlineIndex on the
// test dumps, with their headline lines removed or not, for every limit
// around the answer.
func TestHeadlineBefore(t *testing.T) {
	paths := testDumpPaths(t)
	found := 0
	for _, p := range paths {
		for _, removed := range []bool{false, true} {
			doc := readDumpDoc(t, p)
			if removed {
				require.NoError(t, Headline.Extract(doc))
			}
			var buf [titleFoldBuf]byte
			title := foldOnStack(&buf, doc.Title)
			head := headlineIndex(doc, title)
			if head >= 0 {
				found++
			}
			for limit := -1; limit <= len(doc.Blocks)+1; limit++ {
				want := head
				if head >= limit {
					want = -1
				}
				require.Equal(t, want, headlineBefore(doc, title, limit), "%s limit %d", p, limit)
			}
		}
	}
	assert.Greater(t, found, len(paths)/2, "most dumps have a headline")
}

// TestUniqueBarrierAgreesWithCount checks uniqueBarrier against the
// count it replaced (the page's barriers by folded text, in a map), for
// every barrier of the test dumps, and with a barrier repeated by a user
// extractor's copy of its block.
func TestUniqueBarrierAgreesWithCount(t *testing.T) {
	unique, repeated := 0, 0
	for _, p := range testDumpPaths(t) {
		doc := readDumpDoc(t, p)
		count := func() map[string]int {
			barriers := make(map[string]int)
			for _, b := range doc.Blocks {
				if !phraseless(b) && isBarrier(b) {
					barriers[b.foldedText()]++
				}
			}
			return barriers
		}
		barriers := count()
		for _, b := range doc.Blocks {
			if !isBarrier(b) {
				continue
			}
			want := barriers[b.foldedText()] == 1
			require.Equal(t, want, uniqueBarrier(doc, b.foldedText()), "%s: %q", p, b.Text)
			if want {
				unique++
			} else {
				repeated++
			}
		}
		for _, b := range doc.Blocks {
			if isBarrier(b) && barriers[b.foldedText()] == 1 {
				doc.Blocks = append(doc.Blocks, b) // the same block twice
				assert.False(t, uniqueBarrier(doc, b.foldedText()), "%s: %q", p, b.Text)
				break
			}
		}
	}
	assert.Positive(t, unique)
	assert.Positive(t, repeated)
}

// TestBestAfterHalves checks the one-pass best segment after the headline
// against bestAfter on random scores: multiples of 0.5 as lineScore gives
// a text dump's lines (with many ties), and others, which it refuses.
func TestBestAfterHalves(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 2))
	for i := range 3000 {
		n := rng.IntN(40)
		scores := make([]float64, n)
		for k := range scores {
			scores[k] = float64(rng.IntN(12)-6) / 2
			if rng.IntN(4) == 0 {
				scores[k] = float64(min(rng.IntN(200), proseCap))
			}
		}
		from := rng.IntN(n + 3)
		halves := true
		if i%5 == 0 && from < n {
			scores[from+rng.IntN(n-from)] = 0.3 // a DOM block's score
			halves = false
		}
		sum, start, end, ok := bestAfterHalves(scores, from)
		require.Equal(t, halves, ok, "scores %v from %d", scores, from)
		if !ok {
			continue
		}
		wantSum, wantStart, wantEnd := bestAfter(scores, from)
		require.Equal(t, [3]float64{wantSum, float64(wantStart), float64(wantEnd)},
			[3]float64{sum, float64(start), float64(end)}, "scores %v from %d", scores, from)
	}
}

// maxSegmentRef is maxSegment as first written, the reference of
// TestMaxSegment.
func maxSegmentRef(scores []float64) (start, end int) {
	best, sum, from := 0.0, 0.0, 0
	start, end = -1, -1
	for i, s := range scores {
		if sum <= 0 {
			sum, from = 0, i
		}
		sum += s
		if sum > best {
			best, start, end = sum, from, i
		}
	}
	return start, end
}

// TestMaxSegment checks maxSegment against maxSegmentRef on random
// scores, with many ties and zeros.
func TestMaxSegment(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 3))
	for range 5000 {
		scores := make([]float64, rng.IntN(30))
		for k := range scores {
			scores[k] = float64(rng.IntN(9)-5) / 2
			if rng.IntN(8) == 0 {
				scores[k] = -2 - rng.Float64()*30 // a DOM block's score
			}
		}
		start, end := maxSegment(scores)
		wantStart, wantEnd := maxSegmentRef(scores)
		require.Equal(t, [2]int{wantStart, wantEnd}, [2]int{start, end}, "scores %v", scores)
	}
}

// headlineStartRef is headlineStart as first written, reading the whole
// core: the reference of TestHeadlineStartRandom.
func headlineStartRef(d *Document, title string, scores []float64, start, end int) int {
	if title == "" {
		return start
	}
	before, after := 0.0, 0.0
	head := -1
	for i := start; i <= end; i++ {
		b := d.Blocks[i]
		if head < 0 && b.Features.Words <= headlineMaxWords && b.foldsTo(title) {
			head = i
		}
		if head < 0 {
			before += max(scores[i], 0)
		} else {
			after += max(scores[i], 0)
		}
	}
	if head > start && before < after {
		return head
	}
	return start
}

// TestHeadlineStartRandom checks headlineStart, which stops early when
// the scores add up exactly (halfSums), against headlineStartRef on random cores:
// scores that are multiples of 0.5 (a text dump's) and others, lines that
// fold to the title or not, anywhere.
func TestHeadlineStartRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(16, 1))
	lines := []string{"The Big Story", "the big story!", "Other news", "The big", "Menu", "A long line of prose here."}
	moved := 0
	for i := range 4000 {
		n := 1 + rng.IntN(30)
		d := &Document{}
		scores := make([]float64, n)
		for k := range n {
			text := lines[rng.IntN(len(lines))]
			if rng.IntN(3) > 0 {
				text = lines[2+rng.IntN(len(lines)-2)] // most lines are not the title
			}
			d.Blocks = append(d.Blocks, &Block{Index: k, Text: text, Features: clean.Features{Words: strings.Count(text, " ") + 1}})
			scores[k] = float64(rng.IntN(40)-6) / 2
			if i%4 == 0 && rng.IntN(5) == 0 {
				scores[k] = rng.Float64()*40 - 5 // a DOM block's score
			}
		}
		start := rng.IntN(n)
		end := start + rng.IntN(n-start)
		title := []string{"the big story", ""}[min(rng.IntN(8), 1)]
		want := headlineStartRef(d, title, scores, start, end)
		if want != start {
			moved++
		}
		got := headlineStart(d, title, scores, start, end, weight(scores[start:end+1]), halfSums(scores))
		require.Equal(t, want, got, "scores %v [%d, %d]", scores, start, end)
	}
	assert.Positive(t, moved, "some cores start at their headline")
}

// halfSums reports whether every score is a multiple of 0.5 no larger
// than halvesLimit in magnitude and there are fewer than 2^30 of them, so
// that their sums are exact in any order: the exact that
// TestHeadlineStartRandom gives headlineStart.
func halfSums(scores []float64) bool {
	if len(scores) >= 1<<30 {
		return false
	}
	for _, s := range scores {
		if h := 2 * s; h != float64(int64(h)) || s > halvesLimit || s < -halvesLimit {
			return false
		}
	}
	return true
}
