package extract

import (
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
)

// NewTextDocument builds the Document of a plain-text page dump: the first
// non-empty line is the title line, taken literally (stray markup is
// stripped), and every later non-empty line is a paragraph block. Blank
// lines are recorded as GapBefore/GapAfter evidence. The language is
// detected from the text.
//
// It returns ErrEmpty for a dump with no text and ErrBinary for one that
// holds NUL bytes or mostly invalid UTF-8. It applies no size limit: the
// Pipeline methods do.
func NewTextDocument(dump string) (*Document, error) {
	if err := checkText(dump); err != nil {
		return nil, err
	}
	doc := &Document{}
	// The blocks and their caches are together, in one slice (textBlock)
	// of a textStore, which FromText reuses from dump to dump (see
	// releaseText); their folded texts share a foldArena. Each line is
	// cleaned and profiled in one pass (clean.Profiler): the measures and
	// the language detection read the profiles, which are kept in the
	// store, not zeroed, for a dump of up to textHeldBlocks blocks (see
	// finishText). The lines are found first, with the number of those
	// that are blank (no text: see isBlankLine), which are passed over;
	// the first line that is not is the title or no text (no line is a
	// block before the title): the other lines bound the paragraphs, so
	// that the slices do not grow. The line ends are found in the store's
	// buffer, which is not zeroed, as an array on the stack would be.
	store := takeTextStore()
	ends, blank := lineEnds(store.ends[:0], dump)
	store.ends = ends
	paragraphs := max(len(ends)-blank-1, 0)
	store.reserve(paragraphs)
	doc.text = store
	if paragraphs <= textHeldBlocks {
		// The profiles are the store's, written before they are read.
		return buildText(doc, dump, ends, paragraphs, store.lineProfiles(paragraphs), true)
	}
	// A longer dump keeps all its profiles, as an HTML page does.
	profiles := make([]clean.LineProfile, paragraphs)
	doc, err := buildText(doc, dump, ends, paragraphs, profiles, false)
	if err != nil {
		return nil, err
	}
	for i, b := range doc.Blocks {
		b.cache.profile, b.cache.profiled = &profiles[i], true
	}
	doc.finishIndexed() // each block's Index is set
	return doc, nil
}

// buildText is NewTextDocument on the lines of dump that ends bound, of
// which at most paragraphs are blocks, with profiles, as many, for their
// profiles. When finish is set, the profiles are the store's and it
// finishes the Document from them (finishText); else it leaves
// the Document to be finished, with the blocks' profiles in profiles.
func buildText(doc *Document, dump string, ends []int, paragraphs int, profiles []clean.LineProfile, finish bool) (*Document, error) {
	store := doc.text.blocks
	doc.Blocks = doc.text.ptrs
	// The phrase list takes its room from the store (find uses it when
	// it holds the blocks).
	half := len(doc.text.phrases) / 2
	doc.bounds.phrases.of, doc.bounds.phrases.blocks = doc.text.phrases[:0:half], doc.text.phrases[half:half]
	var sample textSample // the long lines' profiles, as detectText reads them
	sample.full = !finish // none when it is not read
	// The folded texts of a dump's lines take about a third of its bytes
	// (0.37 over the ScrapingHub dumps): chunks of an eighth of the dump
	// leave less unused in the last one than chunks of half of it did.
	doc.folder.arena = newFoldArena(len(dump) / 4)
	profiler := &doc.text.profiler // Reset when released, or new
	invalid := false               // a line before the paragraphs is not UTF-8
	start, k := 0, 0
	// The title line: the first that has text once its markup is
	// stripped (StripMarkup leaves nothing of a line Text leaves empty).
	// No line before it is a block.
	for ; k < len(ends) && doc.TitleLine == ""; k++ {
		end := ends[k]
		if end < 0 { // blank, as lineEnds marks it
			start = -end
			continue
		}
		line := dump[start:end]
		start = end
		invalid = invalid || !utf8.ValidString(line)
		doc.TitleLine = clean.StripMarkup(line)
	}
	gap := false // a blank line, or one Text leaves empty, since the last block or the title
	// The paragraphs: every later line that Text leaves non-empty.
	for _, end := range ends[k:] {
		if end < 0 {
			start, gap = -end, true
			continue
		}
		line := dump[start:end]
		start = end
		// The profile is written in place, over that of the last line
		// Text left empty, if any.
		n := len(store)
		profile := &profiles[n]
		text := profiler.LineTo(profile, line)
		if text == "" {
			gap = true
			continue
		}
		if n > 0 {
			store[n-1].block.GapAfter = gap
		}
		// Written in place: the slice's new element is zero.
		store = store[:n+1]
		b, c := &store[n].block, &store[n].cache
		b.Kind, b.Text, b.Index, b.GapBefore, b.cache = Paragraph, text, n, gap, c
		doc.Blocks = append(doc.Blocks, b)
		c.cands, c.candsOK = profile.Candidates()
		c.phrases, c.folder = true, &doc.folder
		if isLanguageBlock(b) && !sample.full {
			sample.add(n, text)
		}
		gap = false
	}
	doc.text.blocks = store // the blocks written, for releaseText
	if invalid || profiler.Invalid() {
		if err := checkUTF8(dump); err != nil {
			return nil, err
		}
	}
	if doc.TitleLine == "" && len(store) == 0 {
		return nil, ErrEmpty
	}
	doc.Title, doc.Meta.SiteName = dumpTitle(doc.TitleLine, doc.Blocks)
	if finish {
		doc.finishText(profiles[:len(store)], &sample)
	}
	return doc, nil
}

