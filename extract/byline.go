package extract

import (
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
)

// Byline removes author and date lines ("By Sarah E. Needleman",
// "Par Jean Dupont", "Nov. 19, 2019 8:03 am ET", "Publié le 3 mars 2020"),
// as kind "byline". It fills Document.Meta.Authors with the names of the
// visible byline near the headline (visibleAuthors), or else of the first
// byline, when the metadata names no one or only the site itself, or at
// last with the names of the page's card labels (labelledAuthors) or its
// first forum poster (posterElement), or of a dated credits line at the
// article's end (endAuthors), and
// Document.Meta.Published with the first date it can read, unless it is
// already set, or at last with the modified date of the markup (see
// pageMeta.modified).
//
// A byline is a short line (at most 12 words) that starts with a byline
// word of the phrase tables followed by a capitalised name, or that holds
// a date and little else; in HTML, a short block whose classes say
// "byline", "author" or "date" also counts. Deeper inside the article's
// core than its first and last 3 blocks, only author lines of at most 6
// words without a sentence end, date lines of at most 7 words without one
// that do not start with a dash (the attribution of a quoted post),
// and longer date lines introduced by a dateline word ("Updated: 19
// November 2019", also after a "|") qualify, so that dates in the body's
// own sentences stay. A bare label of two or more words ("Posted by",
// "Upplagd av") goes anywhere, and so does a line that is only the name of
// an author the page's metadata gives, at the article's end or before its
// first paragraph.
var Byline Extractor = bylineExtractor{}

type bylineExtractor struct{}

func (bylineExtractor) Name() string { return "byline" }

// Limits of Byline.
const (
	bylineMaxWords = 12 // longest byline or date line
	bylineEdge     = 3  // blocks at each end of the core where bylines may sit
	// bylineInnerWords is the longest author line trusted deeper in the
	// core, where it must also lack a sentence end; a bare date line there
	// may have one word more.
	bylineInnerWords = 6
)

