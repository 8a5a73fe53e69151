package report

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/pith-go/pith/_benchmark/metric"
)

func TestSummaryTable(t *testing.T) {
	sums := []Summary{{
		Library: "pith", Score: metric.NewScore(1, 0.5), Accuracy: 0.75,
		Pages: 3, Errors: 1, Empty: 2,
		Times: []time.Duration{time.Millisecond, 3 * time.Millisecond, 2 * time.Second},
	}}
	tb := SummaryTable("set", sums, false)
	assert.Equal(t, []string{"library", "P", "R", "F1", "pages", "errors", "empty", "median ms", "total s"}, tb.Header)
	assert.Equal(t, [][]string{{"pith", "1.000", "0.500", "0.667", "3", "1", "2", "3.0", "2.00"}}, tb.Rows)

	tb = SummaryTable("set", sums, true)
	assert.Equal(t, "acc", tb.Header[4])
	assert.Equal(t, "0.750", tb.Rows[0][4])
	assert.Equal(t, "1.5", Seconds(1500*time.Millisecond))
}
