package extract

import (
	"encoding/binary"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/pith-go/pith/clean"
)

// Headline removes the copies of the headline that a page shows in its
// text (the visible <h1>, the breadcrumb's last item, a sticky header),
// as kind "headline". A block is a copy when, compared without case or
// punctuation, it equals the title or the title line, or one holds the
// other and they share most of their words. Code is never a copy, even
// when it folds to the title ("MIDDLEWARE = [" and "Middleware").
//
// In HTML, the title from the page's metadata is kept unless a block of
// the page is clearly the better headline, and then that block replaces
// Document.Title: the title is truncated ("Foo bar…") and the block
// completes it; the title line holds the block whole, which completes the
// title or comes before it ("Headline | Site" read as the site); or the
// title is the block decorated with separate segments ("Section: Foo -
// Site", "Foo (example.com)"). The block must have at least 3 words and at
// most 40, must not be the site name, truncated itself, or the title with
// a date or a counter added ("Foo 26/10/2018", "Foo (44)"). In HTML it
// must be a heading of level 1 to 3 before the main content or among its
// first blocks. A text dump has no metadata, and a line of it replaces the
// title on weaker evidence (see titleEvidence.betterLine).
var Headline Extractor = headlineExtractor{}

type headlineExtractor struct{}

func (headlineExtractor) Name() string { return "headline" }

// Limits of Headline.
const (
	headlineMaxWords = 40 // longest headline
	headlineMinWords = 3  // shortest block that replaces the title
	headlineMaxLevel = 3  // deepest heading level that replaces the title
	headlineCoreLead = 3  // blocks of the core, after its first, where the headline may sit
)

func (headlineExtractor) Extract(doc *Document) error {
	t := titleEvidence{rawTitle: doc.Title, rawLine: doc.TitleLine, text: doc.Root == nil}
	folds := make([]byte, 0, len(doc.Title)+len(doc.TitleLine)+len(doc.Meta.SiteName)) // the three folds, in one allocation mostly
	folds, t.title = appendFolded(folds, doc.Title)
	folds, t.line = appendLineFolded(folds, doc.TitleLine, doc.Title, t.title)
	_, t.site = appendFolded(folds, doc.Meta.SiteName)
	if t.title == "" && t.line == "" {
		return nil
	}
	replaced := false
	var titleBuf [32]string
	titleWords := distinctWords(t.title, titleBuf[:0])
	var gate headGate
	gate.reset(&t, titleWords)
	least := t.shortest()
	for _, b := range doc.Blocks {
		// reaches, inlined, its bound on length first: most lines of a
		// dump are too short for any test, and most others at least
		// least bytes long.
		if t.text && b.DOM == nil && !mayFoldTo(b.Text, least) {
			continue
		}
		if b.Removed() || b.Features.Words > headlineMaxWords || b.Features.Words == 0 || b.Kind == Code {
			continue
		}
		if t.text && b.DOM == nil && len(b.Text) < least && !t.shortReaches(b.Text) {
			continue
		}
		text, ok := t.lineFold(b, &gate)
		if !ok {
			continue
		}
		switch {
		case text == t.title || text == t.line:
			doc.Remove(b, "headline", "same text as the page title")
		case !replaced && headlinePlace(doc, b) && t.better(b.Text, text) && !keepsTitle(doc, b):
			doc.Title = b.Text
			t.title, t.rawTitle = text, b.Text
			titleWords = distinctWords(text, titleBuf[:0])
			gate.reset(&t, titleWords)
			least = t.shortest()
			replaced = true
			doc.Remove(b, "headline", "the page's headline, of which the title line is a shortened or decorated copy")
		case headlinePlace(doc, b) && keepsTitle(doc, b):
			doc.Remove(b, "headline", "the page's headline with its kicker, label or decoration")
		case similarWords(text, t.title, titleWords):
			doc.Remove(b, "headline", "near copy of the page title")
		}
	}
	doc.bounds.title = titleFold{raw: doc.Title, folded: t.title} // for the text core
	return nil
}

