package extract

import (
	"bytes"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
)

// Limits of the visible byline reader (visibleAuthors).
const (
	// visibleBylineBefore is how many blocks before the headline a byline
	// may sit (above the headline, beside the kicker).
	visibleBylineBefore = 3
	// visibleDateBefore is how many blocks before the headline a date line
	// may sit (above the kicker, a credit and a share button).
	visibleDateBefore = 5
	// visibleBylineBlocks is how many kept blocks from there are read.
	visibleBylineBlocks = 16
	// visibleBylineWords is the longest line read.
	visibleBylineWords = 16
	// nameMaxWords is the most words of one name.
	nameMaxWords = 4
)

// visibleAuthors returns the writers a page names in its visible byline,
// near the headline: from the few blocks before the headline (or the
// main content, when no headline was found) to the first paragraph of
// prose, at most visibleBylineBlocks kept blocks. The first of these
// lines that names someone gives the answer (see lineAuthors); nil when
// none does. It reads a short window, so its cost does not grow with the
// page. The names of a line with a byline word and the dates of the
// lines read are kept in read (see lineReads; nil for none).
func visibleAuthors(doc *Document, read *lineReads) []string {
	names, _ := visibleByline(doc, read)
	return names
}

// visibleByline is visibleAuthors that also returns the block of the
// byline window the names were read from; nil for a name read after a
// byline label elsewhere on the page (labelledName), or for none.
func visibleByline(doc *Document, read *lineReads) ([]string, *Block) {
	var buf [visibleBylineBlocks]*Block
	win := bylineWindow(doc, visibleBylineBefore, false, &buf)
	for i := range win {
		if names := lineAuthors(doc, win, i, read); len(names) > 0 {
			return names, win[i]
		}
	}
	return labelledName(doc), nil
}

// bylineWindow returns the kept blocks where a byline or date line may
// sit: from before blocks before the headline (or the main
// content, when no headline was found) to the body's first paragraph of
// prose after the lead, included (paragraphs above the headline are not
// prose) (a caption inside a figure is not
// prose, nor a repeat of the paragraph before, as a page that prints its
// summary twice shows it), at most visibleBylineBlocks blocks;
// with withHeadline, the copies of the headline removed as such are in
// it too ("08.11.2021 | Headline"). The window is built in buf.
func bylineWindow(doc *Document, before int, withHeadline bool, buf *[visibleBylineBlocks]*Block) []*Block {
	return bylineWindowAt(doc, headlineAnchor(doc), before, withHeadline, buf)
}

// bylineWindowAt is bylineWindow for a caller that knows the in-page
// headline already: anchor is headlineAnchor(doc).
func bylineWindowAt(doc *Document, anchor, before int, withHeadline bool, buf *[visibleBylineBlocks]*Block) []*Block {
	// Paragraphs before the headline (a notice, a teaser) are no lead:
	// only those after it count as prose.
	start, opens := anchor, anchor+1
	if start < 0 {
		start, _ = doc.CoreBounds()
		opens = start
	}
	start = max(0, start-before)
	win := buf[:0]
	prose, lastProse := 0, ""
	for _, b := range doc.Blocks[min(start, len(doc.Blocks)):] {
		if b.Features.Words == 0 {
			continue
		}
		if r := b.Removal(); r != nil && !(withHeadline && r.Kind == "headline") {
			continue
		}
		win = append(win, b)
		if b.Index >= opens && b.Features.Terminal && b.Features.Words > bylineMaxWords && !(b.DOM != nil && b.DOM.Containers.Has(InFigure)) && b.Text != lastProse {
			// The lead may come before the byline; the body's first
			// paragraph after it closes the window.
			if prose++; prose == 2 {
				break
			}
			lastProse = b.Text
		}
		if len(win) == visibleBylineBlocks {
			break
		}
	}
	return win
}

// leadingDate returns the date that opens a block of the byline window
// ("01.02.2022 Der Arbeitsmarkt ist gut in das Jahr gestartet…",
// "08.11.2021 | Headline"), as press releases and datelines start their
// text; the zero time when none
// does or the date lies after the reference time.
func leadingDate(doc *Document) time.Time {
	var buf [visibleBylineBlocks]*Block
	for _, b := range bylineWindow(doc, visibleDateBefore, true, &buf) {
		// A block with fewer than five digits holds no date (mayHoldDate).
		if !mayHoldDate(b) {
			continue
		}
		if t, start, _, ok := clean.FindDate(b.Text); ok && start == 0 && !afterReference(doc, t) {
			return t
		}
	}
	return time.Time{}
}

