package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCandidates(t *testing.T) {
	tests := []struct {
		name string
		text string
		has  []PhraseSet
		not  []PhraseSet
	}{
		{"share prompt", "Share this article", []PhraseSet{PhraseShare}, []PhraseSet{PhraseNotAuthor}},
		{"anchored phrase at the start", "Share:", []PhraseSet{PhraseShare}, nil},
		{"no phrase word", "zzqx qqzz", nil, []PhraseSet{PhraseShare, PhraseNavigation, PhraseFooter}},
		{"a longer phrase's first two words", "So this website uses them", []PhraseSet{PhraseCookie}, nil},
		{"a longer phrase's first word alone", "This story was first told", nil, []PhraseSet{PhraseCookie}},
		{"empty", "", nil, []PhraseSet{PhraseShare}},
		{"too long", strings.Repeat("share this ", 200), nil, []PhraseSet{PhraseShare}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Candidates(FoldPhrase(tt.text))
			require.Equal(t, c, TextCandidates(tt.text))
			p := ProfilePhrases(tt.text)
			pc, ok := p.Candidates()
			require.True(t, ok)
			require.Equal(t, c, pc)
			for _, set := range tt.has {
				assert.True(t, c.Has(set), set)
			}
			for _, set := range tt.not {
				assert.False(t, c.Has(set), set)
			}
		})
	}
	assert.True(t, PhraseCandidates(0).Has("no such set"), "a set without a bit is always a candidate")
}

func TestMayMatch(t *testing.T) {
	tests := []struct {
		set  PhraseSet
		text string
		may  bool
	}{
		{PhraseByline, "By Jane Doe", true},
		{PhraseByline, "The minister said", false},
		{PhraseByline, "  ...The minister", false},
		{PhraseByline, "Über uns", true},         // not ASCII: cannot tell
		{PhraseShare, "The minister said", true}, // phrases anywhere: cannot tell
		{PhraseByline, "", false},
		{"no such set", "By", true},
	}
	for _, tt := range tests {
		t.Run(string(tt.set)+" "+tt.text, func(t *testing.T) {
			assert.Equal(t, tt.may, MayMatch(tt.set, tt.text))
		})
	}
}

// TestCandidatesNeverMissAMatch checks, over every line of the shipped
// dumps and every phrase's own text, that a set MatchFolded matches is
// always among the candidates.
func TestCandidatesNeverMissAMatch(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	require.NoError(t, err)
	var texts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, strings.Split(string(data), "\n")...)
	}
	for _, si := range phraseIndex() {
		for _, p := range si.phrases {
			texts = append(texts, p.text, "x "+p.text+" x")
		}
	}
	texts = append(texts, "", "  ", "Share:", "x "+strings.Repeat("share this ", 200), "Über: Teilen!", "© 2024 — all rights", "12 comments",
		"share "+strings.Repeat("x", 70), strings.Repeat("ü", 40)+" share", "Share "+strings.Repeat("ab ", 666)+"ab", "Share "+strings.Repeat("ab ", 666)+"abc",
		"Share "+strings.Repeat("ab ", 666)+"ab!", "’s share", "ẞ share")
	matched := 0
	for _, text := range texts {
		folded := FoldPhrase(text)
		c := Candidates(folded)
		require.Equal(t, c, TextCandidates(text), "%q", text)
		p := ProfilePhrases(text)
		pc, ok := p.Candidates()
		require.True(t, ok)
		require.Equal(t, c, pc, "%q", text)
		q := ProfileLine(text)
		require.Equal(t, p.Measure("en"), q.Measure("en"), "%q", text)
		_, ok = q.Candidates()
		require.False(t, ok)
		for set := range phraseTables {
			if _, ok := MatchFolded(set, folded); ok {
				matched++
				require.True(t, c.Has(set), "%s: %q", set, text)
				require.True(t, MayMatch(set, text), "%s: %q", set, text)
			}
		}
	}
	assert.Positive(t, matched)
}

func TestPhraseSetOf(t *testing.T) {
	for set := range phraseTables {
		require.Same(t, phraseIndex()[set], phraseSetOf(set), set)
		// The same name at another address.
		require.Same(t, phraseIndex()[set], phraseSetOf(PhraseSet(strings.Clone(string(set)))), set)
	}
	assert.Nil(t, phraseSetOf("no such set"))
	assert.Nil(t, phraseSetOf(""))
}