func (bylineExtractor) Extract(doc *Document) error {
	keepPastDate(doc)
	host := pageHost(doc.URL)
	var visible []string
	// The lines the window read (their names after a byline word, their
	// dates) are not read again.
	var read lineReads
	doc.Meta.Authors, visible = withVisibleAuthors(doc, host, &read)
	first, last := doc.CoreBounds()
	// A date read here before the headline (a site's date banner) gives
	// way to one read after it, next to the byline, but not to one after
	// the article's core (a related story's card).
	head := headlineAnchor(doc)
	ownDate, earlyDate := false, false
	// A date line of the byline window, next to the headline, is the
	// article's own; it is preferred to dates read further away.
	fromMarkup := !doc.Meta.Published.IsZero()
	var window [visibleBylineBlocks]*Block
	inWindow := bylineWindowAt(doc, head, visibleDateBefore, false, &window)
	// In the window, a date after the headline comes before one above it
	// (a site's date banner), and a publication date before an update.
	var windowDates [4]time.Time // by rank: after/published, after/update, before/published, before/update
	var writers writerFolds
	for _, b := range doc.Blocks {
		// A block without markup is in no embedded post and has no
		// class tokens (see Document.familyToken): told without a call.
		if b.Removed() || b.Features.Words == 0 || b.Features.Words > bylineMaxWords || b.DOM != nil && inEmbeddedPost(doc, b) {
			continue
		}
		// phraseless finds the candidates ruledOut reads. A line that
		// cannot be a writer's name (nameLine below: a page that names
		// none, a line too long or ending a sentence, or one whose first
		// byte starts no writer's name) is left as well.
		if plainLine(doc, b) && (len(doc.Meta.Authors) == 0 || !isShortLine(b, bylineInnerWords) || writers.ruledOut(doc, b)) &&
			(phraseless(b) || gateByline.ruledOut(b)) {
			continue
		}
		inner := doc.InCore(b) && b.Index >= first+bylineEdge && b.Index <= last-bylineEdge
		// The byline word of the phrase tables, read once for the author
		// line (blockBylineNames) and the bare label (isBareLabel).
		// A line with no phrase candidate, as most are, has none, found
		// without a call.
		var word clean.PhraseMatch
		hasWord := false
		if !gateByline.ruledOut(b) {
			word, hasWord = gateByline.match(b)
		}
		var names []string
		isByline := false
		if hasWord {
			names, isByline = read.namesAfter(b, word)
		}
		// writers.match is false without a writer's name or a link (its
		// first tests, here without a call).
		nameLine := isShortLine(b, bylineInnerWords) && (len(doc.Meta.Authors) > 0 || len(b.Links) == 1) &&
			!writers.ruledOut(doc, b) && writers.match(doc, b) && (!inner || beforeProse(doc, b))
		// Deep in the body only a short author line, a bare date line or
		// an introduced date line is trusted; a line that can be none of
		// them is left before its date is read.
		innerDate := inner && !b.Features.Terminal && innerDateLine(b)
		if inner {
			isByline = isByline && isShortLine(b, bylineInnerWords)
			if !innerDate && !isByline && !nameLine {
				continue
			}
		}
		// A line that no date would make a date line, and that is no
		// byline either, is left before its date is read; a line without
		// digits has no date but a relative one, read only against a
		// reference time.
		mayDate := b.Features.Digits > 0 || !doc.Reference.IsZero()
		dominates := mayDate && dateDominates(b)
		domByline := false
		if b.DOM != nil {
			_, domByline = doc.familyToken(b, famByline)
		}
		bareLabel := hasWord && isBareLabel(b, word)
		if !dominates && !isByline && !nameLine && !bareLabel && !(domByline && isShortLine(b, bylineMaxWords)) {
			continue
		}
		var date time.Time
		start, hasDate := 0, false
		if mayDate {
			date, start, hasDate = read.blockDate(b)
			if !hasDate {
				date, hasDate = clean.ParseRelativeDate(b.Text, doc.Reference)
			}
			hasDate = hasDate && !afterReference(doc, date) && !clean.IsOtherDate(b.Text, start)
		}
		dateLine := hasDate && dominates && (!inner || innerDate)
		if inner && !dateLine && !isByline && !nameLine {
			continue
		}
		switch {
		case bareLabel:
			doc.Remove(b, "byline", "bare author label "+quote(b.Text))
		case isByline:
			if len(doc.Meta.Authors) == 0 {
				doc.Meta.Authors = dropHost(names, host)
			}
			// Removef's "author line %q", quoted as %q does, without fmt.
			doc.Remove(b, "byline", "author line "+strconv.Quote(strings.Join(names, ", ")))
		case dateLine:
			doc.Remove(b, "byline", shapeAfter("date line, ", b))
		case nameLine:
			doc.Remove(b, "byline", "the writer's name, as the page's metadata gives it")
		case domByline && isShortLine(b, bylineMaxWords):
			doc.Remove(b, "byline", "markup says byline or date")
		default:
			continue
		}
		early := b.Index < head
		if hasDate && slices.Contains(inWindow, b) {
			rank := 0
			if early {
				rank = 2
			}
			if clean.IsUpdateDate(b.Text, start) {
				rank++
			}
			if windowDates[rank].IsZero() {
				windowDates[rank] = date
			}
		}
		if hasDate && (doc.Meta.Published.IsZero() || ownDate && earlyDate && !early && b.Index <= last) {
			doc.Meta.Published = date
			ownDate, earlyDate = true, early
		}
	}
	if visible != nil {
		doc.Meta.Authors = visible
	}
	if len(doc.Meta.Authors) == 0 {
		doc.Meta.Authors = doc.lastAuthors
	}
	if len(doc.Meta.Authors) == 0 {
		doc.Meta.Authors = dropHost(cleanNames(endAuthors(doc)), host)
	}
	doc.Meta.Published = originalDate(doc, head, windowDate(doc, windowDates, fromMarkup))
	if doc.Meta.Published.IsZero() {
		doc.Meta.Published = leadingDate(doc)
	}
	if doc.Meta.Published.IsZero() && !afterReference(doc, doc.modified) {
		doc.Meta.Published = doc.modified
	}
	return nil
}

