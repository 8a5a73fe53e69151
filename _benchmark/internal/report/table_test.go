package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTableWrite(t *testing.T) {
	tb := Table{Title: "set x", Header: []string{"library", "F1"}}
	tb.Add("pith", Float(0.91234))
	tb.Add("trafilatura", Float(1))
	var sb strings.Builder
	require.NoError(t, tb.Write(&sb))
	want := "set x\n" +
		"library     | F1\n" +
		"-------     | --\n" +
		"pith        | 0.912\n" +
		"trafilatura | 1.000\n" +
		"\n"
	assert.Equal(t, want, sb.String())
}
