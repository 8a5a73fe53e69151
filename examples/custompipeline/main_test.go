package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run("", []string{"Advertisement", " sponsored "}, nil, &out))
	assert.Contains(t, out.String(), `removed "Advertisement": holds "Advertisement"`)
	assert.Contains(t, out.String(), `removed "Sponsored: the best raincoats of the season": holds "sponsored"`)
	assert.Contains(t, out.String(), "Harbour staff worked through the night")
}
