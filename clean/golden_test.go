package clean_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/pith-go/pith/internal/golden"
	"github.com/stretchr/testify/require"
)

// TestGoldenTitles splits the title line of every text dump in the
// module's testdata and compares the headlines, sites and languages with
// testdata/titles.golden, one block per dump. -update rewrites it.
func TestGoldenTitles(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.txt")
	require.NoError(t, err)
	more, err := filepath.Glob("../testdata/text/*.txt")
	require.NoError(t, err)
	files = append(files, more...)
	require.NotEmpty(t, files)

	var sb strings.Builder
	for _, f := range files {
		title, body := readDump(t, f)
		headline, site := clean.SplitTitle(clean.StripMarkup(title))
		lang, _ := clean.DetectLanguage(body)
		fmt.Fprintf(&sb, "%s\n  line:     %s\n  headline: %s\n  site:     %s\n  language: %s\n",
			filepath.Base(f), title, headline, site, lang)
		if why, ok := knownWrongTitles[filepath.Base(f)]; ok {
			fmt.Fprintf(&sb, "  KNOWN WRONG: %s\n", why)
		}
	}
	golden.Check(t, "testdata/titles.golden", sb.String())
}

// knownWrongTitles names the dumps whose recorded split is known to be
// wrong, and how; the golden file shows the note under the split.
var knownWrongTitles = map[string]string{
	"scrapinghub-11ea381a.txt": "the site is \"Autoracing\", the first of a run of keyword segments, not the last",
	"scrapinghub-20b2b649.txt": "the site is \"Remember 80/90\"; \"Memorabilia anni 80/90\" is its tagline",
}

// readDump returns the first line of a dump and the rest of its text.
func readDump(t *testing.T, path string) (title, body string) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var rest strings.Builder
	for sc.Scan() {
		if title == "" {
			title = sc.Text()
			continue
		}
		rest.WriteString(sc.Text())
		rest.WriteByte('\n')
	}
	require.NoError(t, sc.Err())
	return title, rest.String()
}
