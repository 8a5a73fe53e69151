package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run("../../testdata/atlantico-coalition-londres.txt", false, nil, &out))
	assert.True(t, strings.HasPrefix(out.String(), "BLOCK"), out.String())
	assert.Regexp(t, `(?m)^1 +\S+ +\S+ +"Newsletter"`, out.String())
	assert.Regexp(t, `\n\d+ blocks removed, \d+ kept in the body\n$`, out.String())
}
