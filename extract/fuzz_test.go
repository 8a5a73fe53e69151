package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
	"golang.org/x/net/html"
	"golang.org/x/text/unicode/norm"
)

// fuzzSeedPatterns are the inputs under the repository's testdata
// directories that seed both extraction fuzz targets: every text dump and
// HTML page, whichever front end it was written for.
var fuzzSeedPatterns = []string{
	"../testdata/*.txt",
	"../testdata/text/*.txt",
	"../testdata/html/*.html.gz",
	"testdata/*.html",
	"../cmd/pith/testdata/*",
}

// seedAll adds every file matching fuzzSeedPatterns to the corpus,
// decompressing .gz files.
func seedAll(f *testing.F) {
	f.Helper()
	n := 0
	for _, pattern := range fuzzSeedPatterns {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, path := range paths {
			f.Add(readSeed(f, path))
			n++
		}
	}
	if n == 0 {
		f.Fatal("no seed files")
	}
}

func readSeed(f *testing.F, path string) string {
	f.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			f.Fatalf("%s: %v", path, err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			f.Fatalf("%s: %v", path, err)
		}
	}
	return string(data)
}

// checkArticle checks the properties every extraction must have: only the
// documented errors, an Article exactly when the input was readable, a
// body exactly when there is no error, and valid UTF-8 in every output.
func checkArticle(t *testing.T, a *Article, err error) {
	t.Helper()
	switch {
	case err == nil:
		if a == nil || len(a.Body) == 0 {
			t.Fatalf("no error but no body: %+v", a)
		}
	case errors.Is(err, ErrNoContent):
		if a == nil || len(a.Body) != 0 {
			t.Fatalf("ErrNoContent with article %+v", a)
		}
	case errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLarge),
		errors.Is(err, ErrMalformed), errors.Is(err, ErrNotText):
		if a != nil {
			t.Fatalf("%v with an article", err)
		}
		return
	default:
		t.Fatalf("undocumented error: %v", err)
	}
	for name, s := range map[string]string{
		"Title": a.Title, "SiteName": a.SiteName, "Kicker": a.Kicker, "Lead": a.Lead,
		"Text": a.Text(), "Markdown": a.Markdown(), "HTML": a.HTML(),
	} {
		if !utf8.ValidString(s) {
			t.Errorf("%s is not valid UTF-8: %q", name, s)
		}
	}
}

// checkDeterministic checks that a second extraction of the same input
// gives the same article, the same error and the same removals.
func checkDeterministic(t *testing.T, a *Article, err error, again func() (*Article, error)) {
	t.Helper()
	b, err2 := again()
	if (err == nil) != (err2 == nil) || (err != nil && err.Error() != err2.Error()) {
		t.Fatalf("errors differ: %v then %v", err, err2)
	}
	if (a == nil) != (b == nil) {
		t.Fatalf("articles differ: %v then %v", a, b)
	}
	if a == nil {
		return
	}
	if a.Markdown() != b.Markdown() {
		t.Fatalf("not deterministic:\n%s\nthen\n%s", a.Markdown(), b.Markdown())
	}
	if !slices.EqualFunc(a.Removed, b.Removed, func(x, y Removal) bool {
		return x == y
	}) {
		t.Fatalf("removals differ:\n%v\nthen\n%v", a.Removed, b.Removed)
	}
}

// fingerprint returns the runes of s in Unicode Normalization Form D,
// without white space and combining marks, so that text split, re-spaced
// or recomposed by normalisation still compares equal (removing an
// invisible character between two marks lets normalisation reorder them).
func fingerprint(s string) []rune {
	var out []rune
	for _, r := range norm.NFD.String(s) {
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Mn, r) {
			out = append(out, r)
		}
	}
	return out
}

// matchFrom returns the position in s just past the earliest occurrence
// of the runes of sub in order, starting at s[from], or -1 if there is
// none.
func matchFrom(sub, s []rune, from int) int {
	i := 0
	for j := from; j < len(s) && i < len(sub); j++ {
		if s[j] == sub[i] {
			i++
			if i == len(sub) {
				return j + 1
			}
		}
	}
	if i == len(sub) {
		return from
	}
	return -1
}

// checkFromInput checks that every kept text of a comes from source: the
// characters of each text (the kicker, the lead, each body block), white
// space and combining marks aside, occur in source in the same order. The
// body keeps the page's order, so each block is looked for after the one
// before it, in linear time; only a block found out of order, as the HTML
// parser's foster parenting and adoption agency make, is looked for from
// the start again.
func checkFromInput(t *testing.T, a *Article, source string) {
	t.Helper()
	if a == nil {
		return
	}
	src := fingerprint(source)
	for _, s := range []string{a.Kicker, a.Lead} {
		if matchFrom(fingerprint(s), src, 0) < 0 {
			t.Fatalf("kept text %.300q does not come from the input", s)
		}
	}
	pos := 0
	for _, b := range a.Body {
		fp := fingerprint(b.Text)
		next := matchFrom(fp, src, pos)
		if next < 0 {
			next = matchFrom(fp, src, 0)
		}
		if next < 0 {
			t.Fatalf("body block %d %.300q does not come from the input", b.Index, b.Text)
		}
		pos = next
	}
}

func FuzzFromText(f *testing.F) {
	seedAll(f)
	for _, s := range []string{"", "title only", "T\n\x00", "T\n\xff\xfe body", "T\r\nA\rB\u2028C", "\uFEFFT\n" + strings.Repeat("word ", 200)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, dump string) {
		a, err := FromText(dump)
		checkArticle(t, a, err)
		checkDeterministic(t, a, err, func() (*Article, error) { return FromText(dump) })
		checkFromInput(t, a, clean.Text(dump))
	})
}

func FuzzFromHTML(f *testing.F) {
	seedAll(f)
	for _, s := range []string{"", "<html>", "<p>one</p>", "<title>T</title><article><p>a<br><br>b</p><ul><li>x<li>y</ul></article>",
		"<table><tr><td>a<td>b</table>", "<a href='javascript:x'>j</a>", "<meta charset=shift_jis><p>\x82\xa0</p>",
		"\xfe\xff\x00<\x00p\x00>\x00a", "<div><div><div><p>deep</div></div></div>", "<frameset><frame src=a></frameset>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		const pageURL = "https://example.com/a/b.html"
		a, err := FromHTML(strings.NewReader(page), pageURL)
		checkArticle(t, a, err)
		checkDeterministic(t, a, err, func() (*Article, error) { return FromHTML(strings.NewReader(page), pageURL) })
		if a != nil {
			decoded, derr := decodeHTML([]byte(page), "")
			if derr != nil {
				t.Fatalf("an article from a page that cannot be decoded: %v", derr)
			}
			// The parser reads character references and turns NUL into
			// U+FFFD; normalisation does the rest.
			src := strings.ReplaceAll(html.UnescapeString(string(decoded)), "\x00", "\uFFFD")
			checkFromInput(t, a, clean.Text(src))
		}
	})
}
