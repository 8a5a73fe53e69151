package extract

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/pith-go/pith/internal/randtext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// TestOutsideRepeatsHas checks outsideRepeats.has against a set of the
// lower-case texts (strings.ToLower) of the repeated blocks outside the
// core, on random short texts of letters that change or keep their
// length in lower case (İ, K the Kelvin sign, ẞ), and on the evidence
// table against the strings it stands for.
func TestOutsideRepeatsHas(t *testing.T) {
	pieces := []string{"a", "A", "i", "I", "İ", "k", "K", "K", "ß", "ẞ", "é", "É", " ", "Ad", "AD", "\xff", ""}
	r := rand.New(rand.NewPCG(21, 22))
	text := func() string {
		return randtext.Concat(r, pieces, r.IntN(4))
	}
	for range 300 {
		doc := &Document{}
		for i := range 1 + r.IntN(8) {
			doc.Blocks = append(doc.Blocks, &Block{Text: text(), Index: i, Repeats: 1 + r.IntN(3)})
		}
		want := map[string]bool{}
		for _, b := range doc.Blocks {
			if b.Repeats > 1 && !doc.InCore(b) {
				want[strings.ToLower(b.Text)] = true
			}
		}
		var o outsideRepeats
		for range 8 {
			s := text()
			require.Equal(t, want[strings.ToLower(s)], o.has(doc, s), "%q among %d blocks", s, len(doc.Blocks))
		}
	}
	var a evidenceArena
	for _, n := range []int{0, 2, 15, 16, 123} {
		assert.Equal(t, "line repeated "+strconv.Itoa(n)+" times on the page, outside the article", dupEvidence(&a, 0, n))
		assert.Equal(t, "short line repeated "+strconv.Itoa(n)+" times, also outside the article", dupEvidence(&a, 1, n))
	}
}
