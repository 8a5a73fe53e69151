package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/pith-go/pith/clean"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// phraseSets are the phrase sets of the clean package.
var phraseSets = []clean.PhraseSet{
	clean.PhraseNavigation, clean.PhraseTags, clean.PhraseShare, clean.PhraseNewsletter, clean.PhraseCookie,
	clean.PhraseModeration, clean.PhraseRelated, clean.PhraseFooter, clean.PhraseEnd, clean.PhraseCredit,
	clean.PhraseByline, clean.PhraseDateline, clean.PhraseComments, clean.PhraseAd, clean.PhrasePaywall,
	clean.PhraseAuthorBio, clean.PhraseNotAuthor, clean.PhraseRole, clean.PhrasePostMeta, clean.PhraseAffiliate,
}

// TestCandidateMask checks that Block.mayMatch, from the cached bit of
// every phrase set and of a set the clean package does not know, says
// what PhraseCandidates.Has says, for every single bit and random
// candidates, and that each set found a slot.
func TestCandidateMask(t *testing.T) {
	cands := []clean.PhraseCandidates{0, ^clean.PhraseCandidates(0)}
	for k := range 64 {
		cands = append(cands, clean.PhraseCandidates(1)<<k)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 100 {
		cands = append(cands, clean.PhraseCandidates(rng.Uint64()))
	}
	// A set of the clean package built anew, at another address, and a
	// set it does not know, which no bit stands for.
	sets := append(slices.Clone(phraseSets), clean.PhraseSet(strings.Repeat("by", 2)[2:]+"line"), "no such set")
	for _, set := range sets {
		t.Run(string(set), func(t *testing.T) {
			for _, c := range cands {
				b := &Block{cache: &blockCache{cands: c, candsOK: true}}
				assert.Equal(t, c.Has(set), b.mayMatch(set), "candidates %b", c)
			}
			h := (uint64(uintptr(unsafe.Pointer(unsafe.StringData(string(set))))) ^ uint64(len(set))) * 0x9e3779b97f4a7c15 >> 57
			m := probeCandidateMask(set, h)
			require.NotNil(t, m, "the few sets fit in the cache")
			assert.Equal(t, set, m.set)
		})
	}
}

// TestMatchPhraseAgreesWithClean checks matchPhrase, which skips sets by
// the block's candidates, against clean.MatchPhrase on every line of the
// shipped text dumps and every phrase set.
func TestMatchPhraseAgreesWithClean(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		doc, err := NewTextDocument(string(data))
		require.NoError(t, err)
		for _, b := range doc.Blocks {
			for _, set := range phraseSets {
				wantM, want := clean.MatchPhrase(set, b.Text)
				gotM, got := matchPhrase(b, set)
				require.Equal(t, want, got, "%s: %q in %s", path, b.Text, set)
				assert.Equal(t, wantM, gotM)
			}
		}
	}
}
