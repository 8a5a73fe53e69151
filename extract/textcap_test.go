package extract

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewTextDocumentBlockBound checks dumps whose lines exactly fill the
// block slices NewTextDocument sizes from the line count, which must
// never be too small.
func TestNewTextDocumentBlockBound(t *testing.T) {
	for _, tc := range []struct {
		name, dump string
		blocks     int
	}{
		{"title only", "Title", 0},
		{"one line, no newline at end", "Title\nBody", 1},
		{"newline at end", "Title\nBody\n", 1},
		{"blank first", "\nTitle\nBody", 1},
		{"blank lines", "Title\n\n\nOne\n\n\n\nTwo\nThree", 3},
		{"blank with spaces", "Title\n \nOne\n  \nTwo", 2},
		{"blank with carriage returns", "Title\r\n\r\nOne\r\n \t\r\nTwo\r\n\f", 2},
		{"blank before the title", " \n\t\nTitle\nOne", 1},
		{"no text before the title", "\u00a0\nTitle\nOne\nTwo", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := NewTextDocument(tc.dump)
			require.NoError(t, err)
			assert.Equal(t, "Title", doc.TitleLine)
			assert.Len(t, doc.Blocks, tc.blocks)
		})
	}
}

// TestLineEnds checks lineEnds against strings.Lines on random texts of
// line breaks, ASCII white space and letters, and on the test dumps.
func TestLineEnds(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	texts := []string{"", "\n", "\n\n", "a", "a\n", "\na", "a\n\nb\n \n", " ", "a\n\t\r", " a\n\r\n"}
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = "\n\n a\r\t\v\f"[rng.IntN(8)]
		}
		texts = append(texts, string(b))
	}
	paths, _ := filepath.Glob("../testdata/text/*.txt")
	require.NotEmpty(t, paths)
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		texts = append(texts, string(raw))
	}
	for _, s := range texts {
		ends, blank := lineEnds(nil, s)
		if s != "" {
			assert.Equal(t, strings.Count(s, "\n")+1, cap(ends), "%q: grown once, to the lines", s)
		}
		small, smallBlank := lineEnds(make([]int, 0, 2), s) // full after two lines
		require.True(t, slices.Equal(ends, small), "%q: %v, %v", s, ends, small)
		require.Equal(t, blank, smallBlank, "%q", s)
		var lines []string
		marked, start := 0, 0
		for _, end := range ends {
			if end < 0 {
				end = -end
				marked++
				require.Empty(t, strings.Trim(s[start:end], " \t\r\v\f\n"), "%q", s)
			} else {
				require.NotEmpty(t, strings.Trim(s[start:end], " \t\r\v\f\n"), "%q", s)
			}
			lines = append(lines, s[start:end])
			start = end
		}
		want := slices.Collect(strings.Lines(s))
		require.Equal(t, want, lines, "%q", s)
		require.Equal(t, len(slices.DeleteFunc(want, func(l string) bool { return strings.Trim(l, " \t\r\v\f\n") != "" })), blank, "%q", s)
		require.Equal(t, blank, marked, "%q", s)
	}
}

// TestBlankLineIsNoText checks isBlankLine's premise: clean.Text, and the
// Profiler NewTextDocument reads the lines with, leave nothing of a line
// of ASCII white space, which is then no paragraph; every such line of up
// to five bytes is tried, and longer ones at random, with and without
// its line break.
func TestBlankLineIsNoText(t *testing.T) {
	const space = " \t\r\v\f"
	lines, last := []string{""}, []string{""}
	for range 5 {
		var next []string
		for _, l := range last {
			for _, c := range []byte(space) {
				next = append(next, l+string(c))
			}
		}
		lines, last = append(lines, next...), next
	}
	var profiler clean.Profiler
	for _, l := range lines {
		require.True(t, isBlankLine(l), "%q", l)
		for _, line := range []string{l, l + "\n"} {
			assert.Empty(t, clean.Text(line), "%q", line)
			text, _ := profiler.Line(line)
			assert.Empty(t, text, "%q", line)
		}
	}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 500 {
		b := make([]byte, 6+rng.IntN(200))
		for i := range b {
			b[i] = space[rng.IntN(len(space))]
		}
		lines = append(lines, string(b))
	}
	for _, l := range []string{"a", " a", "\t\u00a0", "\r\n"} {
		assert.False(t, isBlankLine(l), "%q", l)
	}
}

