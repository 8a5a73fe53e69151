package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDropPublisherTail(t *testing.T) {
	tests := []struct {
		name    string
		authors []string
		site    []string
		want    []string
	}{
		{"site name after the writer", []string{"Brian Truitt USA TODAY"}, []string{"USA TODAY"}, []string{"Brian Truitt"}},
		{"host label after the writer", []string{"Anna Schmidt Stern"}, []string{"www.stern.de"}, []string{"Anna Schmidt"}},
		{"french", []string{"Marie Dupont Le Monde"}, []string{"Le Monde"}, []string{"Marie Dupont"}},
		{"spanish, with the publisher alone beside", []string{"Luis Pérez El País", "El País"}, []string{"El País"}, []string{"Luis Pérez"}},
		{"one word would be left", []string{"Cooper Bembel"}, []string{"Bembel"}, []string{"Cooper Bembel"}},
		{"a station's name keeps its number", []string{"Jessica Holly", "7 News WSVN"}, []string{"WSVN"}, []string{"Jessica Holly", "7 News WSVN"}},
		{"no site at the end", []string{"Jane Doe"}, []string{"Daily News"}, []string{"Jane Doe"}},
		{"publisher alone is kept", []string{"Daily News"}, []string{"Daily News"}, []string{"Daily News"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, dropPublisher(tt.authors, tt.site...))
		})
	}
}
