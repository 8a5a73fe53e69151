package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// profileTexts are the lines of the shipped dumps and texts in several
// scripts, with long words and stray bytes.
func profileTexts(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	require.NoError(t, err)
	texts := []string{
		"", "the", "Der Hund und die Katze sind im Garten.", "東京は日本の首都です。", "서울은 한국의 수도입니다",
		"ภาษาไทยเป็นภาษาราชการ", "Это текст на русском языке и он длинный",
		strings.Repeat("a", 70) + " the of and", strings.Repeat("é", 40) + " et le de la",
		"l'eau de la ville\xff est là", "Ελληνικά και το της",
		"ǅemal ١٢٣\u00a0x\u2003y\tz", "ສະບາຍດີ ภาษา 日本語のテキスト", "«Oui», dit-il.", "Done!”",
		// Two-byte sequences, valid and not, as profileLine decodes them.
		"over\xc1\xbflong", "cut \xc2", "lead\xc2A", "last\xdf\xbf two \u0080 first", "ÀÉÎ Ωμέγα Ölçü",
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		for line := range strings.Lines(string(data)) {
			texts = append(texts, Text(line))
		}
	}
	return texts
}

func TestLineProfileMatchesTheTextFunctions(t *testing.T) {
	texts := profileTexts(t)
	for _, s := range texts {
		p := ProfileLine(s)
		// nl and sv are of the second half of the language sets.
		for _, lang := range []string{"en", "fr", "de", "nl", "sv", "xx", ""} {
			require.Equal(t, StopwordDensity(s, lang), p.Density(lang), "%s %q", lang, s)
			require.Equal(t, Measure(s, lang), p.Measure(lang), "%s %q", lang, s)
			require.Equal(t, Measure(s, lang), p.MeasureIn(ResolveLanguage(lang)), "%s %q", lang, s)
		}
		// The zero ResolvedLanguage measures in the first language.
		require.Equal(t, p.Measure(stoplists[0].code), p.MeasureIn(ResolvedLanguage{}), "%q", s)
		wantLang, wantConf := DetectLanguage(s)
		lang, conf, ok := DetectProfiles([]*LineProfile{&p})
		require.True(t, ok)
		require.Equal(t, wantLang, lang, "%q", s)
		require.Equal(t, wantConf, conf, "%q", s)
	}
	// Joined texts, as a page's blocks are.
	for i := 0; i+20 <= len(texts); i += 20 {
		group := texts[i : i+20]
		profiles := make([]*LineProfile, len(group))
		for j, s := range group {
			p := ProfileLine(s)
			profiles[j] = &p
		}
		wantLang, wantConf := DetectLanguage(strings.Join(group, "\n") + "\n")
		lang, conf, ok := DetectProfiles(profiles)
		require.True(t, ok)
		assert.Equal(t, wantLang, lang)
		assert.Equal(t, wantConf, conf)
	}
}

func TestDetectProfilesTooLong(t *testing.T) {
	p := ProfileLine(strings.Repeat("the cat and the dog ", 4000))
	_, _, ok := DetectProfiles([]*LineProfile{&p})
	assert.False(t, ok)
	q := ProfileLine("The people of the city were known for their music, and many of them played it.")
	lang, _, ok := DetectProfiles([]*LineProfile{&q})
	assert.True(t, ok)
	assert.Equal(t, "en", lang)
}
