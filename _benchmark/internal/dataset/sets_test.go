package dataset

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTMLSetNamed(t *testing.T) {
	for _, name := range []string{"scrapinghub", "trafilatura", "wcxb", "readability"} {
		s, ok := HTMLSetNamed(name)
		require.True(t, ok, name)
		assert.Equal(t, name, s.Name)
		_, err := s.Load(t.TempDir())
		assert.Error(t, err, "an empty corpus directory fails to load")
	}
	_, ok := HTMLSetNamed("nope")
	assert.False(t, ok)
}
