package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pith-go/pith/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dumps writes n small text dumps to dir, each with its own day name, and
// returns their paths.
func dumps(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := range n {
		dump := strings.ReplaceAll(smallDump, "Monday", "day "+string(rune('A'+i)))
		paths = append(paths, writeFile(t, dir, string(rune('a'+i))+".txt", []byte(dump)))
	}
	return paths
}

// fingerprints returns the content hash and modification time of files.
func fingerprints(t *testing.T, paths []string) []string {
	t.Helper()
	var out []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		fi, err := os.Stat(p)
		require.NoError(t, err)
		out = append(out, string(sha256.New().Sum(data))+fi.ModTime().String())
	}
	return out
}

// listDir returns the names of the files in dir.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestOutputDir(t *testing.T) {
	in := t.TempDir()
	paths := dumps(t, in, 3)
	other := filepath.Join(t.TempDir(), "a.txt") // same base name as paths[0]
	require.NoError(t, os.WriteFile(other, []byte(smallDump), 0o644))
	page := writeFile(t, in, "page.html.gz", gzipped(t, []byte("<html><head><title>T</title></head><body><article><p>"+
		"Negotiators returned to the table on Monday after a week of deadlock over the spending plan.</p></article></body></html>")))
	inputs := append(append(paths, other), page)
	before := fingerprints(t, inputs)
	out := filepath.Join(t.TempDir(), "new", "dir")

	status, stdout, stderr := runPith(t, "", append([]string{"-o", out, "-format", "markdown"}, inputs...)...)

	require.Equal(t, exitOK, status, stderr)
	assert.Empty(t, stdout, "nothing on standard output with -o")
	assert.ElementsMatch(t, []string{"a.md", "b.md", "c.md", "a-2.md", "page.md"}, listDir(t, out), "no temporary file left")
	for i, name := range []string{"a.md", "b.md", "c.md"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		require.NoError(t, err)
		_, want, _ := runPith(t, "", "-format", "markdown", paths[i])
		assert.Equal(t, want, string(data), name)
	}
	assert.Equal(t, before, fingerprints(t, inputs), "inputs unchanged")
}

func TestOutputDirNeverReplacesAnInput(t *testing.T) {
	dir := t.TempDir()
	paths := dumps(t, dir, 2)
	before := fingerprints(t, paths)

	status, _, stderr := runPith(t, "", append([]string{"-o", dir}, paths...)...)

	assert.Equal(t, exitUsage, status)
	assert.Contains(t, stderr, "would replace an input")
	assert.Equal(t, before, fingerprints(t, paths))
	assert.Len(t, listDir(t, dir), 2, "nothing written")
}

func TestOutputErrors(t *testing.T) {
	dir := t.TempDir()
	file := writeFile(t, dir, "file", []byte("x"))
	status, _, stderr := runPith(t, "", "-o", filepath.Join(file, "sub"), samplePath)
	assert.Equal(t, exitOutput, status)
	assert.Contains(t, stderr, "not a directory")

	c := command{stdout: failingWriter{}, stderr: new(bytes.Buffer)}
	assert.Equal(t, exitOutput, c.run([]string{samplePath}))
	assert.Contains(t, c.stderr.(*bytes.Buffer).String(), "writing output: disk full")
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestJobs(t *testing.T) {
	paths := dumps(t, t.TempDir(), 12)
	_, want, _ := runPith(t, "", append([]string{"-j", "1"}, paths...)...)
	require.Contains(t, want, "day L")
	for _, j := range []string{"2", "5", "64"} {
		status, out, stderr := runPith(t, "", append([]string{"-j", j}, paths...)...)
		require.Equal(t, exitOK, status, stderr)
		assert.Equal(t, want, out, "-j %s: same output, same order", j)
	}
	status, _, stderr := runPith(t, "", "-j", "0", paths[0])
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, stderr, "-j must be at least 1")
}

