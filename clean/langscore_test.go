package clean

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStopWeightsBounds checks the bounds stopScores' exact sums rely on.
func TestStopWeightsBounds(t *testing.T) {
	st := stopTables.get()
	for i, q := range index().words.postings {
		require.GreaterOrEqual(t, q.weight, float32(minStopWeight))
		require.Less(t, q.weight, float32(maxStopWeight))
		// Its weight in units, exactly, and its language.
		v := st.packed[i]
		require.Equal(t, float64(q.weight), float64(v>>24)*weightUnit)
		require.Equal(t, uint64(1), v>>8&0xffff)
		require.Equal(t, q.lang, uint8(v))
	}
}

// stopRefs returns the postingRefs of every stop word, in table order.
func stopRefs() []postingRef {
	var refs []postingRef
	for _, e := range index().words.entries {
		if e.tag != 0 {
			refs = append(refs, e.ref)
		}
	}
	return refs
}

// TestStopScoresOrderFree adds random stop word hits in three ways: one
// by one in order, one by one shuffled, and through a hitCounter. The
// sums, hit counts and languages touched must be the same.
func TestStopScoresOrderFree(t *testing.T) {
	table := stopTables.get()
	all := index().words.postings
	refs := stopRefs()
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 40, 300, 5000, 1 << 15} {
		t.Run("", func(t *testing.T) {
			// Few distinct words, so that they repeat and collide.
			pool := refs[:0:0]
			for range 1 + r.IntN(600) {
				pool = append(pool, refs[r.IntN(len(refs))])
			}
			hits := make([]postingRef, n)
			for i := range hits {
				hits[i] = pool[r.IntN(len(pool))]
			}
			var inOrder, shuffled, counted stopScores
			var sums [len(stoplists)]float64
			var counts [len(stoplists)]int32
			for _, h := range hits {
				inOrder.add(table, h, 1)
				for _, q := range h.of(all) {
					sums[q.lang] += float64(q.weight)
					counts[q.lang]++
				}
			}
			// Sums of at most 2^15 weights: exact in a float64 too.
			require.Equal(t, sums, sumsOf(&inOrder))
			for i, n := range counts {
				require.Equal(t, n, inOrder.hits(i))
			}
			r.Shuffle(len(hits), func(i, j int) { hits[i], hits[j] = hits[j], hits[i] })
			for _, h := range hits {
				shuffled.add(table, h, 1)
			}
			var c hitCounter
			c.count(&counted, table, hits[:n/2])
			c.count(&counted, table, hits[n/2:])
			c.flush(&counted, table)
			assert.Equal(t, inOrder, shuffled)
			assert.Equal(t, inOrder, counted)
		})
	}
}

// decideAll is stopScores.decide as DetectLanguage made it before it
// skipped the languages far behind: over every language, in float32.
func decideAll(ix *stopIndex, s *stopScores) (lang string, confidence float64) {
	var scores [len(stoplists)]float32
	best, second := -1, -1
	sums := sumsOf(s)
	for i := range scores {
		scores[i] = float32(sums[i]) * ix.prior[i]
		switch {
		case best < 0 || scores[i] > scores[best]:
			best, second = i, best
		case second < 0 || scores[i] > scores[second]:
			second = i
		}
	}
	if s.hits(best) < minStopHits || scores[best] <= scores[second] {
		return "", 0
	}
	confidence = float64((scores[best] - scores[second]) / scores[best])
	if s.hits(best) < fullConfidenceHits {
		confidence *= float64(s.hits(best)) / fullConfidenceHits
	}
	return stoplists[best].code, confidence
}

// sumsOf returns the scores of s as float64 sums, before the priors.
func sumsOf(s *stopScores) (sums [len(stoplists)]float64) {
	for i := range sums {
		sums[i] = float64(s.acc[i]>>16) * weightUnit
	}
	return sums
}

func TestStopScoresDecide(t *testing.T) {
	table := stopTables.get()
	refs := stopRefs()
	r := rand.New(rand.NewPCG(3, 4))
	// The real priors, and random ones down to 0.05, under which the
	// languages far behind may matter.
	real := index()
	low := *real
	decided := 0
	for _, n := range []int{0, 1, 2, 3, 8, 20, 100, 1000} {
		for range 300 {
			var s stopScores
			for range n {
				s.add(table, refs[r.IntN(len(refs))], 1)
			}
			for i := range low.prior {
				low.prior[i] = float32(0.05 + 0.95*r.Float64())
			}
			for _, ix := range []*stopIndex{real, &low} {
				wantLang, wantConf := decideAll(ix, &s)
				lang, conf := s.decide(ix)
				require.Equal(t, wantLang, lang)
				require.Equal(t, wantConf, conf)
				if lang != "" {
					decided++
				}
			}
		}
	}
	require.Greater(t, decided, 1000)
	// Two languages of prior 1, a and b, a first.
	a, b := -1, -1
	for i, p := range real.prior {
		switch {
		case p != 1:
		case a < 0:
			a = i
		case b < 0:
			b = i
		}
	}
	require.Positive(t, b)
	// A tie between them decides nothing.
	var s stopScores
	s.acc[a] = int64(3/weightUnit)<<16 | 2
	s.acc[b] = s.acc[a]
	lang, conf := s.decide(real)
	assert.Equal(t, "", lang)
	assert.Zero(t, conf)
	// A language alone wins over the others, which score 0.
	s.acc[b] = 0
	lang, conf = s.decide(real)
	assert.Equal(t, stoplists[a].code, lang)
	assert.Equal(t, 0.25, conf)
	// Under a prior of 0.1, the second highest sum is no runner-up: a
	// language under half of it is.
	low = *real
	low.prior[b] = 0.1
	s.acc[b] = int64(3/weightUnit)<<16 | 2
	s.acc[b+1] = int64(1/weightUnit)<<16 | 2
	low.prior[b+1] = 1
	lang, conf = s.decide(&low)
	assert.Equal(t, stoplists[a].code, lang)
	assert.InDelta(t, 2.0/3*0.25, conf, 1e-6)
}

