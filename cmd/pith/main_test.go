package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-go/pith/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const samplePath = "../../testdata/atlantico-coalition-londres.txt"

// sampleBody is a sentence of the sample's body.
const sampleBody = "Les représentants de ces pays évoqueront aussi la campagne militaire"

// smallDump is a text dump whose body the default pipeline keeps.
const smallDump = `Budget talks resume | Example News

Budget talks resume

Negotiators returned to the table on Monday after a week of deadlock over the spending plan, officials said.

Both sides said they hoped to reach an agreement before the end of the month, when the current budget expires.
`

// runPith runs the command in process and returns its exit status, stdout
// and stderr.
func runPith(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	c := command{stdin: strings.NewReader(stdin), stdout: &stdout, stderr: &stderr}
	status := c.run(args)
	return status, stdout.String(), stderr.String()
}

// writeFile writes data to name in dir and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	return path
}

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, err := zw.Write(data)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// jsonLines decodes one JSON object per line.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var rec map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec), "line %q", sc.Text())
		recs = append(recs, rec)
	}
	require.NoError(t, sc.Err())
	return recs
}

func TestJSONLWithBadInputInTheMiddle(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", []byte(smallDump))
	missing := filepath.Join(dir, "missing.txt")
	zipped := writeFile(t, dir, "sample.txt.gz", gzipped(t, mustRead(t, samplePath)))

	status, out, errOut := runPith(t, "", "-format", "jsonl", good, missing, zipped)

	assert.Equal(t, exitInput, status)
	assert.Equal(t, "pith: "+missing+": no such file or directory\n", errOut)
	recs := jsonLines(t, out)
	require.Len(t, recs, 2)
	assert.Equal(t, good, recs[0]["source"])
	assert.Equal(t, "Budget talks resume", recs[0]["title"])
	assert.Contains(t, recs[0]["text"], "Negotiators returned to the table")
	assert.Equal(t, zipped, recs[1]["source"])
	assert.Contains(t, recs[1]["text"], sampleBody)
	assert.Equal(t, "fr", recs[1]["language"])
	assert.Contains(t, recs[1], "body")
}

func TestInputs(t *testing.T) {
	dir := t.TempDir()
	page := []byte(`<!-- saved page --><!DOCTYPE html><html><head><title>Budget talks resume - Example News</title></head>
<body><article><h1>Budget talks resume</h1>
<p>Negotiators returned to the table on Monday after a week of deadlock over the spending plan, officials said.</p>
<p>Both sides said they hoped to reach an agreement before the end of the month, when the current budget expires.</p>
</article></body></html>`)
	tests := []struct {
		name  string
		stdin string
		args  func() []string
		want  string // in stdout
	}{
		{"text file", "", func() []string { return []string{samplePath} }, sampleBody},
		{"gzip text file", "", func() []string {
			return []string{writeFile(t, dir, "dump.gz", gzipped(t, []byte(smallDump)))}
		}, "Negotiators returned"},
		{"stdin dash", smallDump, func() []string { return []string{"-"} }, "Negotiators returned"},
		{"stdin by default", smallDump, func() []string { return nil }, "Both sides said"},
		{"html by extension", "", func() []string { return []string{writeFile(t, dir, "page.htm", page)} }, "Negotiators returned"},
		{"html by sniffing", "", func() []string { return []string{writeFile(t, dir, "page.txt", page)} }, "Negotiators returned"},
		{"gzip html", "", func() []string { return []string{writeFile(t, dir, "page.html.gz", gzipped(t, page))} }, "Both sides said"},
		{"html on stdin", string(page), func() []string { return []string{"-"} }, "Both sides said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := runPith(t, tt.stdin, tt.args()...)
			assert.Equal(t, exitOK, status, errOut)
			assert.Empty(t, errOut)
			assert.Contains(t, out, tt.want)
			assert.NotContains(t, out, "<p>", "markup leaked into the text")
		})
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	huge := bytes.Repeat([]byte("pith "), maxInputBytes/5+1)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "empty input"},
		{"blank", []byte(" \n\t\n"), "empty input"},
		{"binary", []byte("\x00\x01\x02PNG\x00\x00garbage"), "input is not text"},
		{"too large after gunzip", gzipped(t, huge), "input too large"},
		{"bad gzip", []byte{0x1f, 0x8b, 0x08, 0x00, 0x01}, "bad gzip data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeFile(t, dir, strings.ReplaceAll(tt.name, " ", "-"), tt.data)
			status, out, errOut := runPith(t, "", path, samplePath)
			assert.Equal(t, exitInput, status)
			assert.True(t, strings.HasPrefix(errOut, "pith: "+path+": "+tt.want), "stderr: %q", errOut)
			assert.Equal(t, 1, strings.Count(errOut, "\n"), "one message only: %q", errOut)
			assert.Contains(t, out, sampleBody, "the good input still ran")
		})
	}
}

