package clean

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A PhraseSet names one kind of boilerplate whose usual wording the phrase
// tables know, in several languages.
type PhraseSet string

// The phrase sets. Each holds, per language (at least en, fr, de, es, it,
// pt, nl and sv), the stock phrases of one kind of boilerplate.
const (
	// PhraseNavigation: "Skip to content", "Menu", "Back to top".
	PhraseNavigation PhraseSet = "navigation"
	// PhraseTags: labels of tag lists and breadcrumbs ("Tags:", "Mots-clés").
	PhraseTags PhraseSet = "tags"
	// PhraseShare: share prompts and social buttons.
	PhraseShare PhraseSet = "share"
	// PhraseNewsletter: newsletter and subscription prompts.
	PhraseNewsletter PhraseSet = "newsletter"
	// PhraseCookie: cookie and consent banners.
	PhraseCookie PhraseSet = "cookie"
	// PhraseModeration: comment-section notices and headings.
	PhraseModeration PhraseSet = "moderation"
	// PhraseRelated: headings of related and recommended links.
	PhraseRelated PhraseSet = "related"
	// PhraseFooter: copyright, legal and contact links.
	PhraseFooter PhraseSet = "footer"
	// PhraseEnd: lines that close an article: the heading of its comment
	// section, a copyright notice. A subset of PhraseModeration and
	// PhraseFooter for the lines that nothing of the article follows.
	PhraseEnd PhraseSet = "end"
	// PhraseCredit: image credits and captions' labels.
	PhraseCredit PhraseSet = "credit"
	// PhraseByline: the words that introduce an author ("By", "Par").
	PhraseByline PhraseSet = "byline"
	// PhraseDateline: the words that introduce a date ("Published",
	// "Mis à jour le").
	PhraseDateline PhraseSet = "dateline"
	// PhraseComments: the headings and prompts of comment sections ("12
	// Comments", "Laisser un commentaire"), as whole lines.
	PhraseComments PhraseSet = "comments"
	// PhraseAd: the labels that mark advertisements ("Advertisement",
	// "Anzeige") and the notes that bridge them ("Story continues below
	// advertisement"), as whole lines.
	PhraseAd PhraseSet = "ad"
	// PhrasePaywall: the prompts of paywalls and subscription boxes
	// ("Subscribe to continue reading", "Réservé aux abonnés").
	PhrasePaywall PhraseSet = "paywall"
	// PhraseAuthorBio: the verb and job title of a writer's biography
	// ("is a reporter", "est journaliste", "ist Redakteurin"), the ways to
	// reach a writer ("can be reached at"), and, anchored at the start,
	// the labels of contributor lines ("Reporting by", "Mit Material von").
	PhraseAuthorBio PhraseSet = "authorbio"
	// PhraseNotAuthor: generic labels that stand where a name would but
	// name no one ("Guest", "Admin", "Anonymous", "Invité", "Gast"), as
	// whole texts.
	PhraseNotAuthor PhraseSet = "notauthor"
	// PhraseRole: job titles that follow a writer's name in a byline
	// ("Staff Writer", "Correspondent", "Rédactrice"), as the text's end;
	// a longer title comes before the shorter one it ends with, which
	// MatchPhrase would report first.
	PhraseRole PhraseSet = "role"
	// PhrasePostMeta: the sentences, anchored at the start, in which a
	// blog engine files a post ("This entry was posted in ... and tagged
	// ...", "Ce billet a été publié dans ...").
	PhrasePostMeta PhraseSet = "postmeta"
	// PhraseAffiliate: the disclosures of affiliate links ("This post may
	// contain affiliate links", "erhalten wir eine Provision").
	PhraseAffiliate PhraseSet = "affiliate"
)

// A PhraseMatch reports which phrase of a set matched a text.
type PhraseMatch struct {
	Set PhraseSet
	// Phrase is the phrase as written in the table, without its anchors:
	// lower case, punctuation replaced by spaces, numbers written "#".
	Phrase string
	// Lang is the ISO 639-1 code of the phrase's language.
	Lang string
}

// MatchPhrase reports whether text contains a phrase of set, and which.
//
// Both sides are compared in a folded form: lower case, curly apostrophes
// made straight, punctuation (but not symbols such as "©") turned into
// spaces, runs of digits written "#", spaces collapsed. A phrase matches
// whole words only. A phrase may be anchored: "^" in front requires it to
// start the text, "$" at the end requires it to end the text, so "^share$"
// matches the line "Share:" but not "Share prices fell". The languages
// are tried in a fixed order and the first match is reported; text in any
// language is matched against every language's phrases.
//
// The tables are built on first use; MatchPhrase is safe for concurrent
// use. Texts longer than 2,000 bytes never match: boilerplate is short.
// To match one text against several sets, fold it once with FoldPhrase
// and call MatchFolded.
func MatchPhrase(set PhraseSet, text string) (PhraseMatch, bool) {
	if len(text) > maxPhraseText || !MayMatch(set, text) {
		return PhraseMatch{}, false
	}
	return MatchFolded(set, FoldPhrase(text))
}

// maxPhraseText is the longest text MatchPhrase and MatchFolded search.
const maxPhraseText = 2000

// MatchFolded is MatchPhrase for a text already folded by FoldPhrase. It
// looks up each word of folded in an index of the phrases by their first
// word, so its cost grows with the text, not with the tables, and it does
// not allocate. It is safe for concurrent use.
func MatchFolded(set PhraseSet, folded string) (PhraseMatch, bool) {
	ix := phraseSetOf(set)
	if ix == nil || len(folded) > maxPhraseText {
		return PhraseMatch{}, false
	}
	best := -1
	try := func(cands []int, pos int) {
		for _, k := range cands {
			if best >= 0 && k >= best {
				return // candidates are in table order
			}
			p := &ix.phrases[k]
			after := pos + len(p.text)
			// The tests that read a byte or two come before the
			// comparison: most phrases that share a first word end
			// elsewhere or with another byte.
			if after > len(folded) || after < len(folded) && folded[after] != ' ' ||
				p.end && after != len(folded) ||
				after > pos && folded[after-1] != p.text[len(p.text)-1] || folded[pos:after] != p.text {
				continue
			}
			best = k
			return
		}
	}
	if len(ix.anywhere) == 0 {
		if w := folded[:foldedWordEnd(folded)]; w != "" && ix.mayStartText(w) {
			try(ix.first(w).atStart, 0)
		}
	} else {
		// The words end at the spaces, found eight bytes at a time (see
		// spaceBits), and at the end of folded, taken for a space past
		// it in the last eight bytes read.
		pos := 0 // the start of the word being read
		for i := 0; i <= len(folded); i += 8 {
			var m uint64
			if i+8 <= len(folded) {
				m = spaceBits(load64(folded, i))
			} else {
				m = spaceBits(tailBytes(folded, i)) | 0x80<<(8*(len(folded)-i))
			}
			for ; m != 0; m &= m - 1 {
				end := i + bits.TrailingZeros64(m)/8
				if end > pos { // not an empty word
					// wordBit of the word, as mayStartText and
					// mayStartAnywhere find it.
					bit := (uint(folded[pos])*131 + uint(folded[end-1])*31 + uint(end-pos)) % wordBits
					may := ix.mayStart[bit/64]
					if pos == 0 {
						may |= ix.textStart[bit/64]
					}
					if may&(1<<(bit%64)) != 0 {
						e := ix.first(folded[pos:end]) // the values of atStart and anywhere, or none
						if pos == 0 && ix.textStart[bit/64]&(1<<(bit%64)) != 0 {
							try(e.atStart, pos)
						}
						try(e.anywhere, pos)
					}
				}
				pos = end + 1
			}
		}
	}
	if best < 0 {
		return PhraseMatch{}, false
	}
	p := ix.phrases[best]
	return PhraseMatch{Set: set, Phrase: p.text, Lang: p.lang}, true
}

// spaceIn8 returns the index of the first space among the eight bytes of
// v (little-endian), or 8 when none is: a space is a zero byte of v xor
// spaces, which the usual test for a zero byte finds exactly for the
// first one (a borrow only ever marks bytes after it).
func spaceIn8(v uint64) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := v ^ 0x20*ones
	return bits.TrailingZeros64((x-ones)&^x&highs) / 8
}

// spaceBits returns the high bit of each byte of v that is a space, and
// no other bit: exactly, unlike spaceIn8's test, as no sum below carries
// into the next byte (a byte's low seven bits plus 0x7f stay below 0x100).
func spaceBits(v uint64) uint64 {
	const lows = 0x7f7f7f7f7f7f7f7f
	x := v ^ 0x2020202020202020 // a zero byte for each space
	return ^((x&lows + lows) | x | lows)
}

// tailBytes returns the bytes of s from i, fewer than eight, as the low
// bytes of a little-endian word whose other bytes are zero (no space).
func tailBytes(s string, i int) uint64 {
	if len(s) >= 8 {
		return load64(s, len(s)-8) >> (8 * (i + 8 - len(s))) // 0 for i == len(s)
	}
	var v uint64
	for j := len(s) - 1; j >= i; j-- {
		v = v<<8 | uint64(s[j])
	}
	return v
}

// foldedWordEnd returns the index of the first space of s, or len(s):
// the end of the folded word s starts with, found eight bytes at a time.
func foldedWordEnd(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if k := spaceIn8(load64(s, i)); k < 8 {
			return i + k
		}
	}
	for i < len(s) && s[i] != ' ' {
		i++
	}
	return i
}

