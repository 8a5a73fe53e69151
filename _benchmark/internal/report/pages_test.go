package report

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/_benchmark/metric"
)

func TestWriteTSV(t *testing.T) {
	rows := []PageRow{
		{Set: "s", ID: "a", Library: "pith", Score: metric.NewScore(1, 0.5), Dur: 2 * time.Millisecond},
		{Set: "s", ID: "b\tc", Library: "peer", Err: errors.New("bad\tthing\nstack")},
	}
	var sb strings.Builder
	require.NoError(t, WriteTSV(&sb, rows))
	want := "set\tid\tlibrary\tP\tR\tF1\tms\terror\n" +
		"s\ta\tpith\t1.0000\t0.5000\t0.6667\t2.0\t\n" +
		"s\tb c\tpeer\t0.0000\t0.0000\t0.0000\t0.0\tbad thing\n"
	assert.Equal(t, want, sb.String())
}

func TestWorst(t *testing.T) {
	rows := []PageRow{
		{ID: "c", Library: "pith", Score: metric.Score{F1: 0.2}},
		{ID: "a", Library: "peer", Score: metric.Score{F1: 0}},
		{ID: "b", Library: "pith", Score: metric.Score{F1: 0.2}},
		{ID: "d", Library: "pith", Score: metric.Score{F1: 0.9}},
		{ID: "e", Library: "pith", Score: metric.Score{F1: 0.1}},
	}
	got := Worst(rows, "pith", 3)
	ids := make([]string, len(got))
	for i, r := range got {
		ids[i] = r.ID
	}
	assert.Equal(t, []string{"e", "b", "c"}, ids)
	assert.Len(t, Worst(rows, "pith", 10), 4)
	assert.Empty(t, Worst(rows, "other", 3))
	assert.Equal(t, "c", rows[0].ID, "input untouched")
}