// A textBlock is a text dump's block with its cache, which buildText
// allocates together, in one slice for the dump: one allocation, and a
// block's cache beside it.
type textBlock struct {
	block Block
	cache blockCache
}

// A textStore is the memory of a text dump's blocks: their values with
// their caches, and the pointers Document.Blocks holds, as many. FromText
// takes one from textStores and gives it back (releaseText) once the
// Article is built, when no code but the package's ran on the Document,
// so that a loop over dumps writes its blocks in memory it wrote before
// rather than in fresh memory that the GC collects.
type textStore struct {
	blocks []textBlock // the blocks written, from the first; the others are zero
	ptrs   []*Block    // empty: its array holds Document.Blocks
	// phrases, twice as long as ptrs, is the room of the Document's
	// phraseList (see phraseList.find): the copy of Blocks and the list.
	phrases []*Block
	// profiles are the profiles finishText keeps, written from the first.
	profiles []clean.LineProfile
	// lines holds the profiles of a dump's lines, of up to
	// textHeldBlocks blocks, as buildText makes them, and detect the
	// pointers detectText passes, with cut, the profile of the text it
	// cuts. They are written before they are read, and not cleared: they
	// keep the hits of the last dump's profiles (a few KB) alive.
	lines  []clean.LineProfile
	detect []*clean.LineProfile
	cut    clean.LineProfile
	// ends, keys and table are NewTextDocument's line ends and
	// countRepeats' arrays, which hold no pointers: they are written
	// before they are read, but for the table, cleared as much as used.
	ends  []int
	keys  []uint64
	table []repeatSlot
	// profiler cleans and profiles the lines: releaseText resets it,
	// which clears only the memo slots the dump used, not all 27 KB.
	profiler clean.Profiler
}

// textStores holds the textStores released, each with its blocks zero.
var textStores sync.Pool

// textStoreMost is the most blocks of a textStore that releaseText keeps
// (about 1 MiB): a larger one is left to the GC.
const textStoreMost = 4096

// takeTextStore returns a released store, or a new one.
func takeTextStore() *textStore {
	if s, _ := textStores.Get().(*textStore); s != nil {
		return s
	}
	return new(textStore)
}

// reserve makes room for n blocks: when the store has less, it takes
// new blocks, with room for twice the blocks it had, if more than n, so
// that a loop over dumps of various lengths soon stops allocating.
func (s *textStore) reserve(n int) {
	if cap(s.blocks) >= n && s.blocks != nil {
		return
	}
	size := n
	if c := cap(s.blocks); c > 0 {
		size = max(n, min(2*c, textStoreMost))
	}
	ptrs := make([]*Block, 3*size) // Document.Blocks and phrases
	s.blocks, s.ptrs, s.phrases = make([]textBlock, 0, size), ptrs[:0:size], ptrs[size:]
}

// repeatArrays returns countRepeats' arrays for n blocks, keys and a
// table of tableSize slots, all free.
func (s *textStore) repeatArrays(n, tableSize int) ([]uint64, []repeatSlot) {
	if cap(s.keys) < n {
		s.keys = make([]uint64, n)
	}
	if cap(s.table) < tableSize {
		s.table = make([]repeatSlot, tableSize)
	}
	table := s.table[:tableSize]
	clear(table)
	return s.keys[:n], table
}