// The gates of the phrase sets Byline, Credits and the byline window
// match (see phraseGate).
var (
	gateByline   = newPhraseGate(clean.PhraseByline)
	gateDateline = newPhraseGate(clean.PhraseDateline)
	gateCredit   = newPhraseGate(clean.PhraseCredit)
)

// plainLine reports whether b is, but for a byline word and a writer's
// name, a line Byline leaves for sure, from facts it reads without a
// call: a line without markup (no byline classes), without digits on a
// page without a reference time (no date, not even a relative one), and
// not linked once. With no phrase candidate of the byline words
// (phraseless, then gateByline.ruledOut), it has no byline word; on a
// page whose metadata names no writer (or when writerFolds.ruledOut
// rules the line out, or it is no short line) it is no writer's name;
// with both, Byline neither removes it nor reads a date from it.
func plainLine(doc *Document, b *Block) bool {
	return b.DOM == nil && b.Features.Digits == 0 && len(b.Links) != 1 && doc.Reference.IsZero()
}

// innerDateLine reports whether a line deep in the body, if it holds a
// date, may be a date line: one introduced by a dateline word, also after
// a "|" ("Updated: 19 November 2019"), or one of at most
// bylineInnerWords+1 words that is not the attribution of a quote.
//
// A line without a "|" is one part, read from the block's phrase
// candidates and fold (matchPhrase), without a call for most lines.
func innerDateLine(b *Block) bool {
	if b.Features.Words <= bylineInnerWords+1 && !attribution(b.Text) {
		return true
	}
	if strings.IndexByte(b.Text, '|') < 0 {
		_, ok := gateDateline.match(b)
		return ok
	}
	for part := range strings.SplitSeq(b.Text, "|") {
		if _, ok := clean.MatchPhrase(clean.PhraseDateline, part); ok {
			return true
		}
	}
	return false
}

// referenceSlack is how far after the reference time a date may lie and
// still be taken: a date read without its zone may be off by as much.
const referenceSlack = 14 * time.Hour

// afterReference reports whether t lies after the document's reference
// time (with referenceSlack); never when the reference is unknown.
func afterReference(doc *Document, t time.Time) bool {
	return !doc.Reference.IsZero() && t.After(doc.Reference.Add(referenceSlack))
}

// keepPastDate replaces a publication date from the markup that lies after
// the reference time by the next one of the markup's dates that does not,
// or by none.
func keepPastDate(doc *Document) {
	if doc.Meta.Published.IsZero() || !afterReference(doc, doc.Meta.Published) {
		return
	}
	doc.Meta.Published = time.Time{}
	for _, t := range doc.dates {
		if !afterReference(doc, t) {
			doc.Meta.Published = t
			return
		}
	}
}

// beforeProse reports whether no kept paragraph of running text comes
// between the start of the core and b: b sits among the article's opening
// furniture, where a byline goes.
func beforeProse(doc *Document, b *Block) bool {
	first, _ := doc.CoreBounds()
	for _, prev := range doc.Blocks[max(first, 0):b.Index] {
		if !prev.Removed() && prev.Role == RoleBody && prev.Features.Terminal && prev.Features.Words > bylineMaxWords {
			return false
		}
	}
	return true
}

// bylineNames reads an author line: a byline word of the phrase tables
// ("By", "Par", "Von") followed by one or more capitalised names. It
// returns the names, without the trailing date or role.
func bylineNames(text string) ([]string, bool) {
	m, ok := clean.MatchPhrase(clean.PhraseByline, text)
	if !ok {
		return nil, false
	}
	return bylineNamesAfter(text, m)
}

