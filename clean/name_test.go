package clean

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTrimNameTail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe", "Jane Doe"},
		{"Sofia Gonzalez December 2", "Sofia Gonzalez"},
		{"Dr. Vahid Osman - Mar 27", "Dr. Vahid Osman"},
		{"Jean Dupont 12/01/2020", "Jean Dupont"},
		{"Jean Dupont, le 3 mars 2020", "Jean Dupont"},
		{"Anna Svensson den 3 mars", "Anna Svensson"},
		{"Hans Müller | Redaktion", "Hans Müller"},
		{"bob smith", "bob smith"},
		{"April Ryan", "April Ryan"},
		{"Williams Perdomo @wperdomod", "Williams Perdomo"},
		{"Stefanus → Stahl", "Stefanus"},
		{"Maria Rossi 3 marzo 2021", "Maria Rossi"},
		{"2020-01-01", ""},
		{"Kab Niang Le 17 février 2020", "Kab Niang"},
		{"Thanh Le", "Thanh Le"},
		{"LingoLover94 April 5, 2023", "LingoLover94"},
		{"Paramita (Guha) Ghosh", "Paramita (Guha) Ghosh"},
		{"María (Pili) García | Redacción", "María (Pili) García"},
		{"Jean Dupont (AFP)", "Jean Dupont"},
		{"Anna Maier (Pressesprecherin)", "Anna Maier"},
		{"Piet (red.) de Vries", "Piet"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, TrimNameTail(tc.in))
		})
	}
}

func TestNameHead(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Colin Watson on 2025-12-18 in debusine", "Colin Watson"},
		{"Jean Dupont, le 3 mars 2020", "Jean Dupont"},
		{"Ludwig van Beethoven am 3. März", "Ludwig van Beethoven"},
		{"Juan Pérez el 3 de marzo", "Juan Pérez"},
		{"João da Silva em 3 de março", "João da Silva"},
		{"Piet de Vries op 3 maart", "Piet de Vries"},
		{"hayley.p 2 May 2025 18:48 1", "hayley.p"},
		{"blumo September 22, 2024, 2:43pm 1", "blumo"},
		{"Lisa Berg i Stockholm", "Lisa Berg"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, NameHead(tc.in))
		})
	}
}

func TestIsNameSuffix(t *testing.T) {
	for _, w := range []string{"Ph.D.", "MD", "Jr.", " phd "} {
		assert.True(t, IsNameSuffix(w), w)
	}
	for _, w := range []string{"Doe", "John Roe", ""} {
		assert.False(t, IsNameSuffix(w), w)
	}
}

func TestTrimAuthorLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"View all posts by Daniel Lemire", "Daniel Lemire"},
		{"Zeige alle Beiträge von Petra Ruland", "Petra Ruland"},
		{"Voir tous les articles de Marie Curie", "Marie Curie"},
		{"Ver todas las entradas de Luis Pérez", "Luis Pérez"},
		{"Visualizza tutti gli articoli di Maria Rossi", "Maria Rossi"},
		{"Ver todos os posts de João Silva", "João Silva"},
		{"Bekijk alle berichten van Piet de Vries", "Piet de Vries"},
		{"Visa alla inlägg av Anna Berg", "Anna Berg"},
		{"More from Jane Doe", "Jane Doe"},
		{"Mehr von Catch more fish", "Catch more fish"},
		{"Plus de Marie Curie", "Marie Curie"},
		{"Más de Luis Pérez", "Luis Pérez"},
		{"Altro di Maria Rossi", "Maria Rossi"},
		{"Mais de João Silva", "João Silva"},
		{"Meer van Piet de Vries", "Piet de Vries"},
		{"Mer från Anna Berg", "Anna Berg"},
		{"Inga HoeltmannFollow", "Inga Hoeltmann"},
		{"Jane Doe Folgen", "Jane Doe"},
		{"ByTrevor Jones", "Trevor Jones"},
		{"Byron Smith", "Byron Smith"},
		{"Jane Doe", "Jane Doe"},
		{"Follow", "Follow"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, TrimAuthorLabel(tc.in))
		})
	}
}

// TestIndexNameStop checks indexNameStop against strings.IndexAny on
// random texts, some of them not valid UTF-8.
func TestIndexNameStop(t *testing.T) {
	pieces := []string{"a", " ", "|", "(", "\n", "»", "·", "•", "—", "–", "→", "›", "é", "€", "\xc2", "\xe2", "\xe2\x80", "\x80", "\xbb", "\xe2\x86", "Ⱥ", "ü"}
	r := rand.New(rand.NewPCG(51, 52))
	for range 20000 {
		s := randtext.Concat(r, pieces, r.IntN(8))
		assert.Equal(t, strings.IndexAny(s, nameStops), indexNameStop(s), "%q", s)
	}
}