// lineProfiles returns lines, with room for n profiles, at most
// textHeldBlocks: their array and detect's are taken at their full
// sizes once.
func (s *textStore) lineProfiles(n int) []clean.LineProfile {
	if s.lines == nil {
		s.lines = make([]clean.LineProfile, textHeldBlocks)
		s.detect = make([]*clean.LineProfile, 0, 2*textHeldBlocks+1)
	}
	return s.lines[:n]
}

// keep returns room for n profiles: profiles, emptied, when it has it.
func (s *textStore) keep(n int) []clean.LineProfile {
	if cap(s.profiles) < n {
		s.profiles = make([]clean.LineProfile, 0, max(n, 2*cap(s.profiles)))
	}
	return s.profiles[:0]
}

// releaseText gives the store of a text dump's blocks back to
// textStores, zeroed: neither the Document nor any of its blocks may be
// used again. Document.Blocks' array is not cleared, as it is written
// before it is read, and points only into the store's own blocks.
func (d *Document) releaseText() {
	s := d.text
	if s == nil {
		return
	}
	d.text, d.Blocks = nil, nil
	if cap(s.blocks) > textStoreMost {
		return
	}
	if cap(s.ends) > 4*textStoreMost {
		s.ends = nil // a dump of many blank lines
	}
	clear(s.blocks)
	clear(s.profiles) // the profiles' hits, of no use once the Document is done
	s.profiler.Reset()
	s.blocks, s.profiles = s.blocks[:0], s.profiles[:0]
	textStores.Put(s)
}

// textHeldBlocks is the most blocks of a text dump whose profiles
// NewTextDocument keeps in its store's array (textStore.lines, 33 KiB)
// only while it finishes the Document: the ScrapingHub dumps have up to
// 368.
const textHeldBlocks = 384

// finishText is finishIndexed for a text dump's blocks, each at its
// Index, whose profiles, in the same order, are the store's (lines),
// with sample, the profiles of the blocks long enough to be read first
// for the language (isLanguageBlock), gathered as they were made: it
// detects the language and measures the blocks from them, then keeps
// only the profiles of the lines long enough for ForeignLanguage to
// judge (foreignMinWords words), which it reads again. The others' are
// made again if asked for (by Document.setLanguage, or a user's
// extractor), which is rare. No pointer into profiles is kept.
func (d *Document) finishText(profiles []clean.LineProfile, sample *textSample) {
	d.Meta.Language = d.detectText(profiles, sample)
	lang := clean.ResolveLanguage(d.Meta.Language)
	kept := d.text.keep(len(d.Blocks))
	for i, b := range d.Blocks {
		b.Features = profiles[i].MeasureIn(lang)
		if b.Features.Words >= foreignMinWords {
			kept = append(kept, profiles[i])
			b.cache.profile, b.cache.profiled = &kept[len(kept)-1], true
		}
	}
	d.text.profiles = kept // for releaseText
	keys, table := d.text.repeatArrays(len(d.Blocks), repeatTableSize(len(d.Blocks)))
	countRepeatsIn(d.Blocks, keys, table)
}

// detectText is detectLanguage for blocks whose profiles are profiles,
// in the same order, of at most textHeldBlocks blocks, with sample,
// the long blocks (isLanguageBlock) as they come: when those hold under
// 200 bytes, all blocks follow them. It gathers their profiles'
// pointers in the store's detect, which holds them all.
func (d *Document) detectText(profiles []clean.LineProfile, sample *textSample) string {
	sample.addAll(d.Blocks)
	ptrs := d.text.detect[:0]
	for _, i := range sample.blocks[:sample.n] {
		ptrs = append(ptrs, &profiles[i])
	}
	if sample.rest > 0 {
		cut := &d.text.cut
		*cut = clean.ProfileLine(d.Blocks[sample.blocks[sample.n]].Text[:sample.rest])
		ptrs = append(ptrs, cut)
	}
	d.text.detect = ptrs
	lang, _, _ := clean.DetectProfiles(ptrs)
	return lang
}

// A textSample lists the blocks of a text dump, of up to
// textHeldBlocks blocks, whose texts the language is detected from,
// each at most twice (see detectText), with no allocation: those whose
// texts fit in clean.MaxDetectBytes, joined by line breaks, and the
// start of the text that fills them.
type textSample struct {
	blocks [2*textHeldBlocks + 1]uint16 // their indexes; blocks[n] is the cut one's
	n      int
	size   int  // the bytes of their texts, each with a line break
	full   bool // the texts fill clean.MaxDetectBytes: no more is added
	rest   int  // the bytes of the cut text read, when full; 0 for none
}

