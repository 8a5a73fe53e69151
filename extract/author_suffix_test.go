package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSuffixes checks that suffixes gives the joined suffixes and prefixes
// of a line's words, for lines joined by single spaces and others.
func TestSuffixes(t *testing.T) {
	for _, line := range []string{
		"By Jane Doe Photos by John Roe",
		"By  Jane\tDoe  Photos by John Roe ",
		" Posted by jdoe on 2025-12-18",
		"One",
		"",
	} {
		t.Run(line, func(t *testing.T) {
			words := strings.Fields(line)
			s := newSuffixes(line, words)
			for _, j := range []int{1, 3, 2, len(words) - 1, 0} {
				if j < 0 || j >= len(words) {
					continue
				}
				assert.Equal(t, strings.Join(words[j:], " "), s.from(j), "from(%d)", j)
				assert.Equal(t, strings.Join(words[:j], " "), s.before(j), "before(%d)", j)
			}
		})
	}
}

// TestMayBeWriterLabel checks the gate before writerLabelLine: it lets
// through every line writerLabelLine reads names from.
func TestMayBeWriterLabel(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Text: Anna Maier", true},
		{"Text : Anna Maier", true},
		{"Ein Beitrag von Anna Maier", true},
		{"EIN Beitrag von Anna Maier", true},
		{"Un article de Jean Dupont", true},
		{"Un Artikel de Jean Dupont", false},
		{"A, blog post by Jane Doe", true},
		{"Jane Doe July 3, 2025", false},
		{"Jane Doe July 3, 2025 10:05", false},
		{"2025, Jane Doe", false},
		{"Redaktion Anna Maier", false},
		{"Redaktion Anna Maier 10:05", true},
		{"Über den Autor Anna Maier", false}, // not ASCII: gated by its fold
		{"Rédaction: Anna Maier", true},
		{"Rédaction Anna Maier", false},
		{"— Text: Anna Maier", true}, // a first field that folds to nothing
		{"T-Text: Anna Maier", false},
		{"Ett inlägg av Anna Maier", true},
		{"Ein Beitrag", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			assert.Equal(t, tt.want, mayBeWriterLabel(tt.line))
			if !tt.want {
				assert.Empty(t, writerLabelLine(tt.line))
			}
		})
	}
	for in := range writerLabelSet {
		for _, line := range []string{in + ": Anna Maier", in + " : Anna Maier", strings.ToUpper(in) + ": Anna Maier"} {
			assert.True(t, mayBeWriterLabel(line), line)
			assert.NotEmpty(t, writerLabelLine(line), line)
		}
	}
	for in := range writerIntroSet {
		for _, line := range []string{in + " Anna Maier", strings.ToUpper(in[:1]) + in[1:] + " Anna Maier"} {
			assert.True(t, mayBeWriterLabel(line), line)
			assert.NotEmpty(t, writerLabelLine(line), line)
		}
	}
}

// TestMayBeWriterLabelAgrees checks on random lines that the gate never
// stops a line writerLabelLine reads names from.
func TestMayBeWriterLabelAgrees(t *testing.T) {
	vocab := []string{"Text:", "Text", ":", "Autor", "Ein", "ein", "Beitrag", "von", "A", "a,", "blog", "post", "by",
		"Anna", "Maier", "2024,", "Un", "article", "de", "Jean", "Dupont", "|", "Redaktion:", "artículo", "Una", "É",
		"Rédaction:", "RÉDACTION", "Författare", "ett", "Ett", "inlägg", "av", "—", "“Text", "T-Text:", "Über", "’s", " ", "Text :"}
	r := rand.New(rand.NewPCG(3, 4))
	read := 0
	for range 20000 {
		line := randtext.Words(r, vocab, 1+r.IntN(7))
		if names := writerLabelLine(line); len(names) > 0 {
			read++
			require.True(t, mayBeWriterLabel(line), line)
		}
	}
	assert.Greater(t, read, 100, "lines with names")
}

// naiveBeforeCredit is the reference beforeCredit must agree with: every
// suffix from the fourth word joined and matched.
func naiveBeforeCredit(t string) string {
	words := strings.Fields(t)
	for j := 3; j < len(words); j++ {
		if _, ok := clean.MatchPhrase(clean.PhraseCredit, strings.Join(words[j:], " ")); ok {
			return strings.Join(words[:j], " ")
		}
	}
	return t
}

// allCandidates holds every phrase set: the candidates of a text that
// are not known.
const allCandidates = ^clean.PhraseCandidates(0)

// TestBeforeCreditAgrees checks beforeCredit against naiveBeforeCredit on
// random lines of names, credit words, punctuation and numbers.
func TestBeforeCreditAgrees(t *testing.T) {
	vocab := []string{"By", "Jane", "Doe", "Photo", "photo:", "Photos", "by", "Getty", "Images", "images", "©", "AFP",
		"Crédit", "photo", "Foto:", "Bild", "|", "-", "2024", "d'illustration", "Illustration", "von", "Text",
		"Courtesy", "of", "Image", "credit", "Reuters", "Quelle:", "dpa", "’s", "Ünal", "(AP)", "Source", "x\ty",
		"—", "AP/Getty", "(Foto:", "Photo/", "«", "—Photo", "Фото", "фото:", "Légende", "·", "...", "Getty/Images"}
	r := rand.New(rand.NewPCG(1, 2))
	cut, anchored := 0, 0
	for range 20000 {
		n := 1 + r.IntN(12)
		words := make([]string, n)
		for k := range words {
			words[k] = vocab[r.IntN(len(vocab))]
		}
		sep := " "
		if r.IntN(5) == 0 {
			sep = "  "
		}
		line := strings.Join(words, sep)
		want := naiveBeforeCredit(line)
		cands := clean.TextCandidates(line)
		require.Equal(t, want, beforeCredit(line, cands), line)
		require.Equal(t, want, beforeCredit(line, allCandidates), line)
		if want != line && j4(line) {
			cut++
		}
		if want != line && !cands.Has(clean.PhraseCredit) {
			anchored++
		}
	}
	assert.Greater(t, cut, 500, "lines cut after the fourth word")
	assert.Greater(t, anchored, 100, "lines cut without a credit among their candidates")
	for _, line := range []string{
		"By Jane Doe Photos by John Roe",
		"Text von Anna Maier Illustration von Jan Roe",
		"By Jane Doe and John Roe Getty Images",
		"By Jane Doe John Roe Mary Major Photo",
	} {
		assert.Equal(t, naiveBeforeCredit(line), beforeCredit(line, clean.TextCandidates(line)), line)
	}
}

