package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cancelAfter is a reader of data that cancels its context once n bytes
// were read.
type cancelAfter struct {
	r      io.Reader
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Read(b []byte) (int, error) {
	k, err := c.r.Read(b[:min(len(b), 512)])
	if c.n -= k; c.n <= 0 {
		c.cancel()
	}
	return k, err
}

func TestContextCancelled(t *testing.T) {
	page := "<html><body><article>" + strings.Repeat("<p>"+hostileSentence+"</p>", 200) + "</article></body></html>"
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		run  func(ctx context.Context) (*Article, error)
	}{
		{"FromHTMLContext", func(ctx context.Context) (*Article, error) {
			return FromHTMLContext(ctx, strings.NewReader(page), "")
		}},
		{"FromTextContext", func(ctx context.Context) (*Article, error) { return FromTextContext(ctx, "Title\n"+hostileSentence) }},
		{"ReadText", func(ctx context.Context) (*Article, error) {
			_, err := New().ReadText(ctx, strings.NewReader("Title\n"+hostileSentence))
			return nil, err
		}},
		{"RunContext", func(ctx context.Context) (*Article, error) {
			doc, err := NewTextDocument("Title\n" + hostileSentence)
			require.NoError(t, err)
			return New().RunContext(ctx, doc)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.run(cancelled)
			require.ErrorIs(t, err, context.Canceled)
			assert.Nil(t, a)
			a, err = tt.run(context.Background())
			if tt.name != "ReadText" {
				require.NoError(t, err)
				assert.NotNil(t, a)
			}
		})
	}
}

func TestContextCancelledWhileReading(t *testing.T) {
	page := "<html><body><article>" + strings.Repeat("<p>"+hostileSentence+"</p>", 200) + "</article></body></html>"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := &cancelAfter{r: strings.NewReader(page), n: 1000, cancel: cancel}
	_, err := New().FromHTMLContext(ctx, r, "")
	require.ErrorIs(t, err, context.Canceled)
	assert.Positive(t, r.r.(*strings.Reader).Len(), "stops reading once cancelled")
}

func TestRunContextStopsBetweenExtractors(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var ran []string
	step := func(name string, stop bool) Extractor {
		return Named(name, ExtractorFunc(func(*Document) error {
			ran = append(ran, name)
			if stop {
				cancel()
			}
			return nil
		}))
	}
	p := New(WithExtractors(step("one", false), step("two", true), step("three", false)))
	doc, err := NewTextDocument("Title\n" + hostileSentence)
	require.NoError(t, err)
	_, err = p.RunContext(ctx, doc)
	require.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, []string{"one", "two"}, ran)
}

// TestContextDeadlineLargePage checks that a deadline stops the extraction
// of a large page before it finishes: the error is the deadline's, not an
// article. Skipped under -short.
func TestContextDeadlineLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	page := []byte("<html><body>" + strings.Repeat("<p>"+hostileSentence+"</p>\n", 50000) + "</body></html>")
	start := time.Now()
	_, err := FromHTML(bytes.NewReader(page), "")
	require.NoError(t, err)
	full := time.Since(start)

	ctx, cancel := context.WithTimeout(context.Background(), full/10)
	defer cancel()
	start = time.Now()
	_, err = FromHTMLContext(ctx, bytes.NewReader(page), "")
	stopped := time.Since(start)
	require.ErrorIs(t, err, context.DeadlineExceeded)
	t.Logf("full run %v, stopped after %v with a deadline of %v", full, stopped, full/10)
}

// TestPipelineConcurrentHTML runs one Pipeline over the HTML test pages
// from many goroutines at once, with and without a context, and expects
// the articles of a run one at a time. Run it with -race; it also checks
// that no goroutine is left behind.
func TestPipelineConcurrentHTML(t *testing.T) {
	files, err := filepath.Glob("../testdata/html/*.html.gz")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	if testing.Short() {
		files = files[:4]
	}
	before := runtime.NumGoroutine()
	p := New()
	pages := make([][]byte, len(files))
	want := make([]string, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		pages[i] = gunzip(t, data)
		if a, err := p.FromHTML(bytes.NewReader(pages[i]), "https://example.com/"); err == nil || errors.Is(err, ErrNoContent) {
			want[i] = a.Markdown()
		}
	}
	got := make([][]string, 4)
	var wg sync.WaitGroup
	for g := range got {
		got[g] = make([]string, len(pages))
		wg.Go(func() {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			for i, page := range pages {
				var a *Article
				var err error
				if g%2 == 0 {
					a, err = p.FromHTMLContext(ctx, bytes.NewReader(page), "https://example.com/")
				} else {
					a, err = p.FromHTML(bytes.NewReader(page), "https://example.com/")
				}
				if err == nil || errors.Is(err, ErrNoContent) {
					got[g][i] = a.Markdown()
				}
			}
		})
	}
	wg.Wait()
	for g := range got {
		assert.Equal(t, want, got[g], "goroutine %d", g)
	}
	checkNoLeak(t, before)
}

func gunzip(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	require.NoError(t, err)
	out, err := io.ReadAll(zr)
	require.NoError(t, err)
	return out
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
