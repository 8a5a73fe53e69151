//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain runs main itself when the test binary is started by
// TestSIGINT, so that the real signal handling is tested.
func TestMain(m *testing.M) {
	if os.Getenv("PITH_RUN_MAIN") == "1" {
		os.Args = append([]string{"pith"}, strings.Fields(os.Getenv("PITH_ARGS"))...)
		main()
	}
	os.Exit(m.Run())
}

// TestSIGINT starts pith on many inputs, sends it SIGINT once the first
// output is written, and expects a clean stop: exit status 130, a
// summary, only complete output files, and the inputs unchanged.
func TestSIGINT(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a process")
	}
	in := t.TempDir()
	var paths []string
	page := mustRead(t, samplePath)
	for i := range 400 {
		paths = append(paths, writeFile(t, in, "page"+strconv.Itoa(i)+".txt", page))
	}
	before := fingerprints(t, paths[:3])
	out := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "PITH_RUN_MAIN=1", "PITH_ARGS=-j 1 -o "+out+" "+strings.Join(paths, " "))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	deadline := time.Now().Add(30 * time.Second)
	for len(listDir(t, out)) == 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	err := cmd.Wait()

	var exit *exec.ExitError
	require.True(t, errors.As(err, &exit), "exit error: %v, stderr %s", err, stderr.String())
	assert.Equal(t, exitInterrupted, exit.ExitCode())
	assert.Regexp(t, `^pith: interrupted: \d+ of 400 inputs done \(0 failed\), \d+ not done\n$`, stderr.String())
	names := listDir(t, out)
	assert.Less(t, len(names), 400, "stopped before the end")
	for _, name := range names {
		assert.Regexp(t, `^page\d+\.txt$`, name, "no temporary file left")
		data, err := os.ReadFile(filepath.Join(out, name))
		require.NoError(t, err)
		assert.Contains(t, string(data), sampleBody, "complete output")
	}
	assert.Equal(t, before, fingerprints(t, paths[:3]), "inputs unchanged")
}
