package extract

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/pith-go/pith/clean"
	"github.com/pith-go/pith/internal/randtext"
)

// gateDocs returns the Documents of the test pages (testdata/text dumps,
// testdata/html pages) and of the ScrapingHub dumps when they are there,
// each as built and again after the headline extractor ran, as the byline
// extractor finds them, so that a gate is checked against the path it
// skips on real lines.
func gateDocs(t *testing.T) []*Document {
	t.Helper()
	var docs []*Document
	add := func(build func() (*Document, error)) {
		for range 2 {
			doc, err := build()
			require.NoError(t, err)
			docs = append(docs, doc)
		}
		require.NoError(t, Headline.Extract(docs[len(docs)-1]))
	}
	for _, p := range allDumpPaths(t) {
		add(func() (*Document, error) { return readDumpDoc(t, p), nil })
	}
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "html", "*.html.gz"))
	require.NoError(t, err)
	for _, p := range pages {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		zr, err := gzip.NewReader(bytes.NewReader(data))
		require.NoError(t, err)
		page, err := io.ReadAll(zr)
		require.NoError(t, err)
		add(func() (*Document, error) {
			root, err := html.Parse(bytes.NewReader(page))
			if err != nil {
				return nil, err
			}
			return NewHTMLDocument(root, "https://example.com/news/story")
		})
	}
	require.NotEmpty(t, docs)
	return docs
}

