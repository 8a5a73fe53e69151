package extract

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// headlineTakes reports whether one of the tests of Headline takes a
// line of a text dump, written raw, on its whole fold: the reference the
// gate must never contradict.
func headlineTakes(t titleEvidence, titleWords []string, raw string) bool {
	text := foldText(raw)
	if len(text) > t.dumpLongest() {
		return false
	}
	return text == t.title || text == t.line || t.better(raw, text) || similarWords(text, t.title, titleWords)
}

// dumpEvidence returns the title evidence Headline starts from for a
// text dump's title and title line, and the title's distinct words.
func dumpEvidence(title, line string) (titleEvidence, []string) {
	t := titleEvidence{rawTitle: title, rawLine: line, text: true, title: foldText(title), line: foldText(line)}
	return t, distinctWords(t.title, nil)
}

// TestHeadGateNeverRulesOutAMatch checks headGate.may against the tests
// of Headline on the whole fold (headlineTakes), on random titles and
// lines written with case, punctuation, apostrophes and letters outside
// ASCII: whenever the gate rules a line out, no test takes it. It also
// checks that the gate rules lines out and lets matches through.
func TestHeadGateNeverRulesOutAMatch(t *testing.T) {
	vocab := []string{"a", "An", "bo", "cat", "Dog", "eel", "fish", "goat", "hare", "ibis", "jay", "kite", "lark", "mole",
		"été", "ÉTÉ", "Ⱥx", "l'eau", "don’t", "42", "x2", "naïve", "straße"}
	seps := []string{" ", " ", " ", "  ", ", ", " - ", ": ", " — ", "’", "'", "…", "(", ") ", " | "}
	rng := rand.New(rand.NewPCG(7, 8))
	phrase := func(n int) string {
		var sb strings.Builder
		for i := range n {
			if i > 0 {
				sb.WriteString(seps[rng.IntN(len(seps))])
			}
			sb.WriteString(vocab[rng.IntN(len(vocab))])
		}
		return sb.String()
	}
	ruledOut, passed := 0, 0
	for range 4000 {
		title := phrase(1 + rng.IntN(12))
		line := title
		switch rng.IntN(3) {
		case 0:
			line = title + " | " + phrase(1+rng.IntN(4))
		case 1:
			line = phrase(1+rng.IntN(3)) + " - " + title
		}
		te, tw := dumpEvidence(title, line)
		var gate headGate
		gate.reset(&te, tw)
		for range 25 {
			var raw string
			switch rng.IntN(7) {
			case 0, 1:
				raw = phrase(1 + rng.IntN(14))
			case 2:
				raw = strings.ToUpper(title) + seps[rng.IntN(len(seps))] + phrase(1+rng.IntN(4))
			case 3:
				raw = phrase(1+rng.IntN(3)) + seps[rng.IntN(len(seps))] + title + "."
			case 4:
				lw := strings.Fields(line)
				i := rng.IntN(len(lw))
				raw = strings.Join(lw[i:i+1+rng.IntN(len(lw)-i)], " ")
			default:
				ws := strings.Fields(title)
				ws[rng.IntN(len(ws))] = vocab[rng.IntN(len(vocab))]
				if rng.IntN(2) == 0 {
					ws = append(ws, vocab[rng.IntN(len(vocab))])
				}
				raw = strings.Join(ws, seps[rng.IntN(len(seps))])
			}
			takes := headlineTakes(te, tw, raw)
			if !gate.may(raw) {
				ruledOut++
				require.False(t, takes, "title %q line %q: %q ruled out", title, line, raw)
			} else if takes {
				passed++
			}
		}
	}
	assert.Greater(t, ruledOut, 10000)
	assert.Greater(t, passed, 1000)
}

// TestHeadGateOnDumps checks headGate.may against headlineTakes on every
// line of the test dumps, and of the ScrapingHub dumps when they are
// there, with the title and title line Headline starts from.
func TestHeadGateOnDumps(t *testing.T) {
	ruledOut, matches := 0, 0
	for _, path := range allDumpPaths(t) {
		doc := readDumpDoc(t, path)
		te, tw := dumpEvidence(doc.Title, doc.TitleLine)
		var gate headGate
		gate.reset(&te, tw)
		for _, b := range doc.Blocks {
			takes := headlineTakes(te, tw, b.Text)
			if takes {
				matches++
			}
			if !gate.may(b.Text) {
				ruledOut++
				require.False(t, takes, "%s: %q ruled out (title %q, line %q)", path, b.Text, doc.Title, doc.TitleLine)
			}
		}
	}
	assert.Positive(t, ruledOut)
	assert.Positive(t, matches)
}