// addAll adds all of blocks, in order, when the long blocks added hold
// under 200 bytes, as languageBlocks returns them.
func (s *textSample) addAll(blocks []*Block) {
	if s.full || s.size >= 200 {
		return
	}
	for i, b := range blocks {
		if s.add(i, b.Text) {
			return
		}
	}
}

// add adds block i, whose text is text, and reports whether the texts
// now fill clean.MaxDetectBytes, as addProfile does: then the block is
// the cut one.
func (s *textSample) add(i int, text string) bool {
	if s.size+len(text) > clean.MaxDetectBytes {
		s.blocks[s.n], s.rest, s.full = uint16(i), clean.MaxDetectBytes-s.size, true
		return true
	}
	s.blocks[s.n] = uint16(i)
	s.n++
	s.size += len(text) + 1
	return false
}

// lineEnds appends to ends the index after each line of s, as
// strings.Lines splits it: after each line break, and at the end of a
// last line without one; negated for a line that is blank, ASCII white
// space (isBlankLine) and its line break, or that break alone (no line
// ends at 0). It returns them with the number of blank lines. ends
// grows, once, when it has less room than the lines of s: once full, to
// hold the line breaks left.
func lineEnds(ends []int, s string) (_ []int, blank int) {
	for start := 0; start < len(s); {
		if len(ends) == cap(ends) {
			grown := make([]int, len(ends), len(ends)+strings.Count(s[start:], "\n")+1)
			copy(grown, ends)
			ends = grown
		}
		i := strings.IndexByte(s[start:], '\n')
		if i < 0 {
			if s[start] <= ' ' && isBlankLine(s[start:]) {
				blank++
				ends = append(ends, -len(s))
			} else {
				ends = append(ends, len(s))
			}
			break
		}
		end := start + i + 1
		if i == 0 || s[start] <= ' ' && isBlankLine(s[start:end-1]) {
			blank++
			ends = append(ends, -end)
		} else {
			ends = append(ends, end)
		}
		start = end
	}
	return ends, blank
}

// isBlankLine reports whether line, without its line break, is only
// ASCII white space (space, tab, carriage return, vertical tab, form
// feed), of which clean.Text leaves nothing: NewTextDocument passes over
// such a line without cleaning it.
func isBlankLine(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ', '\t', '\r', '\v', '\f':
		default:
			return false
		}
	}
	return true
}

// checkText rejects input that is empty or holds NUL bytes; checkUTF8
// tells whether the rest is text.
func checkText(s string) error {
	if strings.TrimSpace(s) == "" {
		return ErrEmpty
	}
	if strings.IndexByte(s, 0) >= 0 {
		return fmt.Errorf("%w: it holds NUL bytes", ErrBinary)
	}
	return nil
}

// checkUTF8 rejects input that is mostly (over one byte in ten) not
// UTF-8.
func checkUTF8(s string) error {
	if !utf8.ValidString(s) {
		bad := 0
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				bad++
			}
			i += size
		}
		if bad*10 > len(s) {
			return fmt.Errorf("%w: %d of %d bytes are not UTF-8", ErrBinary, bad, len(s))
		}
	}
	return nil
}

// finish completes a document built by a front end: it numbers the blocks,
// detects the language unless it is known, measures every block's
// features in that language, and counts repeated texts (after measuring,
// whose rune counts it reads).
func (d *Document) finish() {
	for i, b := range d.Blocks {
		b.Index = i
	}
	d.finishIndexed()
}

// finishIndexed is finish on blocks whose Index is already their place,
// as NewTextDocument builds them.
func (d *Document) finishIndexed() {
	if d.Meta.Language == "" {
		d.Meta.Language = d.detectLanguage()
	}
	d.measure()
	countRepeats(d.Blocks)
}

// countRepeats sets each block's Repeats: the number of blocks whose text
// is the same in lower case (strings.ToLower), itself included. Texts are
// grouped in an open-addressing table of the distinct texts, each with
// its first block and count, by a key that texts equal in lower case
// share: first repeatKey, read in a few instructions (the blocks must be
// measured), under which most texts are alone or repeated, so that a
// block is compared (equalLower) with the first of its key's texts only.
// When too many texts that differ share keys (more compares than blocks),
// the texts are grouped again by lowerHash. No lower-case copy is made. A
// page of up to repeatStackBlocks blocks, as most are, is counted in
// arrays on the stack, with no allocation.
func countRepeats(blocks []*Block) {
	var (
		keysBuf  [repeatStackBlocks]uint64
		tableBuf [2 * repeatStackBlocks]repeatSlot
	)
	size := repeatTableSize(len(blocks))
	var keys []uint64
	var table []repeatSlot
	if len(blocks) <= repeatStackBlocks {
		keys, table = keysBuf[:len(blocks)], tableBuf[:size]
	} else {
		keys, table = make([]uint64, len(blocks)), make([]repeatSlot, size)
	}
	countRepeatsIn(blocks, keys, table)
}