// bylineGateDump returns a dump of random short lines made of byline
// material (byline words, labels, names, dates, credits, separators),
// its first line the title.
func bylineGateDump(r *rand.Rand) string {
	pieces := []string{
		"By", "by", "Von", "Par", "Written by", "Posted by", "Author:", "Autor:", "Text:", "Photo:", "Foto",
		"Photos by", "Illustration", "Getty Images", "Jane", "Doe", "John Roe", "Anna Maier", "and", "und",
		"|", "•", "·", "-", "—", ",", ":", "(AP)", "2021", "May 3, 2021", "3. Mai 2021", "01.02.2022",
		"10:15", "Updated", "Published", "Publié le", "jdoe", "Staff Writer", "Reuters", "©", "é", "\u00a0",
		"the", "news", "ByJane", "Mehr", "Share", "Posted in News",
	}
	var sb strings.Builder
	sb.WriteString("Title of the page\n")
	for range 300 {
		n := r.IntN(9)
		for k := range n {
			if k > 0 && r.IntN(6) > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// TestNamelessLine checks namelessLine against the path it skips: a line
// it calls nameless gives no names by readLineAuthors, on every block of
// the test pages and of random byline material (the whole page standing
// for the window, so that every block has its neighbours), and it turns
// most lines away.
func TestNamelessLine(t *testing.T) {
	docs := gateDocs(t)
	r := rand.New(rand.NewPCG(13, 14))
	for range 40 {
		doc, err := NewTextDocument(bylineGateDump(r))
		require.NoError(t, err)
		docs = append(docs, doc)
	}
	lines, nameless, named := 0, 0, 0
	for _, doc := range docs {
		win := doc.Blocks
		for i, b := range win {
			names := readLineAuthors(doc, win, i, nil, false)
			lines++
			if len(names) > 0 {
				named++
			}
			isNameless, near := namelessLine(doc, win, i, nil)
			if isNameless {
				nameless++
				require.Empty(t, names, "%q", b.Text)
			}
			if near {
				require.True(t, nextToDate(doc, b, nil), "%q", b.Text)
				require.Equal(t, names, readLineAuthors(doc, win, i, nil, true), "%q", b.Text)
			}
		}
	}
	assert.Greater(t, nameless, lines/2, "lines turned away")
	assert.Greater(t, named, 100, "lines with names")
}

// TestLabelGates checks the gates of bylineLabel and writerLabel against
// the tests they skip: on random lines, one whose text after its first
// colon is all space passes mayEndColon; on the test pages and random
// lines, a block phraseless turns away is no byline label, and one
// mayEndColon turns away is no writer label.
func TestLabelGates(t *testing.T) {
	parts := []string{"Von", "Text", "Autor", ":", " ", "\t", "\u00a0", "\u3000", "\u0085", "Jane", "é", ".", "x"}
	r := rand.New(rand.NewPCG(15, 16))
	colons := 0
	for range 50000 {
		s := randtext.Concat(r, parts, r.IntN(7))
		if _, after, ok := strings.Cut(s, ":"); ok && strings.TrimSpace(after) == "" {
			colons++
			require.True(t, mayEndColon(s), "%q", s)
		}
	}
	assert.Greater(t, colons, 3000, "lines ending with their colon")
	assert.False(t, mayEndColon("Text: Anna"))
	assert.False(t, mayEndColon(""))
	assert.True(t, mayEndColon("Text :\u00a0"))

	docs := gateDocs(t)
	rr := rand.New(rand.NewPCG(17, 18))
	for range 20 {
		doc, err := NewTextDocument(bylineGateDump(rr))
		require.NoError(t, err)
		docs = append(docs, doc)
	}
	labels := 0
	for _, doc := range docs {
		for _, b := range doc.Blocks {
			byline, writer := matchesBylineLabel(b), isWriterLabel(b)
			if byline || writer {
				labels++
			}
			require.Equal(t, byline, bylineLabel(b), "%q", b.Text)
			if phraseless(b) { // dateDominates's gate
				_, ok := matchPhrase(b, clean.PhraseDateline)
				require.False(t, ok, "%q", b.Text)
			}
			require.Equal(t, writer, writerLabel(b), "%q", b.Text)
		}
	}
	assert.Greater(t, labels, 50, "labels")
}

// refCutPhrase is cutPhrase as it was first written, the reference its
// faster form must agree with.
func refCutPhrase(text, phrase string) string {
	n := len(strings.Fields(phrase))
	fields := strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == ':' })
	for len(fields) > 0 && clean.FoldPhrase(fields[0]) == "" {
		fields = fields[1:]
	}
	if n >= len(fields) {
		return ""
	}
	return strings.Join(fields[n:], " ")
}

// refSplitNames is splitNames without its gate.
func refSplitNames(s string) []string {
	for _, and := range nameConjunctions {
		s = strings.ReplaceAll(s, and, ",")
	}
	return strings.Split(s, ",")
}

// TestCutPhraseAndSplitNames checks cutPhrase and splitNames against
// their references on random byline material, and that both of
// cutPhrase's answers (a slice of the text, a joined text) occur.
func TestCutPhraseAndSplitNames(t *testing.T) {
	parts := []string{"By", "Par", "Written", "by", "Jane", "Doe", ":", " ", "  ", "\t", "\u00a0", "\u2003", ".", "-", "—",
		"and", " and ", " & ", " et ", " und ", " y ", "e", " e ", " och ", " og ", "Ée", "\xff", ",", "|", "2021", "'"}
	phrases := []string{"", "by ", "by", "written by ", "par ", "propos recueillis par "}
	r := rand.New(rand.NewPCG(19, 20))
	sliced, joined := 0, 0
	for range 100000 {
		text, phrase := randtext.Concat(r, parts, r.IntN(10)), phrases[r.IntN(len(phrases))]
		want := refCutPhrase(text, phrase)
		got := cutPhrase(text, phrase)
		require.Equal(t, want, got, "%q %q", text, phrase)
		if got != "" {
			if strings.Contains(text, got) {
				sliced++
			} else {
				joined++
			}
		}
		require.Equal(t, refSplitNames(text), splitNames(text), "%q", text)
	}
	assert.Greater(t, sliced, 1000)
	assert.Greater(t, joined, 1000)
}

// TestUserAfterGate checks userAfter's gate: a word it turns away does not
// start a one-word byline phrase, on random words.
func TestUserAfterGate(t *testing.T) {
	parts := []string{"by", "By", "BY", "von", "par", "av", "-", ".", ":", "1", "é", "x", "Posted", "written", "'", "’", "©"}
	r := rand.New(rand.NewPCG(21, 22))
	gated, byline := 0, 0
	for range 50000 {
		w := randtext.Concat(r, parts, 1+r.IntN(3))
		_, ok := clean.MatchPhrase(clean.PhraseByline, w+" x")
		if ok {
			byline++
		}
		if hasASCIIAlnum(w) && !clean.MayMatch(clean.PhraseByline, w) {
			gated++
			require.False(t, ok, "%q", w)
		}
	}
	assert.Greater(t, gated, 10000)
	assert.Greater(t, byline, 1000)
}

// TestMarkupGates checks the gates Byline and Credits test inline before
// a call: a block without markup is in no embedded post and has no
// byline token, nor credit evidence when the Credits loop turns it away
// (mayBeSignOrPhrase, a slash), and writerFolds.match is false when the page names no
// writer and the block has not one link; and that a line plainLine and
// phraseless pass has none of what Byline's loop reads.
func TestMarkupGates(t *testing.T) {
	plain := 0
	for _, doc := range gateDocs(t) {
		var w writerFolds
		for _, b := range doc.Blocks {
			if b.DOM == nil {
				require.False(t, inEmbeddedPost(doc, b), "%q", b.Text)
				_, ok := doc.familyToken(b, famByline)
				require.False(t, ok, "%q", b.Text)
				if b.Features.Words > creditMaxWords || !mayBeSignOrPhrase(b) && !strings.Contains(b.Text, "/") {
					_, ok = creditEvidence(doc, b)
					require.False(t, ok, "%q", b.Text)
				}
			}
			if len(doc.Meta.Authors) == 0 && len(b.Links) != 1 {
				require.False(t, w.match(doc, b), "%q", b.Text)
			}
			if plainLine(doc, b) && len(doc.Meta.Authors) == 0 && phraseless(b) {
				// What Byline's loop reads of a line, each false.
				plain++
				require.False(t, b.Features.Digits > 0 || !doc.Reference.IsZero(), "%q", b.Text)
				_, ok := matchPhrase(b, clean.PhraseByline)
				require.False(t, ok, "%q", b.Text)
				require.False(t, w.match(doc, b), "%q", b.Text)
				_, ok = doc.familyToken(b, famByline)
				require.False(t, ok, "%q", b.Text)
			}
		}
	}
	assert.Greater(t, plain, 1000, "plain lines")
}

// TestWriterFoldsRuledOut checks writerFolds.ruledOut against match on
// the test pages, each given as its authors the texts of some of its own
// short blocks (so that some blocks match) and names that fold to other
// first bytes, and that it turns most blocks away.
func TestWriterFoldsRuledOut(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	blocks, ruled, matched := 0, 0, 0
	for _, doc := range gateDocs(t) {
		authors := []string{"Élise Roe", "'Jane Doe", "-", "9 Lives"}
		for range 3 {
			if b := doc.Blocks[r.IntN(len(doc.Blocks))]; b.Features.Words <= bylineInnerWords {
				authors = append(authors, b.Text)
			}
		}
		doc.Meta.Authors = authors
		var w writerFolds
		w.match(doc, doc.Blocks[0]) // the folds are made on first use
		for _, b := range doc.Blocks {
			blocks++
			m := w.match(doc, b)
			if m {
				matched++
			}
			if w.ruledOut(doc, b) {
				ruled++
				require.False(t, m, "%q", b.Text)
			}
		}
	}
	assert.Greater(t, ruled, blocks/2, "blocks ruled out")
	assert.Greater(t, matched, 100, "blocks matched")
}

// refAgencyCredit is agencyCredit as first written, with []rune, the
// reference its faster form must agree with.
func refAgencyCredit(text string) bool {
	i := strings.LastIndex(text, "/")
	if i <= 0 || i == len(text)-1 || strings.Contains(text, "://") || strings.Count(text, "/") > 2 {
		return false
	}
	before, after := []rune(text[:i]), []rune(strings.TrimSpace(text[i+1:]))
	if len(before) == 0 || len(after) == 0 || unicode.IsSpace(before[len(before)-1]) {
		return false
	}
	return unicode.IsUpper(after[0]) && unicode.IsLetter(before[len(before)-1]) && !clean.EndsSentence(text)
}

// TestByteScans checks bylineStop against strings.IndexAny and
// agencyCredit against its reference on random text, invalid bytes
// included.
func TestByteScans(t *testing.T) {
	parts := []string{"Jane", "Doe", " ", "|", "•", "·", "–", "—", "\n", "\xe2", "\xe2\x80", "\xc2", "\x80", "\xa2", "\xb7",
		"\xf0", "é", "AFP", "/", "Getty Images", "://", ".", "\u00a0", "É", "x"}
	r := rand.New(rand.NewPCG(25, 26))
	stops, agencies := 0, 0
	for range 100000 {
		s := randtext.Concat(r, parts, r.IntN(9))
		want := strings.IndexAny(s, "|•·–—\n")
		require.Equal(t, want, bylineStop(s), "%q", s)
		if want >= 0 {
			stops++
		}
		ref := refAgencyCredit(s)
		require.Equal(t, ref, agencyCredit(s), "%q", s)
		if ref {
			agencies++
		}
	}
	assert.Greater(t, stops, 10000)
	assert.Greater(t, agencies, 200)
}

// TestReadNames checks that lineReads gives bylineNamesAfter's answer for
// every line with a byline word of the test pages, read first and read
// again, and that it keeps no more lines than it has room for.
func TestReadNames(t *testing.T) {
	lines := 0
	for _, doc := range gateDocs(t) {
		var read lineReads
		for range 2 {
			for _, b := range doc.Blocks {
				m, ok := matchPhrase(b, clean.PhraseByline)
				if !ok {
					_, ok = read.blockNames(b)
					require.False(t, ok, "%q", b.Text)
					continue
				}
				lines++
				names, ok := bylineNamesAfter(b.Text, m)
				gotNames, gotOK := read.namesAfter(b, m)
				require.Equal(t, ok, gotOK, "%q", b.Text)
				require.Equal(t, names, gotNames, "%q", b.Text)
				gotNames, gotOK = read.blockNames(b)
				require.Equal(t, ok, gotOK, "%q", b.Text)
				require.Equal(t, names, gotNames, "%q", b.Text)
			}
		}
		require.LessOrEqual(t, read.n, len(read.of))
	}
	assert.Greater(t, lines, 100, "lines with a byline word")
	var none *lineReads
	names, ok := none.namesAfter(&Block{Text: "By Jane Doe"}, clean.PhraseMatch{Phrase: "by "})
	assert.True(t, ok)
	assert.Equal(t, []string{"Jane Doe"}, names)
}

// refInnerDateLine is innerDateLine as first written, every part matched
// by clean.MatchPhrase.
func refInnerDateLine(b *Block) bool {
	if b.Features.Words <= bylineInnerWords+1 && !attribution(b.Text) {
		return true
	}
	for part := range strings.SplitSeq(b.Text, "|") {
		if _, ok := clean.MatchPhrase(clean.PhraseDateline, part); ok {
			return true
		}
	}
	return false
}

// TestInnerDateLine checks innerDateLine against its reference on every
// block of the test pages and of random byline material.
func TestInnerDateLine(t *testing.T) {
	docs := gateDocs(t)
	r := rand.New(rand.NewPCG(27, 28))
	for range 20 {
		doc, err := NewTextDocument(bylineGateDump(r) + strings.Repeat("Updated on May 3, 2021 at the end of a long line of words here\n", 3))
		require.NoError(t, err)
		docs = append(docs, doc)
	}
	long := 0
	for _, doc := range docs {
		for _, b := range doc.Blocks {
			want := refInnerDateLine(b)
			if want && b.Features.Words > bylineInnerWords+1 {
				long++
			}
			require.Equal(t, want, innerDateLine(b), "%q", b.Text)
		}
	}
	assert.Greater(t, long, 20, "long date lines")
}

// TestPageHostEmpty checks pageHost's answer for an empty or blank
// address, told without parsing, against url.Parse's, and a real one.
func TestPageHostEmpty(t *testing.T) {
	for _, s := range []string{"", " ", "\t\n"} {
		u, err := url.Parse(strings.TrimSpace(s))
		require.NoError(t, err)
		assert.Equal(t, strings.TrimPrefix(strings.ToLower(u.Hostname()), "www."), pageHost(s), "%q", s)
	}
	assert.Equal(t, "example.com", pageHost(" https://www.Example.com/a "))
}

// TestBylinePhraseGates checks the gates of the byline word, dateline
// and credit phrase sets against matchPhrase, the path they replace, on
// every block of the test pages and of random byline material: gate.match
// agrees with it, and a block ruledOut turns away, asked before the
// block's candidates are known and after (phraseless finds them),
// matches nothing; a short block without markup that mayBeSignOrPhrase
// turns away and that has no slash is no credit by creditEvidence;
// blockBylineNames agrees with bylineNames, and a block mayHoldDate turns
// away is no dated byline.
func TestBylinePhraseGates(t *testing.T) {
	docs := gateDocs(t)
	r := rand.New(rand.NewPCG(19, 20))
	for range 40 {
		doc, err := NewTextDocument(bylineGateDump(r))
		require.NoError(t, err)
		docs = append(docs, doc)
	}
	gates := []struct {
		gate *phraseGate
		set  clean.PhraseSet
	}{{&gateByline, clean.PhraseByline}, {&gateDateline, clean.PhraseDateline}, {&gateCredit, clean.PhraseCredit}}
	matched, lacking, skipped, bylines := make([]int, len(gates)), 0, 0, 0
	for _, doc := range docs {
		for _, b := range doc.Blocks {
			for k, g := range gates {
				early, earlyLacks := g.gate.ruledOut(b), phraseless(b) || g.gate.ruledOut(b)
				want, wantOK := matchPhrase(b, g.set)
				got, gotOK := g.gate.match(b)
				require.Equal(t, wantOK, gotOK, "%q", b.Text)
				require.Equal(t, want, got, "%q", b.Text)
				if wantOK {
					matched[k]++
				}
				for _, out := range []bool{early, earlyLacks, g.gate.ruledOut(b), (phraseless(b) || g.gate.ruledOut(b))} {
					require.False(t, out && wantOK, "%q", b.Text)
				}
				if phraseless(b) || g.gate.ruledOut(b) {
					lacking++
				}
			}
			// endAuthors reads a block's byline by blockBylineNames, and a
			// dated byline only from a block mayHoldDate lets through.
			wantNames, wantOK := bylineNames(b.Text)
			gotNames, gotOK := blockBylineNames(b)
			require.Equal(t, wantOK, gotOK, "%q", b.Text)
			require.Equal(t, wantNames, gotNames, "%q", b.Text)
			if wantOK {
				bylines++
			}
			if !mayHoldDate(b) {
				require.Empty(t, datedByline(b.Text), "%q", b.Text)
			}
			if b.DOM == nil && b.Features.Words <= creditMaxWords && !mayBeSignOrPhrase(b) && !strings.Contains(b.Text, "/") {
				skipped++
				_, ok := creditEvidence(doc, b)
				require.False(t, ok, "%q", b.Text)
			}
		}
	}
	for k, n := range matched {
		assert.Greater(t, n, 50, "matches of gate %d", k)
	}
	assert.Greater(t, lacking, 1000, "blocks turned away")
	assert.Greater(t, skipped, 1000, "short lines turned away from creditEvidence")
	assert.Greater(t, bylines, 50, "bylines")
}

// TestSuffixMayMatch checks the premise of readLineAuthors' suffix loop:
// for a word holding an ASCII letter or digit, clean.MayMatch of the
// byline words answers for the word alone (as userAfter asks it) as for
// the suffix of the line it starts (as bylineNames asks it), on random
// lines of words, punctuation and letters outside ASCII.
func TestSuffixMayMatch(t *testing.T) {
	pieces := []string{"by", "By", "Posted", "von", "par", "x", "12", "-", ":", ".", "é", "É", "—", "'", "$", "av",
		"Written", "byline", strings.Repeat("a", 40)}
	r := rand.New(rand.NewPCG(41, 42))
	checked, may := 0, 0
	for range 5000 {
		var words []string
		for range 1 + r.IntN(5) {
			var sb strings.Builder
			for range 1 + r.IntN(3) {
				sb.WriteString(pieces[r.IntN(len(pieces))])
			}
			words = append(words, sb.String())
		}
		for j := range words {
			if !hasASCIIAlnum(words[j]) {
				continue
			}
			rest := strings.Join(words[j:], " ")
			want := clean.MayMatch(clean.PhraseByline, words[j])
			require.Equal(t, want, clean.MayMatch(clean.PhraseByline, rest), "%q in %q", words[j], rest)
			checked++
			if want {
				may++
			}
		}
	}
	assert.Greater(t, checked, 5000)
	assert.Greater(t, may, 500)
	assert.Less(t, may, checked)
}

// TestNameHeadAfterDigit checks the premise of nameBeforeDate's first
// test: clean.NameHead finds no name in a text that starts with a digit,
// on random texts of digits, words, brackets and separators.
func TestNameHeadAfterDigit(t *testing.T) {
	pieces := []string{"1", "2019", " ", "Jane", "Doe", "(Guha)", "(", ")", " - ", " @jd", "|", "»", "van", "de", ",", ":", "é", "May", "\u00a0"}
	r := rand.New(rand.NewPCG(43, 44))
	for range 5000 {
		var sb strings.Builder
		sb.WriteString(pieces[r.IntN(2)])
		for range r.IntN(8) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		require.True(t, startsDigit(s))
		require.Empty(t, clean.NameHead(s), "%q", s)
	}
	assert.Equal(t, "Jane Doe", clean.NameHead("Jane Doe 3 May 2021"))
}

// TestCopyrightFirsts checks copyrightLine's first-byte gate: every rune
// whose lower case starts a text with the first byte of a copyright mark
// starts with a byte of copyrightFirsts itself.
func TestCopyrightFirsts(t *testing.T) {
	var firsts [256]bool
	for _, m := range copyrightMarks {
		firsts[m[0]] = true
	}
	opened := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r) + "x"
		if lower := strings.ToLower(s); firsts[lower[0]] {
			opened++
			require.True(t, copyrightFirsts[s[0]], "%U", r)
		}
	}
	assert.Greater(t, opened, 60)
	assert.Equal(t, []string{"Jane Doe"}, copyrightLine("© 2019 Jane Doe"))
	assert.Equal(t, []string{"Jane Doe"}, copyrightLine("Copyright 2019 Jane Doe"))
	assert.Nil(t, copyrightLine("Jane Doe © 2019"))
}

