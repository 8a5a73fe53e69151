package clean

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// proseLine returns a line of n words of plain prose, as candidateScan.prose
// reads it, with its exits: stop words of some languages, words that start
// phrases or pairs, long words, capitals, punctuation, and now and then
// what ends a run (an apostrophe, a digit or a run of them, a letter
// beyond ASCII, a double space, a tab).
func proseLine(r *rand.Rand, n int) string {
	words := []string{
		"the", "of", "and", "a", "to", "in", "is", "it", "le", "la", "de", "et", "und", "der", "die", "el",
		"los", "que", "het", "och", "share", "this", "read", "more", "all", "rights", "reserved", "sign",
		"up", "follow", "us", "related", "articles", "advertisement", "cookie", "cookies", "newsletter",
		"internationalisation", "nevertheless", "considerably", "notwithstanding", "abcdefgh", "abcdefghi",
		strings.Repeat("w", 64), strings.Repeat("x", 65), "The", "Share", "Read", "I", "Nevertheless",
		"cat", "dog", "sat", "on", "mat", "news", "world", "sport", "weather", "copyright",
		"article", "continues", "articles", "similaires", "aucun", "commentaire", "cookie", "einstellungen",
		// Two-byte letters inside words, which prose reads, and others
		// it leaves: capitals, marks, symbols, spaces, Greek, Cyrillic.
		"für", "während", "más", "también", "não", "på", "för", "så", "straße", "déjà", "réglementation",
		"informações", "española", "año", "Müller", "Für", "mÜller", "naïve", "cœur", "øre", "été", "où",
		"cafe\u0301s", "a\u00a0b", "a\u00adb", "x§y", "a·b", "lʼa", "aʼ", "αβγ", "aβγ", "дом", "aд",
		"informações", "edição", "schriftgröße", "vergrößern", "гость", "Гость", "фото", "Фото", "архив",
		"источник", "пользователь", "что", "это", "как", "она", "они", "Что", "του", "και", "στο", "это’",
		"aé", "aéé", "aéaéaéaéaéaéaéaéaéaé", strings.Repeat("é", 40), "a" + strings.Repeat("é", 31),
		"a" + strings.Repeat("é", 32), "abcdefgé", "abcdefghé", "aébcdefgh", "i\u0307x", "aǅb", "aǆb",
		// Capitals inside ASCII words, which profileLine reads whole up
		// to seven letters, stop words among them.
		"BBC", "USA", "THE", "OF", "DE", "LA", "iPhone", "aB", "TikTok", "YouTube", "McDonald", "ABCDEFG",
		"ABCDEFGH", "aBCDEFGHI", "NEVERTHELESS", "Nevertheless", "ShARE", "COVID19", "aBc’s", "ABC'S",
		// Apostrophes inside words, which profileLine reads whole when
		// both runs are of eight or fewer letters, the second lower case.
		"don't", "don’t", "It’s", "it's", "l'homme", "aujourd’hui", "O’Brien", "d’Ivoire", "rock’n’roll",
		"can’t", "abcdefgh’s", "abcdefghi’s", "x’abcdefgh", "x’abcdefghi", "that's", "iPhone’s", "D'un",
		"a'b", "a’", "a’2", "a'é", "a’\u00a0b", "l’un", "qu’il", "s’est", "dell’anno", "c’è",
		"s'abonner", "j’accepte", "editor's", "Editor’s", "picks", "don't", "Don’t", "miss", "n'engagent", "que",
		"leur", "auteur", "l'article", "L’article", "ci", "dessous", "you've", "reached", "your", "free",
		"limit", "l’auteur", "sull'autore", "l'autore",
	}
	seps := []string{" ", " ", " ", " ", " ", ", ", ". ", "; ", "! ", ": ", ") ", " (", ",", ".", "' ", "'s ", "’ ", "2 ", " 1", "é ", "ü. ", "ß", "É ", "  ", "\t", "-", " \"", "\" ", " 2024 ", "12:30", "99"}
	var b strings.Builder
	for range n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteString(seps[r.IntN(len(seps))])
	}
	return strings.TrimRight(b.String(), " ")
}

