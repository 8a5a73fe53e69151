package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
)

// seedFiles adds the files matching pattern under ../testdata to the
// corpus, decompressing .gz files.
func seedFiles(f *testing.F, pattern string) {
	f.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", pattern))
	if err != nil {
		f.Fatal(err)
	}
	if len(paths) == 0 {
		f.Fatalf("no seed matches %s", pattern)
	}
	for _, path := range paths {
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
		f.Add(string(data))
	}
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
	case errors.Is(err, ErrEmpty), errors.Is(err, ErrBinary), errors.Is(err, ErrTooLarge):
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

// visibleRunes counts the runes of s that are not white space.
func visibleRunes(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

func FuzzFromText(f *testing.F) {
	seedFiles(f, "*.txt")
	seedFiles(f, "text/*.txt")
	for _, s := range []string{"", "title only", "T\n\x00", "T\n\xff\xfe body", "T\r\nA\rB\u2028C", "\uFEFFT\n" + strings.Repeat("word ", 200)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, dump string) {
		a, err := FromText(dump)
		checkArticle(t, a, err)
		if a != nil && visibleRunes(a.Text()) > visibleRunes(clean.Text(dump)) {
			t.Errorf("the body has more text than the input:\n%q\nfrom\n%q", a.Text(), dump)
		}
	})
}

func FuzzFromHTML(f *testing.F) {
	seedFiles(f, "html/*.html.gz")
	for _, s := range []string{"", "<html>", "<p>one</p>", "<title>T</title><article><p>a<br><br>b</p><ul><li>x<li>y</ul></article>",
		"<table><tr><td>a<td>b</table>", "<a href='javascript:x'>j</a>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, page string) {
		a, err := FromHTML(strings.NewReader(page), "https://example.com/a/b.html")
		checkArticle(t, a, err)
		if a != nil && visibleRunes(a.Text()) > visibleRunes(page) {
			t.Errorf("the body has more text than the input:\n%q\nfrom\n%q", a.Text(), page)
		}
	})
}
