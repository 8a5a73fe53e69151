package extract

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/clean"
)

// allPhraseSets are the sets of the clean package, for the gate tests.
var allPhraseSets = []clean.PhraseSet{clean.PhraseNavigation, clean.PhraseTags, clean.PhraseShare,
	clean.PhraseNewsletter, clean.PhraseCookie, clean.PhraseModeration, clean.PhraseRelated,
	clean.PhraseFooter, clean.PhraseEnd, clean.PhraseCredit, clean.PhraseByline, clean.PhraseDateline,
	clean.PhraseComments, clean.PhraseAd, clean.PhrasePaywall, clean.PhraseAuthorBio,
	clean.PhraseNotAuthor, clean.PhraseRole, clean.PhrasePostMeta, clean.PhraseAffiliate}

// TestPhraseGateAgreesWithMatchPhrase checks, for every set and every
// line of the test dumps (plus texts built to match), that a gate's
// match gives matchPhrase's answer, and that ruledOut turns away only
// blocks that matchPhrase does not match.
func TestPhraseGateAgreesWithMatchPhrase(t *testing.T) {
	texts := []string{"Share this article", "Skip to content", "We use cookies to improve your experience",
		"Tags:", "Related articles", "Subscribe to our newsletter", "© 2024 All rights reserved", "", "x"}
	for _, doc := range testDumpDocs(t) {
		for _, b := range doc.Blocks {
			texts = append(texts, b.Text)
		}
	}
	matched := 0
	for _, set := range allPhraseSets {
		g := newPhraseGate(set)
		for _, text := range texts {
			// Blocks with their candidates found by the text front end
			// (profiled) and by TextCandidates (fresh), and one whose
			// candidates are not found yet (ruledOut must let it through).
			fresh := &Block{Text: text}
			want, wantOK := matchPhrase(fresh, set)
			got, gotOK := g.match(&Block{Text: text})
			require.Equal(t, wantOK, gotOK, "%s %q", set, text)
			require.Equal(t, want, got, "%s %q", set, text)
			if g.ruledOut(fresh) {
				require.False(t, wantOK, "%s %q", set, text)
			}
			assert.False(t, g.ruledOut(&Block{Text: text}), "candidates not found yet")
			if wantOK {
				matched++
			}
		}
	}
	assert.Greater(t, matched, 100, "the texts match some sets")
}

// TestPhraseGateProfiledBlocks checks the gates on the blocks of a text
// document, whose candidates come from their line profiles.
func TestPhraseGateProfiledBlocks(t *testing.T) {
	docs := testDumpDocs(t)
	for _, doc := range docs[:min(len(docs), 20)] {
		for _, set := range allPhraseSets {
			g := newPhraseGate(set)
			for _, b := range doc.Blocks {
				want, wantOK := matchPhrase(b, set)
				if g.ruledOut(b) {
					require.False(t, wantOK, "%s %q", set, b.Text)
					continue
				}
				got, gotOK := g.match(b)
				require.Equal(t, wantOK, gotOK, "%s %q", set, b.Text)
				require.Equal(t, want, got, "%s %q", set, b.Text)
			}
		}
	}
}

// TestGateOf checks that a phrase rule's set is found in ruleGates and
// that another set gets a gate of its own, equal to a new one.
func TestGateOf(t *testing.T) {
	assert.Equal(t, newPhraseGate(clean.PhraseShare), gateOf(clean.PhraseShare))
	assert.Equal(t, newPhraseGate(clean.PhraseCredit), gateOf(clean.PhraseCredit))
	assert.Equal(t, clean.PhraseCredit, gateOf(clean.PhraseCredit).set)
}

// TestPromptGates checks the gates that Paywall, Comments and Ads test
// before their prompts, on the blocks of the test dumps: a block they
// skip is one whose prompt test finds nothing, as the old path did.
func TestPromptGates(t *testing.T) {
	found := map[string]int{}
	for _, doc := range testDumpDocs(t) {
		first, last := doc.CoreBounds()
		for _, b := range doc.Blocks {
			paywall, comments := paywallPrompt(b), commentPrompt(b)
			ad := adLabel(b) + affiliateDisclosure(doc, b, first, last)
			if phraseless(b) || gatePaywall.ruledOut(b) {
				require.Empty(t, paywall, "%q", b.Text)
			}
			if phraseless(b) || gateComments.ruledOut(b) {
				require.Empty(t, comments, "%q", b.Text)
			}
			if phraseless(b) || gateAd.ruledOut(b) && gateAffiliate.ruledOut(b) {
				require.Empty(t, ad, "%q", b.Text)
			}
			for kind, ev := range map[string]string{"paywall": paywall, "comments": comments, "ad": ad} {
				if ev != "" {
					found[kind]++
				}
			}
		}
	}
	assert.Positive(t, found["comments"], "the dumps hold comment prompts")
	assert.Positive(t, found["ad"], "the dumps hold ad labels")
}