// TestMayDetectOtherBounds checks MayDetectOther against DetectProfiles
// on the shipped dumps' lines and on random runs of stop words of two
// languages: when it answers false, the detection gives the language or
// a lower confidence. It must answer false often enough to be of use.
func TestMayDetectOtherBounds(t *testing.T) {
	texts := profileTexts(t)
	rng := rand.New(rand.NewPCG(5, 12))
	langs := Languages()
	for range 2000 {
		// Mostly one language's stop words, some of another's.
		a := strings.Fields(stoplists[rng.IntN(len(stoplists))].words)
		b := strings.Fields(stoplists[rng.IntN(len(stoplists))].words)
		var sb strings.Builder
		for range 5 + rng.IntN(60) {
			w := a[rng.IntN(len(a))]
			if rng.IntN(4) == 0 {
				w = b[rng.IntN(len(b))]
			}
			sb.WriteString(w)
			sb.WriteByte(' ')
		}
		texts = append(texts, sb.String())
	}
	certain := 0
	for _, s := range texts {
		p := ProfileLine(s)
		got, conf, ok := DetectProfiles([]*LineProfile{&p})
		require.True(t, ok)
		for _, lang := range append([]string{got, "en", "de", "fr"}, langs[rng.IntN(len(langs))]) {
			for _, min := range []float64{0.1, 0.3, 0.6} {
				if lang == "" || p.MayDetectOther(lang, min) {
					continue
				}
				certain++
				if got != lang {
					require.Less(t, conf, min, "%s %.1f %q", lang, min, s)
				}
			}
		}
	}
	assert.Greater(t, certain, len(texts)/4)
	p := ProfileLine("the cat and the dog")
	for _, lang := range []string{"EN", "en-US", "xx", ""} {
		assert.True(t, p.MayDetectOther(lang, 0.3), lang) // codes only
	}
	assert.True(t, p.MayDetectOther("en", 0))
	assert.True(t, p.MayDetectOther("en", 1))
	cjk := ProfileLine("東京は日本の首都です the of and")
	assert.True(t, cjk.MayDetectOther("en", 0.3))
}

// refMayDetectOther is MayDetectOther written plainly, from each stop
// word's postings: lang's weights against the highest of the others'.
func refMayDetectOther(p *LineProfile, lang string, minConfidence float64) bool {
	li := -1
	for i, l := range stoplists {
		if l.code == lang {
			li = i
		}
	}
	if li < 0 || !(minConfidence > 0 && minConfidence < 1) ||
		int(p.size) > MaxDetectBytes || p.script.han+p.script.kana+p.script.hangul+p.script.thai >= 2 {
		return true
	}
	var own, bound float64 // in boundUnits, own rounded down, bound up
	for _, h := range p.hits {
		var most float64
		for _, q := range h.of(index().words.postings) {
			u := float64(q.weight) / boundUnit
			if int(q.lang) == li {
				own += math.Floor(u)
			} else {
				most = max(most, math.Ceil(u))
			}
		}
		bound += most
	}
	ownScore := own * boundUnit * float64(index().prior[li])
	return ownScore <= (1-minConfidence)*bound*boundUnit*(1+1e-4)
}

// TestMayDetectOtherReference checks MayDetectOther against
// refMayDetectOther on the shipped dumps' lines and random runs of stop
// words, in every language, and codeIndex on every code and a few that
// are none.
func TestMayDetectOtherReference(t *testing.T) {
	texts := profileTexts(t)
	rng := rand.New(rand.NewPCG(7, 8))
	for range 500 {
		var sb strings.Builder
		for range 1 + rng.IntN(40) {
			words := strings.Fields(stoplists[rng.IntN(len(stoplists))].words)
			sb.WriteString(words[rng.IntN(len(words))])
			sb.WriteByte(' ')
		}
		texts = append(texts, sb.String())
	}
	langs := append(Languages(), "", "xx", "EN", "en-US", "e", "zzz")
	for _, s := range texts {
		p := ProfileLine(s)
		for _, lang := range []string{langs[rng.IntN(len(langs))], "en", "de", "fr"} {
			for _, min := range []float64{0, 0.1, 0.3, 0.6, 1} {
				require.Equal(t, refMayDetectOther(&p, lang, min), p.MayDetectOther(lang, min), "%s %.1f %q", lang, min, s)
			}
		}
	}
	for _, lang := range langs {
		li, ok := codeIndex(lang)
		want := slices.IndexFunc(stoplists[:], func(l stoplist) bool { return l.code == lang })
		require.Equal(t, want >= 0, ok, lang)
		if ok {
			require.Equal(t, want, li, lang)
		}
	}
}
