package metric

import "strings"

// SnippetCounts is a confusion matrix of snippet checks. TP counts wanted
// snippets found in the prediction, FN wanted snippets missing, FP unwanted
// snippets found and TN unwanted snippets absent. The zero value is ready to
// use; counts of several pages are summed with [SnippetCounts.Add].
type SnippetCounts struct {
	TP, FN, FP, TN int
}

// CheckSnippets checks each snippet of with (text that belongs to the
// article) and without (boilerplate) against predicted. A snippet is found
// when, after [NormalizeSpace] on both sides, it is a substring of the
// prediction.
func CheckSnippets(predicted string, with, without []string) SnippetCounts {
	pred := NormalizeSpace(predicted)
	var c SnippetCounts
	for _, s := range with {
		if strings.Contains(pred, NormalizeSpace(s)) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if strings.Contains(pred, NormalizeSpace(s)) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// Add sums o into c.
func (c *SnippetCounts) Add(o SnippetCounts) {
	c.TP += o.TP
	c.FN += o.FN
	c.FP += o.FP
	c.TN += o.TN
}

// Score returns precision TP/(TP+FP), recall TP/(TP+FN) and their F1; a
// ratio with a zero denominator is 0.
func (c SnippetCounts) Score() Score {
	return NewScore(safeDiv(c.TP, c.TP+c.FP), safeDiv(c.TP, c.TP+c.FN))
}

// Accuracy returns (TP+TN) over all snippets, or 0 when there are none.
func (c SnippetCounts) Accuracy() float64 {
	return safeDiv(c.TP+c.TN, c.TP+c.FN+c.FP+c.TN)
}

// safeDiv returns a/b, or 0 when b is 0.
func safeDiv(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NormalizeSpace collapses every run of Unicode white space in s to a single
// space and trims both ends.
func NormalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
