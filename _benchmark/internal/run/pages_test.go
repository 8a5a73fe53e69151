package run

import (
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
)

func TestPages(t *testing.T) {
	pages := []dataset.Page{
		{ID: "a", Input: []byte("alpha")},
		{ID: "b", Input: []byte("beta")},
		{ID: "missing", Path: filepath.Join(t.TempDir(), "none.html")},
	}
	libs := []Library{
		{Name: "echo", Extract: func(p dataset.Page, in []byte) (Output, error) {
			return Output{Title: p.ID, Text: string(in)}, nil
		}},
		{Name: "fail", Extract: func(p dataset.Page, in []byte) (Output, error) {
			if p.ID == "b" {
				panic("b is bad")
			}
			return Output{}, errors.New("no luck")
		}},
	}
	res := Pages(pages, libs, 2, time.Second)
	require.Len(t, res, 2)
	require.Len(t, res[0], 3)

	assert.Equal(t, Output{Title: "a", Text: "alpha"}, res[0][0].Output)
	assert.Equal(t, Output{Title: "b", Text: "beta"}, res[0][1].Output)
	assert.Error(t, res[0][2].Err, "unreadable input")
	assert.Error(t, res[1][2].Err, "unreadable input")
	assert.EqualError(t, res[1][0].Err, "no luck")
	assert.ErrorContains(t, res[1][1].Err, "panic: b is bad")
}