// keepsTitle is keepsMetaHeadline, which reads the block's markup: a
// block without markup, as all blocks of a text dump are, never keeps the
// title, and is not compared with it.
func keepsTitle(doc *Document, b *Block) bool {
	return b.DOM != nil && keepsMetaHeadline(doc, b)
}

// headlinePlace reports whether b stands where a page shows its headline:
// any line of a text dump; in HTML, a heading of level 1 to
// headlineMaxLevel before the main content or among its first blocks.
func headlinePlace(doc *Document, b *Block) bool {
	if b.DOM == nil {
		return true
	}
	if b.Kind != Heading || b.Level < 1 || b.Level > headlineMaxLevel {
		return false
	}
	first, _ := doc.CoreBounds()
	return first < 0 || b.Index <= first+headlineCoreLead
}

// titleEvidence holds the page's title, title line and site name, folded
// (foldText) and, for the title and the line, as written; text tells a
// text dump, whose title is the title line alone.
type titleEvidence struct {
	title, line, site string
	rawTitle, rawLine string
	text              bool
}

// reaches reports whether a block may be long enough for one of the
// tests of Headline, from its length, without folding it, given least,
// t.shortest(): a block of a text dump, which has no markup, must fold to
// at least least bytes when the title and the line fold to some (see
// foldsWithin and mayFoldTo). It tries the bound on length first, which
// rules out most short lines without reading them.
func (t *titleEvidence) reaches(b *Block, least int) bool {
	if !t.text || b.DOM != nil {
		return true
	}
	if !mayFoldTo(b.Text, least) {
		return false
	}
	return len(b.Text) >= least || t.shortReaches(b.Text)
}

// shortReaches is reaches for a line of a text dump shorter than least
// bytes: it reaches them only when a rune of it folds longer, or the
// title or the line is empty (see shortest).
func (t *titleEvidence) shortReaches(s string) bool {
	return t.title == "" || t.line == "" || !foldsWithin(s)
}

// foldsWithin reports whether foldText(s) is sure to be no longer than s:
// every rune folds to no more bytes than it takes but Ⱥ and Ⱦ (U+023A,
// U+023E: "ⱥ" and "ⱦ" take three bytes), whose first byte, 0xC8, s does
// not hold.
func foldsWithin(s string) bool {
	return strings.IndexByte(s, 0xc8) < 0
}

// shortest returns the shortest folded line of a text dump that is a
// copy of the title line or the title, a better headline (betterLine) or
// a near copy (similarHeadline): the title line's length or half the
// title's, whichever is less.
func (t *titleEvidence) shortest() int {
	least := len(t.line)
	if half := (len(t.title) + 1) / 2; t.title != "" && (t.line == "" || half < least) {
		least = half
	}
	return least
}

// longest returns the longest folded text of block b that one of the
// tests of Headline may take: dumpLongest for a line of a text dump.
// Blocks with markup have no such bound.
func (t *titleEvidence) longest(b *Block) int {
	if !t.text || b.DOM != nil {
		return math.MaxInt
	}
	return t.dumpLongest()
}

// dumpLongest returns the longest folded line of a text dump that one of
// the tests of Headline may take: a line longer than twice the title plus
// one byte (betterLine halves the length rounding down) and than the
// title line is neither a copy, a better line (betterLine) nor a near
// copy (similarWords), so it need not be folded whole.
func (t *titleEvidence) dumpLongest() int {
	return max(2*len(t.title)+1, len(t.line))
}

// lineFold is b.wordFoldWithin(t.longest(b)), the folded text (foldText)
// of block b for the tests of Headline, or false when b cannot pass one:
// its fold is longer than longest allows, or, for a line of a text dump
// not folded yet, the gate rules them all out (headGate.mayLine) without
// folding it.
func (t *titleEvidence) lineFold(b *Block, gate *headGate) (string, bool) {
	if t.text && b.DOM == nil && (b.cache == nil || !b.cache.wordFoldOK) && !gate.mayLine(b) {
		return "", false
	}
	return b.wordFoldWithin(t.longest(b))
}

