package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDuplicates(t *testing.T) {
	b := testBodies["en"]
	t.Run("repeats outside the core go, the body stays", func(t *testing.T) {
		dump := "T\nMost read\nWeather\n" + b[0] + "\n" + b[1] + "\n" + b[2] + "\nMost read\nWeather"
		doc := runExtractors(t, dump, Duplicates)
		for _, blk := range doc.Blocks {
			if blk.Text == "Most read" || blk.Text == "Weather" {
				assert.Equal(t, "duplicate", blk.Removal().Kind)
			}
		}
		assert.Empty(t, kindOf(t, doc, b[1]))
	})
	t.Run("a short label repeated inside and outside the core goes", func(t *testing.T) {
		dump := "T\nAdvertisement\n" + b[0] + "\nAdvertisement\n" + b[1] + "\n" + b[2]
		doc := runExtractors(t, dump, Duplicates)
		assert.Equal(t, "duplicate", doc.Blocks[2].Removal().Kind)
	})
	t.Run("a repeated line only inside the core stays (fr)", func(t *testing.T) {
		fr := testBodies["fr"]
		dump := "T\n" + fr[0] + "\nRefrain\n" + fr[1] + "\nRefrain\n" + fr[2]
		doc := runExtractors(t, dump, Duplicates)
		assert.Empty(t, kindOf(t, doc, "Refrain"))
	})
}