// refTrimAuthorLabel is TrimAuthorLabel without its fast path for a short
// ASCII text, the reference it must agree with.
func refTrimAuthorLabel(s string) string {
	if len(s) > 2 && strings.HasPrefix(s, "By") && s[2] >= 'A' && s[2] <= 'Z' {
		s = s[2:]
	}
	lower := strings.ToLower(s)
	for _, p := range authorArchivePhrases {
		if i := strings.Index(lower, p); i >= 0 {
			if rest := strings.TrimSpace(s[i+len(p):]); rest != "" {
				s, lower = rest, strings.ToLower(rest)
			}
		}
	}
	for _, f := range followWords {
		if strings.HasSuffix(lower, f) && len(s) > len(f) {
			head := s[:len(s)-len(f)]
			if r, _ := utf8.DecodeLastRuneInString(head); r == ' ' || unicode.IsLower(r) {
				return strings.TrimSpace(head)
			}
		}
	}
	return s
}

// TestTrimAuthorLabelFast checks TrimAuthorLabel against
// refTrimAuthorLabel on random texts of names, labels and follow words,
// and on every short line of the shipped text dumps, and the premise of
// its fast path: every archive phrase has two spaces.
func TestTrimAuthorLabelFast(t *testing.T) {
	for _, p := range authorArchivePhrases {
		require.GreaterOrEqual(t, strings.Count(p, " "), 2, p)
	}
	parts := []string{"Jane", "Doe", "jane", " ", " ", "\t", "By", "ByJane", "Posts by", "posts", "by", "More", "from",
		"Follow", "FOLLOW", "follow", "Folgen", "följ", "FÖLJ", "Seguİ", "segui", "é", "Ä", "x", ".", "\u00a0", "mehr von", "Von"}
	r := rand.New(rand.NewPCG(21, 22))
	for range 200000 {
		s := randtext.Concat(r, parts, r.IntN(6))
		require.Equal(t, refTrimAuthorLabel(s), TrimAuthorLabel(s), "%q", s)
	}
	paths, err := filepath.Glob("../testdata/text/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		for line := range strings.SplitSeq(string(data), "\n") {
			if len(line) <= 80 {
				require.Equal(t, refTrimAuthorLabel(line), TrimAuthorLabel(line), "%q", line)
			}
		}
	}
}

// TestIsNameSuffixAgrees checks IsNameSuffix against its reference (the
// word trimmed, without periods, lower-cased, looked up) on random words
// of suffix pieces, periods, spaces, capitals and letters outside ASCII,
// and maxNameSuffix against the table.
func TestIsNameSuffixAgrees(t *testing.T) {
	longest := 0
	for s := range nameSuffixes {
		longest = max(longest, len(s))
	}
	assert.Equal(t, longest, maxNameSuffix)
	ref := func(w string) bool {
		return nameSuffixes[strings.ToLower(strings.ReplaceAll(strings.TrimSpace(w), ".", ""))]
	}
	pieces := []string{"Ph", "D", ".", "md", "MD", "j", "R", "iii", " ", "\u00a0", "x", "é", "K", "İ", "lcsw", "esq"}
	r := rand.New(rand.NewPCG(51, 52))
	yes := 0
	for range 20000 {
		w := randtext.Concat(r, pieces, r.IntN(5))
		want := ref(w)
		require.Equal(t, want, IsNameSuffix(w), "%q", w)
		if want {
			yes++
		}
	}
	assert.Greater(t, yes, 200)
}

// TestJoinFields checks joinFields against strings.Join of the first
// fields of random texts of words and spaces of several kinds.
func TestJoinFields(t *testing.T) {
	pieces := []string{"Jane", "Doe", "é", " ", "  ", "\t", "\u00a0", "\u3000", "x", ",", "\n", "Jane Doe", " Roe", "Ann "}
	r := rand.New(rand.NewPCG(53, 54))
	sliced := 0
	for range 20000 {
		s := randtext.Concat(r, pieces, r.IntN(8))
		words := strings.Fields(s)
		n := 0
		if len(words) > 0 {
			n = r.IntN(len(words) + 1)
		}
		want := strings.Join(words[:n], " ")
		got := joinFields(s, words[:n])
		require.Equal(t, want, got, "%q %d", s, n)
		if n > 1 && strings.Contains(s, got) {
			sliced++
		}
	}
	assert.Greater(t, sliced, 1000)
}

// TestTrimNameEnd checks trimNameEnd against strings.TrimRight on random
// texts of the trimmed bytes, letters and other characters.
func TestTrimNameEnd(t *testing.T) {
	parts := []string{" ", ",", ";", ":", "a", "Doe", ".", "é", "\u00a0", "\t", "\xff"}
	r := rand.New(rand.NewPCG(31, 32))
	trimmed := 0
	for range 50000 {
		s := randtext.Concat(r, parts, r.IntN(8))
		want := strings.TrimRight(s, " ,;:")
		require.Equal(t, want, trimNameEnd(s), "%q", s)
		if want != s {
			trimmed++
		}
	}
	assert.Greater(t, trimmed, 10000, "texts trimmed")
}
