package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// profilerLines are lines that Text leaves alone and lines it must clean,
// for the Profiler tests.
var profilerLines = []string{
	"plain line\n", "  padded  \n", "two  spaces", "tab\there", "nbsp\u00a0here", "e\u0301t\u00e9",
	"caf\u00e9 cr\u00e8me", "soft\u00adhyphen", "zero\u200bwidth", "bad\xffbyte", "nel\u0085x", "line\r\n",
	"", "\n", "  ", " \n \n", "ideographic\u3000space", "قهوه\u200cخانه", "emoji 👍🏽", "ﬁ ligature", "Å", "\u212b",
	"\u1100\u1161 jamo", "a\u0308", "ก\u0e31", "\u0915\u093c", "x\u0345y", "del\x7fete", "bom\ufeffhere",
	"Der Hund, die Katze und das Haus. Ça va? L’été est là.", "Read more  about it", "Share this:",
	"中文的句子，没有空格。", "The " + strings.Repeat("long", 40) + " word, and the end.",
	"over\xc1\xbflong", "cut \xc2", "lead\xc2A", "Привет, мир", "ÀÉÎ Ωμέγα\u0080",
}

// TestProfilerLine checks that Profiler.Line returns Text and
// ProfilePhrases of its result, for the lines above and those of the
// shipped dumps, profiled one after the other as a text front end does.
func TestProfilerLine(t *testing.T) {
	lines := append([]string(nil), profilerLines...)
	lines = append(lines, dumpLines(t)...)
	var pr Profiler
	type result struct {
		text    string
		profile LineProfile
	}
	got := make([]result, len(lines))
	for i, line := range lines {
		got[i].text, got[i].profile = pr.Line(line)
	}
	// The profiles share chunks: each must still be whole once all the
	// lines are profiled.
	for i, line := range lines {
		requireLineResult(t, line, got[i].text, got[i].profile)
	}
}

// TestProfilerLineTo checks that Profiler.LineTo writes over a profile
// that held another line's (as a caller reusing a slot does) what Line
// returns, for the lines above, the empty ones, and each line again, as
// the Profiler remembers it.
func TestProfilerLineTo(t *testing.T) {
	var pr Profiler
	var p LineProfile
	for _, pass := range []string{"first", "remembered"} {
		for _, line := range profilerLines {
			dirty := ProfilePhrases("The other line, with its words and 42 digits.")
			p = dirty
			text := pr.LineTo(&p, line)
			requireLineResult(t, line, text, p)
			require.NotEqual(t, dirty, p, "%s %q", pass, line)
		}
	}
}

// requireLineResult checks that text and p, what Profiler.Line returned
// for line, are Text(line) and ProfilePhrases of it.
func requireLineResult(t *testing.T, line, text string, p LineProfile) {
	t.Helper()
	want := Text(line)
	require.Equal(t, want, text, "%q", line)
	wantP := ProfilePhrases(want)
	if len(wantP.hits) == 0 {
		wantP.hits = p.hits // empty both, nil or not
	}
	require.Equal(t, wantP, p, "%q", line)
}

// TestProfilerChunks checks that a line with more stop words than a
// Profiler reserves for it, and lines longer than a chunk, keep their own
// hits.
func TestProfilerChunks(t *testing.T) {
	var pr Profiler
	dense := strings.Repeat("a ", 2000)
	long := strings.Repeat("the cat and the dog ", 400)
	var texts []string
	var profiles []LineProfile
	for _, line := range []string{"the end", dense, "of it", long, "and so"} {
		text, p := pr.Line(line)
		texts, profiles = append(texts, text), append(profiles, p)
	}
	for i, text := range texts {
		require.Equal(t, ProfilePhrases(text), profiles[i], "line %d", i)
	}
	assert.Len(t, profiles[1].hits, 2000)
}

// TestProfileLineUnchanged checks the tests profileLine makes of a
// trimmed line against textUnchanged.
func TestProfileLineUnchanged(t *testing.T) {
	for _, line := range profilerLines {
		_, want := textUnchanged(line)
		for _, untilChanged := range []bool{false, true} {
			tb := loadProfileTables(false)
			unchanged, stable := profileLine(&LineProfile{}, trimLine(line), &tb, false, untilChanged, nil)
			got := unchanged && (stable || norm.NFC.IsNormalString(line))
			assert.Equal(t, want, got, "%q, untilChanged %v", line, untilChanged)
		}
	}
}

// TestProfilerInvalid checks that a Profiler tells whether its lines were
// all UTF-8.
func TestProfilerInvalid(t *testing.T) {
	var pr Profiler
	for _, line := range []string{"plain\n", "caf\u00e9  cr\u00e8me\n", "\u212b"} {
		pr.Line(line)
	}
	assert.False(t, pr.Invalid())
	pr.Line("bad \xff byte")
	assert.True(t, pr.Invalid())
	pr.Line("plain again")
	assert.True(t, pr.Invalid(), "it stays set")
}

// TestProfilerMemo checks that a Profiler gives a line it has seen, with
// the same or other spaces and line breaks at its ends, the profile it
// made before, sharing its hits, and that lines taking each other's
// slots, more lines than it remembers and lines Text changes are still
// profiled right.
func TestProfilerMemo(t *testing.T) {
	var pr Profiler
	_, first := pr.Line("Share this with the world\n")
	text, again := pr.Line("  Share this with the world \n")
	require.Equal(t, "Share this with the world", text)
	require.Equal(t, first, again)
	require.NotEmpty(t, first.hits)
	assert.Same(t, &first.hits[0], &again.hits[0], "the profile remembered")

	var lines []string
	for i := range 3 * memoSlots {
		lines = append(lines, strings.Repeat("the word ", i%7)+strings.Repeat("x", i%50)+" of them")
	}
	lines = append(lines, profilerLines...)
	lines = append(lines, lines...) // each line again, after all the others
	lines = append(lines, "nbsp\u00a0here", "nbsp\u00a0here", "two  spaces", "two  spaces")
	for _, line := range lines {
		text, p := pr.Line(line)
		requireLineResult(t, line, text, p)
	}
}