// bylineNamesAfter is bylineNames of a text whose byline word m is
// matched already (clean.MatchPhrase(clean.PhraseByline, text)).
func bylineNamesAfter(text string, m clean.PhraseMatch) ([]string, bool) {
	rest := cutPhrase(text, m.Phrase)
	if rest == "" || !startsUpper(rest) || namePrefix(text, m.Phrase, rest) {
		return nil, false
	}
	// Stop at a separator that starts a date, a role or a place.
	if i := bylineStop(rest); i >= 0 {
		rest = rest[:i]
	}
	var names, roles []string
	for _, part := range splitNames(rest) {
		part = clean.NameHead(strings.Trim(part, " ,;:.-"))
		if part == "" || !startsUpper(part) || clean.WordCount(part) > 5 {
			continue
		}
		if _, ok := parseDate(part); ok || notAName(part) {
			continue
		}
		if name := trimRole(part); name != "" {
			names = append(names, name)
		} else {
			roles = append(roles, part)
		}
	}
	if len(names) == 0 {
		// "By Staff Writer": the role is all the byline names.
		names = roles
	}
	return names, len(names) > 0
}

// blockDate is clean.FindDate on a block's text, without its end; a
// block with fewer than five digits, which holds no date FindDate reads
// (they all have a year and a day), is skipped from its features (see
// mayHoldDate).
func blockDate(b *Block) (date time.Time, start int, ok bool) {
	if !mayHoldDate(b) {
		return time.Time{}, 0, false
	}
	date, start, _, ok = clean.FindDate(b.Text)
	return date, start, ok
}

// blockBylineNames is bylineNames of a block's text; a block whose
// phrase candidates (see matchPhrase) hold no byline word is skipped with
// a bit test.
func blockBylineNames(b *Block) ([]string, bool) {
	m, ok := gateByline.match(b)
	if !ok {
		return nil, false
	}
	return bylineNamesAfter(b.Text, m)
}

// lineReads keeps what Byline reads of a page's lines during one
// Byline.Extract call, so that a line the byline window read
// (lineAuthors) is not read again by the pass over all blocks: no
// block's text changes within the call (Byline only removes blocks).
// It keeps the names bylineNamesAfter read from the first
// visibleBylineBlocks lines with a byline word (a block's byline word is
// always the one matchPhrase finds), and the dates clean.FindDate read in
// blocks' texts (dates). A nil *lineReads keeps none. The zero value is
// ready for use; not safe for concurrent use.
type lineReads struct {
	n  int
	of [visibleBylineBlocks]struct {
		b     *Block
		names []string
		ok    bool
	}
	dates blockDates
}

// blockDates keeps clean.FindDate of the texts of a page's blocks, one
// block per slot, the slot chosen by the block's index: a block whose
// slot holds another is read anew, so an answer is never another
// block's. The zero value is ready for use.
type blockDates [blockDateSlots]struct {
	b          *Block
	t          time.Time
	start, end int32 // kept for a text shorter than 2 GB
	ok         bool
}

// blockDateSlots is how many blocks' dates blockDates keeps: twice the
// byline window, for the lines beside it and those it passes over.
const blockDateSlots = 2 * visibleBylineBlocks

// findDate is clean.FindDate(t) for t, the text of b or a part of it; the
// date of b's whole text is read once (when shorter than 2 GB).
func (r *lineReads) findDate(b *Block, t string) (date time.Time, start, end int, ok bool) {
	if r == nil || t != b.Text || len(t) > math.MaxInt32 {
		return clean.FindDate(t)
	}
	e := &r.dates[uint(b.Index)%blockDateSlots]
	if e.b != b {
		date, start, end, ok = clean.FindDate(t)
		e.b, e.t, e.start, e.end, e.ok = b, date, int32(start), int32(end), ok
		return date, start, end, ok
	}
	return e.t, int(e.start), int(e.end), e.ok
}

// blockDate is blockDate(b), its date read once (findDate).
func (r *lineReads) blockDate(b *Block) (date time.Time, start int, ok bool) {
	if !mayHoldDate(b) {
		return time.Time{}, 0, false
	}
	date, start, _, ok = r.findDate(b, b.Text)
	return date, start, ok
}

// namesAfter is bylineNamesAfter(b.Text, m) for the byline word m of b
// (gateByline.match(b)), read once.
func (r *lineReads) namesAfter(b *Block, m clean.PhraseMatch) ([]string, bool) {
	if r == nil {
		return bylineNamesAfter(b.Text, m)
	}
	for _, e := range r.of[:r.n] {
		if e.b == b {
			return e.names, e.ok
		}
	}
	names, ok := bylineNamesAfter(b.Text, m)
	if r.n < len(r.of) {
		r.of[r.n].b, r.of[r.n].names, r.of[r.n].ok = b, names, ok
		r.n++
	}
	return names, ok
}