// TestHeadGate checks the gate on hand-made lines: the title at its
// start or within its first third, the title's words, a near copy, and
// lines that are none of these or too long.
func TestHeadGate(t *testing.T) {
	te, tw := dumpEvidence("Council votes new budget for the harbour", "Council votes new budget for the harbour | City News")
	var gate headGate
	gate.reset(&te, tw)
	for _, tc := range []struct {
		line string
		may  bool
	}{
		{"Council votes new budget for the harbour", true},
		{"COUNCIL VOTES NEW BUDGET FOR THE HARBOUR: what it means", true},
		{"Live: council votes new budget for the harbour", true},
		{"City News", true},
		{"the harbour", true},
		{"Council votes a new budget for harbour", true},
		{"Sign up for our newsletter to get the news first", false},
		{"Weather today: sunny spells and a light breeze", false},
		{"Read more: the harbour council votes new budget for the harbour again and again", false},
		{"", true},
	} {
		t.Run(tc.line, func(t *testing.T) {
			assert.Equal(t, tc.may, gate.may(tc.line))
		})
	}
}

// TestGateSet checks that a word's bit is found from the hash of its
// folded bytes as headGate.may keeps them, the first eight, whatever lies
// after them, and that the filter holds no more bits than words.
func TestGateSet(t *testing.T) {
	var s gateSet
	words := []string{"cat", "été", "a", "42", "abcdefgh", "abcdefghijklmnopqrstuvwxyz012345"}
	s.reset(strings.Join(words, " "))
	for _, w := range words {
		var buf headWord
		for i := range buf {
			buf[i] = 0xaa // what lies past the word is not read
		}
		copy(buf[:], w[:min(len(w), 8)])
		assert.True(t, s.has(gateHash(first8(&buf, len(w)), len(w))), w)
	}
	ones := 0
	for _, x := range s {
		ones += bits.OnesCount64(x)
	}
	assert.LessOrEqual(t, ones, len(words))
	assert.Greater(t, ones, 1)
	a, b := headWord{'c', 'a', 't'}, headWord{'c', 'a', 't', 's'}
	assert.NotEqual(t, gateHash(first8(&a, 3), 3), gateHash(first8(&b, 4), 4))
	assert.Equal(t, gateHash(first8(&a, 3), 3), gateHash(first8(&b, 3), 3))
	s.reset("")
	assert.Equal(t, gateSet{}, s)
}

// TestAlnumPrefix8 checks alnumPrefix8 against reading byte by byte, on
// random bytes drawn mostly from ASCII.
func TestAlnumPrefix8(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alnum := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' }
	for range 200000 {
		var b [8]byte
		for i := range b {
			switch rng.IntN(4) {
			case 0:
				b[i] = byte(rng.IntN(256))
			default:
				b[i] = byte(rng.IntN(128))
			}
		}
		want := 0
		for want < 8 && alnum(b[want]) {
			want++
		}
		require.Equal(t, want, alnumPrefix8(binary.LittleEndian.Uint64(b[:])), "%q", b[:])
	}
	for c := range 256 {
		assert.Equal(t, c < utf8.RuneSelf && alnum(byte(c)), asciiAlnum[c], c)
	}
}

