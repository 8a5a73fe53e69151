package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCleanNames(t *testing.T) {
	tests := []struct {
		name string
		raw  []string
		want []string
	}{
		{"none", nil, nil},
		{"one", []string{" Jane Doe "}, []string{"Jane Doe"}},
		{"duplicate without case", []string{"Jane Doe", "JANE DOE", "John Roe", "john roe"}, []string{"Jane Doe", "John Roe"}},
		{"duplicate of the first after others", []string{"Jane Doe", "John Roe", "jane doe"}, []string{"Jane Doe", "John Roe"}},
		{"suffix and empty dropped", []string{"Ph.D.", "", "Jane Doe"}, []string{"Jane Doe"}},
		{"escaped", []string{"Jane &amp; Co", "jane & co"}, []string{"Jane & Co"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cleanNames(tt.raw))
		})
	}
}