// blockNames is blockBylineNames(b), its names read once (namesAfter).
func (r *lineReads) blockNames(b *Block) ([]string, bool) {
	m, ok := gateByline.match(b)
	if !ok {
		return nil, false
	}
	return r.namesAfter(b, m)
}

// trimRole returns a name without the job title of clean.PhraseRole that
// ends it ("Jane Doe, Staff Writer"), also when a page's text glued the
// title to the name ("Meg JamesStaff Writer"); "" when the text is only a
// job title. A glued title is told by a capital after a lower-case letter
// inside a word.
func trimRole(name string) string {
	split := name
	if camelGlued(name) {
		split = splitCamel(name)
	}
	var buf [8]string
	words := buf[:0] // strings.Fields(split), in buf when it holds them
	for w := range strings.FieldsSeq(split) {
		words = append(words, w)
	}
	joined := split // the joined words: split itself when it is single-spaced
	if !newSuffixes(split, words).plain {
		joined = strings.Join(words, " ")
	}
	m, ok := clean.MatchPhrase(clean.PhraseRole, joined)
	if !ok {
		return name
	}
	n := countFields(m.Phrase)
	if n >= len(words) {
		return ""
	}
	i := strings.LastIndex(name, words[len(words)-n])
	return strings.TrimRight(name[:i], " ,;:-–—")
}

// camelGlued reports whether splitCamel(s) differs from s: s has a
// capital after a lower-case letter, or bytes that are not UTF-8 (which
// splitCamel writes as U+FFFD).
func camelGlued(s string) bool {
	if !utf8.ValidString(s) {
		return true
	}
	prev := ' '
	for _, r := range s {
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			return true
		}
		prev = r
	}
	return false
}

// splitCamel puts a space between a lower-case letter and the capital
// after it: "JamesStaff Writer" becomes "James Staff Writer".
func splitCamel(s string) string {
	var sb strings.Builder
	prev := ' '
	for _, r := range s {
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			sb.WriteByte(' ')
		}
		sb.WriteRune(r)
		prev = r
	}
	return sb.String()
}

// notAName reports whether an author text names no one: a web address
// ("facebook.com/site", "www.example.org"), a generic label of
// clean.PhraseNotAuthor ("Guest", "Admin", "Гость") or a one-word account
// name holding "admin" ("wordpressadmin"). A bare domain name
// ("example.it") is left to dropHost.
func notAName(s string) bool {
	if _, ok := clean.MatchPhrase(clean.PhraseNotAuthor, s); ok {
		return true
	}
	if strings.ContainsAny(s, " \t") {
		return false
	}
	if strings.Contains(strings.ToLower(s), "admin") {
		return true // "wordpressadmin", "siteadmin": an account, not a writer
	}
	return strings.Contains(s, "://") || strings.HasPrefix(strings.ToLower(s), "www.") ||
		strings.Contains(s, "/") && strings.Contains(s, ".")
}

