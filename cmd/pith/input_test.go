package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadSizedHints checks that the size hints change only how the data
// is read, never what is read: right, too small, too large or missing,
// for plain and for gzip data.
func TestReadSizedHints(t *testing.T) {
	page := []byte(strings.Repeat("Some text of the page. ", 500))
	zipped := gzipped(t, page)
	for _, tc := range []struct {
		name string
		data []byte
		size int64
	}{
		{"plain, exact size", page, int64(len(page))},
		{"plain, no size", page, 0},
		{"plain, size too small", page, 3},
		{"plain, size too large", page, 10 * int64(len(page))},
		{"gzip, exact size", zipped, int64(len(zipped))},
		{"gzip, no size", zipped, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readSized(bytes.NewReader(tc.data), tc.size)
			require.NoError(t, err)
			assert.Equal(t, page, got)
		})
	}
}

func TestGzipSize(t *testing.T) {
	page := []byte(strings.Repeat("x", 70000))
	assert.Equal(t, int64(len(page)), gzipSize(gzipped(t, page)))
	assert.Equal(t, int64(0), gzipSize([]byte{0x1f, 0x8b, 0x08}), "too short for a trailer")
}

// TestGzipSizeLies checks that a trailer claiming more than deflate can
// reach does not size the buffer, and that the lie is still an error.
func TestGzipSizeLies(t *testing.T) {
	zipped := gzipped(t, []byte("a short page"))
	copy(zipped[len(zipped)-4:], []byte{0xff, 0xff, 0xff, 0xff})
	assert.Equal(t, maxDeflateRatio*int64(len(zipped)), gzipSize(zipped))
	_, err := readSized(bytes.NewReader(zipped), 0)
	assert.ErrorContains(t, err, "bad gzip data")
}