// firstWord returns the first word of a folded text.
func firstWord(folded string) string {
	w, _, _ := strings.Cut(folded, " ")
	return w
}

// FoldPhrase returns text in the folded form MatchPhrase compares: lower
// case, straight apostrophes, punctuation turned into spaces, digit runs
// written "#", single spaces, no leading or trailing space.
func FoldPhrase(text string) string {
	b := AppendFoldPhrase(make([]byte, 0, len(text)), text)
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b)) // b is not written again
}

// AppendFoldPhrase appends FoldPhrase(text) to dst and returns the
// extended buffer, so that a caller folding many texts can keep them in
// shared buffers. The folded text takes at most 3 bytes for every 2 of
// text (a letter whose lower case is longer); when dst has that much room
// left, AppendFoldPhrase does not allocate. It is safe for concurrent
// use on distinct buffers.
func AppendFoldPhrase(dst []byte, text string) []byte {
	start := len(dst)
	dst = appendFoldAll(dst, text)
	return trimFoldEnd(dst, start)
}

// appendFoldAll is appendFoldPrefix with no limit: it appends all of
// FoldPhrase(text) but for the trimming of a last space. It writes in
// place, with what it wrote last as its one state ('#' after a digit run,
// ' ' after a word break or at the start, another byte after a letter),
// so that an ASCII character costs a table load and a store. An ASCII
// character folds to at most one byte, so b is grown to hold a byte per
// byte of text, and again after a non-ASCII character, which is appended
// and may take more (a lower case of 3 bytes for 2, U+FFFD for an invalid
// byte): a buffer with room for FoldPhrase's usual bound is not grown.
func appendFoldAll(b []byte, text string) []byte {
	b = slices.Grow(b, len(text))
	n := len(b)
	buf := b[:cap(b)]
	last := byte(' ') // no space is written first
	for i := 0; i < len(text); {
		// Letters and single spaces fold to themselves, letters in lower
		// case: of the next eight bytes, those up to the first that does
		// not are written at once. b has room for a byte per byte of text
		// left (see above), so for all eight.
		if i+8 <= len(text) {
			v := load64(text, i)
			if k := letterPrefix8(v, last == ' '); k > 0 {
				binary.LittleEndian.PutUint64(buf[n:], lowerLetters8(v))
				n += k
				i += k
				last = buf[n-1]
				if k == 8 {
					continue
				}
				// The byte at i is not a letter nor a single space: it
				// takes the path below.
			}
		}
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			f := asciiFold[c]
			if f > foldDigit { // a letter, a symbol or an apostrophe
				buf[n] = f
				n++
				last = f
				continue
			}
			if f == foldSpace {
				f = ' '
			}
			if f != last {
				buf[n] = f
				n++
				last = f
			}
			if f == ' ' {
				// The spaces after a word break fold to nothing: passed
				// over here, so that the eight bytes above start at the
				// next word (as after ", ").
				for i < len(text) && text[i] == ' ' {
					i++
				}
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		var w []byte
		switch cls := classOf(r, classTable()); {
		case r == '’' || r == 'ʼ':
			w, last = append(buf[:n], '\''), '\''
		case cls&clsDigit != 0:
			if last == foldDigit {
				continue
			}
			w, last = append(buf[:n], foldDigit), foldDigit
		case cls&(clsLetter|clsMark|clsSymbol) != 0:
			w, last = utf8.AppendRune(buf[:n], toLower(r, lowerTable())), 'a'
		default:
			if last == ' ' {
				continue
			}
			w, last = append(buf[:n], ' '), ' '
		}
		w = slices.Grow(w, len(text)-i) // room for the rest in ASCII
		n, buf = len(w), w[:cap(w)]
	}
	return buf[:n]
}

// letterPrefix8 returns how many of the eight bytes of v (little-endian),
// from the first, appendFoldAll writes as they are but for upper-case
// letters lowered (lowerLetters8): ASCII letters and spaces, up to a
// space that follows another, or that opens them when space says the
// fold is at a word break already. A byte beyond the first that is not
// ASCII may be misread, as the sums below carry out of it, but only
// those after it, which are not counted.
func letterPrefix8(v uint64, space bool) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// Below the first byte from 0x80 no sum carries into the next byte:
	// the high bit of x+(0x80-lo) is set for a byte from lo, that of
	// x+(0x7f-hi) for one beyond hi.
	w := v | 0x20*ones // letters in lower case
	letters := (w + (0x80-'a')*ones) &^ (w + (0x7f-'z')*ones)
	spaces := (v + (0x80-' ')*ones) &^ (v + (0x7f-' ')*ones) & highs
	bad := (v | ^(letters | spaces)) & highs
	bad |= spaces & (spaces << 8)
	if space {
		bad |= spaces & 0x80
	}
	return bits.TrailingZeros64(bad) / 8
}

// lowerLetters8 lowers the upper-case ASCII letters of the eight bytes of
// v, which are ASCII up to the first that is not: those after it may be
// changed.
func lowerLetters8(v uint64) uint64 {
	const ones = 0x0101010101010101
	geA := v + (0x80-'A')*ones   // 0x80 set in the bytes from 'A'
	gtZ := v + (0x80-'Z'-1)*ones // 0x80 set in the bytes beyond 'Z'
	return v | (geA&^gtZ&(0x80*ones))>>2
}

// appendFoldPrefix appends FoldPhrase(text) to b as FoldPhrase writes it,
// but for the trimming of a last space (trimFoldEnd), and stops once it
// has appended limit bytes or more; it reports whether it read all of
// text. It allocates only when b's capacity is short.
func appendFoldPrefix(b []byte, text string, limit int) ([]byte, bool) {
	start := len(b)
	space, digit := true, false
	classes, lowers := classTable(), lowerTable()
	i := 0
	for i < len(text) && len(b)-start < limit {
		if c := text[i]; c < utf8.RuneSelf {
			i++
			switch c := asciiFold[c]; c {
			case foldSpace:
				if !space {
					b = append(b, ' ')
				}
				space, digit = true, false
			case foldDigit:
				if !digit {
					b = append(b, '#')
				}
				space, digit = false, true
			default:
				b = append(b, c)
				space, digit = false, false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		cls := classOf(r, classes)
		switch {
		case r == '’' || r == 'ʼ':
			b = append(b, '\'')
			space, digit = false, false
		case cls&clsDigit != 0:
			if !digit {
				b = append(b, '#')
			}
			space, digit = false, true
		case cls&(clsLetter|clsMark|clsSymbol) != 0:
			b = utf8.AppendRune(b, toLower(r, lowers))
			space, digit = false, false
		default:
			if !space {
				b = append(b, ' ')
			}
			space, digit = true, false
		}
	}
	return b, i == len(text)
}

// trimFoldEnd drops the space that may end a fold appendFoldPrefix wrote
// whole from start, as FoldPhrase does. Only a space can be trailing: no
// letter, mark or symbol is a space, and none is written first.
func trimFoldEnd(b []byte, start int) []byte {
	if n := len(b); n > start && b[n-1] == ' ' {
		return b[:n-1]
	}
	return b
}

// Markers of asciiFold.
const (
	foldSpace = 0   // punctuation or space: a word break
	foldDigit = '#' // a digit
)

// asciiFold is what FoldPhrase writes for each ASCII character: the
// character in lower case, or foldSpace or foldDigit. It is built with
// FoldPhrase's own rule for any rune.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range rune(utf8.RuneSelf) {
		switch {
		case c == '\'':
			t[c] = '\''
		case unicode.IsDigit(c):
			t[c] = foldDigit
		case unicode.IsLetter(c) || unicode.IsMark(c) || unicode.IsSymbol(c):
			t[c] = byte(unicode.ToLower(c))
		default:
			t[c] = foldSpace
		}
	}
	return t
}()

// phrase is one entry of a built phrase table.
type phrase struct {
	text       string
	lang       string
	start, end bool
}

// phraseSetIndex is the built table of one set: its phrases in table
// order (languages in phraseLangOrder), and their positions by first
// word, for the phrases anchored at the start and for the others.
type phraseSetIndex struct {
	phrases           []phrase
	atStart, anywhere map[string][]int
	// mayStart has the wordBit of every key of anywhere, and textStart
	// of every key of atStart: most words of a text are no first word,
	// and a bit test is cheaper than a lookup.
	mayStart, textStart [wordBits / 64]uint64
	// firsts holds the keys of atStart and anywhere with their values,
	// found by firstSlot: MatchFolded looks a word up there rather than
	// in the maps, for a hash of its bytes and a comparison.
	firsts []firstWordEntry
}

// A firstWordEntry is a slot of phraseSetIndex.firsts: a first word of
// the set's phrases, and its values in atStart and anywhere; an empty
// word for a free slot.
type firstWordEntry struct {
	word              string
	atStart, anywhere []int
}

// firstHash hashes a word, not empty, for phraseSetIndex.firsts: FNV-1a
// over its bytes.
func firstHash(w string) uint {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return uint(h)
}

// first returns the slot of word in si.firsts: its entry, or a free one
// when word is no first word. word is not empty.
func (si *phraseSetIndex) first(word string) *firstWordEntry {
	mask := uint(len(si.firsts) - 1)
	for k := firstHash(word) & mask; ; k = (k + 1) & mask {
		if e := &si.firsts[k]; e.word == word || e.word == "" {
			return e
		}
	}
}