// labelledName returns the name on the line after a byline label
// ("Author", "Written by", "Von:") anywhere on the page, as author boxes
// show it; nil when there is none.
func labelledName(doc *Document) []string {
	for i, b := range doc.Blocks[:max(len(doc.Blocks)-1, 0)] {
		if b.Features.Words == 0 || b.Features.Words > 3 {
			continue
		}
		// bylineLabel(b) || writerLabel(b), their gates inline: most
		// lines are turned away without a call.
		if (phraseless(b) || gateByline.ruledOut(b) || !matchesBylineLabel(b)) && (!mayEndColon(b.Text) || !isWriterLabel(b)) {
			continue
		}
		if next := doc.Blocks[i+1]; next.Features.Words <= nameMaxWords*2 {
			if names := nameLine(next.Text); len(names) > 0 {
				return names
			}
		}
	}
	return nil
}

// lineAuthors reads the names in win[i], a line of the byline window:
//   - a byline: a byline word and names ("By Jane Doe", bylineNames), also
//     after a date or label on a dated line ("Published August 7, 2023 by
//     Jane Doe", "Posted by jdoe on 2025-12-18"), but not in a photo
//     credit;
//   - a name and a date ("Jane Doe July 3, 2025", "jdoe | 3 May 2025
//     18:48");
//   - a line of names alone ("Jane Doe", "Jane Doe and John Roe | Guest
//     Columnists") after a byline label ("Written by", "Author"), or next
//     to a date line, or marked as a byline by its classes, or linked to
//     an author page; a single-word name only with the markup or the link.
//
// The names read after a byline word and the dates read are kept in read
// (nil for none), for the byline extractor's pass over all blocks.
func lineAuthors(doc *Document, win []*Block, i int, read *lineReads) []string {
	nameless, near := namelessLine(doc, win, i, read)
	if nameless {
		return nil
	}
	return readLineAuthors(doc, win, i, read, near)
}

// namelessLine reports that lineAuthors(doc, win, i) is nil for sure,
// from facts of the whole line that cost little, so that the cut before a
// credit (beforeCredit) and the readers after it are skipped for most
// lines of the window: a line too long or of several lines, or else one
// without a byline or dateline word among its phrase candidates, a glued
// "ByJane", byline markup, a year or the head of a writer label or intro
// (mayBeWriterLabel), can only be a line of names, which counts only when
// marked (by a label before it or the writer's name) or next to a date
// line. The cut leaves a prefix of the line's words, at least its first
// three, so what the whole line lacks of these it lacks too; false when
// unsure (a text longer than matchPhrase reads). It also reports near
// when it found the line next to a date line (nextToDate), which
// readLineAuthors need not read again; false when it did not look.
func namelessLine(doc *Document, win []*Block, i int, read *lineReads) (nameless, near bool) {
	b := win[i]
	t := b.Text
	if b.Features.Words > visibleBylineWords || strings.Contains(t, "\n") {
		return true, false
	}
	if len(t) > maxPhraseText || len(t) > 2 && strings.HasPrefix(t, "By") && t[2] >= 'A' && t[2] <= 'Z' {
		return false, false
	}
	if b.phraseCandidates()&(gateByline.mask|gateDateline.mask) != 0 {
		return false, false
	}
	if _, dom := doc.familyToken(b, famByline); dom || hasYear(t) || mayBeWriterLabel(t) {
		return false, false
	}
	if i > 0 && (bylineLabel(win[i-1]) || writerLabel(win[i-1])) || writerName(doc, b) {
		return false, false // marked
	}
	near = nextToDate(doc, b, read)
	return !near, near
}

