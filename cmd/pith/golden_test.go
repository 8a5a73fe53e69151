package main

import (
	"testing"

	"github.com/pith-go/pith/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestGoldenOutputs runs the command on the shipped sample in each output
// format and compares with testdata/sample.<format>.golden. -update
// rewrites them.
func TestGoldenOutputs(t *testing.T) {
	for _, tc := range []struct{ name, flag string }{
		{"text", "-format=text"},
		{"markdown", "-format=markdown"},
		{"json", "-format=json"},
		{"explain", "-explain"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, stdout, stderr := runPith(t, "", tc.flag, samplePath)
			require.Equal(t, 0, status, stderr)
			golden.Check(t, "testdata/sample."+tc.name+".golden", stdout)
		})
	}
}