// TestFoldHead checks that foldHead's fold starts rest's fold with its
// first two words, or is all of it.
func TestFoldHead(t *testing.T) {
	vocab := []string{"—", "|", "AP/Getty", "Photo", "«", "Ünal", "x", "9", "...", "Фото", "a.b"}
	r := rand.New(rand.NewPCG(41, 42))
	for range 5000 {
		words := make([]string, 1+r.IntN(6))
		for k := range words {
			words[k] = vocab[r.IntN(len(vocab))]
		}
		rest := strings.Join(words, " ")
		head := foldHead(words, 0, rest)
		require.True(t, strings.HasPrefix(rest, head), "%q", rest)
		hf, rf := strings.Fields(clean.FoldPhrase(head)), strings.Fields(clean.FoldPhrase(rest))
		if len(hf) < len(rf) {
			require.GreaterOrEqual(t, len(hf), 2, "%q", rest)
			require.Equal(t, rf[:len(hf)], hf, "%q", rest)
		}
	}
}

// j4 reports whether naiveBeforeCredit cuts line after its fourth word or
// later, where beforeCredit reads suffixes by their first words.
func j4(line string) bool {
	return len(strings.Fields(naiveBeforeCredit(line))) >= 4
}

// TestLeadWords checks leadWords against strings.Fields, and that it
// gives up at a byte outside ASCII.
func TestLeadWords(t *testing.T) {
	tests := []struct {
		s  string
		ok bool
	}{
		{"", true},
		{"  ", true},
		{"one", true},
		{" one  two\tthree four", true},
		{"a\nb", true},
		{"one two three \u00a0four", true}, // beyond the third word
		{"x\u00a0y z", false},
		{"Über alles", false},
		{"ab cd é", false},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			w, n, ok := leadWords(tt.s)
			require.Equal(t, tt.ok, ok)
			if ok {
				f := strings.Fields(tt.s)
				assert.Equal(t, f[:min(3, len(f))], w[:n])
			}
		})
	}
}

// TestRoleSeparator checks roleSeparator against strings.IndexAny.
func TestRoleSeparator(t *testing.T) {
	for _, s := range []string{"", "Jane Doe", "Jane Doe | Staff", "Jane • Doe | x", "a·b•c|d", "\xe2\xc2\xb7x", "\xe2\x80", "é|", "•"} {
		assert.Equal(t, strings.IndexAny(s, "|•·"), roleSeparator(s), "%q", s)
	}
}

// TestLeadFields checks leadFields against strings.Fields on random texts
// of words and spaces in and outside ASCII.
func TestLeadFields(t *testing.T) {
	parts := []string{"Text:", "a", "Über", " ", "  ", "\t", "\u00a0", "\u2003", "\u0085", "—", "é", "\xff", "x\u3000y"}
	r := rand.New(rand.NewPCG(81, 82))
	for range 50000 {
		s := randtext.Concat(r, parts, r.IntN(8))
		f := strings.Fields(s)
		first, n := leadFields(s)
		require.Equal(t, min(len(f), 3), n, "%q", s)
		if len(f) > 0 {
			require.Equal(t, f[0], first, "%q", s)
		}
	}
}

// TestSuffixStarts checks on random lines that readLineAuthors' loop
// skips only suffixes from which none of its readers reads a name: no
// byline word (bylineNames, userAfter) and no writer label or intro
// (mayBeWriterLabel) starts them.
func TestSuffixStarts(t *testing.T) {
	vocab := []string{"By", "by", "von", "Par", "Posted", "jdoe", "Jane", "Doe", "on", "3", "May", "2025", "|", "-",
		"Written", "Text:", "Autor:", "Gespeichert", "am", "x", "Über", "é", "Nov.", "19,", "2019", "Author", "(AP)"}
	r := rand.New(rand.NewPCG(5, 6))
	starts := suffixStarts()
	skipped := 0
	for range 20000 {
		words := make([]string, 2+r.IntN(8))
		for k := range words {
			words[k] = vocab[r.IntN(len(vocab))]
		}
		for j := 1; j < len(words); j++ {
			if c := words[j][0]; c >= utf8.RuneSelf || starts[c] {
				continue
			}
			skipped++
			rest := strings.Join(words[j:], " ")
			_, ok := bylineNames(rest)
			require.False(t, ok, "%q", rest)
			require.False(t, mayBeWriterLabel(rest), "%q", rest)
			require.Empty(t, userAfter(words, j), "%q", rest)
		}
	}
	assert.Greater(t, skipped, 1000, "suffixes skipped")
	assert.True(t, starts['B'] && starts['|'], "a byline word, and a separator, are read")
}