// TestLineReadsFindDate checks that lineReads.findDate gives clean.FindDate's
// answer for every block of the test pages, read in order, in reverse
// (other blocks taking the slots between) and again, and for a part of a
// block's text, which it does not keep.
func TestLineReadsFindDate(t *testing.T) {
	dated := 0
	for _, doc := range gateDocs(t) {
		var read lineReads
		order := slices.Clone(doc.Blocks)
		for pass := range 3 {
			if pass == 1 {
				slices.Reverse(order)
			}
			for _, b := range order {
				want, wantStart, wantEnd, wantOK := clean.FindDate(b.Text)
				got, start, end, ok := read.findDate(b, b.Text)
				require.Equal(t, wantOK, ok, "%q", b.Text)
				require.True(t, want.Equal(got), "%q", b.Text)
				require.Equal(t, [2]int{wantStart, wantEnd}, [2]int{start, end}, "%q", b.Text)
				if ok && pass == 0 {
					dated++
				}
				part := b.Text[:len(b.Text)/2]
				want, wantStart, wantEnd, wantOK = clean.FindDate(part)
				got, start, end, ok = read.findDate(b, part)
				require.Equal(t, wantOK, ok, "%q", part)
				require.True(t, want.Equal(got), "%q", part)
				require.Equal(t, [2]int{wantStart, wantEnd}, [2]int{start, end}, "%q", part)
			}
		}
	}
	assert.Greater(t, dated, 100, "blocks with a date")
	var none *lineReads
	_, _, _, ok := none.findDate(&Block{Text: "19 November 2019"}, "19 November 2019")
	assert.True(t, ok)
}

// TestAuthorLineQuote checks the premise of Byline's author line reason,
// written with strconv.Quote in place of Removef's "%q": the two quote a
// text alike, also one that is not UTF-8.
func TestAuthorLineQuote(t *testing.T) {
	r := rand.New(rand.NewPCG(61, 62))
	pieces := []string{"Jane Doe", ", ", "\"", "\\", "é", "\xff", "\t", "\u2028", "🙂", "\x00", "'"}
	for range 2000 {
		s := randtext.Concat(r, pieces, r.IntN(6))
		require.Equal(t, fmt.Sprintf("author line %q", s), "author line "+strconv.Quote(s), "%q", s)
	}
}