// repeatTableSize returns the size of countRepeats' table for n blocks:
// the least power of two, from 2, at least twice n.
func repeatTableSize(n int) int {
	log := 1
	for 1<<log < 2*n {
		log++
	}
	return 1 << log
}

// countRepeatsIn is countRepeats with its arrays: keys, one per block,
// and table, of repeatTableSize(len(blocks)) free slots.
func countRepeatsIn(blocks []*Block, keys []uint64, table []repeatSlot) {
	if !groupRepeats(blocks, keys, table, false) {
		clear(table)
		groupRepeats(blocks, keys, table, true)
	}
	for _, b := range blocks {
		b.Repeats = int(table[b.Repeats].count)
	}
}

// groupRepeats counts the blocks of each distinct text in table, a power
// of two at least twice the blocks, and sets each block's Repeats to its
// slot, which countRepeats then reads, and keys[i] to block i's key: repeatKey, or, when hashed, lowerHash with the rune
// count. It reports false, leaving them half done, when not hashed and
// the texts that share a key but differ take more compares than there
// are blocks.
func groupRepeats(blocks []*Block, keys []uint64, table []repeatSlot, hashed bool) bool {
	mask := uint64(len(table) - 1)
	shift := uint(64 - bits.TrailingZeros(uint(len(table))))
	budget := len(blocks) // the compares of texts that differ left
	for i, b := range blocks {
		k := repeatKey(b)
		if hashed {
			k = lowerHash(b.Text) ^ uint64(b.Features.Runes)*0x9E3779B97F4A7C15 // the rune count in the high bits too
		}
		keys[i] = k
		slot := (k * 0x9E3779B97F4A7C15) >> shift
		for ; table[slot].count != 0; slot = (slot + 1) & mask {
			first := table[slot].first
			if keys[first] != k {
				continue
			}
			if equalLower(blocks[first].Text, b.Text) {
				break
			}
			if budget--; budget < 0 && !hashed {
				return false
			}
		}
		e := &table[slot]
		if e.count == 0 {
			e.first = int32(i)
		}
		e.count++
		b.Repeats = int(slot)
	}
	return true
}

// repeatStackBlocks is the most blocks countRepeats counts in arrays on
// its stack (12 KiB): the ScrapingHub dumps have up to 368 blocks.
const repeatStackBlocks = 512

// repeatKey returns what texts equal in lower case (strings.ToLower)
// share, read in a few instructions: their number of runes (b must be
// measured) and the repeatBytes of their first and last bytes.
func repeatKey(b *Block) uint64 {
	k := uint64(b.Features.Runes) << 16
	if s := b.Text; s != "" {
		k |= uint64(repeatBytes[s[0]])<<8 | uint64(repeatBytes[s[len(s)-1]])
	}
	return k
}

// repeatBytes holds, for each byte c, c in lower case when it is an ASCII
// byte that only itself and its upper case turn into in lower case, and
// 0x80 for any other: then texts equal in lower case have the same
// repeatBytes at each end. strings.ToLower turns an ASCII byte into an
// ASCII byte, and a rune that is not ASCII into one that is only for "i"
// (U+0130, İ) and "k" (U+212A, the Kelvin sign), which are left out (a
// test checks all runes); the last rune's last byte is ASCII only when
// the rune is.
var repeatBytes = func() (t [256]byte) {
	for c := range t {
		l := asciiLower(byte(c))
		if l >= utf8.RuneSelf || l == 'i' || l == 'k' {
			l = utf8.RuneSelf
		}
		t[c] = l
	}
	return t
}()

// A repeatSlot is a slot of countRepeats' table: a distinct text, by its
// first block, and how many blocks have it; a count of 0 marks a free
// slot.
type repeatSlot struct {
	first, count int32
}

