package extract

import (
	"os"
	"path/filepath"
	"testing"

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
