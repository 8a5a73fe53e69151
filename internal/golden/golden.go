// Package golden compares test output with golden files, the expected
// outputs kept in testdata. Every test binary that imports it accepts the
// -update flag, so `go test ./... -update` rewrites all the golden files
// of the module at once; review the diff before committing it.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output instead of comparing")

// T is the part of testing.TB that Check uses.
type T interface {
	Helper()
	Errorf(format string, args ...any)
	Fatalf(format string, args ...any)
}

// Check compares got with the golden file at path. With -update it writes
// got to path instead, creating its folder. A mismatch fails t with the
// first differing line of each side; a missing file fails t and says how
// to create it.
func Check(t T, path, got string) {
	t.Helper()
	check(t, path, got, *update)
}

// check is Check with the -update flag's value given.
func check(t T, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
			return
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden: %v (run go test -update to create it, then review it)", err)
		return
	}
	if string(want) == got {
		return
	}
	line, w, g := firstDifference(string(want), got)
	t.Errorf("golden: output differs from %s at line %d:\nwant: %s\n got: %s\n(run go test -update to rewrite it, then review the diff)", path, line, w, g)
}

// firstDifference returns the first line, counted from 1, at which want and
// got differ, with that line of each ("<end>" past the last line).
func firstDifference(want, got string) (line int, w, g string) {
	ws, gs := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; ; i++ {
		w, g = "<end>", "<end>"
		if i < len(ws) {
			w = ws[i]
		}
		if i < len(gs) {
			g = gs[i]
		}
		if w != g || (i >= len(ws) && i >= len(gs)) {
			return i + 1, w, g
		}
	}
}
