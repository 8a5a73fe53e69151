package clean

import (
	"math"
	"math/bits"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A Profiler cleans and profiles the lines of one text: Line returns what
// Text and ProfilePhrases return, mostly in one pass over the line, and
// the stop word hits of all its profiles share a few allocations. The
// zero value is ready to use. A Profiler is not safe for concurrent use;
// the profiles it returns are, as any LineProfile.
//
// A Profiler remembers the profiles of some recent lines that Text leaves
// as they are but for their ends, so that a line seen again in the same
// text (a menu item, a share prompt, a heading repeated at the foot of a
// page) is not read again: its profile is the one made before, whose
// hits it shares, read-only. They take some 27 KB of the Profiler: a
// caller that profiles many texts may keep one Profiler and Reset it
// between them, which clears only the slots used.
type Profiler struct {
	free    []postingRef           // where the next profile's hits go, from len(free)
	chunks  int                    // the chunks of hits allocated so far
	tables  profileTables          // fetched on the first line
	invalid bool                   // a line held bytes that are not UTF-8
	used    [memoSlots / 64]uint64 // a bit for each slot of memo that holds a line
	memo    [memoSlots]memoEntry
}

// Reset makes pr as a zero Profiler for a new text, but for the tables
// it fetched, which it keeps: it forgets the lines it remembers (clearing
// only the slots that hold one: their lines and their profiles' hits;
// the rest of a free slot is not read) and whether a line was invalid,
// and leaves the chunk of hits it was filling to the profiles it
// returned, which stay valid: the next text's hits go in new chunks. Like
// the other methods, it is not safe for concurrent use.
func (pr *Profiler) Reset() {
	for w, bitsUsed := range pr.used {
		for ; bitsUsed != 0; bitsUsed &= bitsUsed - 1 {
			// An empty line marks the slot free; its other pointer
			// goes, so that the slot keeps no memory alive.
			e := &pr.memo[w*64+bits.TrailingZeros64(bitsUsed)]
			e.line, e.p.hits = "", nil
		}
	}
	pr.used = [memoSlots / 64]uint64{}
	pr.free, pr.chunks, pr.invalid = nil, 0, false
	pr.tables.scan.hits = nil // the last line's, in a chunk let go
}

// A memoEntry is a line Line returned as it was but for its ends, and
// its profile; an empty line marks a free slot.
type memoEntry struct {
	line string
	p    LineProfile
}

// memoSlots is the number of lines a Profiler remembers, at most: a line
// takes the slot of memoSlot, in place of the line that held it. A power
// of two.
const memoSlots = 1 << memoLog

// memoLog is the base-2 logarithm of memoSlots.
const memoLog = 8

// memoSlot returns the slot of the line t, not empty, from its length and
// its first and last eight bytes (or three of its bytes when it is
// shorter).
func memoSlot(t string) uint {
	n := len(t)
	var k uint64
	if n >= 8 {
		k = load64(t, 0) ^ bits.RotateLeft64(load64(t, n-8), 29)
	} else {
		k = uint64(t[0]) | uint64(t[n-1])<<8 | uint64(t[n/2])<<16
	}
	return uint((k + uint64(n)) * hashMultiplier >> (64 - memoLog))
}

// profilerChunk is the number of stop word hits a Profiler allocates at
// once, those of some 10 KB of prose, from its third chunk on: the first
// holds a quarter of that, the second half, as most dumps have a few
// hundred hits.
const profilerChunk = 1024

// Line returns Text(line) and ProfilePhrases(Text(line)). For a line
// that Text leaves as it is but for its ends (most lines), it reads the
// line once, or not at all when it remembers it; others are cleaned by
// Text first.
func (pr *Profiler) Line(line string) (t string, p LineProfile) {
	t = pr.LineTo(&p, line)
	return t, p
}

// LineTo is Line writing the profile in *p, over what p held, rather
// than returning it: a caller that keeps the profiles of its lines in a
// slice has each written in place, not copied there.
func (pr *Profiler) LineTo(p *LineProfile, line string) string {
	t := trimLine(line)
	if t == "" {
		*p = LineProfile{candsOK: true} // ProfilePhrases(""), but for its empty hits
		return ""
	}
	slot := memoSlot(t)
	e := &pr.memo[slot]
	if e.line == t {
		*p = e.p
		return t
	}
	if pr.tables.words == nil {
		pr.tables = loadProfileTables(true)
	}
	*p = LineProfile{}
	unchanged, stable := profileLine(p, t, &pr.tables, true, true, pr.hits(len(t)))
	if unchanged && (stable || norm.NFC.IsNormalString(line)) {
		// Text(line) is t, whose profile is p: the same for any line
		// trimmed to t.
		pr.keep(p)
		// Two assignments, not one: a tuple assignment copies *p to
		// a temporary first.
		e.p = *p
		e.line = t
		pr.used[slot/64] |= 1 << (slot % 64)
		return t
	}
	if !unchanged {
		if plain, ok := normaliseSpaces(line, pr.tables.classes); ok {
			// Most lines Text changes need only their spaces made
			// plain: profileLine read all of t, whose profile is
			// that of plain but for the counts its spaces change.
			// Its runes are those of t that are no space, which
			// normaliseSpaces keeps, and its plain spaces.
			p.runes = plainRunes(plain, p)
			p.size = count32(len(plain))
			p.terminal = endsSentence(plain, pr.tables.classes)
			pr.keep(p)
			return plain
		}
	}
	// A line Text leaves alone is valid UTF-8.
	pr.invalid = pr.invalid || !utf8.ValidString(line)
	t = normaliseText(line)
	*p = LineProfile{}
	profileLine(p, t, &pr.tables, true, false, pr.hits(len(t)))
	pr.keep(p)
	return t
}

// plainRunes returns the runes of plain, the text normaliseSpaces made of
// a line p profiles in full (its size not yet set to plain's), as count32
// gives them: the runes of the line that are no space, which it keeps,
// and its plain spaces, counted at once, as its only spaces are plain.
func plainRunes(plain string, p *LineProfile) int32 {
	if p.size == math.MaxInt32 {
		// The line's counts may have stopped at math.MaxInt32.
		return count32(utf8.RuneCountInString(plain))
	}
	return p.nonSpace + int32(strings.Count(plain, " "))
}

// Invalid reports whether a line given to Line held bytes that are not
// UTF-8: the Profiler tells, for free, whether the text of all its lines
// is valid.
func (pr *Profiler) Invalid() bool { return pr.invalid }

// hits returns an empty slice for the hits of a text of n bytes: the
// free part of the current chunk, or of a new one when it may not hold
// them. A text with more hits than that allocates its own.
func (pr *Profiler) hits(n int) []postingRef {
	need := n/6 + 1 // a stop word takes two bytes or more, and most are longer
	if cap(pr.free)-len(pr.free) < need {
		chunk := profilerChunk >> max(2-pr.chunks, 0)
		pr.free = make([]postingRef, 0, max(chunk, need))
		pr.chunks++
	}
	return pr.free[len(pr.free):len(pr.free)]
}

// keep takes the hits of p, written at the start of the free part of the
// chunk unless they outgrew it, out of the free part.
func (pr *Profiler) keep(p *LineProfile) {
	n := len(p.hits)
	if n <= cap(pr.free)-len(pr.free) {
		pr.free = pr.free[:len(pr.free)+n]
	}
	p.hits = p.hits[:n:n]
}

// trimLine is strings.Trim(s, " \n").
func trimLine(s string) string {
	if n := len(s); n >= 2 && s[n-1] == '\n' && s[0] != ' ' && s[0] != '\n' && s[n-2] != ' ' && s[n-2] != '\n' {
		return s[:n-1] // most lines: their line break alone is trimmed
	}
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\n') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\n') {
		j--
	}
	return s[i:j]
}