// TestProfilerReset checks that a Profiler Reset after a text profiles
// the next as a zero Profiler does, with no memo slot holding a line or
// hits, Invalid cleared, the hits of the first text's profiles left as
// they were, and the next text's hits in a chunk of their own.
func TestProfilerReset(t *testing.T) {
	lines := append([]string(nil), profilerLines...)
	lines = append(lines, dumpLines(t)...)
	var pr Profiler
	_, kept := pr.Line("Share this with the world\n")
	keptHits := append([]postingRef(nil), kept.hits...)
	for _, line := range lines {
		pr.Line(line)
	}
	require.True(t, pr.Invalid(), "profilerLines hold invalid bytes")
	require.NotZero(t, pr.used, "lines remembered")
	pr.Reset()
	assert.False(t, pr.Invalid())
	assert.Zero(t, pr.used)
	assert.Nil(t, pr.free)
	for i := range pr.memo {
		require.Empty(t, pr.memo[i].line, "slot %d", i)
		require.Nil(t, pr.memo[i].p.hits, "slot %d", i)
	}
	var fresh Profiler
	for _, line := range append(lines, lines...) {
		gotText, got := pr.Line(line)
		wantText, want := fresh.Line(line)
		require.Equal(t, wantText, gotText, "%q", line)
		if len(want.hits) == 0 {
			want.hits = got.hits // empty both, nil or not
		}
		require.Equal(t, want, got, "%q", line)
	}
	assert.Equal(t, keptHits, kept.hits, "the first text's hits are not written over")
	assert.Equal(t, fresh.Invalid(), pr.Invalid())
}

// TestMemoSlot checks that memoSlot spreads short and long lines over
// the slots.
func TestMemoSlot(t *testing.T) {
	used := map[uint]bool{}
	for i := range memoSlots {
		for _, s := range []string{string(rune('a' + i%26)), "Share " + strings.Repeat("x", i), strings.Repeat("y", i+1) + " end"} {
			slot := memoSlot(s)
			require.Less(t, slot, uint(memoSlots))
			used[slot] = true
		}
	}
	assert.Greater(t, len(used), memoSlots/2)
}

// TestProfilerLineRandom checks Profiler.Line against Text and
// ProfilePhrases on random lines, many with no-break spaces, tabs, runs
// of spaces and spaces at their ends, which it profiles in one pass, and
// others that Text must clean.
func TestProfilerLineRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	spaces := []string{" ", "  ", "\t", "\u00a0", "\u3000", "\u2009", "\n", "\u00ad", "\u2028"}
	var pr Profiler
	for range 4000 {
		var b strings.Builder
		for range r.IntN(4) {
			b.WriteString(spaces[r.IntN(len(spaces))])
		}
		b.WriteString(randomLine(r, r.IntN(20)))
		for range r.IntN(4) {
			b.WriteString(spaces[r.IntN(len(spaces)-2)])
		}
		line := b.String()
		text, p := pr.Line(line)
		requireLineResult(t, line, text, p)
	}
}

// TestPlainRunes checks plainRunes against a count of the runes of the
// text normaliseSpaces makes, for lines whose spaces it makes plain.
func TestPlainRunes(t *testing.T) {
	tables := loadProfileTables(true)
	for _, line := range []string{
		"tab\there", "nbsp\u00a0here", "two  spaces", " \u3000ideographic\u3000 space\u2009é\n",
		"caf\u00e9\tcr\u00e8me  br\u00fbl\u00e9e", "中文\u00a0的句子", "emoji\t👍🏽 ok",
	} {
		t.Run(line, func(t *testing.T) {
			tl := trimLine(line)
			var p LineProfile
			unchanged, _ := profileLine(&p, tl, &tables, true, true, nil)
			require.False(t, unchanged)
			plain, ok := normaliseSpaces(line, tables.classes)
			require.True(t, ok)
			assert.Equal(t, int32(utf8.RuneCountInString(plain)), plainRunes(plain, &p))
		})
	}
}

// TestProfilerChunkSizes checks the chunks of hits a Profiler allocates: a
// quarter of profilerChunk, then half, then profilerChunk, or what a
// long text may need, each taken when the free part may not hold a
// text's hits.
func TestProfilerChunkSizes(t *testing.T) {
	var pr Profiler
	for _, tc := range []struct {
		n       int // the text's bytes
		kept    int // its hits
		wantCap int // the capacity of the chunk its hits went to
	}{
		{n: 600, kept: 100, wantCap: profilerChunk / 4}, // 101 reserved
		{n: 600, kept: 100, wantCap: profilerChunk / 4}, // 156 free
		{n: 600, kept: 100, wantCap: profilerChunk / 2}, // 56 free: a new chunk
		{n: 6000, kept: 900, wantCap: profilerChunk},
		{n: 12000, kept: 10, wantCap: 12000/6 + 1}, // more than a chunk
	} {
		hits := pr.hits(tc.n)
		require.Equal(t, tc.wantCap, cap(pr.free), "%+v", tc)
		require.Zero(t, len(hits))
		p := LineProfile{hits: hits[:tc.kept]}
		pr.keep(&p)
		assert.Equal(t, tc.kept, cap(p.hits), "%+v", tc)
	}
}
