package main

import (
	"strings"
	"testing"

	"github.com/pith-go/pith/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestGoldenSample compares what the example prints for the shipped
// sample with testdata/sample.golden; -update rewrites it.
func TestGoldenSample(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run("../../testdata/atlantico-coalition-londres.txt", false, nil, &out))
	golden.Check(t, "testdata/sample.golden", out.String())
}