// readLineAuthors is lineAuthors without its gate (namelessLine); near
// says the line is known to be next to a date line (false: not known).
func readLineAuthors(doc *Document, win []*Block, i int, read *lineReads, near bool) []string {
	b := win[i]
	t := b.Text
	if b.Features.Words > visibleBylineWords || strings.Contains(t, "\n") {
		return nil
	}
	whole := t
	if len(t) > 2 && strings.HasPrefix(t, "By") && t[2] >= 'A' && t[2] <= 'Z' {
		t = "By " + t[2:] // "ByJane Doe", the byline word glued to the name
		whole = t
		if names, ok := bylineNames(t); ok {
			return names
		}
	} else if names, ok := read.blockNames(b); ok {
		return names
	}
	// A line cut before a credit is read again; t itself was read. The
	// candidates of a glued byline's text are not b's.
	cands := ^clean.PhraseCandidates(0)
	if t == b.Text {
		cands = b.phraseCandidates()
	}
	if t = beforeCredit(t, cands); t != whole {
		if names, ok := bylineNames(t); ok {
			return names
		}
	}
	if mayBeWriterLabel(t) {
		if names := writerLabelLine(t); len(names) > 0 {
			return names
		}
	}
	if _, credit := gateCredit.match(b); credit {
		return nil
	}
	_, dateline := gateDateline.match(b)
	_, domByline := doc.familyToken(b, famByline)
	dated := hasYear(t) || dateline
	if dated || domByline {
		var buf [visibleBylineWords + 8]string
		words := buf[:0] // strings.Fields(t), in buf when it holds them
		for w := range strings.FieldsSeq(t) {
			words = append(words, w)
		}
		// The suffixes are read as suffixes.from would give them, but
		// without one: its words would leave buf for the heap.
		plain := newSuffixes(t, words).plain
		at := 0 // t[at:] is the suffix from words[j], when plain
		starts := suffixStarts()
		for j := 1; j < len(words); j++ {
			at += len(words[j-1]) + 1
			if c := words[j][0]; c < utf8.RuneSelf && !starts[c] {
				continue // nothing below reads a name after it
			}
			rest := t[min(at, len(t)):]
			if !plain {
				rest = strings.Join(words[j:], " ")
			}
			// Whether a byline word may start rest, read once for
			// bylineNames (whose MatchPhrase asks it first) and userAfter
			// (which asks it of words[j], the same first word when
			// words[j] holds an ASCII letter or digit: the first word of
			// the fold, which MayMatch reads, then ends within words[j]).
			may := clean.MayMatch(clean.PhraseByline, rest)
			if may {
				if names, ok := bylineNames(rest); ok {
					return names
				}
			}
			if mayBeWriterLabel(rest) {
				if names := writerLabelLine(rest); len(names) > 0 {
					return names
				}
			}
			if dated && (may || !hasASCIIAlnum(words[j])) {
				if user := userAfter(words, j); user != "" {
					return []string{user}
				}
			}
		}
	}
	// Both read a date in t, which holds no more digits than b: a block
	// with fewer than five has none (mayHoldDate).
	if mayHoldDate(b) {
		if name := nameBeforeDate(t, doc.Root != nil); name != "" {
			return []string{name}
		}
		if name := nameAfterDate(t, b, read); name != "" {
			return []string{name}
		}
	}
	// A line of names counts by its markup, its link, the label before
	// it, or, for a name of several words, a date line beside it; the
	// line is read only when one of these holds.
	marked := domByline || i > 0 && (bylineLabel(win[i-1]) || writerLabel(win[i-1])) || writerName(doc, b)
	if !marked && !near && !nextToDate(doc, b, read) {
		return nil
	}
	names := nameLine(t)
	if len(names) == 0 {
		return nil
	}
	if marked || countFields(names[0]) > 1 {
		return names
	}
	return nil
}

// nextToDate reports whether the block just before or just after b in
// the page is a date line; their dates are read once in read (nil for
// none).
func nextToDate(doc *Document, b *Block, read *lineReads) bool {
	return b.Index > 0 && isDateLine(doc.Blocks[b.Index-1], read) ||
		b.Index+1 < len(doc.Blocks) && isDateLine(doc.Blocks[b.Index+1], read)
}

