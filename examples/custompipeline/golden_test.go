package main

import (
	"strings"
	"testing"

	"github.com/pith-go/pith/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestGoldenBuiltInPage compares what the example prints for its built-in
// page and default phrases with testdata/page.golden; -update rewrites it.
func TestGoldenBuiltInPage(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run("", []string{"Advertisement", "Sponsored"}, nil, &out))
	golden.Check(t, "testdata/page.golden", out.String())
}