// TestSameBlocks checks sameBlocks against slices.Equal.
func TestSameBlocks(t *testing.T) {
	a, b, c := &Block{Text: "a"}, &Block{Text: "b"}, &Block{Text: "c"}
	tests := []struct {
		name string
		x, y []*Block
	}{
		{"both nil", nil, nil},
		{"nil and empty", nil, []*Block{}},
		{"equal", []*Block{a, b, c}, []*Block{a, b, c}},
		{"one replaced", []*Block{a, b, c}, []*Block{a, c, c}},
		{"last replaced", []*Block{a, b, c}, []*Block{a, b, b}},
		{"shorter", []*Block{a, b, c}, []*Block{a, b}},
		{"longer", []*Block{a}, []*Block{a, a}},
		{"nil block", []*Block{a, nil}, []*Block{a, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, slices.Equal(tt.x, tt.y), sameBlocks(tt.x, tt.y))
			assert.Equal(t, slices.Equal(tt.x, tt.y), sameBlocks(slices.Clone(tt.y), tt.x))
		})
	}
}

// TestPhraseBlocksLeavesOnlyPhraseless checks, on every test dump, that
// phraseBlocks lists in order every block the old loops read (all but the
// phraseless lines of at most phraseListWords words without DOM
// evidence), that it is found again when a user extractor replaces a
// block, and that no phrase rule takes more words than it tests.
func TestPhraseBlocksLeavesOnlyPhraseless(t *testing.T) {
	for _, doc := range testDumpDocs(t) {
		var want []*Block
		for _, b := range doc.Blocks {
			if b.DOM != nil || b.Features.Words > phraseListWords || !phraseless(b) {
				want = append(want, b)
			}
		}
		require.Equal(t, want, doc.phraseBlocks(), doc.TitleLine)
		require.Less(t, len(want), len(doc.Blocks), doc.TitleLine)

		// A user extractor swaps a phraseless line for a share prompt.
		i := slices.IndexFunc(doc.Blocks, func(b *Block) bool { return phraseless(b) && b.Features.Words <= phraseListWords })
		require.GreaterOrEqual(t, i, 0, doc.TitleLine)
		prompt := &Block{Index: i, Text: "Share this article", Role: RoleBody, Features: clean.Measure("Share this article", "en")}
		doc.Blocks[i] = prompt
		assert.Contains(t, doc.phraseBlocks(), prompt, doc.TitleLine)
		require.NoError(t, Share.Extract(doc))
		assert.True(t, prompt.Removed(), doc.TitleLine)
	}
	for _, r := range []Extractor{Share, Newsletter, Cookies, Moderation, Footer} {
		assert.LessOrEqual(t, r.(phraseRule).maxWords, phraseListWords, r.(phraseRule).name)
	}
	assert.LessOrEqual(t, Related.(relatedExtractor).maxWords, phraseListWords)
	assert.LessOrEqual(t, menuItemWords+2, phraseListWords)
}

// TestPhraseBlocksAfterUserCode checks, on every test dump, that the
// phrase list a pipeline's built-in extractors take without checking it
// is found again after code of the caller's changed Document.Blocks:
// between two runs, in an extractor of its own between built-in ones, and
// in one that calls built-in extractors itself.
func TestPhraseBlocksAfterUserCode(t *testing.T) {
	// swap replaces doc's first phraseless line by a share prompt.
	swap := func(t *testing.T, doc *Document) *Block {
		i := slices.IndexFunc(doc.Blocks, func(b *Block) bool {
			return !b.Removed() && phraseless(b) && b.Features.Words <= phraseListWords
		})
		require.GreaterOrEqual(t, i, 0, doc.TitleLine)
		prompt := &Block{Index: i, Text: "Share this article", Role: RoleBody, Features: clean.Measure("Share this article", "en")}
		doc.Blocks[i] = prompt
		return prompt
	}
	tests := []struct {
		name string
		run  func(t *testing.T, doc *Document) *Block
	}{
		{"between runs", func(t *testing.T, doc *Document) *Block {
			_, err := New(WithExtractors(Ads)).run(t.Context(), doc)
			require.NoError(t, err)
			prompt := swap(t, doc)
			_, err = New(WithExtractors(Ads, Share)).run(t.Context(), doc)
			require.NoError(t, err)
			return prompt
		}},
		{"between built-in extractors", func(t *testing.T, doc *Document) *Block {
			var prompt *Block
			user := ExtractorFunc(func(doc *Document) error { prompt = swap(t, doc); return nil })
			_, err := New(WithExtractors(Ads, user, Share)).run(t.Context(), doc)
			require.NoError(t, err)
			return prompt
		}},
		{"calling built-in extractors", func(t *testing.T, doc *Document) *Block {
			var prompt *Block
			user := ExtractorFunc(func(doc *Document) error {
				if err := Ads.Extract(doc); err != nil {
					return err
				}
				prompt = swap(t, doc)
				return Share.Extract(doc)
			})
			_, err := New(WithExtractors(Comments, user)).run(t.Context(), doc)
			require.NoError(t, err)
			return prompt
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, doc := range testDumpDocs(t) {
				prompt := tt.run(t, doc)
				require.True(t, prompt.Removed(), doc.TitleLine)
				assert.Equal(t, "share", prompt.removal.Kind, doc.TitleLine)
			}
		})
	}
}

// TestKeepsBlocks checks that the default extractors are taken for the
// package's and that a user's, or a built-in one wrapped, is not.
func TestKeepsBlocks(t *testing.T) {
	for _, e := range DefaultExtractors() {
		assert.True(t, keepsBlocks(e), extractorName(e, 0))
	}
	assert.False(t, keepsBlocks(Named("share", Share)))
	assert.False(t, keepsBlocks(ExtractorFunc(func(*Document) error { return nil })))
	assert.False(t, keepsBlocks(SiteTemplate(&SiteProfile{})))
}
