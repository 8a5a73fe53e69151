package metric

import (
	"strings"
	"unicode"
)

// ShingleSize is the number of tokens in a shingle, as in the ScrapingHub
// article-extraction benchmark.
const ShingleSize = 4

// Tokens splits text into runs of word characters, the Unicode `\w+` of the
// ScrapingHub benchmark: letters, marks, numbers and connector punctuation
// such as '_'. Everything else separates tokens. Case is kept.
func Tokens(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !isWordRune(r) })
}

// isWordRune reports whether r belongs to a `\w` run.
func isWordRune(r rune) bool {
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.Pc)
}

// Shingles counts the word n-grams of text, n being [ShingleSize], with
// multiplicity. A text with fewer than n tokens (but at least one) gives a
// single shorter shingle; a text without tokens gives none. A shingle key is
// its tokens joined by a NUL byte.
func Shingles(text string) map[string]int {
	tokens := Tokens(text)
	counts := make(map[string]int)
	if len(tokens) == 0 {
		return counts
	}
	if len(tokens) < ShingleSize {
		counts[strings.Join(tokens, "\x00")]++
		return counts
	}
	for i := 0; i+ShingleSize <= len(tokens); i++ {
		counts[strings.Join(tokens[i:i+ShingleSize], "\x00")]++
	}
	return counts
}

// Match is the shingle overlap of one page, normalised so that TP, FP and FN
// sum to 1 (all three are 0 when neither text has a shingle).
type Match struct {
	TP, FP, FN float64
}

// CompareShingles matches the shingles of a predicted text against those of
// the gold text. For each shingle the true positives are the smaller of the
// two counts, false positives the predicted excess and false negatives the
// gold excess.
func CompareShingles(gold, predicted string) Match {
	g, p := Shingles(gold), Shingles(predicted)
	var tp, fp, fn int
	for s, pc := range p {
		gc := g[s]
		tp += min(gc, pc)
		fp += max(pc-gc, 0)
	}
	for s, gc := range g {
		fn += max(gc-p[s], 0)
	}
	total := float64(tp + fp + fn)
	if total == 0 {
		return Match{}
	}
	return Match{TP: float64(tp) / total, FP: float64(fp) / total, FN: float64(fn) / total}
}

// Precision returns TP/(TP+FP) and whether it is defined. It is also
// defined, as 1, when nothing was predicted and nothing was missed.
func (m Match) Precision() (float64, bool) {
	return ratio(m.TP, m.FP, m.FN)
}

// Recall returns TP/(TP+FN) and whether it is defined. It is also defined,
// as 1, when nothing was expected and nothing was predicted.
func (m Match) Recall() (float64, bool) {
	return ratio(m.TP, m.FN, m.FP)
}

// ratio returns tp/(tp+wrong) when that is defined, 1 when all three counts
// are zero, and false otherwise.
func ratio(tp, wrong, other float64) (float64, bool) {
	switch {
	case tp+wrong > 0:
		return tp / (tp + wrong), true
	case other == 0:
		return 1, true
	default:
		return 0, false
	}
}

// Score returns the page's precision, recall and F1. An undefined precision
// or recall (an empty prediction, or an empty gold text) counts as 0 here,
// unlike in [Corpus], which leaves such pages out of the mean.
func (m Match) Score() Score {
	p, _ := m.Precision()
	r, _ := m.Recall()
	return NewScore(p, r)
}