// TestFoldNonASCII checks foldNonASCII against decoding the rune and
// foldRune, for every rune outside ASCII followed by a letter or alone,
// and for random bytes that are not all valid UTF-8.
func TestFoldNonASCII(t *testing.T) {
	reference := func(s string) (uint32, int, int) {
		r, size := utf8.DecodeRuneInString(s)
		lower, keep := foldRune(r)
		switch {
		case keep:
			var enc [4]byte
			n := utf8.EncodeRune(enc[:], lower)
			return binary.LittleEndian.Uint32(enc[:]), n, size
		case r == '’':
			return 0, -1, size
		}
		return 0, 0, size
	}
	check := func(s string) {
		f, n, size := foldNonASCII(s, 0)
		wf, wn, wsize := reference(s)
		require.Equal(t, []int{int(wf), wn, wsize}, []int{int(f), n, size}, "%q", s)
	}
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if utf8.ValidRune(r) {
			check(string(r) + "a")
			check(string(r))
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 100000 {
		b := []byte{byte(0x80 + rng.IntN(0x80)), byte(rng.IntN(256)), byte(rng.IntN(256)), byte(rng.IntN(256))}
		check(string(b[:1+rng.IntN(4)]))
	}
}

// TestFoldsWithin checks foldsWithin against foldText, for every rune
// between letters, and on random strings of runes that fold to more,
// less or as many bytes.
func TestFoldsWithin(t *testing.T) {
	check := func(s string) {
		if foldsWithin(s) {
			require.LessOrEqual(t, len(foldText(s)), len(s), "%q", s)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if utf8.ValidRune(r) {
			check("a" + string(r) + "b")
		}
	}
	runes := []string{"a", "B", " ", "-", "'", "’", "é", "É", "Ⱥ", "Ⱦ", "ⱥ", "K", "ẞ", "İ", "\xff", "日"}
	rng := rand.New(rand.NewPCG(11, 12))
	within := 0
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(12) {
			sb.WriteString(runes[rng.IntN(len(runes))])
		}
		check(sb.String())
		if foldsWithin(sb.String()) {
			within++
		}
	}
	assert.Positive(t, within)
	assert.False(t, foldsWithin("ȺȺ"))
}

// TestReachesOnDumps checks that a line of the test dumps, and of the
// ScrapingHub dumps when they are there, that Headline passes over by its
// length (titleEvidence.reaches) is taken by none of its tests.
func TestReachesOnDumps(t *testing.T) {
	skipped := 0
	for _, path := range allDumpPaths(t) {
		doc := readDumpDoc(t, path)
		te, tw := dumpEvidence(doc.Title, doc.TitleLine)
		least := te.shortest()
		for _, b := range doc.Blocks {
			if !te.reaches(b, least) {
				skipped++
				require.False(t, headlineTakes(te, tw, b.Text), "%s: %q", path, b.Text)
				require.Less(t, len(foldText(b.Text)), least, "%s: %q", path, b.Text)
			}
		}
	}
	assert.Positive(t, skipped)
}

// TestDistinctWords checks distinctWords, which passes over most new
// words without comparing them, against comparing every word, on random
// texts of few words, appended to words or to none.
func TestDistinctWords(t *testing.T) {
	reference := func(s string, words []string) []string {
		for _, w := range strings.Split(s, " ") {
			if w != "" && !slices.Contains(words, w) {
				words = append(words, w)
			}
		}
		return words
	}
	vocab := []string{"a", "b", "ab", "ba", "abc", "été", "x1", "", "aa", "bb"}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 20000 {
		var ws []string
		for range rng.IntN(12) {
			ws = append(ws, vocab[rng.IntN(len(vocab))])
		}
		s := strings.Join(ws, " ")
		var start []string
		if rng.IntN(2) == 0 {
			start = []string{"ab", "q"}
		}
		want := reference(s, slices.Clone(start))
		require.Equal(t, want, distinctWords(s, slices.Clone(start)), "%q", s)
	}
}

// TestShareLeast checks shareLeast on a few titles, and on random ones
// against sharesMostWords: every text of the title's words that shares
// most words with it is at least shareLeast long, and one of that length
// does.
func TestShareLeast(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  int
	}{
		{"", 0},
		{"cat", 3},
		{"a bb ccc", 8},                      // 3 words: all 3
		{"a bb ccc dddd eeeee ffffff g", 21}, // 7 words: the shortest 6
		{"one two three four five six seven eight nine ten", 42}, // 10 words: the shortest 9
	} {
		t.Run(tc.title, func(t *testing.T) {
			assert.Equal(t, tc.want, shareLeast(distinctWords(tc.title, nil)))
		})
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 500 {
		words := make([]string, 1+rng.IntN(20))
		for i := range words {
			words[i] = strings.Repeat(string(rune('a'+i)), 1+rng.IntN(6))
		}
		least := shareLeast(words)
		for range 200 {
			picked := slices.Clone(words)
			rng.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
			text := strings.Join(picked[:1+rng.IntN(len(picked))], " ")
			if sharesMostWords(text, words) {
				require.GreaterOrEqual(t, len(text), least, "%q of %q", text, words)
			}
		}
		// The shortest words alone share most words.
		sorted := slices.Clone(words)
		slices.SortFunc(sorted, func(a, b string) int { return len(a) - len(b) })
		for k := 1; k <= len(sorted); k++ {
			if text := strings.Join(sorted[:k], " "); sharesMostWords(text, words) {
				require.Equal(t, least, len(text), "%q", words)
				break
			}
		}
	}
}

// TestGateSetResetHolding checks resetHolding against reset on folded
// random titles and title lines: lines that hold the title at their start,
// end or middle, lines that hold it only within a word, and others.
func TestGateSetResetHolding(t *testing.T) {
	vocab := []string{"a", "cat", "cats", "dog", "été", "42", "abcdefgh", "abcdefghij", "x", "news"}
	rng := rand.New(rand.NewPCG(9, 10))
	phrase := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[rng.IntN(len(vocab))]
		}
		return strings.Join(ws, " ")
	}
	held := 0
	for range 3000 {
		title := foldText(phrase(rng.IntN(5)))
		var line string
		switch rng.IntN(5) {
		case 0:
			line = title
		case 1:
			line = title + " " + phrase(1+rng.IntN(3))
		case 2:
			line = phrase(1+rng.IntN(3)) + " " + title
		case 3:
			line = phrase(1+rng.IntN(2)) + " " + title + " " + phrase(1+rng.IntN(2))
		default:
			line = phrase(rng.IntN(6)) + "s " + title + "x"
		}
		line = foldText(line)
		var titleSet, want, got gateSet
		titleSet.reset(title)
		want.reset(line)
		got = gateSet{^uint64(0), 1, 2, 3} // overwritten
		got.resetHolding(line, title, &titleSet)
		require.Equal(t, want, got, "%q in %q", title, line)
		if title != "" && containsWords(line, title) {
			held++
		}
	}
	assert.Greater(t, held, 1000)
}