// buildFirsts fills si.firsts from atStart and anywhere: a table of a
// power of two slots, at least twice as many as the words, so that a
// lookup finds a free slot soon.
func (si *phraseSetIndex) buildFirsts() {
	n := 4
	for n < 2*(len(si.atStart)+len(si.anywhere)) {
		n *= 2
	}
	si.firsts = make([]firstWordEntry, n)
	for w, at := range si.atStart {
		e := si.first(w)
		e.word, e.atStart = w, at
	}
	for w, at := range si.anywhere {
		e := si.first(w)
		e.word, e.anywhere = w, at
	}
}

// wordBits is the size of phraseSetIndex.mayStart, in bits.
const wordBits = 1024

// wordBit hashes a word to a bit of phraseSetIndex.mayStart from its
// length and its first and last bytes.
func wordBit(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(w[0])*131 + uint(w[len(w)-1])*31 + uint(len(w))) % wordBits
}

// mayStartAnywhere reports whether word can be a key of anywhere; false
// means it is not.
func (si *phraseSetIndex) mayStartAnywhere(word string) bool {
	bit := wordBit(word)
	return si.mayStart[bit/64]&(1<<(bit%64)) != 0
}

// mayStartText reports whether word can be a key of atStart; false means
// it is not.
func (si *phraseSetIndex) mayStartText(word string) bool {
	bit := wordBit(word)
	return si.textStart[bit/64]&(1<<(bit%64)) != 0
}

// startsAnchored reports whether word is a key of atStart: the first
// word of a phrase anchored at the start. The bit test of mayStartText
// turns most other words away before the lookup in firsts, which costs
// less than one in the map.
func (si *phraseSetIndex) startsAnchored(word string) bool {
	return word != "" && si.mayStartText(word) && si.first(word).atStart != nil
}

// phraseIndex returns the folded tables, built once.
var phraseIndex = sync.OnceValue(func() map[PhraseSet]*phraseSetIndex {
	ix := make(map[PhraseSet]*phraseSetIndex, len(phraseTables))
	for set, langs := range phraseTables {
		si := &phraseSetIndex{atStart: make(map[string][]int), anywhere: make(map[string][]int)}
		for _, lang := range phraseLangOrder {
			for _, raw := range langs[lang] {
				p := phrase{lang: lang}
				if s, ok := strings.CutPrefix(raw, "^"); ok {
					raw, p.start = s, true
				}
				if s, ok := strings.CutSuffix(raw, "$"); ok {
					raw, p.end = s, true
				}
				p.text = FoldPhrase(strings.ReplaceAll(raw, "#", "0"))
				if p.text == "" {
					continue
				}
				first := firstWord(p.text)
				by := si.anywhere
				if p.start {
					by = si.atStart
				}
				by[first] = append(by[first], len(si.phrases))
				bits := &si.mayStart
				if p.start {
					bits = &si.textStart
				}
				bit := wordBit(first)
				bits[bit/64] |= 1 << (bit % 64)
				si.phrases = append(si.phrases, p)
			}
		}
		si.buildFirsts()
		ix[set] = si
	}
	return ix
})

// phraseLangOrder is the order in which languages are tried.
var phraseLangOrder = []string{"en", "fr", "de", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "ru"}

// MonthName returns the month a month name or abbreviation stands for
// ("janvier", "Sept", "März", "okt."), and the language it was found in
// (the first of the languages in their fixed order that has the name).
// The comparison ignores case (as strings.ToLower folds it) and a
// trailing period. It does not allocate and is safe for concurrent use.
func MonthName(word string) (m time.Month, lang string, ok bool) {
	word = strings.TrimSuffix(word, ".")
	ix := monthIndex()
	var buf [monthKeyMax]byte
	n, ok := lowerInto(buf[:], word)
	if !ok || n > ix.maxLen {
		return 0, "", false
	}
	e, ok := ix.names[string(buf[:n])]
	return e.month, e.lang, ok
}

type monthEntry struct {
	month time.Month
	lang  string
}

// monthKeyMax bounds the length in bytes of a folded month name; it is
// checked against the table by the tests.
const monthKeyMax = 32

// monthTable is the index of the month names: each name's month, and the
// longest name's length in bytes.
type monthTable struct {
	names  map[string]monthEntry
	maxLen int
}

// monthIndex maps every month name of monthNames to its month, built once.
var monthIndex = sync.OnceValue(func() monthTable {
	ix := monthTable{names: make(map[string]monthEntry)}
	for _, l := range phraseLangOrder {
		for i, names := range monthNames[l] {
			for _, name := range strings.Split(names, "|") {
				if _, dup := ix.names[name]; !dup && name != "" {
					ix.names[name] = monthEntry{time.Month(i + 1), l}
					ix.maxLen = max(ix.maxLen, len(name))
				}
			}
		}
	}
	return ix
})

