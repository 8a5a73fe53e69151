package clean

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds are inputs that exercise every rule of Text and StripMarkup.
var fuzzSeeds = []string{
	"",
	"  Hello \t world  ",
	"a\r\nb\rc\n\n\n\nd",
	"ze\u200bro\u00adwidth\ufeff e\u0301",
	"می\u200cخواهم 👨\u200d👩\u200d👧 a \u200cb",
	"\xff\xfe\xc3",
	"10\u00a0km\u202f/\u2007h\u3000東京",
	"X<!-- --> | Atlantico.fr",
	"<b>bold</b><br/>&amp;eacute; &#39; &lt;p&gt;",
	"&am<b>p;lt; a < b x<y AT&T &notit;",
	"&#8203;&#x200D;&#0;&#xD800;",
	"\u200fשלום\u200e عالم สวัสดี",
	"Headline | World | Le Monde",
	"Share: 12 comments · 3 min read",
	"Lire aussi : la coalition se réunit ce jeudi à Londres",
}

// addSeeds adds fuzzSeeds, and the first lines of the repository's text
// dumps, to the corpus.
func addSeeds(f *testing.F) {
	f.Helper()
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, pattern := range []string{"../testdata/*.txt", "../testdata/text/*.txt"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, path := range paths {
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			lines := strings.SplitN(string(data), "\n", 40)
			f.Add(strings.Join(lines[:len(lines)-1], "\n"))
		}
	}
}

// nonSpaceNFD returns the runes of s in Normalization Form D, without
// white space and combining marks: removing an invisible character between
// two marks lets normalisation reorder them, so only the order of the base
// characters is kept.
func nonSpaceNFD(s string) []rune {
	var out []rune
	for _, r := range norm.NFD.String(s) {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r) {
			out = append(out, r)
		}
	}
	return out
}

// isSubsequence reports whether the runes of sub occur in s in order.
func isSubsequence(sub, s []rune) bool {
	i := 0
	for _, r := range s {
		if i < len(sub) && r == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

func FuzzText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := Text(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Text(%.300q) = %.300q, invalid UTF-8", s, got)
		}
		if again := Text(got); again != got {
			t.Fatalf("Text not idempotent on %.300q: %.300q then %.300q", s, got, again)
		}
		if !isSubsequence(nonSpaceNFD(got), nonSpaceNFD(strings.ToValidUTF8(s, "\uFFFD"))) {
			t.Fatalf("Text(%.300q) = %.300q adds text", s, got)
		}
	})
}

func FuzzStripMarkup(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := StripMarkup(s)
		if !utf8.ValidString(got) {
			t.Fatalf("StripMarkup(%.300q) = %.300q, invalid UTF-8", s, got)
		}
		if again := StripMarkup(got); again != got {
			t.Fatalf("StripMarkup not idempotent on %.300q: %.300q then %.300q", s, got, again)
		}
		if Text(got) != got {
			t.Fatalf("StripMarkup(%.300q) = %.300q, not normalised", s, got)
		}
	})
}

// FuzzLine checks the functions that look at one line or title: SplitTitle,
// FoldPhrase, MatchPhrase, DetectLanguage and Measure.
func FuzzLine(f *testing.F) {
	addSeeds(f)
	langs := Languages()
	sets := []PhraseSet{PhraseNavigation, PhraseShare, PhraseRelated, PhraseCredit, PhraseByline, PhrasePostMeta}
	f.Fuzz(func(t *testing.T, s string) {
		headline, site := SplitTitle(s)
		whole := StripMarkup(strings.ReplaceAll(s, "\n", " "))
		for _, part := range []string{headline, site} {
			if !utf8.ValidString(part) || !isSubsequence(nonSpaceNFD(part), nonSpaceNFD(whole)) {
				t.Fatalf("SplitTitle(%.300q) = %.300q, %.300q: not from the title %.300q", s, headline, site, whole)
			}
		}
		if site == "" && headline != whole {
			t.Fatalf("SplitTitle(%.300q) = %.300q with no site, want the whole title %.300q", s, headline, whole)
		}
		if h2, s2 := SplitTitle(s); h2 != headline || s2 != site {
			t.Fatalf("SplitTitle(%.300q) not deterministic", s)
		}

		// FoldPhrase is not idempotent by design: it writes digit runs
		// "#", which it otherwise treats as punctuation.
		folded := FoldPhrase(s)
		if strings.ContainsFunc(folded, unicode.IsDigit) {
			t.Fatalf("FoldPhrase(%.300q) = %.300q: digits left", s, folded)
		}
		if strings.HasPrefix(folded, " ") || strings.HasSuffix(folded, " ") || strings.Contains(folded, "  ") {
			t.Fatalf("FoldPhrase(%.300q) = %.300q: stray spaces", s, folded)
		}
		for _, set := range sets {
			m1, ok1 := MatchPhrase(set, s)
			m2, ok2 := MatchFolded(set, folded)
			if len(s) <= maxPhraseText && (ok1 != ok2 || m1 != m2) {
				t.Fatalf("MatchPhrase(%s, %.300q) = %v %v, MatchFolded = %v %v", set, s, m1, ok1, m2, ok2)
			}
		}

		text := Text(s)
		lang, conf := DetectLanguage(text)
		if lang != "" && !slices.Contains(langs, lang) && len(lang) != 2 {
			t.Fatalf("DetectLanguage(%.300q) = %.300q", text, lang)
		}
		if conf < 0 || conf > 1 || math.IsNaN(conf) {
			t.Fatalf("DetectLanguage(%.300q) confidence %v", text, conf)
		}
		ft := Measure(text, lang)
		for name, v := range map[string]float64{"Capitals": ft.Capitals, "Digits": ft.Digits, "StopDensity": ft.StopDensity} {
			if v < 0 || v > 1 || math.IsNaN(v) {
				t.Fatalf("Measure(%.300q).%s = %v", text, name, v)
			}
		}
		if ft.Words < 0 || ft.Words > ft.Runes || ft.Runes != utf8.RuneCountInString(text) {
			t.Fatalf("Measure(%.300q) = %+v", text, ft)
		}
	})
}