// TestHasBits checks that each phrase set, told by its name at any
// address, has a bit of its own in PhraseCandidates, and that a set the
// package does not know is always a candidate.
func TestHasBits(t *testing.T) {
	owner := map[int]PhraseSet{}
	for set := range phraseTables {
		for _, name := range []PhraseSet{set, PhraseSet(strings.Clone(string(set)))} {
			require.False(t, PhraseCandidates(0).Has(name), set)
			require.True(t, (^PhraseCandidates(0)).Has(name), set)
			bits := 0
			for k := range 64 {
				if (PhraseCandidates(1) << k).Has(name) {
					bits++
					if o, ok := owner[k]; ok {
						require.Equal(t, set, o, "bit %d given twice", k)
					}
					owner[k] = set
				}
			}
			require.Equal(t, 1, bits, set)
		}
	}
	assert.Len(t, owner, len(phraseTables))
	assert.True(t, phraseSetTable.placedApart(phraseSetTable.mult), "every set found by its address")
	assert.True(t, PhraseCandidates(0).Has("no such set"))
	assert.True(t, PhraseCandidates(0).Has(""))
	some := string(PhraseShare)
	assert.True(t, PhraseCandidates(0).Has(PhraseSet(some[:0])), "an empty name with bytes")
	assert.True(t, PhraseCandidates(0).Has(PhraseSet(some[1:])), "a name inside a set's")
}

// TestBufBit checks that bufBit, which reads a word in a candidateScan's
// buffer eight bytes at a time, agrees with candidateBit, for words and
// pairs of every length the buffer holds, after other bytes.
func TestBufBit(t *testing.T) {
	var buf scanBuffer
	for i := range buf {
		buf[i] = byte('a' + i%26)
	}
	for from := 0; from <= maxCandidateWord+1; from++ {
		for n := 1; from+n <= len(buf) && n <= maxCandidateWord+1+maxCandidateWord; n++ {
			if from+wordKeyBytes > len(buf) {
				continue
			}
			require.Equal(t, candidateBit(buf[from:from+n]), bufBit(&buf, from, n), "from %d, %d bytes", from, n)
		}
	}
	assert.NotEqual(t, candidateBit("read more"), candidateBit("read mire"), "the last bytes count")
}

// TestCandidatesDoesNotAllocate checks that Candidates, as documented,
// does not allocate, even for words and pairs longer than a conversion
// to bytes keeps on the stack.
func TestCandidatesDoesNotAllocate(t *testing.T) {
	folded := FoldPhrase("share this " + strings.Repeat("x", 80) + " and " + strings.Repeat("y", 40) + " follow us")
	Candidates(folded) // builds the tables
	assert.Zero(t, testing.AllocsPerRun(100, func() { Candidates(folded) }))
}

// TestCandidateKeys checks the key table of Candidates: every key of
// every phrase is found with the sets it starts a phrase in, at the
// start of a text and not, and words and pairs that are no key are not
// found.
func TestCandidateKeys(t *testing.T) {
	ix := candidateIndex()
	want := map[string]candidateMasks{}
	for set, si := range phraseIndex() {
		e := phraseSetTable.find(set)
		if e == nil || e.always {
			continue
		}
		for _, p := range si.phrases {
			m := want[phraseKey(p.text)]
			if p.start {
				m.start |= e.mask
			} else {
				m.anywhere |= e.mask
			}
			want[phraseKey(p.text)] = m
		}
	}
	require.Len(t, ix.keys, len(want))
	assert.LessOrEqual(t, 4*len(ix.keys), len(ix.slots), "at most a quarter full")
	for key, m := range want {
		got := ix.masks([]byte(key), candidateBit(key), true)
		require.Equal(t, m.start|m.anywhere, got, "%q at the start", key)
		require.Equal(t, m.anywhere, ix.masks([]byte(key), candidateBit(key), false), "%q", key)
		require.NotZero(t, got, "%q", key)
	}
	for _, w := range []string{"zzqx", "share thisx", "the", "qwertyuiopasdfgh", "read mor"} {
		if _, ok := want[w]; !ok {
			assert.Zero(t, ix.masks([]byte(w), candidateBit(w), true), "%q", w)
		}
	}
}