// stopHits returns the postings of the stop words of s, in order, as the
// stop word tokenizer splits it: what a profile's hits must hold.
func stopHits(s string) []postingRef {
	table := &index().words
	var hits []postingRef
	var t tokenizer
	t.reset(s)
	for {
		w, ok := t.next()
		if !ok {
			return hits
		}
		if slot, ok := table.slot(w); ok {
			hits = append(hits, table.entries[slot].ref)
		}
	}
}

// TestProseRandom checks ProfilePhrases, ProfileLine and Profiler.Line,
// which read runs of plain prose with candidateScan.prose, against the
// functions they stand for, on random prose.
func TestProseRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 4000 {
		n := 1 + r.IntN(30)
		if r.IntN(8) == 0 {
			n = 250 + r.IntN(150) // about maxPhraseText bytes
		}
		checkProseLine(t, proseLine(r, n))
	}
}

// TestProseSize checks proseSize, on the runs candidateScan.prose reads
// of random prose, against the size of the folded run and its last
// space.
func TestProseSize(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	runs := 0
	for range 6000 {
		line := proseLine(r, 1+r.IntN(30))
		if len(line) < 8 || line[0]|0x20-'a' >= 26 {
			continue
		}
		cs := candidateScan{space: true, ix: candidateIndex(), words: &index().words, bits: proseTables.get()}
		cs.hits = make([]postingRef, 0, len(line))
		end, acc := cs.prose(line, 0)
		if end == 0 {
			continue
		}
		runs++
		run := line[:end]
		require.Equal(t, len(FoldPhrase(run))+1, proseSize(run, acc), "%q", run)
	}
	require.Greater(t, runs, 1000)
}

// TestProseRandomLatin checks the profiles, as TestProseRandom does, on
// lines of random words of lower-case ASCII letters mixed with random
// runes of two bytes (letters of cs.letters and not), capitals, a broken
// sequence, the curly apostrophe, at every place, the line end among
// them.
func TestProseRandomLatin(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 4000 {
		var b strings.Builder
		for n := 1 + r.IntN(12); n > 0; n-- {
			for m := 1 + r.IntN(14); m > 0; m-- {
				switch x := r.IntN(20); {
				case x < 12:
					b.WriteByte(byte('a' + r.IntN(26)))
				case x < 17:
					b.WriteRune(rune(0x80 + r.IntN(0x800-0x80)))
				case x == 17:
					b.WriteString([]string{"é", "ü", "ß", "ø", "ç", "ñ"}[r.IntN(6)])
				case x == 18:
					b.WriteByte(byte('A' + r.IntN(26)))
				default:
					b.WriteString([]string{"\xc3", "’", "'", "\xc3\xa9"[:1+r.IntN(2)]}[r.IntN(4)])
				}
			}
			b.WriteString([]string{" ", " ", " ", ", ", ". ", ","}[r.IntN(6)])
		}
		checkProseLine(t, strings.TrimRight(b.String(), " "))
	}
}