// nameBeforeDate returns the name that starts a line which goes on with a
// date: "Jane Doe July 3, 2025", "jdoe September 5, 2024, 11:15pm 1",
// "Acme Studio | October 15, 2025"; "" for other lines. The name is the
// line's head as clean.NameHead reads it, of at most nameMaxWords words,
// not followed by a colon (a label, "Founded: Dec 11"), and what follows
// it, after a separator, starts with a number, a month name or a dateline
// word, and holds a date. A name of one word (a user name, as forum
// posts show them) counts only on an HTML page (dom), not written in
// capitals ("POSTED"), and with a time of day after the date, as post
// headers have.
func nameBeforeDate(t string, dom bool) string {
	// A line that starts with a digit starts with no name: NameHead
	// stops at once at a first word that starts with one.
	if startsDigit(t) || !hasYear(t) {
		return ""
	}
	name := clean.NameHead(t)
	// A one-word name counts only on an HTML page (the last test, first
	// when it is cheap).
	if name == "" || !dom && !strings.Contains(name, " ") ||
		countFields(name) > nameMaxWords || strings.Contains(name, ",") {
		return "" // a "City, Country" dateline is no name
	}
	i := strings.Index(t, name)
	if i != 0 {
		return ""
	}
	rest := t[len(name):]
	if strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimLeft(rest, " |,·•—–-")
	first, _, _ := strings.Cut(rest, " ")
	// A digit, a month's name or a dateline word, the dearer tests asked
	// only when the cheaper fail.
	dated := startsDigit(first)
	if !dated {
		_, _, dated = clean.MonthName(strings.TrimRight(first, ","))
	}
	if !dated {
		_, dated = clean.MatchPhrase(clean.PhraseDateline, rest)
	}
	if !dated {
		return ""
	}
	if _, ok := parseDate(rest); !ok || !plausibleName(name, true) {
		return ""
	}
	if !strings.Contains(name, " ") && (!dom || strings.ToUpper(name) == name || !strings.Contains(rest, ":")) {
		return ""
	}
	return name
}

// userAfter returns the user name that follows a one-word byline word at
// words[j] on a dated line ("Posted in News by jdoe on August 3, 2019",
// "Gespeichert von rasos am 24. Juli 2017"): a single lower-case token with
// a letter, at the end of the line or before a lower-case word, a date or
// a separator; "" otherwise. Capitalised names are bylineNames' work.
func userAfter(words []string, j int) string {
	if j+1 >= len(words) {
		return ""
	}
	// A word with an ASCII letter or digit whose fold starts no byline
	// phrase is turned away before it is joined (see clean.MayMatch): what
	// follows it cannot change the first folded word.
	if hasASCIIAlnum(words[j]) && !clean.MayMatch(clean.PhraseByline, words[j]) {
		return ""
	}
	m, ok := clean.MatchPhrase(clean.PhraseByline, words[j]+" x")
	if !ok || strings.Contains(m.Phrase, " ") {
		return ""
	}
	user := strings.TrimRight(words[j+1], ",:;|")
	user = strings.TrimLeft(user, ":")
	if user == "" || !startsLowerLetter(user) || !plausibleName(user, true) {
		return ""
	}
	if j+2 < len(words) {
		next := words[j+2]
		if !startsLowerLetter(next) && !startsDigit(next) && !strings.ContainsAny(next[:1], "|»·•—–-") {
			return ""
		}
	}
	return user
}

// nameAfterDate returns the name that follows a date at the start of a
// line: "September 17, 2019 Helmut Rubik", "28. Jan. 2022 Paula Balov",
// "01.12.2021 | Jane Doe"; "" for other lines. The name, after an
// optional time of day and separators, is read by clean.NameHead and must
// have 2 to nameMaxWords words. t is the text of b or a part of it, whose
// date is read once in read (see lineReads.findDate; nil for none).
func nameAfterDate(t string, b *Block, read *lineReads) string {
	if !hasYear(t) {
		return ""
	}
	_, begin, pos, ok := read.findDate(b, t)
	if !ok || begin != 0 {
		return ""
	}
	rest := strings.TrimLeft(t[pos:], " ,|·•—–-/")
	if first, after, _ := strings.Cut(rest, " "); strings.Contains(first, ":") && startsDigit(first) {
		rest = strings.TrimLeft(after, " ,|·•—–-/")
	}
	name := clean.NameHead(rest)
	if k := countFields(name); k < 2 || k > nameMaxWords || !plausibleName(name, false) {
		return ""
	}
	return name
}