// titleFail returns the fewest words missing from a title of n distinct
// words with which a text shares less than similarOverlap of its words
// for sure (sharesMostWords), up to 8, or 9 for more.
func titleFail(n int) int {
	for k := range 9 {
		if float64(n)/float64(n+k) < similarOverlap {
			return k
		}
	}
	return 9
}

// better reports whether a block, written raw and folded as text, is a
// better headline than the title (see Headline).
func (t *titleEvidence) better(raw, text string) bool {
	if t.title == "" || t.text && !t.lineLengthFits(len(text)) || strings.Count(text, " ")+1 < headlineMinWords || truncated(raw) {
		return false
	}
	if t.site != "" && (text == t.site || containsWords(text, t.site) && !containsWords(t.title, t.site)) {
		return false
	}
	if t.text {
		return t.betterLine(text)
	}
	switch {
	case len(text) > len(t.title) && containsWords(text, t.title):
		// The block completes the title.
		if addsDate(text, t.title) {
			return false
		}
		return truncated(t.rawTitle) || truncated(t.rawLine) || containsWords(t.line, text)
	case len(text) < len(t.title) && containsWords(t.title, text):
		// The title decorates the block.
		return decorates(t.rawTitle, text)
	case containsWords(t.line, text) && containsWords(t.line, t.title):
		// Two segments of the title line: the headline comes first, the
		// site or section after it.
		return strings.Index(" "+t.line+" ", " "+text+" ") < strings.Index(" "+t.line+" ", " "+t.title+" ")
	}
	return false
}

// lineLengthFits reports whether a folded text of n bytes has a length
// betterLine may accept, as a cheap test before the others.
func (t *titleEvidence) lineLengthFits(n int) bool {
	title := len(t.title)
	return n > title && title >= n/2 || n < title && 3*n >= 2*title || n < len(t.line) && 2*n >= title
}

// betterLine is better for a text dump, which has no metadata: the title
// is the title line less what clean.SplitTitle took for the site, and a
// line of the dump may well be the fuller headline. The folded block text
// is better when it starts with the title and is at most twice as long
// (the title cut short), when the title holds it and it has two thirds of
// its length (the title decorated), or when the title line holds it and
// it has at least 4 words and half the title's length.
func (t *titleEvidence) betterLine(text string) bool {
	if len(text) > len(t.title) && strings.HasPrefix(text, t.title) && len(t.title) >= len(text)/2 {
		return true
	}
	if len(text) < len(t.title) && containsWords(t.title, text) && 3*len(text) >= 2*len(t.title) {
		return true
	}
	return len(text) < len(t.line) && containsWords(t.line, text) && strings.Count(text, " ") >= 3 && 2*len(text) >= len(t.title)
}

// truncated reports whether s ends with an ellipsis, as cut titles and
// teasers do.
func truncated(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "…") || strings.HasSuffix(s, "...")
}

// addsDate reports whether the folded text is the folded title plus
// words of which at least a third hold digits: a date, a time, a counter
// ("… 26/10/2018", "… November 8, 2023 | 6:03 pm", "…(44)").
func addsDate(text, title string) bool {
	rest := strings.Fields(strings.Replace(" "+text+" ", " "+title+" ", " ", 1))
	digits := 0
	for _, w := range rest {
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			digits++
		}
	}
	return len(rest) > 0 && 3*digits >= len(rest)
}

// titleSeparator matches what separates the segments of a title: a
// spaced bar, dash, bullet, slash, guillemet or colon, a colon after a
// word, and brackets.
var titleSeparator = regexp.MustCompile(`\s+[|\-–—·•/»«:]+\s+|:\s+|\s*[(\[]\s*|\s*[)\]]\s*`)

