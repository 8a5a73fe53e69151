package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/run"
)

// page is a small news page for the end-to-end run.
const page = `<html lang="en"><head><title>Council approves budget</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council approves budget</h1>
<p>The city council approved a new budget on Monday after a long debate about spending on schools.</p>
<p>Members argued for several hours about the size of the increase before agreeing on a compromise.</p>
</article></body></html>`

func TestBench(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "scrapinghub")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "html"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "text"), 0o755))
	truth, err := json.Marshal(map[string]any{"p1": map[string]string{"articleBody": "x", "url": "https://a.example/p1"}})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ground-truth.json"), truth, 0o644))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err = zw.Write([]byte(page))
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	require.NoError(t, os.WriteFile(filepath.Join(dir, "html", "p1.html.gz"), gz.Bytes(), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "text", "p1.txt"),
		[]byte("Council approves budget\nHome\nThe city council approved a new budget on Monday.\n"), 0o644))

	var out bytes.Buffer
	require.NoError(t, bench(&out, filepath.Dir(dir), "html.Parse,pith", 3, "../../..", 1))
	text := out.String()
	assert.Contains(t, text, "1 pages, 0.0 MB in memory, GOMAXPROCS=")
	for _, name := range []string{"html.Parse", "pith", "pith-text"} {
		assert.Regexp(t, `(?m)^\s*`+regexp.QuoteMeta(name)+`\s+\d`, text)
	}
	assert.NotContains(t, text, "readability")
	assert.Regexp(t, `(?m)^\s*html\.Parse\s.*\s1\.00\s+1\.00\s+1\.00\s+0\s*$`, text)
	assert.Contains(t, text, "== CLI scaling: 4 pages (4 copies of each)")
	assert.Regexp(t, `(?m)^\s*1\s+[\d.]+\s+\d+\s+1\.00\s*$`, text)
	assert.Regexp(t, `(?m)^\s*2\s+[\d.]+\s+\d+\s+[\d.]+\s*$`, text)
}

func TestBenchNoScaling(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "scrapinghub")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "html"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "text"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(`{}`), 0o644))
	var out bytes.Buffer
	require.NoError(t, bench(&out, filepath.Dir(dir), "pith", 1, "/nonexistent", 0))
	assert.NotContains(t, out.String(), "CLI scaling")
}

func TestScalingBuildError(t *testing.T) {
	var out bytes.Buffer
	err := measureScaling(&out, t.TempDir(), [][]byte{[]byte(page)}, 1)
	assert.ErrorContains(t, err, "building the CLI")
}

func TestBenchErrors(t *testing.T) {
	var out bytes.Buffer
	assert.Error(t, bench(&out, t.TempDir(), "all", 0, "..", 0), "no passes")
	assert.Error(t, bench(&out, t.TempDir(), "nosuch", 1, "..", 0), "unknown library")
	assert.Error(t, bench(&out, t.TempDir(), "all", 1, "..", 0), "no corpus")
}

func TestSummarise(t *testing.T) {
	cs := []contender{{name: baseline}, {name: "x"}}
	passes := [][]pass{
		{{dur: 3 * time.Second, cpu: time.Second, bytes: 10, objects: 1}, {dur: time.Second, cpu: time.Second, bytes: 30, objects: 3}, {dur: 2 * time.Second, cpu: time.Second, bytes: 20, objects: 2}},
		{{dur: 4 * time.Second, cpu: 3 * time.Second, bytes: 40, objects: 4, failures: 1}, {dur: 4 * time.Second, cpu: 3 * time.Second, bytes: 40, objects: 4, failures: 1}, {dur: 4 * time.Second, cpu: 3 * time.Second, bytes: 40, objects: 4, failures: 1}},
	}
	rows := summarise(cs, passes, 4e6)
	require.Len(t, rows, 2)
	assert.Equal(t, 2*time.Second, rows[0].dur)
	assert.InDelta(t, 2.0, rows[0].mbPerSec, 1e-9)
	assert.InDelta(t, 20, rows[0].bytes, 1e-9)
	assert.InDelta(t, 2.0, rows[1].timeRatio, 1e-9)
	assert.InDelta(t, 3.0, rows[1].cpuRatio, 1e-9)
	assert.InDelta(t, 4.0/3, rows[1].cpuMBPerSec, 1e-9)
	assert.InDelta(t, 2.0, rows[1].allocRatio, 1e-9)
	assert.Equal(t, 1, rows[1].failures)
}

func TestMedianOf(t *testing.T) {
	ps := []pass{{objects: 4}, {objects: 1}, {objects: 3}, {objects: 2}}
	assert.InDelta(t, 2.5, medianOf(ps, func(p pass) float64 { return float64(p.objects) }), 1e-9)
	assert.InDelta(t, 3, medianOf(ps[:3], func(p pass) float64 { return float64(p.objects) }), 1e-9)
}

func TestMeasureRotates(t *testing.T) {
	var order []string
	mk := func(name string) contender {
		return contender{name: name, fn: func(_ dataset.Page, _ []byte) (run.Output, error) {
			order = append(order, name)
			return run.Output{}, nil
		}}
	}
	passes := measure([]contender{mk("a"), mk("b"), mk("c")}, []dataset.Page{{}}, [][]byte{nil}, 2)
	assert.Equal(t, []string{"a", "b", "c", "b", "c", "a"}, order)
	require.Len(t, passes, 3)
	assert.Len(t, passes[0], 2)
}

func TestCPUTime(t *testing.T) {
	start := cpuTime()
	deadline := time.Now().Add(20 * time.Millisecond)
	for time.Now().Before(deadline) {
	}
	assert.Greater(t, cpuTime(), start)
}

func TestProtect(t *testing.T) {
	err := protect(func(dataset.Page, []byte) (run.Output, error) { panic("boom") }, dataset.Page{}, nil)
	assert.ErrorContains(t, err, "panic: boom")
}

func TestProfiled(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.out"), filepath.Join(dir, "mem.out")
	require.NoError(t, profiled(cpu, mem, func() error { return nil }))
	for _, p := range []string{cpu, mem} {
		info, err := os.Stat(p)
		require.NoError(t, err)
		assert.Positive(t, info.Size())
	}
	boom := errors.New("boom")
	assert.ErrorIs(t, profiled("", "", func() error { return boom }), boom)
}