// TestTwoByteAt checks may's written-out first case of foldNonASCII
// against it, for every rune of two bytes, cut short and not, and for
// bytes that start no such rune.
func TestTwoByteAt(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		for _, s := range []string{string(r), string(r) + "x", string(r)[:1] + "x", "x"} {
			l := twoByteAt(s, 0)
			if l == foldSlow {
				continue
			}
			require.Len(t, string(r), 2)
			f, n, size := foldNonASCII(s, 0)
			require.Equal(t, 2, size, "rune %U", r)
			switch {
			case l == 0:
				assert.Equal(t, [2]int{0, 0}, [2]int{int(f), n}, "rune %U", r)
			case l < utf8.RuneSelf:
				assert.Equal(t, [2]int{int(l), 1}, [2]int{int(f), n}, "rune %U", r)
			default:
				assert.Equal(t, [2]int{int(uint32(0xc0|l>>6) | uint32(0x80|l&0x3f)<<8), 2}, [2]int{int(f), n}, "rune %U", r)
			}
		}
	}
	assert.Equal(t, uint16(foldSlow), twoByteAt("x", 0))
	assert.Equal(t, uint16(foldSlow), twoByteAt("\xc3", 0))
	assert.Equal(t, uint16(foldSlow), twoByteAt("\xe2\x80\x99", 0))
}

// TestFoldHasPrefix checks foldHasPrefix against the prefix of the whole
// fold on random texts and prefixes, short and longer than its buffer.
func TestFoldHasPrefix(t *testing.T) {
	parts := []string{"a", "Bo", " ", ", ", "l'eau", "ÉTÉ", "été", "don’t", "42", "Ⱥx", "straße", "-", "naïve", "xyz"}
	rng := rand.New(rand.NewPCG(5, 7))
	text := func(n int) string {
		var sb strings.Builder
		for range n {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		return sb.String()
	}
	agree := 0
	for range 20000 {
		s := text(rng.IntN(80))
		var prefix string
		if f := foldText(s); f != "" && rng.IntN(2) == 0 {
			prefix = f[:1+rng.IntN(len(f))]
		} else {
			prefix = foldText(text(1 + rng.IntN(60)))
		}
		want := strings.HasPrefix(foldText(s), prefix)
		if want {
			agree++
		}
		require.Equal(t, want, foldHasPrefix(s, prefix), "%q %q", s, prefix)
	}
	assert.Greater(t, agree, 5000)
}

// TestHeadGateMayLine checks mayLine against may on random pages of
// repeated lines, more distinct ones than the memo keeps, with the title
// replaced halfway (reset) and Repeats set right, wrong or not at all.
func TestHeadGateMayLine(t *testing.T) {
	vocab := []string{"the", "big", "story", "of", "today", "Menu", "News", "sport", "été", "l'eau"}
	rng := rand.New(rand.NewPCG(16, 5))
	remembered := 0
	for range 300 {
		titles := [2]string{randtext.Words(rng, vocab, 2+rng.IntN(5)), randtext.Words(rng, vocab, 2+rng.IntN(5))}
		texts := make([]string, 1+rng.IntN(3*gateMemoSize))
		for k := range texts {
			texts[k] = randtext.Words(rng, vocab, 1+rng.IntN(8))
		}
		var gate headGate
		for half, title := range titles {
			te, tw := dumpEvidence(title, title+" | Site")
			gate.reset(&te, tw)
			for range 60 {
				b := &Block{Text: texts[rng.IntN(len(texts))], Repeats: rng.IntN(3)}
				if rng.IntN(2) == 0 && half == 1 {
					b.Text = titles[0] // the title before, asked again after reset
				}
				var fresh headGate
				fresh.reset(&te, tw)
				require.Equal(t, fresh.may(b.Text), gate.mayLine(b), "title %q: %q", title, b.Text)
			}
			remembered += gate.memo.n
		}
	}
	assert.Positive(t, remembered)
}
