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
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Skip("no text dumps")
	}
	var dumps, lines []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		dumps = append(dumps, string(data))
		size += len(data)
		for line := range strings.Lines(string(data)) {
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
