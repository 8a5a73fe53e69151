package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkDumps runs the package's functions over the lines of the
// shipped text dumps (testdata/text/*.txt), as the text front end does:
// each benchmark processes every line of every dump per iteration, and
// the reported bytes are the dumps' total size. The shared indexes are
// built before timing.
func BenchmarkDumps(b *testing.B) {
	dumps, size := readDumpFiles(b, filepath.Join("..", "testdata", "text", "*.txt"))
	var lines []string
	for _, d := range dumps {
		for line := range strings.Lines(d) {
			if t := Text(line); t != "" {
				lines = append(lines, t)
			}
		}
	}
	perLine := func(name string, fn func(string)) {
		b.Run(name, func(b *testing.B) {
			fn(lines[0]) // builds the shared indexes
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, l := range lines {
					fn(l)
				}
			}
		})
	}
	perLine("Text", func(l string) { Text(l) })
	perLine("Measure", func(l string) { Measure(l, "en") })
	perLine("FoldPhrase", func(l string) { FoldPhrase(l) })
	perLine("TextCandidates", func(l string) { TextCandidates(l) })
	perLine("MatchPhrase", func(l string) {
		MatchPhrase(PhraseNavigation, l)
		MatchPhrase(PhraseShare, l)
		MatchPhrase(PhraseCookie, l)
	})
	b.Run("DetectLanguage", func(b *testing.B) {
		DetectLanguage(dumps[0])
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range dumps {
				DetectLanguage(d)
			}
		}
	})
}

// readDumpFiles returns the files that match pattern, as strings, and
// their total size. The benchmark is skipped when none does.
func readDumpFiles(b *testing.B, pattern string) (dumps []string, size int) {
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		b.Skip("no dumps match " + pattern)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		dumps = append(dumps, string(data))
		size += len(data)
	}
	return dumps, size
}