// lowerHash is a hash of the UTF-8 encoding of s in lower case, as
// strings.ToLower writes it: of its first runes, up to the first that
// ends at or past its hashBytes-th byte, and, when it has more runes, of
// its end (see lowerTail), so that texts equal in lower case have the
// same hash, and a long text is read only at its two ends. The
// lower-case bytes of the first runes are a stream mixed in eight at a
// time; ASCII is read and lower-cased eight bytes at once.
func lowerHash(s string) uint64 {
	const high = 0x8080808080808080 // the top bit of each byte
	var h lowerHasher
	i := 0
	switch {
	case len(s) >= 8:
		v := asciiWord(s, 0)
		if v&high == 0 {
			h.add8(lowerASCII8(v))
			i = 8
		} else if k := asciiPrefix(v); k > 0 {
			h.addN(lowerASCII8(v&lowBytes(k)), k)
			i = k
		}
	case len(s) > 0:
		if v := bytesFrom(s, 0); v&high == 0 {
			h.addN(lowerASCII8(v), len(s))
			i = len(s)
		}
	}
	for i < len(s) && h.bytes < hashBytes {
		if c := s[i]; c < utf8.RuneSelf {
			h.addN(uint64(asciiLower(c)), 1)
			i++
			continue
		}
		i = h.addRune(s, i)
	}
	if i == len(s) {
		// The text's runes are all hashed.
		return h.sum(0)
	}
	return h.sum(lowerTail(s))
}

// A lowerHasher hashes a stream of bytes eight at a time.
type lowerHasher struct {
	h, acc uint64 // the hash so far, and the bytes not yet mixed in, little-endian
	n      int    // the number of bytes in acc, 0 to 7
	bytes  int    // the number of bytes added
}

// add8 adds the eight bytes of v to the stream.
func (h *lowerHasher) add8(v uint64) {
	h.bytes += 8
	if h.n == 0 {
		h.mix(v)
		return
	}
	shift := uint(8*h.n) & 63 // 8 to 56
	h.mix(h.acc | v<<shift)
	h.acc = v >> (64 - shift)
}

// addN adds the first n bytes of v, 1 to 7, to the stream; v's other
// bytes are zero.
func (h *lowerHasher) addN(v uint64, n int) {
	h.bytes += n
	h.acc |= v << (uint(8*h.n) & 63)
	if h.n += n; h.n >= 8 {
		h.mix(h.acc)
		h.n -= 8
		h.acc = v >> (uint(8*(n-h.n)) & 63) // the bytes of v not mixed in: n-h.n is 1 to 7
	}
}

// addRune adds the lower case of the rune of s at i, as
// strings.ToLower writes it, and returns the index after it.
func (h *lowerHasher) addRune(s string, i int) int {
	r, size := utf8.DecodeRuneInString(s[i:])
	lower := clean.LowerRune(r)
	if lower == r && size > 1 && i+8 <= len(s) {
		// Its own lower case, and valid: its bytes as they are.
		h.addN(asciiWord(s, i)&lowBytes(size), size)
		return i + size
	}
	var buf [utf8.UTFMax]byte
	w := utf8.EncodeRune(buf[:], lower)
	var u uint64
	for j := w - 1; j >= 0; j-- {
		u = u<<8 | uint64(buf[j])
	}
	h.addN(u, w)
	return i + size
}

// mix mixes eight bytes of the stream into the hash.
func (h *lowerHasher) mix(v uint64) {
	h.h = (h.h ^ v) * 0x9E3779B97F4A7C15
	h.h ^= h.h >> 29
}

// sum returns the hash of the stream followed by tail.
func (h *lowerHasher) sum(tail uint64) uint64 {
	if h.n > 0 {
		h.mix(h.acc ^ uint64(h.n)<<61) // not the hash of the bytes and zeros
	}
	h.mix(tail)
	return h.h ^ h.h>>32
}