// suffixStarts returns, for each ASCII byte, whether readLineAuthors
// reads the suffix of a dated line that starts with it: false for a
// letter or digit that starts no byline word (clean.StartBytes: neither
// bylineNames nor userAfter, which match one there, can read a name) and
// that mayBeWriterLabel's first test turns away (it starts no writer
// label or intro). Built on first use.
var suffixStarts = sync.OnceValue(func() *[utf8.RuneSelf]bool {
	byline := clean.StartBytes(clean.PhraseByline)
	var t [utf8.RuneSelf]bool
	for c := range byte(utf8.RuneSelf) {
		alnum := c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
		f := asciiWordFold[c]
		noLabel := f != foldDrop && f != ' ' && !writerFirstBytes[f]
		t[c] = !alnum || byline[c] || !noLabel
	}
	return &t
})

// startsLowerLetter reports whether s starts with a lower-case letter.
func startsLowerLetter(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// nameLine returns the names of a line that holds only names, joined by
// commas or conjunctions, possibly followed by a separator and a role
// ("Jane Doe and John Roe | Guest Columnists"); nil for any other line.
func nameLine(t string) []string {
	if i := roleSeparator(t); i >= 0 {
		t = t[:i]
	}
	var names []string
	for _, part := range splitNames(t) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if clean.NameHead(part) != part || !plausibleName(part, false) {
			return nil
		}
		names = append(names, part)
	}
	return names
}

