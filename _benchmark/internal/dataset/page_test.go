package dataset

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFile writes content to dir/name, creating parent directories and
// gzipping when the name ends in ".gz".
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	data := []byte(content)
	if filepath.Ext(name) == ".gz" {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		_, err := zw.Write(data)
		require.NoError(t, err)
		require.NoError(t, zw.Close())
		data = buf.Bytes()
	}
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

func TestPageRead(t *testing.T) {
	dir := t.TempDir()
	plain := writeFile(t, dir, "a.html", "<p>plain</p>")
	zipped := writeFile(t, dir, "b.html.gz", "<p>zipped</p>")
	broken := writeFile(t, dir, "c.html", "x")
	require.NoError(t, os.Rename(broken, broken+".gz"))

	tests := []struct {
		name    string
		page    Page
		want    string
		wantErr bool
	}{
		{name: "plain file", page: Page{Path: plain}, want: "<p>plain</p>"},
		{name: "gzip file", page: Page{Path: zipped}, want: "<p>zipped</p>"},
		{name: "input wins", page: Page{Path: plain, Input: []byte("mem")}, want: "mem"},
		{name: "missing file", page: Page{Path: filepath.Join(dir, "none")}, wantErr: true},
		{name: "not gzip", page: Page{Path: broken + ".gz"}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.page.Read()
			if tt.wantErr {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
		})
	}
}