// TestInterrupt cancels the run while the third input is extracted, as
// SIGINT does, and expects the first two outputs written, nothing else,
// a summary, and no goroutine left behind.
func TestInterrupt(t *testing.T) {
	for _, jobs := range []string{"1", "3"} {
		t.Run("-j "+jobs, func(t *testing.T) {
			in := t.TempDir()
			paths := dumps(t, in, 6)
			out := t.TempDir()
			before := runtime.NumGoroutine()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var stdout, stderr bytes.Buffer
			c := command{ctx: ctx, stdout: &stdout, stderr: &stderr, extractors: []extract.Extractor{
				extract.ExtractorFunc(func(doc *extract.Document) error {
					for _, b := range doc.Blocks {
						if strings.Contains(b.Text, "day C") {
							cancel()
						}
					}
					return nil
				}),
				extract.ExtractorFunc(func(*extract.Document) error { return nil }),
			}}

			status := c.run(append([]string{"-j", jobs, "-o", out}, paths...))

			assert.Equal(t, exitInterrupted, status)
			names := listDir(t, out)
			assert.NotContains(t, names, "c.txt", "the input in progress is abandoned")
			for _, name := range names {
				assert.Regexp(t, `^[a-f]\.txt$`, name, "no temporary file left")
				data, err := os.ReadFile(filepath.Join(out, name))
				require.NoError(t, err)
				assert.Contains(t, string(data), "officials said.", "complete output")
			}
			if jobs == "1" {
				assert.Equal(t, []string{"a.txt", "b.txt"}, names)
				assert.Equal(t, "pith: interrupted: 2 of 6 inputs done (0 failed), 4 not done\n", stderr.String())
			}
			assert.Contains(t, stderr.String(), "pith: interrupted: ")
			checkNoLeak(t, before)
		})
	}
}

// TestNoGoroutineLeak runs a batch with failing inputs and checks that
// every goroutine the run started has ended.
func TestNoGoroutineLeak(t *testing.T) {
	dir := t.TempDir()
	paths := dumps(t, dir, 10)
	paths = append(paths, filepath.Join(dir, "missing.txt"), writeFile(t, dir, "empty.txt", nil))
	before := runtime.NumGoroutine()
	status, _, _ := runPith(t, "", append([]string{"-j", "3"}, paths...)...)
	assert.Equal(t, exitInput, status)
	checkNoLeak(t, before)
}

// checkNoLeak fails unless the number of goroutines falls back to before
// within a second.
func checkNoLeak(t *testing.T, before int) {
	t.Helper()
	deadline := time.Now().Add(time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	assert.LessOrEqual(t, runtime.NumGoroutine(), before, "goroutines left behind")
}

func TestOutputDirExplainHTML(t *testing.T) {
	paths := dumps(t, t.TempDir(), 2)
	out := t.TempDir()
	status, _, stderr := runPith(t, "", append([]string{"-explain-html", "-o", out}, paths...)...)
	require.Equal(t, exitOK, status, stderr)
	assert.ElementsMatch(t, []string{"a.html", "b.html"}, listDir(t, out))
	data, err := os.ReadFile(filepath.Join(out, "b.html"))
	require.NoError(t, err)
	assert.Contains(t, string(data), "<!DOCTYPE html>")
	assert.Contains(t, string(data), "day B")
}

// TestSlowInputDoesNotStallOthers holds the first input's extraction until
// four later inputs have been extracted: with -j 2 the other worker goes
// on past it, never more than 2 inputs are extracted at once, and the
// output keeps the input order.
func TestSlowInputDoesNotStallOthers(t *testing.T) {
	paths := dumps(t, t.TempDir(), 6)
	release := make(chan struct{})
	var mu sync.Mutex
	running, most, others := 0, 0, 0
	releasedByOthers, timedOut := false, false
	holdFirst := extract.ExtractorFunc(func(doc *extract.Document) error {
		first := slices.ContainsFunc(doc.Blocks, func(b *extract.Block) bool { return strings.Contains(b.Text, "day A") })
		mu.Lock()
		running++
		most = max(most, running)
		if !first {
			if others++; others == 4 {
				releasedByOthers = true
				close(release)
			}
		}
		mu.Unlock()
		if first {
			select {
			case <-release:
			case <-time.After(5 * time.Second):
				mu.Lock()
				timedOut = true
				mu.Unlock()
			}
		}
		mu.Lock()
		running--
		mu.Unlock()
		return nil
	})
	var stdout, stderr bytes.Buffer
	c := command{stdout: &stdout, stderr: &stderr, extractors: []extract.Extractor{holdFirst}}

	status := c.run(append([]string{"-j", "2"}, paths...))

	require.Equal(t, exitOK, status, stderr.String())
	assert.True(t, releasedByOthers && !timedOut, "later inputs were extracted while the first was held")
	assert.LessOrEqual(t, most, 2, "at most -j inputs extracted at once")
	out := stdout.String()
	assert.Less(t, strings.Index(out, "day A"), strings.Index(out, "day F"), "output in input order")
}