// roleSeparator returns the index of the first "|", "•" or "·" in t, or
// -1: strings.IndexAny(t, "|•·") by byte searches, as no byte of these
// can continue another character.
func roleSeparator(t string) int {
	i := strings.IndexByte(t, '|')
	for _, sep := range [...]string{"•", "·"} {
		if j := strings.Index(t, sep); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	return i
}

// plausibleName reports whether s can be a person's or a byline's name:
// 1 to nameMaxWords words, at most 40 runes, no colon, "@" or "/", no
// digit (unless user names are allowed, and then only in a single word),
// starting with a letter, every word after the first capitalised or a
// name particle, and not a label of the phrase tables (dateline, byline
// word, navigation, share, tags, a generic "Admin"), a weekday or a month.
func plausibleName(s string, userNames bool) bool {
	nw, first := 0, ""
	for w := range strings.FieldsSeq(s) {
		if nw == 0 {
			first = w
		}
		nw++
	}
	if nw == 0 || nw > nameMaxWords || utf8.RuneCountInString(s) > 40 ||
		strings.ContainsAny(s, ":@/") || !hasAlnum(first[:1]) || startsDigit(s) {
		return false
	}
	if strings.ContainsAny(s, "0123456789") && (!userNames || nw > 1) {
		return false
	}
	if nw > 1 && !startsUpper(s) {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if _, ok := clean.WeekdayName(w); ok {
			return false
		}
		if nw == 1 {
			if _, _, ok := clean.MonthName(w); ok {
				return false
			}
		}
	}
	// The fold, on the stack (s has at most 40 runes, which fold to at
	// most 3 bytes each), is matched only against the sets among its
	// phrase candidates.
	var buf [3 * 40]byte
	folded := string(clean.AppendFoldPhrase(buf[:0], s))
	cands := clean.Candidates(folded)
	for _, set := range [...]clean.PhraseSet{clean.PhraseDateline, clean.PhraseByline, clean.PhraseNavigation,
		clean.PhraseShare, clean.PhraseTags, clean.PhraseComments, clean.PhraseNewsletter} {
		if !cands.Has(set) {
			continue
		}
		if _, ok := clean.MatchFolded(set, folded); ok {
			return false
		}
	}
	return !notAName(s)
}

// bylineLabel reports whether a block is a byline word alone ("Written
// by", "Author", "Par"): the name follows on the next line.
// A line without phrase candidates of the byline words, as most are, is
// turned away without a call (phraseless, then gateByline.ruledOut).
func bylineLabel(b *Block) bool {
	return !phraseless(b) && !gateByline.ruledOut(b) && matchesBylineLabel(b)
}

// matchesBylineLabel is bylineLabel past its gate.
func matchesBylineLabel(b *Block) bool {
	m, ok := gateByline.match(b)
	return ok && b.foldedText() == m.Phrase
}

// isDateLine reports whether a block is a short line that holds a date,
// and is not a labelled field of a profile ("Founded: Dec 11, 2021",
// "Joined: 3 mars 2020"): a label before a colon must be a dateline word
// ("Published:", "Publié :"). Its date is read once in read (see
// lineReads.findDate; nil for none).
func isDateLine(b *Block, read *lineReads) bool {
	// A line with fewer than five digits holds no date parseDate reads
	// (see mayHoldDate).
	if b.Features.Words > bylineInnerWords+2 || !mayHoldDate(b) {
		return false
	}
	if label, _, ok := strings.Cut(b.Text, ":"); ok && !strings.ContainsAny(label, "0123456789") {
		if _, dateline := clean.MatchPhrase(clean.PhraseDateline, b.Text); !dateline {
			return false
		}
	}
	_, _, _, ok := read.findDate(b, b.Text)
	return ok
}

func startsDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// beforeCredit returns the part of a byline line before a picture credit
// that follows the writer's ("Text von Anna Maier Illustration von Jan
// Roe", "By Jane Doe Photos by John Roe"), cut at the first word, after
// the second, that starts a credit of the phrase tables; t itself when
// none does. cands are t's phrase candidates (clean.TextCandidates), or
// any that hold them (all sets, when unknown).
func beforeCredit(t string, cands clean.PhraseCandidates) string {
	var buf [visibleBylineWords + 8]string
	words := buf[:0] // strings.Fields(t), in buf when it holds them
	for w := range strings.FieldsSeq(t) {
		words = append(words, w)
	}
	if len(words) <= 3 {
		return t
	}
	sfx := newSuffixes(t, words)
	// A suffix's fold is the end of t's, so its words and pairs are t's:
	// without a credit among t's candidates (in a text whose fold
	// Candidates reads whole), a suffix can match only by a phrase
	// anchored at its start, told by its first word (anchored).
	anchored := len(t) <= maxPhraseText/2 && !cands.Has(clean.PhraseCredit)
	from := 3
	if !anchored {
		if rest := sfx.from(3); clean.TextCandidates(rest).Has(clean.PhraseCredit) {
			if _, ok := clean.MatchPhrase(clean.PhraseCredit, rest); ok {
				return wordsBefore(t, words, 3, rest, sfx.plain)
			}
		}
		// No phrase matches anywhere from the fourth word on, so a later
		// suffix can match only by a phrase anchored at its start, whose
		// phrase candidates its first two words give (creditMayStart).
		from = 4
	}
	short := len(t) <= maxMatchedText
	for j := from; j < len(words); j++ {
		rest := sfx.from(j)
		switch {
		case anchored:
			if !clean.MayStartAnchored(clean.PhraseCredit, rest) {
				continue
			}
		case short:
			if !creditMayStart(words, j, rest) {
				continue
			}
		case !clean.TextCandidates(rest).Has(clean.PhraseCredit):
			continue
		}
		if _, ok := clean.MatchPhrase(clean.PhraseCredit, rest); ok {
			return wordsBefore(t, words, j, rest, sfx.plain)
		}
	}
	return t
}

// wordsBefore is suffixes.before(j) for the suffix rest = from(j): read
// from t, not from the suffixes, so that the words may stay in their
// caller's array.
func wordsBefore(t string, words []string, j int, rest string, plain bool) string {
	if plain {
		return t[:len(t)-len(rest)-1]
	}
	return strings.Join(words[:j], " ")
}

// maxMatchedText is the longest text clean.MatchPhrase searches: in a
// longer line, a suffix may match where the whole does not.
const maxMatchedText = 2000

// creditMayStart reports whether a credit phrase anchored at the start may
// match rest, strings.Join(words[j:], " "): whether the phrase candidates
// of its first two words hold the credit set. When words[j] or
// words[j+1] may fold to other than one word (see foldsToOneWord), those
// of all rest are tested.
func creditMayStart(words []string, j int, rest string) bool {
	end := min(j+2, len(words))
	for _, w := range words[j:end] {
		if !foldsToOneWord(w) {
			return clean.TextCandidates(foldHead(words, j, rest)).Has(clean.PhraseCredit)
		}
	}
	var buf [2 * maxGateWord]byte
	if len(words[j])+1+len(words[end-1]) > len(buf) {
		return clean.TextCandidates(rest).Has(clean.PhraseCredit)
	}
	head := append(buf[:0], words[j]...)
	if end == j+2 {
		head = append(append(head, ' '), words[j+1]...)
	}
	return clean.TextCandidates(string(head)).Has(clean.PhraseCredit)
}

// foldHead returns the head of rest, strings.Join(words[j:], " "), whose
// fold (clean.FoldPhrase) holds the first two words of rest's fold, or
// all of it: rest up to the end of the second of its words that holds an
// ASCII letter or digit, which fold to a word at least. A phrase anchored
// at the start of rest has its key (its first word, or first two) in the
// head's fold, as the head ends where a word ends and its fold is the
// start of rest's.
func foldHead(words []string, j int, rest string) string {
	n, seen := 0, 0
	for _, w := range words[j:] {
		n += len(w)
		if hasASCIIAlnum(w) {
			if seen++; seen == 2 {
				return rest[:n]
			}
		}
		n++ // the space after w
	}
	return rest
}

// hasASCIIAlnum reports whether s holds an ASCII letter or digit.
func hasASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; 'a' <= c && c <= 'z' || '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// maxGateWord is the longest word creditMayStart reads in place.
const maxGateWord = 32

// foldsToOneWord reports whether clean.FoldPhrase writes w, a word without
// spaces, as exactly one word: w is ASCII letters, digits and
// apostrophes, and not empty.
func foldsToOneWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'') {
			return false
		}
	}
	return w != ""
}