// TestFinishTextLikeFinish checks that a text dump's Document, finished
// from the profiles in its block store (finishText) or, for a
// dump of more than textHeldBlocks blocks, kept with every block, has
// the language, features and repeat counts that finish gives the same
// blocks profiled anew; that the profiles it keeps are those of the
// lines of foreignMinWords words or more; and that another line's is
// made again when asked for, the same.
func TestFinishTextLikeFinish(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/text/*.txt")
	require.NotEmpty(t, paths)
	var dumps []string
	var all strings.Builder
	all.WriteString("Title\n")
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		dumps = append(dumps, string(raw))
		all.Write(raw)
	}
	dumps = append(dumps, all.String()) // well past textHeldBlocks
	// Dumps of a third, two thirds and all of textHeldBlocks lines,
	// and one more.
	var lines []string
	for line := range strings.Lines(all.String()) {
		if !isBlankLine(strings.TrimSuffix(line, "\n")) {
			lines = append(lines, line)
		}
	}
	for _, n := range []int{textHeldBlocks / 3, 2 * textHeldBlocks / 3, textHeldBlocks} {
		for _, k := range []int{n, n + 1} {
			dumps = append(dumps, strings.Join(lines[:k+1], "")) // the title, then k lines
		}
	}
	// A dump of textHeldBlocks blocks whose long ones hold under 200
	// bytes, so that the language is detected from them and all the
	// blocks after them (detectText's most pointers).
	var short strings.Builder
	short.WriteString("Title\n")
	for i := range textHeldBlocks {
		if i%100 == 0 {
			fmt.Fprintf(&short, "A line that is long enough: number %04d.\n", i)
			continue
		}
		fmt.Fprintf(&short, "Menu %d\n", i)
	}
	dumps = append(dumps, short.String())
	for _, dump := range dumps {
		doc, err := NewTextDocument(dump)
		require.NoError(t, err)
		fresh := &Document{Blocks: make([]*Block, len(doc.Blocks))}
		for i, b := range doc.Blocks {
			fresh.Blocks[i] = &Block{Kind: b.Kind, Text: b.Text}
		}
		fresh.finish()
		require.Equal(t, fresh.Meta.Language, doc.Meta.Language)
		big := len(doc.Blocks) > textHeldBlocks
		for i, b := range doc.Blocks {
			require.Equal(t, fresh.Blocks[i].Features, b.Features, "%q", b.Text)
			require.Equal(t, fresh.Blocks[i].Repeats, b.Repeats, "%q", b.Text)
			require.Equal(t, big || b.Features.Words >= foreignMinWords, b.cache.profiled, "%q", b.Text)
			require.Equal(t, clean.ProfilePhrases(b.Text), *b.lineProfile(), "%q", b.Text)
		}
	}
	doc, err := NewTextDocument(all.String())
	require.NoError(t, err)
	assert.Greater(t, len(doc.Blocks), textHeldBlocks)
}

// TestTextSampleLikeLanguageBlocks checks the texts a textSample
// gathers, as buildText and detectText add them, against languageBlocks
// cut at clean.MaxDetectBytes as addProfile cuts them: on the test dumps,
// a dump whose long lines fill the bytes read before its end, and one
// whose long lines hold under 200 bytes.
func TestTextSampleLikeLanguageBlocks(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/text/*.txt")
	require.NotEmpty(t, paths)
	var dumps []string
	for _, path := range paths {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		dumps = append(dumps, string(raw))
	}
	long := strings.Repeat("A sentence of prose that runs on and on. ", 30) // 1,230 bytes
	var full, short strings.Builder
	full.WriteString("Title\n")
	short.WriteString("Title\n")
	for i := range 80 {
		fmt.Fprintf(&full, "Menu %d\n%d %s\n", i, i, long)
		fmt.Fprintf(&short, "Menu %d\n", i)
	}
	short.WriteString("A line that is long enough: forty bytes.\n")
	dumps = append(dumps, full.String(), short.String())
	for k, dump := range dumps {
		doc, err := NewTextDocument(dump)
		require.NoError(t, err)
		var want []string
		size := 0
		for _, b := range doc.languageBlocks() {
			if size+len(b.Text) > clean.MaxDetectBytes {
				if rest := clean.MaxDetectBytes - size; rest > 0 {
					want = append(want, b.Text[:rest])
				}
				break
			}
			want = append(want, b.Text)
			size += len(b.Text) + 1
		}
		var s textSample
		for i, b := range doc.Blocks {
			if isLanguageBlock(b) && !s.full {
				s.add(i, b.Text)
			}
		}
		s.addAll(doc.Blocks)
		var got []string
		for _, i := range s.blocks[:s.n] {
			got = append(got, doc.Blocks[i].Text)
		}
		if s.rest > 0 {
			got = append(got, doc.Blocks[s.blocks[s.n]].Text[:s.rest])
		}
		require.Equal(t, want, got, "dump %d", k)
		if k == len(dumps)-2 {
			assert.Positive(t, s.rest, "the long lines are cut")
		}
	}
}

// TestTitleLineAfterMarkup checks that the title line is the first line
// left with text once its markup is stripped, that no line before it is
// a block, and that a blank line after it is the first block's gap.
func TestTitleLineAfterMarkup(t *testing.T) {
	for _, tc := range []struct {
		name, dump, title string
		blocks            []string
		gapBefore         bool
	}{
		{"plain", "Title\nBody line\n", "Title", []string{"Body line"}, false},
		{"markup first", "<br>\n\n<p></p>\nReal title\n\nBody line\nMore", "Real title", []string{"Body line", "More"}, true},
		{"title only", "   \n<b></b>\nJust a title\n", "Just a title", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := NewTextDocument(tc.dump)
			require.NoError(t, err)
			assert.Equal(t, tc.title, doc.TitleLine)
			var texts []string
			for _, b := range doc.Blocks {
				texts = append(texts, b.Text)
			}
			assert.Equal(t, tc.blocks, texts)
			if len(doc.Blocks) > 0 {
				assert.Equal(t, tc.gapBefore, doc.Blocks[0].GapBefore)
			}
		})
	}
}

// TestStripMarkupOfNoText checks buildText's premise for the title line:
// clean.StripMarkup leaves nothing of a line clean.Text leaves empty, on
// random lines of white space, invisible runes, markup and letters.
func TestStripMarkupOfNoText(t *testing.T) {
	pieces := []string{" ", "\t", "\r", "\u00a0", "\u200b", "\ufeff", "\u2028", "\u00ad", "<b>", "</p>", "&nbsp;", "&#8203;", "x", "\x01"}
	rng := rand.New(rand.NewPCG(21, 22))
	empty := 0
	for range 20000 {
		var sb strings.Builder
		for range 1 + rng.IntN(5) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		line := sb.String()
		if clean.Text(line) == "" {
			empty++
			require.Empty(t, clean.StripMarkup(line), "%q", line)
		}
	}
	assert.Greater(t, empty, 100)
}
