package main

import (
	"testing"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/stretchr/testify/assert"
)

func TestIsGold(t *testing.T) {
	pg := page{p: dataset.Page{
		Gold: "System Requirements\nThe council voted on the school budget on Monday after a long debate.\n",
		With: []string{"voted on the road budget"},
	}}
	cases := []struct {
		text string
		want bool
	}{
		{"System requirements:", true},                             // a gold line, folded
		{"the school budget on Monday after a long debate", true},  // 8+ words inside the gold
		{"Monday after", false},                                    // a few words inside a gold line
		{"The council voted on the road budget on Tuesday.", true}, // holds a wanted snippet
		{"Share this article", false},
		{"", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, pg.isGold(c.text))
		})
	}
}