// monthNames lists, per language, each month's names and abbreviations
// separated by "|".
var monthNames = map[string][12]string{
	"en": {"january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul", "august|aug", "september|sept|sep", "october|oct", "november|nov", "december|dec"},
	"fr": {"janvier|janv", "février|fevrier|févr|fevr|fév", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août|aout", "septembre", "octobre", "novembre", "décembre|decembre|déc"},
	"de": {"januar|jänner|jän", "februar", "märz|mär", "april", "mai", "juni", "juli", "august", "september", "oktober|okt", "november", "dezember|dez"},
	"es": {"enero|ene", "febrero", "marzo", "abril|abr", "mayo", "junio", "julio", "agosto|ago", "septiembre|setiembre", "octubre", "noviembre", "diciembre|dic"},
	"it": {"gennaio|gen", "febbraio", "marzo", "aprile", "maggio|mag", "giugno|giu", "luglio|lug", "agosto", "settembre|set", "ottobre|ott", "novembre", "dicembre"},
	"pt": {"janeiro", "fevereiro|fev", "março|marco", "abril", "maio", "junho", "julho", "agosto", "setembro|set", "outubro|out", "novembro", "dezembro|dez"},
	"nl": {"januari", "februari", "maart|mrt", "april", "mei", "juni", "juli", "augustus", "september", "oktober|okt", "november", "december"},
	"sv": {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober|okt", "november", "december"},
	"da": {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"},
	"nb": {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember|des"},
	"pl": {"stycznia|styczeń|styczen", "lutego|luty", "marca|marzec", "kwietnia|kwiecień", "maja|maj", "czerwca|czerwiec", "lipca|lipiec", "sierpnia|sierpień", "września|wrzesień", "października|październik", "listopada|listopad", "grudnia|grudzień"},
	"ru": {"января|январь|янв", "февраля|февраль|фев", "марта|март", "апреля|апрель|апр", "мая|май", "июня|июнь", "июля|июль", "августа|август|авг", "сентября|сентябрь|сен", "октября|октябрь|окт", "ноября|ноябрь|ноя", "декабря|декабрь|дек"},
}

// phraseTables holds the phrases of each set, per language, in the syntax
// MatchPhrase describes ("^" and "$" anchors; "#" for a number).
var phraseTables = map[PhraseSet]map[string][]string{
	PhraseNavigation: {
		"en": {"skip to content", "skip to main content", "skip to navigation", "skip to site index", "jump to navigation", "^menu$", "^main menu$", "^open menu$", "^close menu$", "^toggle navigation$", "^home$", "^search$", "back to top", "^sections$", "^log in$", "^sign in$", "^login$", "^register$", "^you are here$", "^previous$", "^next$", "^load more$", "^cancel$", "^close$", "^previous post$", "^next post$", "^older posts$", "^newer posts$", "^back to gallery", "^next prev$", "^prev next$", "^previous next$", "^# # of #$", "^# of #$", "^table of contents$", "^increase text size$", "^decrease text size$", "^increase font size$", "^decrease font size$"},
		"fr": {"aller au contenu", "passer au contenu", "aller au menu", "passer au menu", "^menu principal$", "^accueil$", "^rechercher$", "^recherche$", "retour en haut", "^haut de page$", "^se connecter$", "^connexion$", "^vous êtes ici$", "^précédent$", "^suivant$", "^fermer$", "^annuler$", "^article précédent$", "^article suivant$", "^articles plus anciens$", "^table des matières$", "^sommaire$", "^augmenter la taille du texte$", "^diminuer la taille du texte$", "^réduire la taille du texte$"},
		"de": {"zum inhalt springen", "zum hauptinhalt", "zur navigation", "^hauptmenü$", "^startseite$", "^suche$", "^suchen$", "nach oben", "^anmelden$", "^einloggen$", "^sie sind hier$", "^zurück$", "^weiter$", "^schließen$", "^abbrechen$", "^vorheriger beitrag$", "^nächster beitrag$", "^ältere beiträge$", "^inhaltsverzeichnis$", "^schrift vergrößern$", "^schrift verkleinern$", "^schriftgröße ändern$"},
		"es": {"saltar al contenido", "ir al contenido", "^menú$", "^inicio$", "^buscar$", "volver arriba", "^iniciar sesión$", "^usted está aquí$", "^anterior$", "^siguiente$", "^cerrar$", "^cancelar$", "^entrada anterior$", "^entrada siguiente$", "^entradas antiguas$", "^tabla de contenidos$", "^índice de contenidos$", "^aumentar el tamaño del texto$", "^disminuir el tamaño del texto$", "^reducir el tamaño del texto$"},
		"it": {"vai al contenuto", "salta al contenuto", "^menù$", "^cerca$", "torna su", "^accedi$", "^ti trovi in$", "^precedente$", "^successivo$", "^chiudi$", "^annulla$", "^articolo precedente$", "^articolo successivo$", "^post più vecchi$", "^indice dei contenuti$", "^sommario$", "^aumenta la dimensione del testo$", "^riduci la dimensione del testo$"},
		"pt": {"ir para o conteúdo", "saltar para o conteúdo", "pular para o conteúdo", "^início$", "^pesquisar$", "^buscar$", "voltar ao topo", "^entrar$", "^você está aqui$", "^próximo$", "^fechar$", "^cancelar$", "^postagem anterior$", "^próxima postagem$", "^postagens mais antigas$", "^índice de conteúdos$", "^sumário$", "^aumentar o tamanho do texto$", "^diminuir o tamanho do texto$"},
		"nl": {"naar de inhoud", "ga naar inhoud", "^zoeken$", "terug naar boven", "^inloggen$", "^u bent hier$", "^vorige$", "^volgende$", "^sluiten$", "^annuleren$", "^vorig bericht$", "^volgend bericht$", "^oudere berichten$", "^inhoudsopgave$", "^tekst vergroten$", "^tekst verkleinen$"},
		"sv": {"hoppa till innehåll", "gå till innehåll", "till huvudinnehåll", "^meny$", "^startsida$", "^sök$", "till toppen", "^logga in$", "^du är här$", "^föregående$", "^nästa$", "^stäng$", "^avbryt$", "^föregående inlägg$", "^nästa inlägg$", "^äldre inlägg$", "^nyare inlägg$", "^innehållsförteckning$", "^större text$", "^mindre text$"},
	},
	PhraseTags: {
		"en": {"^tags$", "^tags ", "^tagged ", "^tagged with", "^topics$", "^related topics$", "^filed under", "^categories$", "^category$", "^posted in ", "^keywords$"},
		"fr": {"^mots clés$", "^mots clés ", "^mot clé$", "^thèmes$", "^thématiques$", "^sujets$", "^tags associés", "^classé dans", "^catégories$", "^catégorie$", "^dans la même rubrique"},
		"de": {"^schlagwörter$", "^schlagwörter ", "^schlagworte$", "^themen$", "^stichwörter$", "^kategorien$", "^kategorie$"},
		"es": {"^etiquetas$", "^etiquetas ", "^temas$", "^categorías$", "^categoría$", "^palabras clave"},
		"it": {"^argomenti$", "^tag$", "^categorie$", "^categoria$", "^parole chiave"},
		"pt": {"^etiquetas$", "^assuntos$", "^tópicos$", "^categorias$", "^palavras chave", "^tags relacionadas"},
		"nl": {"^trefwoorden$", "^onderwerpen$", "^categorieën$", "^categorie$"},
		"sv": {"^taggar$", "^ämnen$", "^ämnesord$", "^kategorier$", "^kategori$", "^nyckelord$"},
	},
	PhraseShare: {
		"en": {"share this", "share on", "share article", "share the article", "share this article", "share this story", "share via", "^share$", "^shares$", "^# shares$", "^tweet$", "^email$", "^e mail$", "^print$", "^copy link$", "^link copied$", "^facebook$", "^twitter$", "^linkedin$", "^whatsapp$", "^pinterest$", "^reddit$", "^flipboard$", "^messenger$", "^telegram$", "^pocket$", "^email this$", "^print this", "click to share", "share your thoughts", "^share facebook", "^facebook twitter", "sharing is caring", "^links to this post$", "^like it share it", "^permalink$", "^like this$", "^was this article helpful", "^was this helpful", "^did you find this article helpful", "^like loading", "^get short url", "^short url$", "^like this story", "share it with a friend", "^follow us on ", "apps for ios and android", "app for ios and android", "download our app", "our youtube channel", "our telegram channel", "our whatsapp channel"},
		"fr": {"partager cet article", "partagez cet article", "partager sur", "à partager", "^partager$", "^suivez nous sur ", "^partagez$", "^imprimer$", "^envoyer$", "^envoyer par mail$", "^copier le lien$", "^lien copié$", "partager cet article avec vos proches", "partager par email", "^tweeter$", "^liens vers cet article$", "^permalien", "^cet article vous a t il été utile", "^cet article vous a été utile", "notre chaîne youtube", "notre chaîne telegram", "notre chaîne whatsapp", "téléchargez notre application", "application pour ios et android"},
		"de": {"artikel teilen", "teilen sie", "^teilen$", "^folgen sie uns auf ", "^folge uns auf ", "auf facebook teilen", "^drucken$", "^link kopieren$", "^per e mail", "^versenden$", "^twittern$", "^links zu diesem post$", "^jetzt teilen", "^gefällt mir", "^war der artikel nützlich", "^war dieser artikel hilfreich", "^war dieser beitrag hilfreich", "^war dieser artikel nützlich", "unseren youtube kanal", "unserem youtube kanal", "unseren telegram kanal", "unserem telegram kanal", "unseren whatsapp kanal", "unserem whatsapp kanal", "laden sie unsere app", "app für ios und android"},
		"es": {"compartir en", "comparte este", "compartir este", "^compartir$", "^síguenos en ", "^imprimir$", "^copiar enlace$", "^enviar por correo", "^enlaces a esta entrada$", "^te ha resultado útil", "^te resultó útil este artículo", "nuestro canal de youtube", "canal de telegram", "canal de whatsapp", "descarga nuestra app", "app para ios y android"},
		"it": {"condividi su", "condividi questo", "^condividi$", "^seguici su ", "^stampa$", "^copia link$", "^invia per email", "^link a questo post$", "^questo articolo ti è stato utile", "il nostro canale youtube", "canale telegram", "canale whatsapp", "scarica la nostra app", "app per ios e android"},
		"pt": {"compartilhe", "^siga nos no ", "^siga nos em ", "^sigam nos no ", "compartilhar", "partilhar", "^imprimir$", "^copiar link$", "^enviar por e mail", "^links para esta postagem$", "^este artigo foi útil", "nosso canal do youtube", "nosso canal no youtube", "canal no telegram", "canal do telegram", "canal no whatsapp", "baixe nosso app", "baixe o nosso app", "app para ios e android"},
		"nl": {"deel dit", "delen via", "^delen$", "^volg ons op ", "^deel$", "^printen$", "^afdrukken$", "^kopieer link$", "^links naar dit bericht$", "^was dit artikel nuttig", "^was dit artikel behulpzaam", "ons youtube kanaal", "ons telegram kanaal", "ons whatsapp kanaal", "download onze app", "app voor ios en android"},
		"sv": {"dela artikeln", "dela på", "^dela$", "^följ oss på ", "^skriv ut$", "^kopiera länk$", "^mejla$", "^e posta$", "^länkar till det här inlägget$", "^var artikeln till hjälp", "^var den här artikeln till hjälp", "vår youtube kanal", "vår telegram kanal", "vår whatsapp kanal", "ladda ner vår app", "appen för ios och android"},
	},
	PhraseNewsletter: {
		"en": {"sign up for our newsletter", "subscribe to our newsletter", "our newsletter", "daily newsletter", "stay up to date with", "sign up for the", "newsletter sign up", "sign up to our", "get our newsletter", "subscribe to the newsletter", "delivered to your inbox", "in your inbox", "enter your email", "your email address", "^newsletter$", "^newsletters$", "^subscribe$", "^subscribe now$", "^sign up$", "^get the newsletter$", "newsletter$", "newsletters$", "newsletters and alerts", "thanks for signing up", "successfully subscribed", "^no thanks$", "protected by recaptcha", "news emails", "your inbox", "^subscribe to ", "^sign up for free"},
		"fr": {"inscrivez vous à notre newsletter", "notre newsletter", "recevez gratuitement", "inscrivez vous à la newsletter", "abonnez vous à notre newsletter", "abonnez vous à la newsletter", "recevez notre newsletter", "recevez nos newsletters", "inscrivez vous gratuitement", "votre adresse e mail", "votre adresse email", "^s'abonner$", "^je m'abonne$", "^abonnez vous$", "^s'inscrire$", "^newsletter$", "^lettre d'information$", "newsletter$", "newsletters$", "lettre d'information$", "merci pour votre inscription"},
		"de": {"newsletter abonnieren", "melden sie sich für unseren newsletter", "zum newsletter anmelden", "ihre e mail adresse", "^abonnieren$", "^jetzt abonnieren$", "^newsletter$", "newsletter$", "danke für ihre anmeldung", "^hier kostenlos anmelden", "^jetzt kostenlos anmelden"},
		"es": {"suscríbete a nuestro", "suscríbete al boletín", "suscribirse al boletín", "recibe nuestro boletín", "tu correo electrónico", "^suscribirse$", "^suscríbete$", "^boletín$", "newsletter$", "boletín$", "gracias por suscribirte", "^regístrate gratis"},
		"it": {"iscriviti alla newsletter", "iscriviti alla nostra newsletter", "ricevi la newsletter", "il tuo indirizzo email", "^iscriviti$", "^abbonati$", "newsletter$", "grazie per esserti iscritto", "^iscriviti gratis", "^iscriviti gratuitamente"},
		"pt": {"assine nossa newsletter", "assine a newsletter", "inscreva se na newsletter", "receba nossa newsletter", "seu e mail", "^assine$", "^inscreva se$", "newsletter$", "obrigado por se inscrever", "^cadastre se grátis", "^inscreva se grátis"},
		"nl": {"schrijf je in voor de nieuwsbrief", "meld je aan voor de nieuwsbrief", "abonneer je op", "ontvang onze nieuwsbrief", "je e mailadres", "^nieuwsbrief$", "^aanmelden$", "^abonneren$", "nieuwsbrief$", "bedankt voor je aanmelding", "^meld je gratis aan", "^schrijf je gratis in"},
		"sv": {"prenumerera på vårt nyhetsbrev", "prenumerera på nyhetsbrevet", "anmäl dig till vårt nyhetsbrev", "få vårt nyhetsbrev", "din e postadress", "^nyhetsbrev$", "^prenumerera$", "^bli prenumerant$", "nyhetsbrev$", "tack för din anmälan", "^registrera dig gratis", "^anmäl dig gratis"},
	},
	PhraseCookie: {
		"en": {"we use cookies", "this site uses cookies", "this website uses cookies", "uses cookies", "use of cookies", "cookie policy", "cookie settings", "accept cookies", "accept all cookies", "^accept$", "^accept all$", "^i accept$", "^i agree$", "^got it$", "manage consent", "^reject all$", "you agree to our use of cookies"},
		"fr": {"nous utilisons des cookies", "ce site utilise des cookies", "utilise des cookies", "utilisation des cookies", "utilisation de cookies", "politique de cookies", "gestion des cookies", "paramétrer les cookies", "^accepter$", "^tout accepter$", "^j'accepte$", "^refuser$", "^tout refuser$", "vous acceptez l'utilisation"},
		"de": {"wir verwenden cookies", "wir nutzen cookies", "verwendet cookies", "nutzt cookies", "einsatz von cookies", "verwendung von cookies", "cookie einstellungen", "cookie richtlinie", "^akzeptieren$", "^alle akzeptieren$", "^einverstanden$", "^ablehnen$"},
		"es": {"utilizamos cookies", "usamos cookies", "utiliza cookies", "uso de cookies", "política de cookies", "configuración de cookies", "^aceptar$", "^acepto$", "^aceptar todo$", "^rechazar$"},
		"it": {"utilizziamo i cookie", "usiamo i cookie", "utilizza cookie", "utilizza i cookie", "uso dei cookie", "cookie policy", "informativa sui cookie", "^accetta$", "^accetto$", "^accetta tutto$", "^rifiuta$"},
		"pt": {"utilizamos cookies", "usamos cookies", "utiliza cookies", "uso de cookies", "política de cookies", "^aceitar$", "^aceito$", "^aceitar todos$", "^rejeitar$"},
		"nl": {"wij gebruiken cookies", "we gebruiken cookies", "maakt gebruik van cookies", "gebruikt cookies", "cookiebeleid", "cookie instellingen", "^accepteren$", "^akkoord$", "^alles accepteren$", "^weigeren$"},
		"sv": {"vi använder cookies", "använder cookies", "använder kakor", "vi använder kakor", "om cookies", "cookiepolicy", "^ok jag förstår$", "^jag förstår$", "^acceptera$", "^godkänn$", "^acceptera alla$", "^jag godkänner$"},
	},
	PhraseModeration: {
		"en": {"comments are closed", "comments have been closed", "commenting is closed", "comments are disabled", "leave a comment", "leave a reply", "post a comment", "add a comment", "must be logged in to post a comment", "log in to comment", "join the conversation", "join the discussion", "comment policy", "community guidelines", "^comments$", "^# comments$", "^no comments$", "^comment$", "^show comments$", "^view comments$", "^reply$", "be the first to comment", "your email address will not be published", "required fields are marked", "cancel reply", "^leave a reply", "^report$", "^report abuse$", "you must be logged in to", "log in to join the discussion", "^tell us what you think", "we want to hear what you think"},
		"fr": {"suspendre les commentaires", "commentaires sont fermés", "commentaires fermés", "commentaires sont désactivés", "laisser un commentaire", "laissez un commentaire", "laisser une réponse", "ajouter un commentaire", "réagir à cet article", "vous devez être connecté pour", "pour commenter", "charte de modération", "^commentaires$", "^# commentaires$", "^commenter$", "^réagir$", "^répondre$", "^signaler$", "soyez le premier à commenter", "votre adresse e mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée", "^aucun commentaire$", "^pas de commentaire$"},
		"de": {"kommentare sind geschlossen", "kommentarfunktion", "kommentar schreiben", "kommentar verfassen", "hinterlasse einen kommentar", "diskutieren sie mit", "^kommentare$", "^# kommentare$", "^antworten$", "^melden$", "deine e mail adresse wird nicht veröffentlicht", "ihre e mail adresse wird nicht veröffentlicht", "^keine kommentare$", "sie müssen sich einloggen", "sie müssen angemeldet sein", "^sie sind aktuell nicht eingeloggt", "um sich an einer diskussion"},
		"es": {"comentarios están cerrados", "comentarios cerrados", "deja un comentario", "dejar un comentario", "deja una respuesta", "escribe un comentario", "normas de participación", "^comentarios$", "^# comentarios$", "^responder$", "^denunciar$", "tu dirección de correo electrónico no será publicada", "^no hay comentarios$", "^sin comentarios$"},
		"it": {"commenti sono chiusi", "commenti chiusi", "lascia un commento", "scrivi un commento", "lascia una risposta", "^commenti$", "^# commenti$", "^rispondi$", "^segnala$", "il tuo indirizzo email non sarà pubblicato", "^nessun commento$"},
		"pt": {"comentários estão fechados", "comentários encerrados", "deixe um comentário", "deixe seu comentário", "escreva um comentário", "deixe uma resposta", "o seu endereço de e mail não será publicado", "^comentários$", "^# comentários$", "^responder$", "^denunciar$", "o seu endereço de email não será publicado", "seu endereço de e mail não será publicado", "^nenhum comentário$", "^sem comentários$", "não serão aprovados"},
		"nl": {"reacties zijn gesloten", "reageren is niet meer mogelijk", "laat een reactie achter", "plaats een reactie", "^reacties$", "^# reacties$", "^reageer$", "^reageren$", "^beantwoorden$", "je e mailadres wordt niet gepubliceerd", "^geen reacties$"},
		"sv": {"kommentarsfunktionen", "kommentarerna är stängda", "lämna en kommentar", "skriv en kommentar", "lämna ett svar", "^kommentarer$", "^# kommentarer$", "^kommentera$", "^svara$", "^anmäl$", "din e postadress kommer inte publiceras", "^inga kommentarer$", "^lägg till kommentar$"},
		"pl": {"^dołącz do dyskusji", "^dodaj komentarz$", "^komentarze$"},
	},
	PhraseRelated: {
		"en": {"^related$", "^related articles$", "^related stories$", "^related posts$", "^related content$", "^related coverage$", "^read more$", "^read more ", "^read also", "^see also", "^more from ", "^more on ", "^more stories", "^more news$", "^you may also like", "^you might also like", "^recommended$", "^recommended for you$", "^most popular", "^most read", "^trending$", "^trending now$", "^editor's picks$", "^what to read next", "^also read", "^don't miss$", "^up next$", "^latest news$", "^more in ", "^next up", "^more great ", "^the latest$", "^trending news$", "^popular on ", "^related news$", "^more coverage$", "^more$", "^related post", "^top stories$", "^latest stories$", "^recent posts$", "^popular posts$", "^explore further$", "^more columns", "^you may be interested in", "^most discussed", "^most commented"},
		"fr": {"^à lire aussi", "^a lire aussi", "^lire aussi", "^lire la suite", "^à voir aussi", "^voir aussi", "^sur le même sujet", "^les plus lus", "^les plus populaires", "^vous aimerez aussi", "^vous aimerez peut être", "^à découvrir", "^articles similaires", "^articles liés", "^dans la même rubrique", "^dernières actualités", "^ne manquez pas", "^en lien avec", "^à la une$", "^les plus partagés$", "^derniers articles$", "^articles récents$", "^vidéos sur le sujet", "^audios et vidéos sur le sujet", "^articles sur le même sujet", "^les plus commentés"},
		"de": {"^das könnte sie auch interessieren", "^mehr zum thema", "^weitere artikel", "^meistgelesen", "^meist gelesen", "^lesen sie auch", "^lesen sie mehr", "^auch interessant", "^weiterlesen$", "^ähnliche artikel", "^verwandte artikel", "^empfohlen", "^mehr aus ", "^neueste artikel$", "^beliebte beiträge$", "^neueste beiträge$", "^das könnte dich auch interessieren", "^das thema könnte dich auch interessieren", "^mehr themen", "^weitere themen", "^entdecke weitere", "^entdecken sie weitere", "^mehr kolumnen", "^themen im artikel$", "^heute empfehlen wir$", "^auch lesen", "^meistgelesene", "^meistdiskutierte", "^meistkommentierte"},
		"es": {"^artículos relacionados", "^noticias relacionadas", "^te puede interesar", "^lee también", "^leer más", "^ver también", "^más leídas", "^lo más leído", "^también te puede interesar", "^relacionado", "^más noticias", "^entradas recientes$", "^lo último$", "^últimas noticias$", "^lea también", "^lea más", "^lee más", "^vea también", "^le puede interesar", "^temas relacionados", "^lo más comentado", "^más comentadas", "^más comentados"},
		"it": {"^leggi anche", "^articoli correlati", "^potrebbe interessarti", "^ti potrebbe interessare", "^i più letti", "^più letti", "^leggi di più", "^correlati$", "^altri articoli", "^articoli recenti$", "^ultime notizie$", "^i più commentati", "^più commentati"},
		"pt": {"^leia também", "^leia mais", "^veja também", "^mais lidas", "^notícias relacionadas", "^artigos relacionados", "^você também pode gostar", "^relacionados$", "^saiba mais", "^posts recentes$", "^últimas notícias$", "^mais comentadas", "^mais comentados"},
		"nl": {"^lees ook", "^lees meer", "^meer over", "^gerelateerde artikelen", "^meest gelezen", "^bekijk ook", "^ook interessant", "^gerelateerd$", "^recente berichten$", "^laatste nieuws$", "^meest besproken"},
		"sv": {"^läs också", "^läs även", "^läs mer", "^relaterade artiklar", "^relaterat$", "^mest lästa", "^fler artiklar", "^mer om ", "^se även", "^mest läst", "^toppnyheter", "^senaste nytt$", "^mest delade$", "^populära inlägg$", "^senaste inläggen$", "^mest kommenterade"},
		"pl": {"^zobacz także", "^zobacz też", "^czytaj także", "^czytaj też", "^przeczytaj także", "^przeczytaj też", "^polecamy$"},
	},
	PhraseFooter: {
		"en": {"all rights reserved", "^copyright", "^© ", "privacy policy", "terms of use", "terms of service", "terms and conditions", "^contact us$", "^about us$", "^advertise$", "^advertise with us$", "^careers$", "^sitemap$", "^site map$", "^accessibility$", "^privacy$", "^cookies$", "do not sell my", "^help$", "^faq$", "^contact$", "trust principles", "the views expressed in this", "do not necessarily reflect the views"},
		"fr": {"tous droits réservés", "politique de confidentialité", "^mentions légales$", "conditions générales", "^nous contacter$", "^contactez nous$", "^qui sommes nous$", "^plan du site$", "^données personnelles$", "^publicité$", "^aide$", "^accessibilité$", "n'engagent que leur auteur", "n'engagent que son auteur"},
		"de": {"alle rechte vorbehalten", "^impressum$", "^datenschutz$", "datenschutzerklärung", "^kontakt$", "^über uns$", "^agb$", "nutzungsbedingungen", "^barrierefreiheit$", "^mediadaten$", "^hilfe$", "gibt die meinung des autors wieder", "gibt die meinung der autorin wieder"},
		"es": {"todos los derechos reservados", "política de privacidad", "^aviso legal$", "^contacto$", "^quiénes somos$", "^sobre nosotros$", "términos y condiciones", "^mapa del sitio$", "^publicidad$", "^ayuda$", "no refleja necesariamente la opinión"},
		"it": {"tutti i diritti riservati", "informativa sulla privacy", "^note legali$", "^contatti$", "^chi siamo$", "termini e condizioni", "^mappa del sito$", "^pubblicità$", "^partita iva", "^p iva", "non riflettono necessariamente"},
		"pt": {"todos os direitos reservados", "política de privacidade", "^aviso legal$", "^contato$", "^contacto$", "^quem somos$", "^sobre nós$", "termos de uso", "^mapa do site$", "^publicidade$", "não refletem necessariamente"},
		"nl": {"alle rechten voorbehouden", "^privacybeleid$", "^privacyverklaring$", "^disclaimer$", "^contact$", "^over ons$", "algemene voorwaarden", "^adverteren$", "^colofon$", "geeft niet noodzakelijk de mening"},
		"sv": {"alla rättigheter förbehållna", "^integritetspolicy$", "^personuppgiftspolicy$", "^om oss$", "^kontakta oss$", "^kontakt$", "^annonsera$", "^ansvarig utgivare", "^tillgänglighet$", "^om cookies$", "är skribentens egna"},
	},
	PhraseEnd: {
		"en": {"all rights reserved", "^copyright ©", "^© #", "^copyright #", "^# comments$", "^comments$", "^# responses$", "^# replies$", "^leave a reply$", "^leave a comment$", "^add a comment$", "^post a comment$", "^join the conversation$", "^comments are closed", "^show comments$", "^view comments$", "^top rated comments$", "^most popular comments$", "^leave a reply", "^leave a comment", "your email address will not be published"},
		"fr": {"tous droits réservés", "^# commentaires$", "^commentaires$", "^# réactions$", "^réactions$", "^laisser un commentaire$", "^laissez un commentaire$", "^ajouter un commentaire$", "^réagissez$", "^voir les commentaires$", "^laisser une réponse", "votre adresse e mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée"},
		"de": {"alle rechte vorbehalten", "^# kommentare$", "^kommentare$", "^kommentar schreiben$", "^kommentare anzeigen$", "^diskutieren sie mit$", "^schreibe einen kommentar", "^hinterlasse einen kommentar", "deine e mail adresse wird nicht veröffentlicht"},
		"es": {"todos los derechos reservados", "^# comentarios$", "^comentarios$", "^deja un comentario$", "^dejar un comentario$", "^ver comentarios$", "^deja una respuesta", "^dejar una respuesta", "tu dirección de correo electrónico no será publicada"},
		"it": {"tutti i diritti riservati", "^# commenti$", "^commenti$", "^lascia un commento$", "^scrivi un commento$", "^mostra commenti$", "^lascia una risposta", "il tuo indirizzo email non sarà pubblicato"},
		"pt": {"todos os direitos reservados", "^# comentários$", "^comentários$", "^deixe um comentário$", "^deixe seu comentário$", "^ver comentários$", "^deixe uma resposta", "^deixe um comentário", "o seu endereço de e mail não será publicado", "o seu endereço de email não será publicado", "seu endereço de e mail não será publicado"},
		"nl": {"alle rechten voorbehouden", "^# reacties$", "^reacties$", "^plaats een reactie$", "^laat een reactie achter$", "^reageer$", "je e mailadres wordt niet gepubliceerd"},
		"sv": {"alla rättigheter förbehållna", "^# kommentarer$", "^kommentarer$", "^lämna en kommentar$", "^skriv en kommentar$", "^visa kommentarer$", "^lämna ett svar", "din e postadress kommer inte publiceras"},
	},
	PhraseCredit: {
		"en": {"^©", "^photo$", "^photo ", "^photos ", "^photograph ", "^photograph by", "^image ", "^image$", "^picture ", "^credit ", "^credit$", "^image credit", "^photo credit", "^source ", "^illustration ", "getty images$", "getty images ", "^afp$", "^ap$", "^reuters$", "^shutterstock$", "^courtesy of", "^pictured ", "^above ", "^file photo", "^video$", "^watch$"},
		"fr": {"^crédit photo", "^crédits photo", "^crédit ", "^crédits ", "^photo d'illustration", "^illustration", "^légende ", "^capture d'écran", "^vidéo$"},
		"de": {"^foto ", "^foto$", "^bild ", "^bild$", "^bildquelle", "^quelle ", "^symbolbild", "^fotos ", "^bildrechte"},
		"es": {"^foto ", "^foto$", "^fotografía ", "^imagen ", "^crédito ", "^fuente "},
		"it": {"^foto ", "^foto$", "^immagine ", "^fonte ", "^credito "},
		"pt": {"^foto ", "^foto$", "^fotografia ", "^imagem ", "^crédito ", "^fonte "},
		"nl": {"^foto ", "^foto$", "^beeld ", "^afbeelding ", "^bron "},
		"sv": {"^foto ", "^foto$", "^bild ", "^bild$", "^bildkälla", "^källa ", "^fotograf "},
		"ru": {"^личный архив", "^фото ", "^фото$", "^источник "},
	},
	PhraseByline: {
		"en": {"^by ", "^written by ", "^text by ", "^article by ", "^story by ", "^posted by ", "^words by ", "^reported by ", "^author ", "^authors "},
		"fr": {"^par ", "^publié par ", "^écrit par ", "^texte de ", "^texte par ", "^article de ", "^auteur ", "^auteurs ", "^propos recueillis par "},
		"de": {"^von ", "^autor ", "^autorin ", "^autoren ", "^geschrieben von ", "^text von ", "^eingestellt von ", "^verfasst von "},
		"es": {"^por ", "^autor ", "^escrito por ", "^texto de ", "^texto por ", "^redacción ", "^publicado por "},
		"it": {"^di ", "^autore ", "^scritto da ", "^testo di ", "^a cura di ", "^pubblicato da "},
		"pt": {"^por ", "^autor ", "^escrito por ", "^texto de ", "^texto por ", "^postado por "},
		"nl": {"^door ", "^auteur ", "^geschreven door ", "^tekst door ", "^tekst ", "^geplaatst door "},
		"sv": {"^av ", "^text av ", "^text ", "^skriven av ", "^skribent ", "^författare ", "^upplagd av "},
	},
	PhraseDateline: {
		"en": {"^published", "^updated", "^last updated", "^first published", "^posted on", "^posted", "^modified", "^date "},
		"fr": {"^publié le", "^publié ", "^mis à jour", "^modifié le", "^mise à jour", "^le # "},
		"de": {"^veröffentlicht", "^aktualisiert", "^erstellt am", "^zuletzt aktualisiert", "^stand "},
		"es": {"^publicado", "^actualizado", "^última actualización", "^fecha "},
		"it": {"^pubblicato", "^aggiornato", "^ultimo aggiornamento", "^data "},
		"pt": {"^publicado", "^postado em", "^atualizado", "^atualização", "^data "},
		"nl": {"^gepubliceerd", "^bijgewerkt", "^laatst bijgewerkt", "^geplaatst op"},
		"sv": {"^publicerad", "^uppdaterad", "^senast uppdaterad", "^datum "},
	},
	PhraseComments: {
		"en": {"^# comments$", "^# comment$", "^comments$", "^comments #$", "^leave a comment$", "^leave a reply$", "^post a comment$", "^add a comment$", "^join the discussion$", "^join the conversation$", "^show comments$", "^view comments$", "^reader comments$", "^what do you think$", "^comments are closed$", "your email address will not be published"},
		"fr": {"^# commentaires$", "^# commentaire$", "^commentaires$", "^laisser un commentaire$", "^laissez un commentaire$", "^ajouter un commentaire$", "^réagir$", "^réagissez$", "^voir les commentaires$", "votre adresse e mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée"},
		"de": {"^# kommentare$", "^# kommentar$", "^kommentare$", "^kommentar schreiben$", "^kommentieren$", "^schreiben sie einen kommentar$", "^kommentare anzeigen$", "^diskutieren sie mit$", "^leserkommentare$", "ihre e mail adresse wird nicht veröffentlicht"},
		"es": {"^# comentarios$", "^# comentario$", "^comentarios$", "^deja un comentario$", "^dejar un comentario$", "^deja una respuesta$", "^ver comentarios$", "tu dirección de correo electrónico no será publicada"},
		"it": {"^# commenti$", "^# commento$", "^commenti$", "^lascia un commento$", "^scrivi un commento$", "^lascia un commento annulla risposta$", "^mostra commenti$", "il tuo indirizzo email non sarà pubblicato"},
		"pt": {"^# comentários$", "^# comentário$", "^comentários$", "^deixe um comentário$", "^deixe uma resposta$", "^ver comentários$", "o seu endereço de email não será publicado", "seu endereço de e mail não será publicado"},
		"nl": {"^# reacties$", "^# reactie$", "^reacties$", "^reageer$", "^plaats een reactie$", "^laat een reactie achter$", "^bekijk reacties$", "je e mailadres wordt niet gepubliceerd"},
		"sv": {"^# kommentarer$", "^# kommentar$", "^kommentarer$", "^kommentera$", "^lämna en kommentar$", "^skriv en kommentar$", "^visa kommentarer$", "din e postadress kommer inte publiceras"},
	},
	PhraseAd: {
		"en": {"^advertisement$", "^advertisements$", "^advertising$", "^ad$", "^ads$", "^sponsored$", "^sponsored content$", "^paid content$", "^paid post$", "^promoted$", "^promoted content$", "^story continues below advertisement$", "^article continues below advertisement$", "^continue reading below$", "^article continues below$", "^skip advert$", "^remove ads$", "^ad feedback$", "^advert$", "^adverts$"},
		"fr": {"^publicité$", "^pub$", "^contenu sponsorisé$", "^sponsorisé$", "^la suite après la publicité$", "^l'article continue ci dessous$", "^la suite de l'article après cette publicité$"},
		"de": {"^anzeige$", "^werbung$", "^gesponsert$", "^sponsored$", "^weiterlesen nach der anzeige$", "^lesen sie nach der anzeige weiter$", "^artikel wird nach der anzeige fortgesetzt$", "^mehr nach der anzeige$"},
		"es": {"^publicidad$", "^anuncio$", "^patrocinado$", "^contenido patrocinado$", "^sigue leyendo después de la publicidad$"},
		"it": {"^pubblicità$", "^sponsorizzato$", "^contenuto sponsorizzato$", "^annuncio$", "^continua a leggere dopo la pubblicità$"},
		"pt": {"^publicidade$", "^anúncio$", "^patrocinado$", "^conteúdo patrocinado$", "^continua depois da publicidade$", "^continua após a publicidade$"},
		"nl": {"^advertentie$", "^gesponsord$", "^gesponsorde inhoud$", "^het artikel gaat verder onder de advertentie$"},
		"sv": {"^annons$", "^annonser$", "^sponsrad$", "^sponsrat innehåll$", "^artikeln fortsätter under annonsen$"},
	},
	PhrasePaywall: {
		"en": {"subscribe to continue reading", "subscribe to read", "subscribe to keep reading", "this article is for subscribers only", "this content is for subscribers only", "this article is reserved for subscribers", "already a subscriber", "already have an account log in", "to continue reading", "become a subscriber", "create a free account to continue", "you have reached your limit of free articles", "you've reached your free article limit", "unlock this article", "get unlimited access", "this is premium content", "to view the full story", "edition for the full story", "please subscribe to"},
		"fr": {"réservé aux abonnés", "cet article est réservé aux abonnés", "il vous reste # de cet article à lire", "la suite est réservée aux abonnés", "déjà abonné", "abonnez vous pour lire la suite", "pour lire la suite", "lire la suite abonnez vous", "article réservé aux abonnés"},
		"de": {"abonnieren sie", "jetzt abonnieren", "dieser artikel ist nur für abonnenten", "nur für abonnenten", "jetzt weiterlesen mit", "weiterlesen mit", "bereits abonnent", "schon abonnent", "sie sind bereits abonnent", "um diesen artikel zu lesen", "mit plus weiterlesen", "exklusiv für abonnenten"},
		"es": {"suscríbete para seguir leyendo", "suscríbete para continuar leyendo", "contenido exclusivo para suscriptores", "exclusivo para suscriptores", "ya eres suscriptor", "para seguir leyendo", "hazte suscriptor", "hazte miembro", "hazte socio"},
		"it": {"abbonati per continuare a leggere", "articolo riservato agli abbonati", "contenuto riservato agli abbonati", "riservato agli abbonati", "sei già abbonato", "per continuare a leggere"},
		"pt": {"assine para continuar lendo", "assine para ler", "conteúdo exclusivo para assinantes", "exclusivo para assinantes", "já é assinante", "para continuar a ler", "para continuar lendo"},
		"nl": {"abonneer om verder te lezen", "dit artikel is alleen voor abonnees", "alleen voor abonnees", "ben je al abonnee", "al abonnee", "word abonnee", "lees verder met"},
		"sv": {"prenumerera för att läsa vidare", "bli prenumerant", "redan prenumerant", "endast för prenumeranter", "för att läsa hela artikeln", "logga in för att läsa"},
	},
	PhraseNotAuthor: {
		"en": {"^guest$", "^admin$", "^administrator$", "^anonymous$", "^anon$", "^unknown$", "^user$", "^visitor$", "^webmaster$", "^moderator$", "^author page$", "^author profile$", "^all articles$", "^more articles$", "^learn more$", "^read more$", "^recent posts$", "^link$", "^last$", "^more information$", "^further information$"},
		"fr": {"^invité$", "^invitée$", "^anonyme$", "^administrateur$", "^visiteur$", "^utilisateur$", "^page auteur$", "^tous ses articles$", "^en savoir plus$", "^lire la suite$", "^articles récents$", "^plus d'informations$", "^plus d'infos$"},
		"de": {"^gast$", "^anonym$", "^administrator$", "^besucher$", "^benutzer$", "^autorenseite$", "^autorenprofil$", "^alle artikel$", "^mehr erfahren$", "^weiterlesen$", "^neueste beiträge$", "^weitere informationen$", "^mehr informationen$"},
		"es": {"^invitado$", "^invitada$", "^anónimo$", "^anonimo$", "^administrador$", "^visitante$", "^usuario$", "^página del autor$", "^todos los artículos$", "^más información$", "^leer más$", "^entradas recientes$", "^más informaciones$"},
		"it": {"^ospite$", "^anonimo$", "^amministratore$", "^visitatore$", "^utente$", "^pagina autore$", "^tutti gli articoli$", "^scopri di più$", "^leggi di più$", "^articoli recenti$", "^maggiori informazioni$", "^ulteriori informazioni$"},
		"pt": {"^convidado$", "^visitante$", "^anônimo$", "^anónimo$", "^administrador$", "^usuário$", "^utilizador$", "^página do autor$", "^todos os artigos$", "^saiba mais$", "^leia mais$", "^posts recentes$", "^mais informações$"},
		"nl": {"^gast$", "^anoniem$", "^beheerder$", "^bezoeker$", "^gebruiker$", "^auteurspagina$", "^alle artikelen$", "^meer informatie$", "^lees meer$", "^recente berichten$", "^meer info$"},
		"sv": {"^gäst$", "^anonym$", "^administratör$", "^besökare$", "^användare$", "^författarsida$", "^alla artiklar$", "^läs mer$", "^senaste inläggen$", "^mer information$"},
		"pl": {"^gość$", "^anonim$", "^administrator$"},
		"ru": {"^гость$", "^аноним$", "^администратор$", "^админ$", "^пользователь$"},
	},
	PhraseRole: {
		"en": {"staff writer$", "senior writer$", "contributing writer$", "freelance writer$", "staff reporter$", "senior reporter$", "reporter$", "senior correspondent$", "foreign correspondent$", "special correspondent$", "correspondent$", "contributing editor$", "senior editor$", "editor$", "contributor$", "columnist$"},
		"fr": {"journaliste$", "rédacteur$", "rédactrice$", "correspondant$", "correspondante$", "envoyé spécial$", "envoyée spéciale$", "chroniqueur$", "chroniqueuse$"},
		"de": {"redakteur$", "redakteurin$", "korrespondent$", "korrespondentin$", "autor$", "autorin$", "reporter$", "reporterin$"},
		"es": {"periodista$", "redactor$", "redactora$", "corresponsal$", "columnista$", "enviado especial$", "enviada especial$"},
		"it": {"giornalista$", "redattore$", "redattrice$", "corrispondente$", "inviato$", "inviata$"},
		"pt": {"jornalista$", "repórter$", "redator$", "redatora$", "correspondente$", "colunista$", "enviado especial$"},
		"nl": {"journalist$", "redacteur$", "verslaggever$", "correspondent$", "columnist$"},
		"sv": {"journalist$", "reporter$", "redaktör$", "korrespondent$", "krönikör$"},
	},
	PhraseAffiliate: {
		"en": {"affiliate links", "affiliate link", "we may earn a commission", "we earn a commission", "may earn a small commission", "we may receive a commission", "earn a commission at no extra cost"},
		"fr": {"liens affiliés", "lien affilié", "liens d'affiliation", "nous percevons une commission", "nous touchons une commission"},
		"de": {"affiliate links", "affiliate link", "provisions links", "erhalten wir eine provision", "eine provision vom händler", "ggf eine provision", "eine kleine provision"},
		"es": {"enlaces de afiliados", "enlaces de afiliado", "enlace de afiliado", "recibimos una comisión", "podemos recibir una comisión"},
		"it": {"link di affiliazione", "link affiliati", "riceviamo una commissione", "potremmo ricevere una commissione"},
		"pt": {"links de afiliados", "links afiliados", "link de afiliado", "recebemos uma comissão", "podemos receber uma comissão"},
		"nl": {"affiliate links", "affiliatelinks", "ontvangen wij een commissie", "ontvangen we een kleine vergoeding"},
		"sv": {"affiliatelänkar", "affiliatelänk", "vi får provision", "vi kan få provision"},
	},
	PhrasePostMeta: {
		"en": {"^this entry was posted in ", "^this entry was posted on ", "^this entry was filed under ", "^this post was posted in ", "^this article was posted in ", "^posted in uncategorized", "^bookmark the permalink", "^reading time # min", "^reading time # minutes", "^# min read", "^# minute read", "and filed under "},
		"fr": {"^ce billet a été publié dans ", "^cet article a été publié dans ", "^cette entrée a été publiée dans ", "^cet article a été publié le ", "^ce billet a été publié le ", "^ajoutez ce permalien à vos favoris", "^temps de lecture # min", "^temps de lecture # minutes", "et classé dans "},
		"de": {"^der beitrag wurde am ", "^dieser beitrag wurde am ", "^dieser eintrag wurde am ", "^dieser beitrag wurde unter ", "^dieser eintrag wurde in ", "^setze ein lesezeichen auf den permalink", "^lesezeit # min", "^lesezeit # minuten", "und abgelegt unter "},
		"es": {"^esta entrada fue publicada en ", "^esta entrada se publicó en ", "^esta entrada fue publicada el ", "^entrada publicada en ", "^guarda el enlace permanente", "^tiempo de lectura # min", "^tiempo de lectura # minutos", "y archivado en "},
		"it": {"^questa voce è stata pubblicata in ", "^questo articolo è stato pubblicato in ", "^questa voce è stata pubblicata il ", "^aggiungi ai segnalibri il permalink", "^tempo di lettura # min", "^tempo di lettura # minuti", "e archiviato in "},
		"pt": {"^esta entrada foi publicada em ", "^este post foi publicado em ", "^este artigo foi publicado em ", "^marque o link permanente", "^tempo de leitura # min", "^tempo de leitura # minutos", "e arquivado em "},
		"nl": {"^dit bericht werd geplaatst in ", "^dit bericht is geplaatst in ", "^dit item is geplaatst in ", "^bookmark de permalink", "^leestijd # min", "^leestijd # minuten", "en gearchiveerd onder "},
		"sv": {"^detta inlägg postades i ", "^detta inlägg publicerades i ", "^det här inlägget postades i ", "^bokmärk permalänken", "^lästid # min", "^lästid # minuter", "och arkiverat under "},
	},
	PhraseAuthorBio: {
		"en": {"is a reporter", "is a senior reporter", "is a staff reporter", "is a staff writer", "is a senior writer", "is a freelance writer", "is a freelance journalist", "is a writer", "is a journalist", "is an editor", "is a senior editor", "is a contributing editor", "is a contributing writer", "is a correspondent", "is a columnist", "is a contributor", "is the author of", "is an author", "^reporting by ", "^additional reporting by ", "^editing by ", "^writing by ", "^compiled by ", "can be reached at", "may be reached at", "can be contacted at", "^about the author$", "^about the authors$"},
		"fr": {"est journaliste", "est rédacteur", "est rédactrice", "est correspondant", "est correspondante", "est chroniqueur", "est chroniqueuse", "est l'auteur de", "est l'autrice de", "^avec l'afp$", "^avec afp$", "peut être contacté à", "peut être contactée à", "^à propos de l'auteur$", "^à propos de l'autrice$", "^l'auteur$"},
		"de": {"ist redakteur", "ist redakteurin", "ist journalist", "ist journalistin", "ist korrespondent", "ist korrespondentin", "ist autor", "ist autorin", "schreibt für", "^mitarbeit ", "^mit material von ", "^redaktion ", "^über den autor$", "^über die autorin$", "^zum autor$", "^zur autorin$"},
		"es": {"es periodista", "es redactor", "es redactora", "es corresponsal", "es columnista", "es autor de", "es autora de", "^con información de ", "^edición de ", "^redacción de ", "^sobre el autor$", "^sobre la autora$", "^acerca del autor$"},
		"it": {"è giornalista", "è un giornalista", "è una giornalista", "è redattore", "è redattrice", "è corrispondente", "è autore di", "è autrice di", "^hanno collaborato ", "^ha collaborato ", "^sull'autore$", "^l'autore$"},
		"pt": {"é jornalista", "é repórter", "é redator", "é redatora", "é correspondente", "é colunista", "é autor de", "é autora de", "^com informações de ", "^colaboração de ", "^edição de ", "^sobre o autor$", "^sobre a autora$"},
		"nl": {"is journalist", "is redacteur", "is verslaggever", "is correspondent", "is columnist", "is auteur van", "^met medewerking van ", "^bewerking ", "^over de auteur$", "^over de schrijver$"},
		"sv": {"är journalist", "är reporter", "är redaktör", "är korrespondent", "är krönikör", "är författare", "^med bidrag från ", "^redigering ", "^om författaren$", "^om skribenten$"},
	},
}

// NameConjunctions returns the words that join the names of co-authors in
// one byline or metadata value ("Jane Doe and John Roe", "Jean Dupont et
// Marie Martin"), each with a space on both sides (" and ", " & "), for
// the languages of the phrase tables in their fixed order, without
// duplicates. The slice is the caller's own.
func NameConjunctions() []string { return slices.Clone(nameConjunctionList()) }

var nameConjunctionList = sync.OnceValue(func() []string {
	var out []string
	seen := make(map[string]bool)
	for _, l := range phraseLangOrder {
		for _, w := range nameConjunctions[l] {
			if w = " " + w + " "; !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
})

// nameConjunctions lists, per language, the words for "and" between two
// names.
var nameConjunctions = map[string][]string{
	"en": {"and", "&"}, "fr": {"et"}, "de": {"und"}, "es": {"y"}, "it": {"e"},
	"pt": {"e"}, "nl": {"en"}, "sv": {"och"}, "da": {"og"}, "nb": {"og"},
}

// IsAuthorPathWord reports whether a lower-case segment of a URL path
// names the author pages of a site ("author", "auteur", "autor"), as in
// https://example.com/author/jane-roe/.
func IsAuthorPathWord(seg string) bool { return authorPathWords[seg] }

// authorPathWords are the path segments of author pages in the tabled
// languages.
var authorPathWords = map[string]bool{
	"author": true, "authors": true, "auteur": true, "auteurs": true, "autor": true, "autoren": true,
	"autores": true, "autore": true, "autori": true, "autrice": true,
	"journalist": true, "journalists": true, "journaliste": true, "redacteur": true, "forfattare": true,
	"skribent": true, "skribenter": true, "medewerker": true,
}

// IsNameParticle reports whether a lower-case word is a particle that
// starts surnames in one of the tabled languages ("di", "von", "van",
// "de"), so that "Di Maio" reads as a name even though "di" also
// introduces Italian bylines.
func IsNameParticle(word string) bool { return nameParticles[word] }

// nameParticles are the surname particles of the tabled languages.
var nameParticles = map[string]bool{
	"de": true, "du": true, "des": true, "le": true, "la": true, "di": true, "da": true,
	"del": true, "della": true, "dos": true, "das": true, "von": true, "van": true,
	"der": true, "den": true, "ten": true, "ter": true, "af": true,
}