// pageHost returns the host name of a page address without "www.", or "".
//
// An empty address, as a text dump's, has none, told without parsing.
func pageHost(pageURL string) string {
	pageURL = strings.TrimSpace(pageURL)
	if pageURL == "" {
		return ""
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// dropHost removes from authors the page's own host name ("Example.it" on
// example.it), compared as titleKey does, even when nothing is left: a
// site's address names no writer.
func dropHost(authors []string, host string) []string {
	k := titleKey(host)
	if k == "" {
		return authors
	}
	out := slices.DeleteFunc(slices.Clone(authors), func(a string) bool { return titleKey(a) == k })
	if len(out) == 0 {
		return nil
	}
	return out
}

// attribution reports whether a line starts with a dash, as the source
// line under a quote or an embedded post does ("— Jane Roe (@jane)
// November 18, 2019"): it belongs with the quote.
func attribution(text string) bool {
	return strings.HasPrefix(text, "—") || strings.HasPrefix(text, "–") || strings.HasPrefix(text, "-")
}

// isBareLabel reports whether the whole line is its byline word m of the
// phrase tables, the name following on the next line: "Posted by",
// "Upplagd av".
func isBareLabel(b *Block, m clean.PhraseMatch) bool {
	return b.foldedText() == m.Phrase && strings.Contains(m.Phrase, " ")
}

// writerFolds is writerName for the many blocks of one page: it folds
// Document.Meta.Authors once (foldText), and again only when they are
// replaced by another slice (the caller must not change their names in
// place). The zero value is ready for use; not safe for concurrent use.
type writerFolds struct {
	of     []string            // the authors folded
	folds  []string            // foldText of each
	firsts [utf8.RuneSelf]bool // the ASCII bytes the folds start with
}

// ruledOut reports that match(doc, b) is false for sure, from the
// first byte of b's text alone (see match), when the folds are those of
// the page's authors already; false when unsure. It is small enough to
// be inlined, so that most lines are turned away without a call.
func (w *writerFolds) ruledOut(doc *Document, b *Block) bool {
	a := doc.Meta.Authors
	if len(b.Links) == 1 || len(a) == 0 || len(w.of) != len(a) || &w.of[0] != &a[0] || b.Text == "" || b.Text[0] >= utf8.RuneSelf {
		return false
	}
	f := asciiWordFold[b.Text[0]]
	return f != foldDrop && f != ' ' && !w.firsts[f]
}

// match is writerName(doc, b). A block linked once, as HTML gives them,
// is left to writerName, which also reads the link.
func (w *writerFolds) match(doc *Document, b *Block) bool {
	if len(b.Links) == 1 {
		return writerName(doc, b)
	}
	authors := doc.Meta.Authors
	if len(authors) == 0 {
		return false
	}
	// The authors are replaced, never changed in place, while Byline
	// reads the page: the same slice holds the same names.
	if len(w.of) != len(authors) || &w.of[0] != &authors[0] {
		w.of = authors
		w.folds = w.folds[:0]
		w.firsts = [utf8.RuneSelf]bool{}
		for _, a := range authors {
			f := foldText(a)
			w.folds = append(w.folds, f)
			if f != "" && f[0] < utf8.RuneSelf {
				w.firsts[f[0]] = true
			}
		}
	}
	// An ASCII letter or digit opening the block opens its fold too, in
	// lower case (asciiWordFold): a fold that starts otherwise differs.
	first, known := byte(0), false
	if b.Text != "" && b.Text[0] < utf8.RuneSelf {
		if f := asciiWordFold[b.Text[0]]; f != foldDrop && f != ' ' {
			first, known = f, true
		}
	}
	for _, f := range w.folds {
		if known && (f == "" || f[0] != first) {
			continue
		}
		if b.foldsTo(f) {
			return true
		}
	}
	return false
}

// splitNames splits a list of names on commas and the words for "and"
// (clean.NameConjunctions).
//
// A text without a conjunction, as most are, is split at once: a space
// followed by a byte no conjunction has after its space rules a place out
// by a table load (conjunctionSeconds).
func splitNames(s string) []string {
	if !hasConjunction(s) {
		return strings.Split(s, ",")
	}
	for _, and := range nameConjunctions {
		s = strings.ReplaceAll(s, and, ",")
	}
	return strings.Split(s, ",")
}

// cutPhrase returns text after its first words that spell the folded
// phrase: as many words as the phrase has, after any leading punctuation.
//
// The fields are split at spaces and colons; what follows is text's own
// slice when its fields are apart by single spaces, as most are, else
// they are joined anew. It folds each leading field on the stack.
func cutPhrase(text, phrase string) string {
	n := 0
	for range strings.FieldsSeq(phrase) {
		n++
	}
	var buf [32]byte
	// Punctuation before the phrase (". Par Jean Dupont") folds away.
	leading, skipped := true, 0
	start, end, plain := -1, 0, true
	for i := 0; i < len(text); {
		// The next field: text[i:j], after any separators. An ASCII
		// byte is told inline, by a table.
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] && c != ':' {
					break
				}
				i++
				continue
			}
			sep, size := cutSeparatorAt(text, i)
			if !sep {
				break
			}
			i += size
		}
		if i == len(text) {
			break
		}
		j := i
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if asciiSpace[c] || c == ':' {
					break
				}
				j++
				continue
			}
			sep, size := cutSeparatorAt(text, j)
			if sep {
				break
			}
			j += size
		}
		if leading {
			leading = len(clean.AppendFoldPhrase(buf[:0], text[i:j])) == 0
		}
		switch {
		case leading:
		case skipped < n:
			skipped++
		case start < 0:
			start = i
		case i-end != 1 || text[end] != ' ':
			plain = false
		}
		if start >= 0 {
			end = j
		}
		i = j
	}
	switch {
	case start < 0:
		return ""
	case plain:
		return text[start:end]
	}
	var sb strings.Builder
	for f := range strings.FieldsFuncSeq(text[start:end], cutSeparator) {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(f)
	}
	return sb.String()
}

