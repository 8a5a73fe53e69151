package clean

//go:generate go run gen_stopwords.go

import (
	"unicode"
	"unicode/utf8"
)

// maxDetectBytes bounds the text DetectLanguage reads: only the first
// 64 KiB are examined, which keeps the cost flat on very long pages.
const maxDetectBytes = 64 << 10

// minStopHits is the number of stop words the winning language must match
// for DetectLanguage to decide.
const minStopHits = 2

// fullConfidenceHits is the number of matched stop words from which the
// confidence is no longer scaled down.
const fullConfidenceHits = 8

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
// (see the weighting in stopwords.go). The confidence is the margin of the
// best score over the runner-up, relative to the best, scaled down when
// fewer than eight stop words matched.
//
// Only the first 64 KiB of text are read. Words are expected in NFC, as
// Text returns them. DetectLanguage does not allocate once the stop word
// index is built (on the first call of any stop word function) and is
// safe for concurrent use.
func DetectLanguage(text string) (lang string, confidence float64) {
	if len(text) > maxDetectBytes {
		text = text[:maxDetectBytes]
	}
	if lang, conf, ok := detectScript(text); ok {
		return lang, conf
	}
	ix := index()
	var scores [len(stoplists)]float32
	var hits [len(stoplists)]int32
	var t tokenizer
	t.reset(text)
	for {
		w, ok := t.next()
		if !ok {
			break
		}
		for _, p := range ix.words[string(w)] {
			scores[p.lang] += p.weight
			hits[p.lang]++
		}
	}
	best, second := -1, -1
	for i := range scores {
		switch {
		case best < 0 || scores[i] > scores[best]:
			best, second = i, best
		case second < 0 || scores[i] > scores[second]:
			second = i
		}
	}
	if hits[best] < minStopHits || scores[best] <= scores[second] {
		return "", 0
	}
	confidence = float64((scores[best] - scores[second]) / scores[best])
	if hits[best] < fullConfidenceHits {
		confidence *= float64(hits[best]) / fullConfidenceHits
	}
	return stoplists[best].code, confidence
}

// scriptCounts counts the letters of text by the scripts that decide a
// language without stop words.
type scriptCounts struct {
	letters, han, kana, hangul, thai int
}

// detectScript classifies text whose letters are mostly (at least half)
// Han, Kana, Hangul or Thai. It needs at least two such letters.
func detectScript(text string) (lang string, confidence float64, ok bool) {
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
		switch {
		case unicode.Is(unicode.Han, r):
			c.han++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー':
			c.kana++
		case unicode.Is(unicode.Hangul, r):
			c.hangul++
		case unicode.Is(unicode.Thai, r):
			if !unicode.IsLetter(r) {
				continue
			}
			c.thai++
		case !unicode.IsLetter(r):
			continue
		}
		c.letters++
	}
	special := c.han + c.kana + c.hangul + c.thai
	if special < 2 || 2*special < c.letters {
		return "", 0, false
	}
	share := func(n int) float64 { return float64(n) / float64(c.letters) }
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