// decorates reports whether the title, as written, is the folded headline
// text with separate segments around it: a section or kicker before it
// ("Politik: Foo", "Section | Foo"), a site after it ("Foo - Site"), or a
// bracketed address or number ("Foo (example.com)", "Foo (2021/5)"). A
// subtitle after a colon ("Foo: the complete guide") and a bracketed
// word ("Foo (Infographic)") belong to the title.
func decorates(rawTitle, text string) bool {
	seps := titleSeparator.FindAllStringIndex(rawTitle, -1)
	var segs, before []string
	at, sep := 0, ""
	for _, m := range append(seps, []int{len(rawTitle), len(rawTitle)}) {
		segs = append(segs, rawTitle[at:m[0]])
		before = append(before, sep)
		at, sep = m[1], rawTitle[m[0]:m[1]]
	}
	for i := range segs {
		joined := ""
		for j := i; j < len(segs); j++ {
			joined = strings.TrimSpace(joined + " " + foldText(segs[j]))
			if joined != text {
				continue
			}
			if j+1 < len(segs) && strings.HasPrefix(before[j+1], ":") {
				return false
			}
			for k := range segs {
				if (k < i || k > j) && !decoration(segs[k], before[k]) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// decoration reports whether a title segment, preceded by the separator
// sep, can be dropped from the headline: any segment set off by a bar,
// dash or colon, but of bracketed ones only an address or a number.
func decoration(seg, sep string) bool {
	if !strings.ContainsAny(sep, "([") {
		return true
	}
	seg = strings.TrimSpace(seg)
	return !strings.Contains(seg, " ") && (strings.Contains(seg, ".") || strings.IndexFunc(seg, unicode.IsLetter) < 0)
}

// similarHeadline reports whether two folded texts are nearly the same
// headline: one holds the other with most of its words, or they share
// nearly all their words.
func similarHeadline(a, b string) bool { return similarWords(a, b, nil) }

// similarWords is similarHeadline(a, b) given bWords, the distinct words
// of b (distinctWords), or nil to find them when needed: a title compared
// with every block is split once.
func similarWords(a, b string, bWords []string) bool {
	if a == "" || b == "" {
		return false
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	// Texts of very different lengths share neither most words nor a
	// containment: skip the word sets.
	if 2*len(short) < len(long) || strings.Count(short, " ") < 2 {
		return false
	}
	if 4*len(short) >= 3*len(long) && containsWords(long, short) {
		return true
	}
	if bWords == nil {
		var buf [32]string
		bWords = distinctWords(b, buf[:0])
	}
	return sharesMostWords(a, bWords)
}

// similarOverlap is the least wordOverlap of two near copies.
const similarOverlap = 0.85

// sharesMostWords reports whether wordOverlap(a, bWords) is at least
// similarOverlap. It stops at the first word of a that makes it fall
// short for sure: every distinct word of a missing from bWords joins the
// union and not the common words, so once len(bWords) over len(bWords)
// plus the missing words is under the bound, the overlap is too. A title
// of more than 64 words is left to wordOverlap.
func sharesMostWords(a string, bWords []string) bool {
	if len(bWords) > 64 {
		return wordOverlap(a, bWords) >= similarOverlap
	}
	var found uint64 // the words of bWords seen in a
	var buf [8]string
	missing := buf[:0] // the distinct words of a not in bWords
	for a != "" {
		w, rest, _ := strings.Cut(a, " ")
		a = rest
		if w == "" {
			continue
		}
		if k := slices.Index(bWords, w); k >= 0 {
			found |= 1 << k
			continue
		}
		if slices.Contains(missing, w) {
			continue
		}
		missing = append(missing, w)
		if float64(len(bWords))/float64(len(bWords)+len(missing)) < similarOverlap {
			return false
		}
	}
	union := len(bWords) + len(missing)
	if union == 0 {
		return false
	}
	return float64(bits.OnesCount64(found))/float64(union) >= similarOverlap
}

// containsWords reports whether the folded text s holds sub as whole words.
func containsWords(s, sub string) bool {
	if sub == "" {
		return strings.Contains(" "+s+" ", "  ")
	}
	for i := 0; i+len(sub) <= len(s); {
		k := strings.Index(s[i:], sub)
		if k < 0 {
			return false
		}
		k += i
		if (k == 0 || s[k-1] == ' ') && (k+len(sub) == len(s) || s[k+len(sub)] == ' ') {
			return true
		}
		i = k + 1
	}
	return false
}

// wordOverlap returns the share of the distinct words of a and of the
// distinct words bWords that both hold (Jaccard index over words).
func wordOverlap(a string, bWords []string) float64 {
	var buf [32]string
	aWords := distinctWords(a, buf[:0])
	both := 0
	for _, w := range aWords {
		if slices.Contains(bWords, w) {
			both++
		}
	}
	union := len(aWords) + len(bWords) - both
	if union == 0 {
		return 0
	}
	return float64(both) / float64(union)
}

// distinctWords appends the distinct space-separated words of s to words.
// The texts it reads are folded by foldText: a space is their only
// separator.
func distinctWords(s string, words []string) []string {
	var seen uint64 // a bit per word of words, from its length and first byte: most new words miss it
	for _, w := range words {
		seen |= wordBit(w)
	}
	for s != "" {
		w, rest, _ := strings.Cut(s, " ")
		s = rest
		if w == "" {
			continue
		}
		if bit := wordBit(w); seen&bit == 0 {
			seen |= bit
		} else if slices.Contains(words, w) {
			continue
		}
		words = append(words, w)
	}
	return words
}

// wordBit returns a bit of a word, not empty, from its length and first
// byte.
func wordBit(w string) uint64 {
	return 1 << ((uint(len(w))*7 + uint(w[0])) & 63)
}

// foldText returns s for comparison: lower case, letters and digits only,
// words separated by single spaces. Unlike clean.FoldPhrase it keeps the
// numbers, so "Opening Bell 11.18.19" differs from "Opening Bell 9.3.19".
func foldText(s string) string {
	b, _ := appendFoldWithin(make([]byte, 0, len(s)), s, math.MaxInt)
	return unsafe.String(unsafe.SliceData(b), len(b)) // frozenString, inlined
}

// foldEquals reports whether foldText(s) is folded, reading s only as
// far as the two agree: most texts differ from a title in their first
// letters.
func foldEquals(s, folded string) bool {
	n := 0           // the bytes of folded matched so far
	space := true    // as in appendFold: after a word break, or at the start
	pending := false // a word break to match before the next letter
	match := func(f string) bool {
		if pending {
			if n >= len(folded) || folded[n] != ' ' {
				return false
			}
			n, pending = n+1, false
		}
		if len(folded)-n < len(f) || folded[n:n+len(f)] != f {
			return false
		}
		n += len(f)
		space = false
		return true
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch f := asciiWordFold[c]; f {
			case foldDrop:
			case ' ':
				if !space {
					pending, space = true, true
				}
			default:
				if !match(asciiStrings[f]) {
					return false
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch lower, keep := foldRune(r); {
		case keep:
			var buf [utf8.UTFMax]byte
			k := utf8.EncodeRune(buf[:], lower)
			if !match(string(buf[:k])) {
				return false
			}
		case r == '’':
		case !space:
			pending, space = true, true
		}
	}
	return n == len(folded)
}

// asciiStrings holds each ASCII character as a string of one byte.
var asciiStrings = func() (t [utf8.RuneSelf]string) {
	for c := range byte(utf8.RuneSelf) {
		t[c] = string(rune(c))
	}
	return t
}()

// frozenString returns the bytes of b as a string without copying them:
// b must never be written again.
func frozenString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendFold appends foldText(s) to b.
func appendFold(b []byte, s string) []byte {
	b, _ = appendFoldWithin(b, s, math.MaxInt)
	return b
}

// appendFolded appends foldText(s) to b, and returns it also as a string
// that shares b's bytes: b may only be appended to afterwards.
func appendFolded(b []byte, s string) ([]byte, string) {
	start := len(b)
	b = appendFold(b, s)
	return b, frozenString(b[start:])
}

// appendLineFolded is appendFolded(b, line) for a title line, given the
// title and its fold, titleFold: a line that holds the title at its start
// or its end, set apart from the rest by an ASCII word break (asciiBreak),
// folds as the title and the rest do, joined by a space, so that only the
// rest is folded. The fold reads a text left to right, and at such a
// break it is at a word break whatever came before, as at a text's start.
func appendLineFolded(b []byte, line, title, titleFold string) ([]byte, string) {
	start, n := len(b), len(title)
	switch {
	case n > 0 && len(line) > n && line[:n] == title && asciiBreak[line[n]]:
		b = append(b, titleFold...)
		mid := len(b)
		if mid > start {
			b = append(b, ' ')
		}
		if b = appendFold(b, line[n:]); mid > start && len(b) == mid+1 {
			b = b[:mid] // the rest has no word
		}
	case n > 0 && len(line) > n && line[len(line)-n:] == title && asciiBreak[line[len(line)-n-1]]:
		b = appendFold(b, line[:len(line)-n])
		if titleFold != "" {
			if len(b) > start {
				b = append(b, ' ')
			}
			b = append(b, titleFold...)
		}
	default:
		b = appendFold(b, line)
	}
	return b, frozenString(b[start:])
}

// appendFoldWithin is appendFold as long as foldText(s) has at most limit
// bytes; when it has more, it stops there and reports false, and what it
// appended to b is to be dropped.
func appendFoldWithin(b []byte, s string, limit int) ([]byte, bool) {
	start := len(b)
	limit = min(limit, math.MaxInt-start) + start // the longest b may grow to
	space := true
	for i := 0; i < len(s); {
		// Letters, digits and single spaces fold to themselves in lower
		// case: of the next eight bytes, those up to the first that does
		// not are written at once, when the eight fit within the limit.
		if i+8 <= len(s) && len(b)+8 <= limit {
			v := asciiWord(s, i)
			if n := plainPrefix8(v, space); n > 0 {
				b = binary.LittleEndian.AppendUint64(b, lowerASCII8(v))[:len(b)+n]
				space = b[len(b)-1] == ' '
				if i += n; n == 8 {
					continue
				}
				// The byte at i is not plain: it takes the path below.
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch f := asciiWordFold[c]; f {
			case foldDrop:
			case ' ':
				if !space {
					b = append(b, ' ')
					space = true
				}
			default:
				// A byte written before a letter stays in the fold.
				if len(b) >= limit {
					return b, false
				}
				b = append(b, f)
				space = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch lower, keep := foldRune(r); {
		case keep:
			if b = utf8.AppendRune(b, lower); len(b) > limit {
				return b, false
			}
			space = false
		case r == '’':
		case !space:
			b = append(b, ' ')
			space = true
		}
	}
	if space && len(b) > start { // a word break after the last word
		b = b[:len(b)-1]
	}
	return b, true
}

// plainPrefix8 returns how many of the eight bytes of v (little-endian),
// from the first, appendFoldWithin writes as they are but for upper-case
// letters lowered (lowerASCII8): ASCII letters, digits and spaces, up to
// a space that follows another, or that opens them when space says the
// fold is at a word break already. A byte beyond the first that is not
// ASCII may be misread, as the sums below carry out of it, but only
// those after it, which are not counted.
func plainPrefix8(v uint64, space bool) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// Below the first byte from 0x80 no sum carries into the next byte:
	// the high bit of x+(0x80-lo) is set for a byte from lo, that of
	// x+(0x7f-hi) for one beyond hi.
	w := v | 0x20*ones // letters in lower case
	letters := (w + (0x80-'a')*ones) &^ (w + (0x7f-'z')*ones)
	digits := (v + (0x80-'0')*ones) &^ (v + (0x7f-'9')*ones)
	spaces := (v + (0x80-' ')*ones) &^ (v + (0x7f-' ')*ones) & highs
	bad := (v | ^(letters | digits | spaces)) & highs
	bad |= spaces & (spaces << 8)
	if space {
		bad |= spaces & 0x80
	}
	return bits.TrailingZeros64(bad) / 8
}

// foldRune returns what foldText writes for r, a rune outside ASCII: its
// lower case, and true, for a letter, a digit or a mark; false for any
// other rune, a word break (or nothing, for ’).
func foldRune(r rune) (lower rune, keep bool) {
	if r < rune(len(twoByteFold)) {
		if f := twoByteFold[r]; f != foldSlow {
			return rune(f), f != 0
		}
	}
	if generalPunctuation(r) {
		return r, false
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return unicode.ToLower(r), true
	}
	return r, false
}

// generalPunctuation reports whether r is in Unicode's General
// Punctuation block (U+2000 to U+206F: spaces, dashes, quotes, bullets,
// the ellipsis), none of which is a letter, digit or mark: the commonest
// runes of three bytes in text, which foldRune need not look up.
func generalPunctuation(r rune) bool { return r >= 0x2000 && r <= 0x206f }

// foldSlow marks, in twoByteFold, a rune foldRune looks up in the
// unicode package.
const foldSlow = 0xffff

// twoByteFold holds foldRune for the runes written in two bytes of UTF-8
// (Latin, Greek, Cyrillic, Hebrew, Arabic…), which the unicode package
// finds by searching its tables: the lower case of a letter, digit or
// mark, 0 for another rune, or foldSlow for a lower case beyond the
// table (U+023A, "Ⱥ", has "ⱥ", U+2C65). ASCII is asciiWordFold's.
var twoByteFold = func() (t [0x800]uint16) {
	for r := range rune(len(t)) {
		switch {
		case r < utf8.RuneSelf:
			t[r] = foldSlow
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if l := unicode.ToLower(r); l > 0 && l < rune(len(t)) {
				t[r] = uint16(l)
			} else {
				t[r] = foldSlow
			}
		}
	}
	return t
}()

// foldDrop marks, in asciiWordFold, a character foldText drops.
const foldDrop = 0xff

// asciiWordFold maps an ASCII character to what foldText writes for it:
// a letter in lower case, a digit, foldDrop for an apostrophe, which
// joins the words around it, and a space, a word break, for any other.
var asciiWordFold = func() (t [utf8.RuneSelf]byte) {
	for c := range byte(utf8.RuneSelf) {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = c
		case 'A' <= c && c <= 'Z':
			t[c] = c + 'a' - 'A'
		case c == '\'':
			t[c] = foldDrop
		default:
			t[c] = ' '
		}
	}
	return t
}()

// A foldArena holds the folded texts (foldText) of a document's blocks in
// a few shared chunks rather than in one allocation each. Like the
// document, it is used by one goroutine at a time.
type foldArena struct {
	stringArena
}

// newFoldArena returns an arena for the blocks of a text of size bytes:
// a chunk holds half of that, within 256 bytes and 64 KiB, and the arena
// takes another when one is full.
func newFoldArena(size int) *foldArena {
	chunk := min(max(size/2, 256), 64<<10)
	return &foldArena{stringArena{next: chunk, most: chunk}}
}

// fold returns foldText(s), written in the arena's buffer, or in a new
// one when that has not room for it: a folded text takes at most 3 bytes
// for every 2 of s (a letter whose lower case is longer).
func (a *foldArena) fold(s string) string {
	a.reserve(len(s) + len(s)/2)
	start := len(a.buf)
	a.buf = appendFold(a.buf, s)
	return frozenString(a.buf[start:])
}

// foldPhrase returns clean.FoldPhrase(s), written in the arena's buffer
// as fold writes foldText(s): it too takes at most 3 bytes for every 2
// of s.
func (a *foldArena) foldPhrase(s string) string {
	a.reserve(len(s) + len(s)/2)
	start := len(a.buf)
	a.buf = clean.AppendFoldPhrase(a.buf, s)
	return frozenString(a.buf[start:])
}

// foldWithin is fold when foldText(s) has at most limit bytes; when it
// has more, it reports false and the arena is left as it was.
func (a *foldArena) foldWithin(s string, limit int) (string, bool) {
	a.reserve(min(len(s)+len(s)/2, limit))
	start := len(a.buf)
	buf, ok := appendFoldWithin(a.buf, s, limit)
	if !ok {
		a.buf = a.buf[:start]
		return "", false
	}
	a.buf = buf
	return frozenString(a.buf[start:]), true
}
