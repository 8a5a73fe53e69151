package extract

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewArticlePacksRemovals checks that newArticle lists the removals in
// block order, whatever order Remove saw them in, and that each removed
// block still reports its own record afterwards, also for a block Remove
// could not give a slot (one not at its Index) and for a Remove after the
// Article was built.
func TestNewArticlePacksRemovals(t *testing.T) {
	for _, tc := range []struct {
		name  string
		n     int
		stray int // the position of a block off its Index, removed; -1 for none
	}{
		{"none removed", 0, -1},
		{"few blocks", 5, -1},
		{"many blocks", 300, -1},
		{"with strays", 40, 3},
		{"with a late stray", 40, 30}, // the records before it are packed, the rest copied
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(tc.n), 7))
			doc := &Document{}
			for i := range tc.n {
				doc.Blocks = append(doc.Blocks, &Block{Kind: Paragraph, Index: i, Text: "block " + strconv.Itoa(i)})
			}
			if tc.stray >= 0 {
				// A block whose Index is off its position gets a record
				// of its own.
				doc.Blocks[tc.stray].Index = tc.stray + 6
			}
			want := map[*Block]string{}
			for _, i := range rng.Perm(tc.n) {
				if rng.IntN(3) == 0 && i != tc.stray {
					continue
				}
				b := doc.Blocks[i]
				ev := "evidence " + strconv.Itoa(i)
				doc.current = "x" + strconv.Itoa(i%4)
				doc.Remove(b, "kind", ev)
				want[b] = ev
			}
			a := newArticle(doc)
			var got []Removal
			for _, b := range doc.Blocks {
				ev, removed := want[b]
				require.Equal(t, removed, b.Removed(), b.Text)
				if !removed {
					continue
				}
				r := b.Removal()
				assert.Equal(t, ev, r.Evidence)
				assert.Equal(t, b.Text, r.Text)
				assert.Equal(t, b.Index, r.Index)
				got = append(got, *r)
			}
			assert.Equal(t, got, a.Removed)
			assert.Len(t, a.Body, tc.n-len(want))

			// A second Run's removals do not write over the first's.
			for _, b := range doc.Blocks {
				if !b.Removed() {
					doc.Remove(b, "late", "second run")
				}
			}
			a2 := newArticle(doc)
			assert.Equal(t, got, a.Removed, "the first Article's records")
			require.Len(t, a2.Removed, tc.n)
			for i, b := range doc.Blocks {
				assert.Equal(t, *b.Removal(), a2.Removed[i])
			}
		})
	}
}
