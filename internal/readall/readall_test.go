package readall

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUpTo(t *testing.T) {
	data := strings.Repeat("pith ", 1000)
	tests := []struct {
		name string
		size int
	}{
		{"exact hint", len(data) + 1},
		{"hint too small", 10},
		{"no hint", 0},
		{"hint too large", 10 * len(data)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := UpTo(iotest.OneByteReader(strings.NewReader(data)), tt.size)
			require.NoError(t, err)
			assert.Equal(t, data, string(got))
		})
	}
}

func TestUpToExactHintDoesNotGrow(t *testing.T) {
	data := bytes.Repeat([]byte("x"), 4096)
	got, err := UpTo(bytes.NewReader(data), len(data)+1)
	require.NoError(t, err)
	assert.Equal(t, data, got)
	assert.Equal(t, len(data)+1, cap(got))
}

func TestUpToError(t *testing.T) {
	boom := errors.New("boom")
	r := io.MultiReader(strings.NewReader("abc"), iotest.ErrReader(boom))
	got, err := UpTo(r, 0)
	assert.ErrorIs(t, err, boom)
	assert.Equal(t, "abc", string(got))
}