// lowerTail returns the end of strings.ToLower(s), little-endian, the
// first of its bytes in the lowest byte: its last eight bytes, or fewer
// when it has fewer or when a rune that is not ASCII in lower case comes
// first, whose bytes end it (as many as fit). Lines that start alike, as
// a page's credits or comment headers do, mostly end apart; a text not
// in ASCII is mostly told apart by its first runes, and is read back
// only to its last such rune.
func lowerTail(s string) uint64 {
	if len(s) >= 8 {
		if v := asciiWord(s, len(s)-8); v&0x8080808080808080 == 0 {
			return lowerASCII8(v)
		}
	}
	var buf [8]byte
	at := len(buf) // buf[at:] holds the bytes found, from the end
	for s != "" && at > 0 {
		if c := s[len(s)-1]; c < utf8.RuneSelf {
			at--
			buf[at] = asciiLower(c)
			s = s[:len(s)-1]
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
		var enc [utf8.UTFMax]byte
		lower := clean.LowerRune(r)
		w := utf8.EncodeRune(enc[:], lower)
		for j := w - 1; j >= 0 && at > 0; j-- {
			at--
			buf[at] = enc[j]
		}
		if lower >= utf8.RuneSelf {
			break
		}
	}
	var v uint64
	for j := len(buf) - 1; j >= at; j-- {
		v = v<<8 | uint64(buf[j])
	}
	return v
}

// bytesFrom returns the bytes of s from i, at most eight, little-endian,
// with zeros for the bytes beyond s's end.
func bytesFrom(s string, i int) uint64 {
	if i+8 <= len(s) {
		return asciiWord(s, i)
	}
	if len(s) >= 8 {
		return asciiWord(s, len(s)-8) >> (8 * (i + 8 - len(s)))
	}
	var v uint64
	for j := len(s) - 1; j >= i; j-- {
		v = v<<8 | uint64(s[j])
	}
	return v
}

// lowBytes returns the mask of the first n bytes of a little-endian
// word, n from 1 to 7.
func lowBytes(n int) uint64 {
	return uint64(1)<<(uint(8*n)&63) - 1
}

// asciiPrefix returns the number of bytes, up to eight, before the first
// byte of v that is not ASCII, counted from the lowest.
func asciiPrefix(v uint64) int {
	return bits.TrailingZeros64(v&0x8080808080808080) >> 3
}

// asciiWord returns the eight bytes of s from i, which exist,
// little-endian.
func asciiWord(s string, i int) uint64 {
	s = s[i : i+8] // one bounds check, and the loads combine into one
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// lowerASCII8 lower-cases the eight ASCII bytes of v at once.
func lowerASCII8(v uint64) uint64 {
	const ones = 0x0101010101010101
	geA := v + (0x80-'A')*ones   // 0x80 set in the bytes from 'A'
	gtZ := v + (0x80-'Z'-1)*ones // 0x80 set in the bytes beyond 'Z'
	return v | (geA&^gtZ&(0x80*ones))>>2
}

// hashBytes is the number of lower-case bytes lowerHash reads from a
// text's start, and of the runes that hold them: with its end and its
// length in runes (see countRepeats), enough to tell most lines apart.
// Reading more costs more than the few texts it tells apart cost
// equalLower.
const hashBytes = 8

// equalLower reports whether strings.ToLower(a) == strings.ToLower(b).
// Texts equal byte for byte, as repeated lines mostly are, are compared
// at once, and ASCII text eight bytes at a time.
func equalLower(a, b string) bool {
	if a == b {
		return true
	}
	for len(a) >= 8 && len(b) >= 8 {
		va, vb := asciiWord(a, 0), asciiWord(b, 0)
		if (va|vb)&0x8080808080808080 != 0 {
			break
		}
		if va != vb && lowerASCII8(va) != lowerASCII8(vb) {
			return false
		}
		a, b = a[8:], b[8:]
	}
	for a != "" && b != "" {
		if ca, cb := a[0], b[0]; ca < utf8.RuneSelf && cb < utf8.RuneSelf {
			if ca != cb && asciiLower(ca) != asciiLower(cb) {
				return false
			}
			a, b = a[1:], b[1:]
			continue
		}
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb && clean.LowerRune(ra) != clean.LowerRune(rb) {
			return false
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b == ""
}

// asciiLower is unicode.ToLower for an ASCII byte.
func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// setLanguage sets the document's language and measures the blocks again,
// unless the caller fixed the language (WithLanguage): then it does nothing.
func (d *Document) setLanguage(lang string) {
	if d.langFixed {
		return
	}
	d.Meta.Language = lang
	d.measure()
}

func (d *Document) measure() {
	lang := clean.ResolveLanguage(d.Meta.Language)
	for _, b := range d.Blocks {
		b.Features = b.lineProfile().MeasureIn(lang)
	}
}

// lineProfile returns the profile of the block's text (clean.ProfileLine,
// or clean.ProfilePhrases for a block whose cache asks for its phrase
// candidates too), computed on first use and kept: measuring a block, in
// any language, and detecting languages read the same words.
func (b *Block) lineProfile() *clean.LineProfile {
	if c := b.cache; c != nil && c.profiled {
		return c.profile // inlined: most blocks' are made with them
	}
	return b.profile()
}

// profile is lineProfile on first use.
func (b *Block) profile() *clean.LineProfile {
	c := b.cached()
	if !c.profiled {
		if c.profile == nil {
			c.profile = new(clean.LineProfile) // a text dump's short line
		}
		if c.phrases {
			*c.profile = clean.ProfilePhrases(b.Text)
		} else {
			*c.profile = clean.ProfileLine(b.Text)
		}
		c.profiled = true
	}
	return c.profile
}

// detectBlocks is clean.DetectLanguage on the texts of blocks, each
// followed by a line break, from their profiles: those of the blocks
// within the clean.MaxDetectBytes it reads, and of the start of the block
// it cuts.
func detectBlocks(blocks []*Block) (lang string, confidence float64) {
	var one [1]*clean.LineProfile // a single block's needs no allocation
	profiles := one[:0]
	if len(blocks) > 1 {
		profiles = make([]*clean.LineProfile, 0, len(blocks))
	}
	size, full := 0, false
	for _, b := range blocks {
		if profiles, size, full = addProfile(profiles, size, b); full {
			break
		}
	}
	lang, confidence, _ = clean.DetectProfiles(profiles)
	return lang, confidence
}

// addProfile appends the profile of b to profiles, those of texts of
// size bytes joined with line breaks, and returns them with the size of
// the texts now; or, when b's text reaches clean.MaxDetectBytes, the
// profile of its start, which fills them: then full is true. It returns
// the slice rather than keeping it, so that its array may stay on the
// caller's stack.
func addProfile(profiles []*clean.LineProfile, size int, b *Block) (_ []*clean.LineProfile, _ int, full bool) {
	if size+len(b.Text) > clean.MaxDetectBytes {
		if rest := clean.MaxDetectBytes - size; rest > 0 {
			p := clean.ProfileLine(b.Text[:rest])
			profiles = append(profiles, &p)
		}
		return profiles, clean.MaxDetectBytes, true
	}
	return append(profiles, b.lineProfile()), size + len(b.Text) + 1, false
}

// detectLanguage guesses the language from the longer blocks, which are
// more likely to be prose than menus: it is detectBlocks on
// languageBlocks, without the slice of blocks.
func (d *Document) detectLanguage() string {
	n, all := d.languageCount()
	var profiles []*clean.LineProfile
	if n > 0 {
		profiles = make([]*clean.LineProfile, 0, n)
	}
	size, full := 0, false
	for _, b := range d.Blocks {
		if isLanguageBlock(b) {
			if profiles, size, full = addProfile(profiles, size, b); full {
				break
			}
		}
	}
	for i := 0; all && !full && i < len(d.Blocks); i++ {
		profiles, size, full = addProfile(profiles, size, d.Blocks[i])
	}
	lang, _, _ := clean.DetectProfiles(profiles)
	return lang
}

// isLanguageBlock reports whether b is long enough (40 bytes) to be read
// first for the language.
func isLanguageBlock(b *Block) bool { return len(b.Text) >= 40 }

// languageCount returns the number of blocks languageBlocks returns, and
// whether they include all blocks after the long ones (isLanguageBlock),
// as they do when those hold under 200 bytes.
func (d *Document) languageCount() (n int, all bool) {
	size := 0
	for _, b := range d.Blocks {
		if isLanguageBlock(b) {
			n++
			size += len(b.Text) + 1
		}
	}
	if size < 200 {
		n += len(d.Blocks)
	}
	return n, size < 200
}

// languageBlocks returns the blocks the language is detected from: the
// blocks of at least 40 bytes, followed by all blocks when those hold
// under 200 bytes.
func (d *Document) languageBlocks() []*Block {
	n, all := d.languageCount()
	if n == 0 {
		return nil
	}
	sample := make([]*Block, 0, n) // one allocation
	for _, b := range d.Blocks {
		if isLanguageBlock(b) {
			sample = append(sample, b)
		}
	}
	if all {
		sample = append(sample, d.Blocks...)
	}
	return sample
}

// languageSample returns the texts of blocks, each followed by a line
// break: the text the language is detected from when blocks are
// languageBlocks.
func languageSample(blocks []*Block) string {
	size := 0
	for _, b := range blocks {
		size += len(b.Text) + 1
	}
	var sb strings.Builder
	sb.Grow(size)
	for _, b := range blocks {
		sb.WriteString(b.Text)
		sb.WriteByte('\n')
	}
	return sb.String()
}