// suffixes gives the texts strings.Join(words[j:], " ") and
// strings.Join(words[:j], " ") of a line's words (strings.Fields(t)): as
// parts of t when t is its words joined by single spaces, as most lines
// are, else joined anew.
type suffixes struct {
	t     string
	words []string
	plain bool // t == strings.Join(words, " ")
	j, at int  // t[at:] is the suffix from words[j], when plain
}

func newSuffixes(t string, words []string) suffixes {
	n := max(len(words)-1, 0)
	for _, w := range words {
		n += len(w)
	}
	return suffixes{t: t, words: words, plain: n == len(t) && strings.Count(t, " ") == max(len(words)-1, 0)}
}

// from returns strings.Join(s.words[j:], " ").
func (s *suffixes) from(j int) string {
	if !s.plain {
		return strings.Join(s.words[j:], " ")
	}
	if j < s.j {
		s.j, s.at = 0, 0
	}
	for ; s.j < j; s.j++ {
		s.at += len(s.words[s.j]) + 1
	}
	return s.t[s.at:]
}

// before returns strings.Join(s.words[:j], " ").
func (s *suffixes) before(j int) string {
	if !s.plain || j == 0 {
		return strings.Join(s.words[:j], " ")
	}
	s.from(j)
	return s.t[:s.at-1]
}

// mayBeWriterLabel reports whether writerLabelLine(s) may find names in
// s, reading only its first words as clean.FoldPhrase would write them
// (gateWord): a writer label (labelValue) needs a colon and a first word
// that starts a label; a writer intro (introValue) needs a third word and
// first two words that start an intro. A first word gateWord cannot read
// lets s through. It does not allocate.
//
// A line whose first byte after spaces is an ASCII letter or digit that
// folds to the first byte of no label or intro (writerFirstBytes) is
// turned away first, by one table load. A line whose first word gateWord
// cannot read is gated by the first word of its fold alone
// (mayBeWriterLabelFolded).
func mayBeWriterLabel(s string) bool {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && asciiSpace[s[i]] {
		i++
	}
	if i < len(s) && s[i] < utf8.RuneSelf {
		if f := asciiWordFold[s[i]]; f != foldDrop && f != ' ' && !writerFirstBytes[f] {
			return false
		}
	}
	w, n, ok := leadWords(s)
	if !ok {
		return mayBeWriterLabelFolded(s)
	}
	var buf0, buf1 introFirstBuf
	first, ok := gateWord(buf0[:0], w[0])
	if !ok {
		return mayBeWriterLabelFolded(s)
	}
	if strings.IndexByte(s, ':') >= 0 && writerLabelFirst[string(first)] {
		return true
	}
	if n < 3 || !writerIntroFirst[string(first)] {
		return false
	}
	second, ok := gateWord(buf1[:0], w[1])
	if !ok {
		return true
	}
	pair := append(append(first, ' '), second...)
	return writerIntroPairs[string(pair)]
}