// TestProseRandomThreeBytes checks the profiles, as TestProseRandom
// does, on lines of words mixed with runes of three bytes, which
// profileLine decodes inline from their first byte (curly quotes, dashes,
// CJK, the replacement character), and with sequences it must leave to
// the decoder: cut short, overlong, surrogates.
func TestProseRandomThreeBytes(t *testing.T) {
	pieces := []string{
		"the", "word", "Share", "it", " ", " ", " ", ", ", ".", "1", "’", "“", "”", "–", "—", "…", "中文", "日本",
		"한국", "\ufffd", "\u2028", "\u200b", "\u3000", "\ue000", "\uffff", "\xe2\x80", "\xe2", "\xe2\x80x",
		"\xe0\xa0\x80", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\x9f\xbf", "\xed\xa0\x80", "\xef\xbf\xbd",
		"\xe1\x80\x80", "\xec\xbf\xbf", "\xee\x80\x80", "\xef\xbf\xbf", "\xe5\xc0\x80", "\xe5\x80\xc0",
	}
	r := rand.New(rand.NewPCG(9, 10))
	for range 4000 {
		var b strings.Builder
		for n := 1 + r.IntN(16); n > 0; n-- {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkProseLine(t, strings.TrimRight(b.String(), " "))
	}
}

// TestProseTable checks the bits of both proseTables against the stop
// word filter and the candidate tables they stand for, and proseFilter
// and proseStop against filterBit, for every candidate bit, and that
// every long stop word has its proseLong bit.
func TestProseTable(t *testing.T) {
	words := &index().words
	for _, tc := range []struct {
		name  string
		table *proseTable
		ix    *candidateTable
	}{
		{"phrases", proseTables.get(), candidateIndex()},
		{"no phrases", proseWordTables.get(), &noCandidates},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for b := range uint64(candidateBits) {
				v := tc.table[b]
				require.Equal(t, tc.ix.mayStart[b/64]&(1<<(b%64)) != 0, v&proseMayStart != 0, "%d", b)
				require.Equal(t, tc.ix.pairFirst[b/64]&(1<<(b%64)) != 0, v&prosePairFirst != 0, "%d", b)
				either := false
				for fb := 2 * b; fb < 2*b+2; fb++ {
					in := words.filter[fb/64]&(1<<(fb%64)) != 0
					require.Equal(t, in, proseFilter(v, fb), "%d", fb)
					either = either || in
				}
				require.Equal(t, either, v&proseStop != 0, "%d", b)
			}
			long := 0
			for i, e := range words.entries {
				if n := int(e.tag & 0xff); n > wordKeyBytes && n <= maxWordBytes {
					w := words.longWord(uint64(i), n)
					require.NotZero(t, tc.table[candidateBit(w)]&proseLong, "%q", w)
					long++
				}
			}
			require.Greater(t, long, 100)
			set := 0
			for _, v := range tc.table {
				if v&proseLong != 0 {
					set++
				}
			}
			require.LessOrEqual(t, set, long, "proseLong is set only for long stop words")
		})
	}
}

// TestProseSeps checks proseSeps against the classes of asciiFold and
// asciiProps it stands for, for every byte.
func TestProseSeps(t *testing.T) {
	for c := range 256 {
		want := uint8(sepStop)
		switch {
		case c == ' ':
			want = sepSpace
		case c >= utf8.RuneSelf:
		case asciiFold[c] == foldSpace && asciiProps[c]&asciiControl == 0 && !unicode.IsSpace(rune(c)):
			want = sepPunct
		}
		require.Equal(t, want, proseSeps[c], "%q", rune(c))
	}
	require.Equal(t, uint8(sepPunct), proseSeps[','])
	require.Equal(t, uint8(sepStop), proseSeps['a'])
	require.Equal(t, uint8(sepStop), proseSeps['\t'])
}

// TestPutWide checks the length and the long flag a token has after
// tokenScan.putWide, about the end of the buffer.
func TestPutWide(t *testing.T) {
	for _, tc := range []struct {
		n, run   int // the token's bytes, the run's
		wantN    int
		wantLong bool
	}{
		{n: 1, run: 2, wantN: 3},
		{n: 3, run: 58, wantN: 61},
		{n: 4, run: 58, wantN: 62},
		{n: 5, run: 58, wantN: 5, wantLong: true},
		{n: 60, run: 2, wantN: 62},
		{n: 61, run: 2, wantN: 61, wantLong: true},
	} {
		t.Run(fmt.Sprint(tc.n, "+", tc.run), func(t *testing.T) {
			tok := tokenScan{n: tc.n, inToken: true}
			run := strings.Repeat("ж", tc.run/2)
			tok.putWide(run)
			assert.Equal(t, tc.wantN, tok.n)
			assert.Equal(t, tc.wantLong, tok.long)
			if !tc.wantLong {
				assert.Equal(t, run, string(tok.buf[tc.n:tok.n]))
			}
		})
	}
}

