package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pith-go/pith/clean"
	"github.com/pith-go/pith/internal/randtext"
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

// TestMatchPhraseAgreesWithClean checks matchPhrase, which skips sets by
// the block's candidates, against clean.MatchPhrase on every line of the
// shipped text dumps and every phrase set.
func TestMatchPhraseAgreesWithClean(t *testing.T) {
	for _, doc := range testDumpDocs(t) {
		for _, b := range doc.Blocks {
			for _, set := range phraseSets {
				wantM, want := clean.MatchPhrase(set, b.Text)
				gotM, got := matchPhrase(b, set)
				require.Equal(t, want, got, "%s: %q in %s", doc.TitleLine, b.Text, set)
				assert.Equal(t, wantM, gotM)
			}
		}
	}
}

// TestNoCandidatesMatchesNoSet checks what matchPhrase's gate on a block
// with no phrase candidates assumes: no phrase set is a candidate of the
// empty set (each has a bit of its own).
func TestNoCandidatesMatchesNoSet(t *testing.T) {
	for _, set := range phraseSets {
		t.Run(string(set), func(t *testing.T) {
			assert.False(t, clean.PhraseCandidates(0).Has(set))
		})
	}
}

// TestPhraselessMatchesNothing checks phraseless against clean.MatchPhrase
// on every line of the shipped text dumps: a line it calls phraseless
// matches no set, and it calls most lines so.
func TestPhraselessMatchesNothing(t *testing.T) {
	none, other := 0, 0
	for _, doc := range testDumpDocs(t) {
		for _, b := range doc.Blocks {
			if !phraseless(b) {
				other++
				continue
			}
			none++
			for _, set := range phraseSets {
				_, ok := clean.MatchPhrase(set, b.Text)
				require.False(t, ok, "%s: %q in %s", doc.TitleLine, b.Text, set)
			}
		}
	}
	assert.Greater(t, none, other)
	assert.True(t, phraseless(&Block{Text: "A sentence of plain prose."}))
	assert.False(t, phraseless(&Block{Text: "Share this article"}))
}

// TestOneFieldAgreesWithFields checks oneField against strings.Fields on
// random texts of words, ASCII and other spaces and invalid bytes.
func TestOneFieldAgreesWithFields(t *testing.T) {
	pieces := []string{"a", "Di", "é", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\xff", "\xc3", "\u200b"}
	rng := rand.New(rand.NewPCG(16, 9))
	for range 20000 {
		s := randtext.Concat(rng, pieces, rng.IntN(7))
		require.Equal(t, len(strings.Fields(s)) == 1, oneField(s), "%q", s)
	}
}