// cutSeparator reports whether cutPhrase splits fields at r: a space or a
// colon.
func cutSeparator(r rune) bool {
	return unicode.IsSpace(r) || r == ':'
}

// cutSeparatorAt reports whether the character at text[i] is a
// cutSeparator, and its size in bytes; an ASCII byte is told by a table.
func cutSeparatorAt(text string, i int) (bool, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return asciiSpace[c] || c == ':', 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return cutSeparator(r), size
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// dateDominates reports whether a block holding a date is a date line
// rather than a sentence that mentions a date: short, not a sentence, or
// introduced by a dateline word ("Published", "Mis à jour").
//
// A line without phrase candidates, as most are, has no dateline word,
// told without a call (gateDateline.ruledOut).
func dateDominates(b *Block) bool {
	if !gateDateline.ruledOut(b) {
		if _, ok := gateDateline.match(b); ok {
			return true
		}
	}
	return !b.Features.Terminal || b.Features.Words <= 6 || b.Features.StopDensity < 0.2
}

// parseDate finds a calendar date in text (see clean.ParseDate).
func parseDate(text string) (time.Time, bool) {
	return clean.ParseDate(text)
}

// hasYear reports whether text holds a run of four digits (clean.HasYear).
func hasYear(text string) bool {
	return clean.HasYear(text)
}

// mayHoldDate reports whether a block may hold five ASCII digits, from
// its features alone: every date clean.FindDate reads has them, a year
// and another run of digits (its day), or a two-digit-year date of six
// ("23.09.22"). Digits is the share of the non-space runes that are
// digits, and Runes (spaces included) is at least their number, so
// Digits x Runes is at least the digits' count. A block with fewer than
// five digits is false, with no read of its text; the bound of 4.5
// leaves room for the rounding of the product.
func mayHoldDate(b *Block) bool {
	return b.Features.Digits*float64(b.Features.Runes) > 4.5
}

// conjunctionSeconds holds the second byte of each of nameConjunctions,
// the byte after their leading space.
var conjunctionSeconds = func() (set [256]bool) {
	for _, and := range nameConjunctions {
		set[and[1]] = true
	}
	return set
}()

// hasConjunction reports whether s holds one of nameConjunctions.
func hasConjunction(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != ' ' || !conjunctionSeconds[s[i+1]] {
			continue
		}
		for _, and := range nameConjunctions {
			if strings.HasPrefix(s[i:], and) {
				return true
			}
		}
	}
	return false
}

// bylineStop returns the index of the first "|", "•", "·", "–", "—" or
// line break in s, or -1: strings.IndexAny(s, "|•·–—\n") by one pass
// over the bytes, as the lead byte of a character outside ASCII (0xC2 for
// "·", 0xE2 for the others) never continues another.
func bylineStop(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|', '\n':
			return i
		case 0xC2:
			if strings.HasPrefix(s[i:], "·") {
				return i
			}
		case 0xE2:
			if rest := s[i:]; strings.HasPrefix(rest, "•") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") {
				return i
			}
		}
	}
	return -1
}