// TestProseLetters checks the set of two-byte letters prose reads.
func TestProseLetters(t *testing.T) {
	set := wideLetters()
	in := func(r rune) bool { return set.has(wideBits(string(r), 0)) }
	for _, r := range "éüßøçñåœαдя" {
		assert.True(t, in(r), "%q", r)
	}
	for _, r := range "ÉÜÇΑДǅ\u00a0\u00ad§·ʼ\u0301\u0307" {
		assert.False(t, in(r), "%q", r)
	}
	// Each bit is the two bytes of a lower-case letter, and no more.
	n := 0
	for v := range uint(1 << 16) {
		if !set.has(v) {
			continue
		}
		n++
		r, size := utf8.DecodeRuneInString(string([]byte{byte(v), byte(v >> 8)}))
		require.Equal(t, 2, size, "%#x", v)
		require.True(t, unicode.IsLower(r) && unicode.ToLower(r) == r, "%q", r)
	}
	assert.Greater(t, n, 400)
}

// checkProseLine checks ProfilePhrases, ProfileLine and Profiler.Line of
// s against the functions they stand for.
func checkProseLine(t *testing.T, s string) {
	t.Helper()
	p := ProfilePhrases(s)
	cands, ok := p.Candidates()
	require.True(t, ok)
	require.Equal(t, Candidates(FoldPhrase(s)), cands, "%q", s)
	if want := stopHits(s); len(want) > 0 || len(p.hits) > 0 {
		require.Equal(t, want, p.hits, "%q", s)
	}
	for _, lang := range []string{"en", "fr", "de"} {
		require.Equal(t, Measure(s, lang), p.Measure(lang), "%q", s)
		require.Equal(t, StopwordDensity(s, lang), p.Density(lang), "%q", s)
	}
	q := ProfileLine(s) // without the phrases
	if want := stopHits(s); len(want) > 0 || len(q.hits) > 0 {
		require.Equal(t, want, q.hits, "%q", s)
	}
	require.Equal(t, Measure(s, "en"), q.Measure("en"), "%q", s)
	var pr Profiler
	text, lp := pr.Line(s)
	requireLineResult(t, s, text, lp)
}

// TestProseRandomWide checks the profiles, as TestProseRandom does, on
// lines of Cyrillic and Greek words, which profileLine reads whole when
// they are made of wideLetters and a word break follows: stop words,
// phrase keys (one word, short and long, and a pair anchored at the
// start), capitals, words about the token's and the candidate's longest,
// ASCII words, apostrophes (’ and '), digits and other runes around them.
func TestProseRandomWide(t *testing.T) {
	words := []string{
		"и", "в", "не", "на", "что", "это", "как", "он", "она", "они", "και", "το", "της", "να", "ο", "η",
		"фото", "источник", "гость", "аноним", "администратор", "админ", "личный", "архив", "марта", "мая",
		"января", "сентябрь", "дек", "Фото", "Личный", "Что", "Και", "фОто", "новости", "пользователь",
		"αθήνα", "ειδήσεις", "σχόλια", strings.Repeat("ж", 3), strings.Repeat("ж", 4), strings.Repeat("ж", 5),
		strings.Repeat("ж", 30), strings.Repeat("ж", 31), strings.Repeat("ж", 32), strings.Repeat("ж", 33),
		"the", "of", "Share", "iPhone", "BBC", "don’t", "it's", "жa", "aж", "ж’ж", "ж'ж", "ж\u0301", "éж",
	}
	seps := []string{" ", " ", " ", " ", ", ", ". ", ",", ".", "’ ", "' ", "-", "  ", "\t", "1", "’s ", "\u00a0", "Ж", " «", "» ", ""}
	r := rand.New(rand.NewPCG(7, 8))
	for range 4000 {
		var b strings.Builder
		for n := 1 + r.IntN(12); n > 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		s := strings.TrimRight(b.String(), " ")
		checkProseLine(t, s)
		p := ProfileLine(s)
		lang, conf := DetectLanguage(s)
		gotLang, gotConf, ok := DetectProfiles([]*LineProfile{&p})
		require.True(t, ok)
		require.Equal(t, lang, gotLang, "%q", s)
		require.Equal(t, conf, gotConf, "%q", s)
	}
}
