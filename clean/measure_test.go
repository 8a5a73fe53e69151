package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEndsSentence(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"No end", false},
		{"Full stop.", true},
		{"Question?", true},
		{"Bang!", true},
		{"Ellipsis…", true},
		{"Semicolon;", true},
		{"Colon:", false},
		{"Trailing spaces.  \n", true},
		{"He said “yes.”", true},
		{"(In brackets.)", true},
		{"«Fin.»", true},
		{"Er sagte: „Wir kommen.“", true},
		{"Sie sagte: »Nein.«", true},
		{"Il a dit ‹oui.›", true},
		{"„Kein Ende“", false},
		{"Footnote.[1]", false},
		{"日本語です。", true},
		{"中文！", true},
		{"「本当？」", true},
		{"هل هذا صحيح؟", true},
		{"यह सही है।", true},
		{"Emoji 🎉", false},
		{"\xff", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, EndsSentence(tc.in))
		})
	}
}

func TestCapitalShare(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"", 0},
		{"ALL CAPS", 1},
		{"lower", 0},
		{"Ab", 0.5},
		{"ÉTÉ été", 0.5},
		{"123 !!", 0},
		{"東京 Tokyo", 0.2},
		{"שלום", 0},
		{"\xffA", 1},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.InDelta(t, tc.want, CapitalShare(tc.in), 1e-9)
		})
	}
}

func TestDigitShare(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"", 0},
		{"   ", 0},
		{"2024", 1},
		{"ab 12", 0.5},
		{"٣٤ ab", 0.5},
		{"🎉1", 0.5},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.InDelta(t, tc.want, DigitShare(tc.in), 1e-9)
		})
	}
}

func TestMeasure(t *testing.T) {
	tests := []struct {
		name, in, lang string
		want           Features
	}{
		{"empty", "", "en", Features{}},
		{"sentence", "The cat is on the mat.", "en", Features{Words: 6, Runes: 22, Terminal: true, StopDensity: 4.0 / 6, Capitals: 1.0 / 16}},
		{"no language", "The cat is on the mat.", "", Features{Words: 6, Runes: 22, Terminal: true, Capitals: 1.0 / 16}},
		{"menu", "HOME | NEWS | 2024", "en", Features{Words: 3, Runes: 18, Capitals: 1, Digits: 4.0 / 14}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Measure(tc.in, tc.lang)
			assert.Equal(t, tc.want.Words, got.Words)
			assert.Equal(t, tc.want.Runes, got.Runes)
			assert.Equal(t, tc.want.Terminal, got.Terminal)
			assert.InDelta(t, tc.want.StopDensity, got.StopDensity, 1e-9)
			assert.InDelta(t, tc.want.Capitals, got.Capitals, 1e-9)
			assert.InDelta(t, tc.want.Digits, got.Digits, 1e-9)
		})
	}
}

// TestMeasureCounts checks that Measure's one-pass counts agree with the
// functions it stands for.
func TestMeasureCounts(t *testing.T) {
	for _, s := range []string{
		"", "   ", "Plain ASCII text, 42 words? No: 7.", "ALL CAPS\tand\nlines\v\f\r",
		"Ǆemal ǅ title case", "Ελληνικά ΚΕΦΑΛΑΙΑ και 12", "٣٤ أرقام عربية", "日本語のテキスト１２３",
		"bad \xff\xfe utf8 \xc3", "non\u00a0breaking\u2003spaces\u0085",
	} {
		t.Run(s, func(t *testing.T) {
			f := Measure(s, "en")
			assert.Equal(t, utf8.RuneCountInString(s), f.Runes)
			assert.Equal(t, CapitalShare(s), f.Capitals)
			assert.Equal(t, DigitShare(s), f.Digits)
		})
	}
}

// endsSentenceTrims is EndsSentence as the trims it stands for.
func endsSentenceTrims(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	s = strings.TrimRight(s, closers)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune(terminals, r)
}

// TestEndsSentenceRunes checks the sets of runes EndsSentence passes
// over and ends at, for every rune: isCloser and isTerminal against
// closers and terminals, and isSpaceRune against unicode.IsSpace.
func TestEndsSentenceRunes(t *testing.T) {
	classes := classTable()
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		want := r != utf8.RuneError && strings.ContainsRune(closers, r)
		require.Equal(t, want, isCloser(r), "%U", r)
		want = r != utf8.RuneError && strings.ContainsRune(terminals, r)
		require.Equal(t, want, isTerminal(r), "%U", r)
		if r >= 0 {
			require.Equal(t, unicode.IsSpace(r), isSpaceRune(r, classes), "%U", r)
		}
	}
}

// TestEndsSentenceLastByte checks EndsSentence's test of the last byte
// against the trims it makes otherwise, for every ASCII byte after texts
// that end a sentence or not.
func TestEndsSentenceLastByte(t *testing.T) {
	for _, prefix := range []string{"", "Done.", "Done", "Fin。", "«Oui»", "a.\u00a0", "(end)"} {
		for c := range byte(utf8.RuneSelf) {
			s := prefix + string(rune(c))
			require.Equal(t, endsSentenceTrims(s), EndsSentence(s), "%q", s)
		}
	}
}

// TestEndsSentenceRandom checks EndsSentence against the trims it stands
// for, on random texts ending in spaces, closers and terminals of every
// kind, letters and invalid bytes.
func TestEndsSentenceRandom(t *testing.T) {
	var pieces []string
	for _, set := range []string{closers, terminals, " \t\n\u00a0\u3000\u2009\u0085", "aZé中:,-1"} {
		for _, r := range set {
			pieces = append(pieces, string(r))
		}
	}
	pieces = append(pieces, "\xff", "\xe2\x80", "\ufffd", "word")
	r := rand.New(rand.NewPCG(11, 12))
	ends := 0
	for range 20000 {
		s := randtext.Concat(r, pieces, r.IntN(6))
		want := endsSentenceTrims(s)
		if want {
			ends++
		}
		require.Equal(t, want, EndsSentence(s), "%q", s)
	}
	assert.Greater(t, ends, 1000, "texts that end a sentence")
}
