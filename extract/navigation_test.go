package extract

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNavigation(t *testing.T) {
	tests := []struct {
		name          string
		lang          string
		before, after []string
		want          map[string]string
	}{
		{"menu run before the article (en)", "en", []string{"Home", "World", "U.S.", "Politics"}, nil,
			map[string]string{"Home": "navigation", "World": "navigation", "Politics": "navigation"}},
		{"skip link (fr)", "fr", []string{"Aller au contenu principal"}, nil, map[string]string{"Aller au contenu principal": "navigation"}},
		{"skip link (sv)", "sv", []string{"Hoppa till innehåll"}, nil, map[string]string{"Hoppa till innehåll": "navigation"}},
		{"menu run after the article (de)", "de", nil, []string{"Impressum", "Kontakt", "Datenschutz"},
			map[string]string{"Impressum": "navigation", "Kontakt": "navigation"}},
		{"two short lines are no menu (es)", "es", []string{"Política", "Economía"}, nil,
			map[string]string{"Política": "", "Economía": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runExtractors(t, testDump("T", tt.lang, tt.before, tt.after), Navigation)
			assertKinds(t, doc, tt.want)
		})
	}
	t.Run("a short list inside the core is content", func(t *testing.T) {
		b := testBodies["en"]
		dump := "T\n" + b[0] + "\nApples\nPears\nPlums\nCherries\n" + b[1] + "\n" + b[2]
		doc := runExtractors(t, dump, Navigation)
		for _, item := range []string{"Apples", "Pears", "Plums", "Cherries"} {
			assert.Empty(t, kindOf(t, doc, item))
		}
	})
	t.Run("evidence names the run", func(t *testing.T) {
		doc := runExtractors(t, testDump("T", "en", []string{"World", "Sport", "Culture"}, nil), Navigation)
		require.NotNil(t, doc.Blocks[1].Removal())
		assert.Equal(t, "menu run of 3 short lines before the article", doc.Blocks[1].Removal().Evidence)
	})
}

// TestMenuRunEvidenceAgreesWithJoin checks the table of menu-run evidence
// against the string built anew, within the table and beyond it, and for
// a place removeRuns does not give.
func TestMenuRunEvidenceAgreesWithJoin(t *testing.T) {
	var a evidenceArena
	for _, where := range []string{"before the article", "after the article", "elsewhere"} {
		for n := range 2 * menuRunTable {
			want := "menu run of " + strconv.Itoa(n) + " short lines " + where
			require.Equal(t, want, menuRunEvidence(menuRuns(), &a, n, where))
		}
	}
}

// removeRunsRef is removeRuns as first written, gathering each run's
// blocks: the reference of TestRemoveRunsSpans.
func removeRunsRef(doc *Document, maxWords, minRun int, remove func(run []*Block, where string)) {
	_, last := doc.CoreBounds()
	core := doc.coreFlags()
	var run []*Block
	runAfter := false
	flush := func() {
		if len(run) >= minRun {
			where := "before the article"
			if runAfter {
				where = "after the article"
			}
			remove(run, where)
		}
		run = nil
	}
	for _, b := range doc.Blocks {
		switch {
		case b.Removed():
		case b.Role == RoleBody && !core[b.Index] && b.Features.Words <= maxWords:
			after := last >= 0 && b.Index > last
			if len(run) > 0 && runAfter != after {
				flush()
			}
			runAfter = after
			run = append(run, b)
		default:
			flush()
		}
	}
	flush()
}

// TestRemoveRunsSpans checks that the blocks of each span removeRuns
// gives that are not removed are the run removeRunsRef gathers, and that
// it counts them, on random dumps of short and long lines with lines
// removed or given a role before.
func TestRemoveRunsSpans(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 4))
	b := testBodies["en"]
	short := []string{"Home", "World news", "Sport and more today", "Culture", "A b c d e f g h"}
	for range 300 {
		lines := []string{"Title"}
		for range rng.IntN(40) {
			if rng.IntN(6) == 0 {
				lines = append(lines, b[rng.IntN(len(b))])
			} else {
				lines = append(lines, short[rng.IntN(len(short))]+" "+strconv.Itoa(rng.IntN(1000)))
			}
		}
		doc, err := NewTextDocument(strings.Join(lines, "\n"))
		require.NoError(t, err)
		for _, blk := range doc.Blocks {
			switch rng.IntN(8) {
			case 0:
				doc.Remove(blk, "test", "random")
			case 1:
				blk.Role = RoleKicker
			}
		}
		type run struct {
			blocks []*Block
			where  string
		}
		var want, got []run
		removeRunsRef(doc, menuItemWords+2, menuMinRun, func(r []*Block, where string) {
			want = append(want, run{r, where})
		})
		removeRuns(doc, menuItemWords+2, menuMinRun, func(span []*Block, n int, where string) {
			var kept []*Block
			for _, blk := range span {
				if !blk.Removed() {
					kept = append(kept, blk)
				}
			}
			require.Len(t, kept, n)
			got = append(got, run{kept, where})
		})
		require.Equal(t, want, got)
	}
}
