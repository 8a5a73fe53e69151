package extract

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRemoveSpanLikeRemove checks removeSpan against Remove called on
// each block of the span, on random documents: blocks removed before,
// blocks with a role, blocks off their Index or past Blocks, with the
// slots made before the span or by it.
func TestRemoveSpanLikeRemove(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 2))
	for round := range 300 {
		t.Run(strconv.Itoa(round), func(t *testing.T) {
			seed := rng.Uint64()
			build := func() (*Document, []*Block) {
				r := rand.New(rand.NewPCG(seed, 1))
				doc := &Document{current: "first"}
				n := 1 + r.IntN(12)
				for i := range n {
					doc.Blocks = append(doc.Blocks, &Block{Index: i, Text: "line " + strconv.Itoa(i), Role: []Role{RoleBody, RoleKicker, RoleLead}[r.IntN(3)]})
				}
				for _, b := range doc.Blocks {
					if r.IntN(4) == 0 {
						doc.Remove(b, "earlier", "before the span")
					}
				}
				var span []*Block
				for _, b := range doc.Blocks[r.IntN(n):] {
					switch r.IntN(8) {
					case 0: // a block not in Blocks, at an Index another holds
						span = append(span, &Block{Index: b.Index, Text: "stray"})
					case 1: // a block past Blocks
						span = append(span, &Block{Index: n + r.IntN(3), Text: "past"})
					}
					span = append(span, b)
				}
				doc.current = "second"
				return doc, span
			}
			got, gotSpan := build()
			got.removeSpan(gotSpan, "navigation", "menu run")
			want, wantSpan := build()
			for _, b := range wantSpan {
				want.Remove(b, "navigation", "menu run")
			}
			require.Len(t, gotSpan, len(wantSpan))
			assert.Equal(t, want.removed, got.removed)
			assert.Equal(t, want.removals, got.removals)
			for i, b := range gotSpan {
				w := wantSpan[i]
				assert.Equal(t, w.Role, b.Role, i)
				require.Equal(t, w.Removed(), b.Removed(), i)
				if w.Removed() {
					assert.Equal(t, *w.removal, *b.removal, i)
					inSlots := len(got.removals) > 0 && b.Index >= 0 && b.Index < len(got.removals) && b.removal == &got.removals[b.Index]
					wantInSlots := len(want.removals) > 0 && w.Index >= 0 && w.Index < len(want.removals) && w.removal == &want.removals[w.Index]
					assert.Equal(t, wantInSlots, inSlots, i)
				}
			}
		})
	}
}
