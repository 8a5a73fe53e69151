package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFirstDifference(t *testing.T) {
	tests := []struct {
		name, want, got string
		line            int
		w, g            string
	}{
		{"changed line", "a\nb\nc", "a\nx\nc", 2, "b", "x"},
		{"got longer", "a", "a\nb", 2, "<end>", "b"},
		{"want longer", "a\nb", "a", 2, "b", "<end>"},
		{"first line", "a", "b", 1, "a", "b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			line, w, g := firstDifference(tc.want, tc.got)
			assert.Equal(t, tc.line, line)
			assert.Equal(t, tc.w, w)
			assert.Equal(t, tc.g, g)
		})
	}
}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	require.NoError(t, os.WriteFile(path, []byte("same\n"), 0o644))
	check(t, path, "same\n", false)

	var fake recorder
	check(&fake, path, "other\n", false)
	assert.Contains(t, fake.errors, "line 1", "a differing output must fail and say where")

	check(&fake, filepath.Join(t.TempDir(), "missing.golden"), "x", false)
	assert.Contains(t, fake.errors, "run go test -update", "a missing file must fail and say how to create it")

	written := filepath.Join(t.TempDir(), "new", "out.golden")
	check(t, written, "fresh\n", true)
	data, err := os.ReadFile(written)
	require.NoError(t, err)
	assert.Equal(t, "fresh\n", string(data), "updating writes the output, creating the folder")
}

// recorder is a T that records failures instead of failing.
type recorder struct{ errors string }

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors += fmt.Sprintf(format, args...) + "\n"
}
func (r *recorder) Fatalf(format string, args ...any) { r.Errorf(format, args...) }
