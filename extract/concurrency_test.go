package extract_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/pith-go/pith/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPipelineConcurrentUse runs one Pipeline from many goroutines at once
// and expects the same articles as one at a time. Run it with -race.
func TestPipelineConcurrentUse(t *testing.T) {
	files, err := filepath.Glob("../testdata/text/scrapinghub-*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	p := extract.New()
	inputs := make([]string, len(files))
	want := make([]string, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		inputs[i] = string(data)
		a, err := p.FromText(inputs[i])
		require.NoError(t, err)
		want[i] = a.Markdown()
	}

	got := make([][]string, 4)
	var wg sync.WaitGroup
	for g := range got {
		got[g] = make([]string, len(inputs))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, in := range inputs {
				if a, err := p.FromText(in); err == nil {
					got[g][i] = a.Markdown()
				}
			}
		}()
	}
	wg.Wait()
	for g := range got {
		assert.Equal(t, want, got[g], "goroutine %d", g)
	}
}