// mayBeWriterLabelFolded is mayBeWriterLabel for any line: a writer
// label needs a colon and an intro three words (strings.Fields), and
// both a fold (clean.FoldPhrase) whose first word starts a label or an
// intro. The first word of the line's fold is that of its first field's,
// which a space in the line ends, unless the field folds to nothing
// ("—", "|"); such a line, or one whose first field is too long to fold
// on the stack, is let through.
func mayBeWriterLabelFolded(s string) bool {
	colon := strings.IndexByte(s, ':') >= 0
	field, fields := leadFields(s)
	if !colon && fields < 3 {
		return false // neither a label nor an intro
	}
	var buf [2 * len(introFirstBuf{})]byte
	if len(field) > len(buf)/2 {
		return true
	}
	folded := clean.AppendFoldPhrase(buf[:0], field)
	if len(folded) == 0 {
		return true
	}
	if i := bytes.IndexByte(folded, ' '); i >= 0 {
		folded = folded[:i]
	}
	return colon && writerLabelFirst[string(folded)] ||
		fields == 3 && writerIntroFirst[string(folded)]
}

// leadFields returns the first of strings.Fields(s) and how many there
// are, counted up to three, by one pass over the bytes up to the third:
// an ASCII byte is told a space by a table, another character by
// unicode.IsSpace.
func leadFields(s string) (first string, n int) {
	start, in := 0, false
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		space := false
		if c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			c, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(c)
		}
		switch {
		case space && in:
			if n == 1 {
				first = s[start:i]
			}
			in = false
		case !space && !in:
			if n++; n == 3 {
				return first, n
			}
			start, in = i, true
		}
		i += size
	}
	if in && n == 1 {
		first = s[start:]
	}
	return first, n
}

// leadWords returns the first three words of s (fewer when it has fewer),
// as strings.Fields splits them, and true; false when a byte outside ASCII
// comes first, where only strings.Fields can tell words from spaces.
func leadWords(s string) (w [3]string, n int, ok bool) {
	i := 0
	for n < len(w) {
		for i < len(s) && s[i] < utf8.RuneSelf && asciiSpace[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		start := i
		for i < len(s) && s[i] < utf8.RuneSelf && !asciiSpace[s[i]] {
			i++
		}
		if i < len(s) && s[i] >= utf8.RuneSelf {
			return w, n, false
		}
		w[n] = s[start:i]
		n++
	}
	return w, n, true
}

// gateWord appends to buf the word clean.FoldPhrase writes first for w, a
// word without spaces, when w is ASCII letters and digits (a run of
// digits written "#"), possibly followed by punctuation that folds to a
// space (",", ".", ";", ":", "!", "?"); false for other words, and for
// words longer than buf's capacity.
func gateWord(buf []byte, w string) ([]byte, bool) {
	w = strings.TrimRight(w, ",.;:!?")
	if w == "" || len(w) > cap(buf) {
		return nil, false
	}
	digit := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
			buf, digit = append(buf, c), false
		case 'A' <= c && c <= 'Z':
			buf, digit = append(buf, c+'a'-'A'), false
		case '0' <= c && c <= '9':
			if !digit {
				buf = append(buf, '#')
			}
			digit = true
		default:
			return nil, false
		}
	}
	return buf, true
}

// introFirstBuf holds a word mayBeWriterLabel folds; longer words are
// not gated.
type introFirstBuf [32]byte

// writerIntroFirst and writerLabelFirst hold the first word of each
// writer intro (writerIntroSet) and writer label (writerLabelSet);
// writerIntroPairs the first two words of each intro.
var (
	writerFirstBytes = firstBytes(writerLabelSet, writerIntroSet)
	writerIntroFirst = firstWords(writerIntroSet, 1)
	writerLabelFirst = firstWords(writerLabelSet, 1)
	writerIntroPairs = firstWords(writerIntroSet, 2)
)

// firstWords returns the first n words of the keys of set, joined by a
// space.
func firstWords[V any](set map[string]V, n int) map[string]bool {
	words := make(map[string]bool)
	for k := range set {
		f := strings.Fields(k)
		words[strings.Join(f[:min(n, len(f))], " ")] = true
	}
	return words
}

// firstBytes returns the set of the first bytes of the keys of two sets.
func firstBytes[V, W any](a map[string]V, b map[string]W) *[256]bool {
	var set [256]bool
	for k := range a {
		set[k[0]] = true
	}
	for k := range b {
		set[k[0]] = true
	}
	return &set
}
