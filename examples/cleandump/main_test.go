package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRun(t *testing.T) {
	var out strings.Builder
	require.NoError(t, run([]string{"../../testdata/atlantico-coalition-londres.txt"}, nil, &out))
	assert.True(t, strings.HasPrefix(out.String(), "Etat islamique : la coalition se réunit"), out.String())
	assert.Contains(t, out.String(), "Les représentants de ces pays évoqueront")
	assert.NotContains(t, out.String(), "Podcasts")
}

func TestRunStdin(t *testing.T) {
	var out strings.Builder
	err := run([]string{"-"}, strings.NewReader(""), &out)
	assert.Error(t, err)
}
