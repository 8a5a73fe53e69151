package metric

// Score is a precision, recall and F1 triple.
type Score struct {
	P, R, F1 float64
}

// NewScore builds a Score from precision and recall; F1 is their harmonic
// mean, 0 when both are 0.
func NewScore(p, r float64) Score {
	return Score{P: p, R: r, F1: F1(p, r)}
}

// F1 returns the harmonic mean 2pr/(p+r), or 0 when p+r is 0.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Corpus accumulates per-page shingle matches into corpus scores the way the
// ScrapingHub benchmark does. The zero value is ready to use.
type Corpus struct {
	pSum, rSum float64
	pN, rN     int
	pages      int
}

// Add records one page.
func (c *Corpus) Add(m Match) {
	c.pages++
	if p, ok := m.Precision(); ok {
		c.pSum += p
		c.pN++
	}
	if r, ok := m.Recall(); ok {
		c.rSum += r
		c.rN++
	}
}

// Pages returns the number of pages added.
func (c *Corpus) Pages() int {
	return c.pages
}

// Score returns the mean precision over pages where it is defined, the mean
// recall over pages where it is defined, and their F1. A mean over no pages
// is 0.
func (c *Corpus) Score() Score {
	return NewScore(mean(c.pSum, c.pN), mean(c.rSum, c.rN))
}

// mean returns sum/n, or 0 when n is 0.
func mean(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
