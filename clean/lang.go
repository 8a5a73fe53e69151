package clean

//go:generate go run gen_stopwords.go

import (
	"unicode/utf8"
)

// MaxDetectBytes bounds the text DetectLanguage reads: only the first
// 64 KiB are examined, which keeps the cost flat on very long pages.
const MaxDetectBytes = 64 << 10

// minStopHits is the number of stop words the winning language must match
// for DetectLanguage to decide.
const minStopHits = 2

// fullConfidenceHits is the number of matched stop words from which the
// confidence is no longer scaled down.
const fullConfidenceHits = 8

// minorLanguages maps regional, minority and constructed languages whose
// stop lists overlap a major language's to the factor applied to their
// score in DetectLanguage. Their lists come from small Wikipedias full of
// place names, so ordinary text in the major language often matches them
// almost as well, and they are rare on the web: with 0.7, such a language
// wins only with a score more than 40% above the best major one, which
// text genuinely written in it reaches through its own frequent words.
// Galician and Nynorsk, which have a real press, get a milder 0.85.
var minorLanguages = map[string]float32{
	"ast": 0.7, "an": 0.7, // Spanish
	"gl": 0.85,           // Portuguese, Spanish
	"oc": 0.7, "wa": 0.7, // French
	"lmo": 0.7, "pms": 0.7, "nap": 0.7, "scn": 0.7, // Italian
	"nds": 0.7, "lb": 0.7, // German
	"fy":  0.7,             // Dutch
	"nn":  0.85,            // Norwegian Bokmål
	"sh":  0.7,             // Croatian, Serbian, Bosnian
	"sgs": 0.7,             // Lithuanian
	"rup": 0.7,             // Romanian
	"ceb": 0.7, "war": 0.7, // Tagalog
	"bpy": 0.7, "new": 0.7, // Hindi, Nepali
	"la": 0.7, "eo": 0.7, "io": 0.7, "vo": 0.7,
}

// DetectLanguage guesses the language of text and returns its code (see
// Languages) and a confidence between 0 and 1. It returns "" and 0 when it
// cannot decide: fewer than two stop words of the best language, or a tie.
//
// Text mostly written in scripts without spaces is classified by script:
// Han with Hiragana or Katakana is "ja", Hangul is "ko", Han alone is "zh"
// and Thai is "th"; the confidence is then the share of letters in that
// script. Other text is scored against the stop lists: each word adds, to
// every language listing it, a weight that grows with the word's frequency
// rank in the language and shrinks with the number of languages sharing it
// (see the weighting in stopwords.go). The score of a regional or minority
// language close to a major one (see minorLanguages) is multiplied by 0.7
// (0.85 for Galician and Nynorsk), so that it needs a clear margin to win. The confidence is the margin of
// the best score over the runner-up, relative to the best, scaled down when
// fewer than eight stop words matched.
//
// Only the first 64 KiB of text are read. Words are expected in NFC, as
// Text returns them. DetectLanguage does not allocate once the stop word
// index is built (on the first call of any stop word function) and is
// safe for concurrent use.
func DetectLanguage(text string) (lang string, confidence float64) {
	if len(text) > MaxDetectBytes {
		text = text[:MaxDetectBytes]
	}
	if lang, conf, ok := detectScript(text); ok {
		return lang, conf
	}
	ix, st := index(), stopTables.get()
	table := st.words
	var s stopScores
	var t tokenizer
	t.reset(text)
	for {
		w, ok := t.next()
		if !ok {
			break
		}
		if i, ok := table.slot(w); ok {
			s.add(st, table.entries[i].ref, 1)
		}
	}
	return s.decide(ix)
}

// scriptCounts counts the letters of text by the scripts that decide a
// language without stop words. They are 32 bits wide: a LineProfile
// holds them for each line.
type scriptCounts struct {
	letters, han, kana, hangul, thai int32
}

// firstScriptRune is below every Han, Kana, Hangul and Thai rune (Thai
// starts at U+0E01): runes before it are only counted as letters or not.
const firstScriptRune = 0x0E00

// add adds the counts of d to c.
func (c *scriptCounts) add(d scriptCounts) {
	c.letters += d.letters
	c.han += d.han
	c.kana += d.kana
	c.hangul += d.hangul
	c.thai += d.thai
}

// detectScript classifies text whose letters are mostly (at least half)
// Han, Kana, Hangul or Thai. It needs at least two such letters.
func detectScript(text string) (lang string, confidence float64, ok bool) {
	c := countScripts(text)
	return c.classify()
}

// countScripts counts the letters of text by script.
func countScripts(text string) scriptCounts {
	var c scriptCounts
	for i := 0; i < len(text); {
		b := text[i]
		if b < utf8.RuneSelf {
			if isASCIILetter(b) {
				c.letters++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		c.count(r)
	}
	return c
}

// count counts r, a rune outside ASCII.
func (c *scriptCounts) count(r rune) {
	c.countClass(r, classOf(r, classTable()))
}

// countClass counts r, a rune outside ASCII of class cls.
func (c *scriptCounts) countClass(r rune, cls runeClass) {
	switch {
	case r < firstScriptRune:
		if cls&clsLetter == 0 {
			return
		}
	case cls&clsHan != 0:
		c.han++
	case cls&clsKana != 0:
		c.kana++
	case cls&clsHangul != 0:
		c.hangul++
	case cls&clsThai != 0:
		if cls&clsLetter == 0 {
			return
		}
		c.thai++
	case cls&clsLetter == 0:
		return
	}
	c.letters++
}

// classify returns the language of text with the counts c when its
// letters are mostly (at least half) Han, Kana, Hangul or Thai, with at
// least two such letters.
func (c scriptCounts) classify() (lang string, confidence float64, ok bool) {
	special := c.han + c.kana + c.hangul + c.thai
	if special < 2 || 2*special < c.letters {
		return "", 0, false
	}
	share := func(n int32) float64 { return float64(n) / float64(c.letters) }
	switch {
	case c.hangul >= c.han+c.kana && c.hangul >= c.thai:
		return "ko", share(c.hangul), true
	case c.thai >= c.han+c.kana:
		return "th", share(c.thai), true
	case c.kana > 0 && 20*c.kana >= c.han:
		return "ja", share(c.han + c.kana), true
	default:
		return "zh", share(c.han), true
	}
}