func TestPanicInOneInput(t *testing.T) {
	dir := t.TempDir()
	bomb := writeFile(t, dir, "bomb.txt", []byte("Bomb\nThis page makes the extractor panic.\n"))
	var stdout, stderr bytes.Buffer
	c := command{stdout: &stdout, stderr: &stderr, extractors: []extract.Extractor{
		extract.ExtractorFunc(func(doc *extract.Document) error {
			if doc.Title == "Bomb" {
				panic("boom")
			}
			return nil
		}),
	}}
	good := writeFile(t, dir, "good.txt", []byte(smallDump))

	status := c.run([]string{"-format", "jsonl", good, bomb, good})

	assert.Equal(t, exitInput, status)
	assert.Equal(t, "pith: "+bomb+": internal error: boom\n", stderr.String())
	assert.Len(t, jsonLines(t, stdout.String()), 2)
}

func TestFormats(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"text", []string{"-format", "text"}, []string{sampleBody}},
		{"markdown", []string{"-format", "markdown"}, []string{"# Etat islamique", sampleBody}},
		{"json", []string{"-format", "json"}, []string{"{\n  \"source\": \"" + samplePath + "\"", "\"text\": "}},
		{"explain", []string{"-explain"}, []string{"blocks: ", " KEEP ", sampleBody[:40]}},
		{"explain-html", []string{"-explain-html"}, []string{"<!DOCTYPE html>", "class=\"block keep"}},
		{"forced language", []string{"-format", "jsonl", "-lang", "de"}, []string{`"language":"de"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := runPith(t, "", append(tt.args, samplePath)...)
			require.Equal(t, exitOK, status, errOut)
			for _, w := range tt.want {
				assert.Contains(t, out, w)
			}
		})
	}
}

func TestSeveralInputsKeepTheirOrder(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := range 12 {
		dump := strings.ReplaceAll(smallDump, "Monday", "day "+string(rune('A'+i)))
		args = append(args, writeFile(t, dir, string(rune('a'+i))+".txt", []byte(dump)))
	}
	status, out, errOut := runPith(t, "", args...)
	require.Equal(t, exitOK, status, errOut)
	last := -1
	for i, path := range args {
		at := strings.Index(out, "==> "+path+" <==\n")
		require.Greater(t, at, last, "output of %s out of order", path)
		assert.Contains(t, out[at:], "day "+string(rune('A'+i)))
		last = at
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown format", []string{"-format", "yaml", samplePath}, `unknown format "yaml"`},
		{"two explanations", []string{"-explain", "-explain-html", samplePath}, "exclude each other"},
		{"html report of two inputs", []string{"-explain-html", samplePath, samplePath}, "takes one input"},
		{"unknown flag", []string{"-verbose"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, out, errOut := runPith(t, "", tt.args...)
			assert.Equal(t, exitUsage, status)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tt.want)
		})
	}
}

func TestSniffHTML(t *testing.T) {
	tests := []struct {
		name string
		data string
		want bool
	}{
		{"doctype", "<!DOCTYPE html><html>", true},
		{"lower-case html", "<html lang=en>", true},
		{"head", "<head><title>x</title>", true},
		{"body", "<BODY>", true},
		{"bom, space and comments", "\uFEFF \n<!-- a --> <!-- b -->\n<!doctype HTML>", true},
		{"text dump", "A title | Site\nMenu\n", false},
		{"text mentioning html", "Why <html> matters\n", false},
		{"unclosed comment", "<!-- never closed <html>", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, sniffHTML([]byte(tt.data)))
		})
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	return data
}
