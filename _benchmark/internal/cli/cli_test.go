package cli

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/_benchmark/internal/report"
)

func TestSets(t *testing.T) {
	known := []string{"a", "b", "c"}
	tests := []struct {
		name, list string
		want       []string
		wantErr    bool
	}{
		{name: "default", list: "", want: known},
		{name: "all", list: "all", want: known},
		{name: "one", list: "b", want: []string{"b"}},
		{name: "known order", list: "c, a", want: []string{"a", "c"}},
		{name: "unknown", list: "a,zz", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Sets(tt.list, known)
			if tt.wantErr {
				assert.ErrorContains(t, err, `unknown set "zz"`)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestWriteTSV(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.tsv")
	require.NoError(t, WriteTSV(path, []report.PageRow{{Set: "s", ID: "x", Library: "l"}}))
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Contains(t, string(data), "s\tx\tl\t")

	assert.Error(t, WriteTSV(filepath.Join(t.TempDir(), "no", "dir.tsv"), nil))
}
