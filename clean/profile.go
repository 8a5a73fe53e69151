package clean

import (
	"encoding/binary"
	"math"
	"math/bits"
	"unicode/utf8"
)

// A LineProfile is what the line measures and the stop word functions read
// from one text, gathered in a single pass: the Features but StopDensity,
// its word tokens' count, the stop words among them in order, its
// letters by script, and, from ProfilePhrases, the phrase sets it may
// match. A text profiled once can be measured in any language
// (Measure, Density) and take part in language detection (DetectProfiles)
// without being read again. The zero value is the profile of "".
type LineProfile struct {
	hits    []postingRef     // the stop words' postings, in text order
	cands   PhraseCandidates // Candidates(FoldPhrase(s)), once candsOK
	candsOK bool
	// terminal is the Features' Terminal; it sits beside candsOK, so
	// that the profile takes 88 bytes, not 96.
	terminal bool
	size     int32 // the text's length in bytes
	tokens   int32 // word tokens, as StopwordDensity counts them
	script   scriptCounts

	// The counts behind the Features but StopDensity and Terminal.
	words, runes, upper, cased, digits, nonSpace int32
}

// Counts of a LineProfile are kept in 32 bits, and those of a text longer
// than math.MaxInt32 bytes stop there.
func count32(n int) int32 { return int32(min(n, math.MaxInt32)) }

// ProfileLine returns the LineProfile of s, which should be NFC, as Text
// returns it. It reads s once: its runes as Measure counts them, its words
// as WordCount counts them and as the stop word tokenizer splits and
// lower-cases them, and its letters as DetectLanguage counts scripts. It
// is safe for concurrent use.
func ProfileLine(s string) (p LineProfile) {
	tb := loadProfileTables(false)
	profileLine(&p, s, &tb, false, false, nil)
	return p
}

// ProfilePhrases is ProfileLine that also finds, in the same pass, the
// phrase sets s may match (LineProfile.Candidates): for a line that will
// be matched against phrases, it costs less than ProfileLine and
// TextCandidates. It is safe for concurrent use.
func ProfilePhrases(s string) (p LineProfile) {
	tb := loadProfileTables(true)
	profileLine(&p, s, &tb, true, false, nil)
	return p
}

// profileTables are the shared tables profileLine reads, fetched once
// for many lines (a Profiler's) or for one.
type profileTables struct {
	words   *wordTable
	classes *[classTableSize]runeClass
	lowers  *[classTableSize]uint16
	cands   *candidateTable // nil when the phrases were not asked for
	letters *wideLetterSet
	prose   *proseTable // of words and cands (noCandidates without the phrases)
	// scan is profileLine's phrase candidate scan, its tables set here:
	// profileLine resets the rest for each line, where a local one
	// would be zeroed, its buffer and all (which needs no clearing).
	scan candidateScan
}

// loadProfileTables fetches the tables, building them on first use; the
// candidate table only with phrases.
func loadProfileTables(phrases bool) profileTables {
	tb := profileTables{words: &index().words, classes: classTable(), lowers: lowerTable(), letters: wideLetters()}
	tb.scan.ix = &noCandidates
	if phrases {
		tb.cands, tb.prose = candidateIndex(), proseTables.get()
		tb.scan.ix = tb.cands
	} else {
		tb.prose = proseWordTables.get()
	}
	tb.scan.words, tb.scan.bits = tb.words, tb.prose
	return tb
}

// profileLine writes in p, a zero LineProfile, the profile of s: that of
// ProfileLine, and of ProfilePhrases with phrases, from the tables tb
// (loadProfileTables(phrases)'s), whose scan it uses. The stop words' postings are
// appended to hits, a slice of length 0, or to a new one when hits is
// nil. It also makes, in the same pass, textUnchanged's tests of a line
// trimmed of spaces and line breaks but the last: unchanged is false when
// one fails, and stable is false when the caller must test whether the
// line is in NFC. With untilChanged, it stops as soon as unchanged is
// false for another reason than a space Text makes plain (a tab, a space
// rune that it keeps, a run of spaces), and the profile it leaves in p
// is not s's; when it reads on past those, p is s's.
func profileLine(p *LineProfile, s string, tb *profileTables, phrases, untilChanged bool, hits []postingRef) (unchanged, stable bool) {
	if hits == nil {
		// About one byte in ten starts a stop word in prose.
		hits = make([]postingRef, 0, len(s)/10+1)
	}
	p.size = count32(len(s))
	unchanged, stable = true, true
	table, classes, lowers, letters, bitsOf := tb.words, tb.classes, tb.lowers, tb.letters, tb.prose
	var t tokenScan
	var rc runeCounts
	var wc wordCounter
	cs := &tb.scan // newCandidateScan, but for its tables and buffer
	cs.cands, cs.at, cs.n, cs.size, cs.hits = 0, 0, 0, 0, hits
	cs.space, cs.digit, cs.long, cs.prevPairs = true, false, false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c|0x20-'a' < 26 && !t.inToken && (cs.space || !phrases) {
			// An ASCII letter at the start of a word, for the stop word
			// tokens and the phrase candidates alike. A run of plain
			// words, as most are, is read by candidateScan.prose, which
			// leaves the counts to be made at once here.
			if len(s) >= 8 && len(s) < proseMaxLine {
				if end, acc := cs.prose(s, i); end != i {
					run := s[i:end]
					cs.size += proseSize(run, acc)
					words, spaces, letters, upper := proseCounts(run, acc)
					rc.runes += len(run)
					rc.nonSpace += len(run) - spaces
					rc.cased += letters
					rc.upper += upper
					p.script.letters += int32(letters)
					p.tokens += int32(words)
					if wc.inWord {
						words-- // the first word goes on from a mark
					}
					wc.words += words
					wc.inWord = run[len(run)-1] != ' '
					i = end
					continue
				}
			}
			// When it and the lower-case letters after it make a whole
			// word of both (a word break, or the end, follows), the word
			// is read at once, its one key serving both.
			j := i + 1
			if j+8 <= len(s) && notLower(load64(s, j)) != 0 {
				// The run ends within eight bytes, as most do.
				j += bits.TrailingZeros64(notLower(load64(s, j))) / 8
			} else {
				j = lowerRunEnd(s, j)
			}
			upper := int(^c >> 5 & 1) // 1 for an upper-case first letter
			if j < len(s) && s[j]-'A' < 26 {
				// A capital inside the word: a word of eight or fewer
				// ASCII letters of either case ("BBC", "iPhone") is
				// read whole too, lower-cased, its capitals counted.
				v := loadPadded(s, i)
				if nl := notLower(v | bytes20); nl != 0 {
					j = i + bits.TrailingZeros64(nl)/8
					upper = bits.OnesCount64(^v & bytes20 & lowBytes(j-i))
				}
			}
			if j < len(s) && j-i <= wordKeyBytes && (s[j] == '\'' || s[j] == 0xe2) {
				// An apostrophe inside a word: two tokens, one
				// candidate word, and one word of two runs of letters
				// and the apostrophe, a rune that is not a letter.
				if end, n := cs.apostropheWord(s, i, j, phrases); end != 0 {
					rc.runes += n + 1
					rc.nonSpace += n + 1
					rc.cased += n
					rc.upper += upper
					p.script.letters += int32(n)
					p.tokens += 2
					if !wc.inWord {
						wc.words++
					}
					wc.inWord = true
					if s[j] != '\'' {
						stable = stable && classes['’']&clsStable != 0
					}
					i = end
					continue
				}
			}
			if n := j - i; n <= maxWordBytes && (j == len(s) || s[j] < utf8.RuneSelf && asciiFold[s[j]] == foldSpace) {
				rc.runes += n
				rc.upper += upper
				rc.cased += n
				rc.nonSpace += n
				p.script.letters += int32(n)
				if !wc.inWord {
					wc.words++
				}
				wc.inWord = true
				p.tokens++
				// The word's first eight bytes, lower-cased: those of
				// a word of eight or fewer are its key and its
				// candidate key. Those of a longer one are lower case
				// but the first.
				var k uint64
				if i+8 <= len(s) {
					k = load64(s, i) | bytes20
				} else {
					k = loadPadded(s, i) | bytes20
				}
				var slot uint32
				var ok bool
				var bit uint
				if n <= wordKeyBytes {
					k &= lowBytes(n)
					h := (k + uint64(n)) * hashMultiplier
					bit = uint(h >> (64 - candidateLog))             // keyBit
					if proseFilter(bitsOf[bit], h>>(64-filterLog)) { // slotHashed's first test
						slot, ok = table.slotHashed(h, k, n)
					}
				} else {
					w := s[i:j]
					if upper != 0 {
						copy(t.buf[:], w)
						t.buf[0] |= 0x20
						slot, ok = slotLong(table, t.buf[:n])
					} else {
						slot, ok = slotLong(table, w)
					}
					bit = keyBit(k^bits.RotateLeft64(load64(s, j-wordKeyBytes), 29), n) // candidateBit
				}
				if ok {
					cs.hits = append(cs.hits, table.entries[slot].ref)
				}
				if phrases {
					// candidateScan.wholeWord, written out (the
					// call costs 0.6 M instructions per pass over
					// the ScrapingHub dumps): a word that is no key
					// and may start none only adds to the size,
					// unless the pair it ends may be a key; a short
					// one that may only start a pair, and ends none
					// that may be a key, is only kept.
					v := bitsOf[bit%candidateBits]
					mayStart, pairFirst := v&proseMayStart != 0, v&prosePairFirst != 0
					switch {
					case !mayStart && !pairFirst && !cs.prevPairs:
						cs.size += n + 1
					case mayStart || n > wordKeyBytes || cs.prevPairs && cs.pairMayStart(k, n):
						cs.writeWord(s[i:j], k, bit, 0x20)
					case pairFirst:
						cs.keepWord(k, n)
					default:
						cs.size += n + 1
						cs.prevPairs, cs.at = false, 0
					}
				}
				i = j
				if i < len(s) && s[i] == ' ' {
					// A space after a word is never the second of a
					// run: it only ends the word.
					i++
					rc.runes++
					wc.inWord = false
				}
				continue
			}
		}
		if 'a' <= c && c <= 'z' {
			// A run of lower-case ASCII letters, the commonest, is
			// counted at once: each is a cased, non-space letter of a
			// word, and its own lower case.
			j := i + 1
			for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
				j++
			}
			run := s[i:j]
			i = j
			rc.runes += len(run)
			rc.cased += len(run)
			rc.nonSpace += len(run)
			if !wc.inWord {
				wc.inWord = true
				wc.words++
			}
			if phrases {
				if from := i - len(run); len(run) <= 8 && from+8 <= len(s) {
					cs.put8(load64(s, from), len(run))
				} else {
					cs.putRun(run)
				}
			}
			p.script.letters += int32(len(run))
			switch {
			case !t.inToken:
				t.inToken, t.direct, t.from, t.to = true, true, i-len(run), i
			// A direct token is one run: the character after a run
			// ends the token or spills it.
			case t.n+len(run) <= maxWordBytes:
				if from := i - len(run); len(run) <= 8 && from+8 <= len(s) && t.n+8 <= len(t.buf) {
					// In one store: the bytes past the run are not
					// the token's.
					binary.LittleEndian.PutUint64(t.buf[t.n:], load64(s, from))
					t.n += len(run)
				} else {
					t.n += copy(t.buf[t.n:], run)
				}
			default:
				t.long = true
			}
			continue
		}
		if c == ' ' {
			// A space, the next commonest, is a rune that ends words:
			// the case below, with only the counts it changes.
			i++
			if i > 1 && s[i-2] == ' ' {
				unchanged = false // runs of spaces, read on
			}
			rc.runes++
			wc.inWord = false
			if phrases {
				cs.wordBreak()
			}
			if t.inToken {
				t.end(table, s, p, &cs.hits)
			}
			continue
		}
		if 'A' <= c && c <= 'Z' {
			// An upper-case ASCII letter: a cased, non-space letter of
			// a word, lower-cased into the token.
			i++
			rc.runes++
			rc.upper++
			rc.cased++
			rc.nonSpace++
			if !wc.inWord {
				wc.inWord = true
				wc.words++
			}
			if phrases {
				cs.put(c | 0x20)
			}
			p.script.letters++
			if t.direct {
				t.spill(s)
			}
			t.inToken = true
			if t.n < maxWordBytes {
				t.buf[t.n] = c | 0x20
				t.n++
			} else {
				t.long = true
			}
			continue
		}
		if c-'0' < 10 {
			// A run of digits ends the token, and counts as one digit:
			// the first starts a word, or goes on with it, and the
			// candidate word's '#' (foldDigit) stands for them all.
			j := i + 1
			for j < len(s) && s[j]-'0' < 10 {
				j++
			}
			n := j - i
			i = j
			rc.runes += n
			rc.digits += n
			rc.nonSpace += n
			if !wc.inWord {
				wc.inWord = true
				wc.words++
			}
			if phrases {
				cs.ascii(foldDigit)
			}
			if t.inToken {
				t.end(table, s, p, &cs.hits)
			}
			continue
		}
		if c < utf8.RuneSelf {
			// Any other ASCII character ends the token: punctuation, a
			// control.
			i++
			k := asciiProps[c]
			if k&asciiControl != 0 {
				unchanged = false // controls, line breaks
				if untilChanged && c != '\t' {
					return false, stable // a tab is a space: read on
				}
			}
			rc.runes++
			rc.nonSpace += int(^k >> 3 & 1)
			if k&asciiSpace != 0 {
				wc.inWord = false
			}
			switch f := asciiFold[c]; {
			case !phrases:
			case f == foldSpace: // punctuation, tabs and line breaks
				cs.wordBreak()
			default: // an apostrophe, a symbol: cs.ascii's put, as no digit comes here
				cs.put(f)
			}
			if t.inToken {
				t.end(table, s, p, &cs.hits)
			}
			continue
		}
		if i+1 < len(s) && letters.has(wideBits(s, i)) {
			// A run of two-byte letters that are lower case and their
			// own lower case (wideLetters), as most of a word in
			// Cyrillic or Greek is: read in a loop of its own, and
			// written at once, each a cased letter that changes no
			// more than the counts.
			from := i
			for i += 2; i+1 < len(s) && letters.has(wideBits(s, i)); {
				i += 2
			}
			if n := i - from; !t.inToken && (cs.space || !phrases) && n+2 <= maxWordBytes &&
				(i == len(s) || s[i] < utf8.RuneSelf && asciiFold[s[i]] == foldSpace) {
				// A whole word of them, as most words in Cyrillic or
				// Greek are (a word break, or the end, follows): its
				// bytes are its stop word token and its phrase
				// candidate word, read at once, as the whole ASCII
				// word above. Its key lookup is the ASCII path's,
				// written out again: as a function it would cost 120
				// against the inliner's budget of 80, so a call a word.
				m := n >> 1 // letters, of two bytes each
				rc.runes += m
				rc.nonSpace += m
				rc.cased += m
				p.script.letters += int32(m)
				if !wc.inWord {
					wc.words++
				}
				wc.inWord = true
				p.tokens++
				k := loadPadded(s, from)
				var slot uint32
				var ok bool
				var bit uint
				if n <= wordKeyBytes {
					k &= lowBytes(n)
					h := (k + uint64(n)) * hashMultiplier
					bit = uint(h >> (64 - candidateLog))             // keyBit
					if proseFilter(bitsOf[bit], h>>(64-filterLog)) { // slotHashed's first test
						slot, ok = table.slotHashed(h, k, n)
					}
				} else {
					if b := filterBit(k, n); table.filter[b/64]&(1<<(b%64)) != 0 {
						slot, ok = slotLong(table, s[from:i])
					}
					bit = keyBit(k^bits.RotateLeft64(load64(s, i-wordKeyBytes), 29), n) // candidateBit
				}
				if ok {
					cs.hits = append(cs.hits, table.entries[slot].ref)
				}
				if phrases {
					if v := bitsOf[bit%candidateBits]; v&(proseMayStart|prosePairFirst) == 0 && !cs.prevPairs {
						cs.size += n + 1 // wholeWord's first case, inline
					} else {
						cs.wholeWord(s[from:i], k, bit, 0)
					}
				}
				if i < len(s) && s[i] == ' ' {
					// A space after a word is never the second of a
					// run: it only ends the word.
					i++
					rc.runes++
					wc.inWord = false
				}
				continue
			}
			run := s[from:i]
			n := len(run) / 2
			rc.runes += n
			rc.nonSpace += n
			rc.cased += n
			p.script.letters += int32(n)
			if !wc.inWord {
				wc.inWord = true
				wc.words++
			}
			if phrases {
				cs.putRun(run)
			}
			if t.direct {
				t.spill(s)
			}
			t.inToken = true
			t.putWide(run)
			continue
		}
		var r rune
		var size int
		if c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			// Two bytes, as Latin, Greek and Cyrillic letters take,
			// and always valid: decoded inline.
			r, size = rune(c&0x1f)<<6|rune(s[i+1]&0x3f), 2
			if cls, l := classes[r], rune(lowers[r]); cls&clsLetter != 0 && 0x80 <= l && l < 0x800 && r != 'ʼ' {
				// A letter whose lower case takes two bytes too, the
				// commonest: the general case below, with only what
				// a letter changes and the lower case encoded inline.
				i += 2
				stable = stable && cls&clsStable != 0
				rc.runes++
				rc.nonSpace++
				if cls&clsUpper != 0 {
					rc.upper++
					rc.cased++
				} else if cls&clsLower != 0 {
					rc.cased++
				}
				if !wc.inWord {
					wc.inWord = true
					wc.words++
				}
				p.script.letters++
				b0, b1 := byte(0xc0|l>>6), byte(0x80|l&0x3f)
				if phrases {
					if at := cs.at + cs.n; cs.n+utf8.UTFMax <= maxCandidateWord {
						cs.buf[at], cs.buf[at+1] = b0, b1
						cs.n, cs.size = cs.n+2, cs.size+2
						cs.space, cs.digit = false, false
					} else {
						cs.other(r, cls, lowers)
					}
				}
				if t.direct {
					t.spill(s)
				}
				t.inToken = true
				if t.n+utf8.UTFMax <= maxWordBytes {
					t.buf[t.n], t.buf[t.n+1] = b0, b1
					t.n += 2
				} else {
					t.long = true
				}
				continue
			}
		} else if c >= 0xe1 && c <= 0xef && c != 0xed && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			// Three bytes, as the curly quotes and the dashes take, and
			// CJK: decoded inline, from the first bytes whose
			// continuations are always valid (no overlong form, no
			// surrogate).
			r, size = rune(c&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f), 3
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		var cls runeClass
		if r < classTableSize { // classOf, inline for the table's runes
			cls = classes[r]
		} else {
			cls = classOf(r, classes)
		}
		if cls&clsSpace != 0 || r <= 0x9f || size == 1 && r == utf8.RuneError || dropsRune(r) {
			unchanged = false // spaces, C1 controls, invalid bytes
			if untilChanged && (cls&clsSpace == 0 || r <= 0x9f || dropsRune(r)) {
				return false, stable // but for a space Text keeps as one
			}
		}
		stable = stable && cls&clsStable != 0 // classOf has the bit of every rune
		rc.countClass(cls)
		wc.countClass(r, cls)
		p.script.countClass(r, cls)
		if phrases {
			cs.other(r, cls, lowers)
		}
		if cls&(clsLetter|clsMark) == 0 {
			if t.inToken {
				t.end(table, s, p, &cs.hits)
			}
			continue
		}
		if t.direct {
			t.spill(s)
		}
		t.inToken = true
		if t.n+utf8.UTFMax <= maxWordBytes {
			t.n += utf8.EncodeRune(t.buf[t.n:], toLower(r, lowers))
		} else {
			t.long = true
		}
	}
	if t.inToken {
		t.end(table, s, p, &cs.hits)
	}
	if phrases {
		if cs.space && !cs.long && cs.size <= maxPhraseText {
			p.cands = cs.cands // result, inline for a text that ends with a word break
		} else {
			p.cands = cs.result(s)
		}
		p.candsOK = true
	}
	p.hits = cs.hits
	if n := len(s); n > 0 && s[n-1] < utf8.RuneSelf && asciiProps[s[n-1]]&(asciiSpace|asciiCloser) == 0 {
		p.terminal = asciiProps[s[n-1]]&asciiTerminal != 0 // endsSentence, inline
	} else {
		p.terminal = endsSentenceTrimmed(s, classes)
	}
	if len(s) <= math.MaxInt32 {
		// No count exceeds the text's bytes: none needs count32.
		p.words, p.runes = int32(wc.total()), int32(rc.runes)
		p.upper, p.cased, p.digits, p.nonSpace = int32(rc.upper), int32(rc.cased), int32(rc.digits), int32(rc.nonSpace)
	} else {
		p.words, p.runes = count32(wc.total()), count32(rc.runes)
		p.upper, p.cased, p.digits, p.nonSpace = count32(rc.upper), count32(rc.cased), count32(rc.digits), count32(rc.nonSpace)
	}
	return unchanged, stable
}

// Candidates returns Candidates(FoldPhrase(s)) for the text s the profile
// was made from, and true, when ProfilePhrases made it; false when
// ProfileLine did, which does not find them.
func (p *LineProfile) Candidates() (PhraseCandidates, bool) { return p.cands, p.candsOK }

// Measure returns Measure(s, lang) for the text s the profile was made
// from.
func (p *LineProfile) Measure(lang string) Features {
	return p.MeasureIn(ResolveLanguage(lang))
}

// A ResolvedLanguage is a language code looked up once, for measuring
// many profiles in it (LineProfile.MeasureIn). The zero value is not
// resolved: use ResolveLanguage.
type ResolvedLanguage struct {
	index int        // into stoplists; -1 for a language without a list
	marks *stopMarks // the language's stop words, which MeasureIn counts
}

// ResolveLanguage returns lang resolved as Measure and StopwordDensity
// read it: case insensitive, with region subtags. It builds the
// language's table of stop words (32 KiB) on its first call for it.
func ResolveLanguage(lang string) ResolvedLanguage {
	r := ResolvedLanguage{index: lookupLang(lang)}
	if r.index >= 0 {
		r.marks = stopMarksOf(r.index)
	}
	return r
}

// MeasureIn is Measure in a resolved language.
func (p *LineProfile) MeasureIn(lang ResolvedLanguage) Features {
	// Most lines have no stop word: no loop for them. The others count
	// theirs here, from the table the language holds.
	density := 0.0
	if m := lang.marks; len(p.hits) != 0 && m != nil {
		stop := 0
		for _, h := range p.hits {
			stop += int(m[h>>8%markSlots])
		}
		density = float64(stop) / float64(p.tokens)
	} else if len(p.hits) != 0 && lang.index >= 0 {
		density = p.density(lang.index) // a zero ResolvedLanguage
	}
	return Features{
		Words:       int(p.words),
		Runes:       int(p.runes),
		Terminal:    p.terminal,
		StopDensity: density,
		Capitals:    share(int(p.upper), int(p.cased)),
		Digits:      share(int(p.digits), int(p.nonSpace)),
	}
}

// Density returns StopwordDensity(s, lang) for the text s the profile was
// made from.
func (p *LineProfile) Density(lang string) float64 {
	return p.density(lookupLang(lang))
}

// density is Density for the language of index li, -1 for none.
func (p *LineProfile) density(li int) float64 {
	if li < 0 || len(p.hits) == 0 {
		return 0 // as 0 stop words of any tokens
	}
	langs := index().words.langs
	// A loop for each half of the language sets, which reads its half
	// at a fixed offset.
	bit, stop := uint64(1)<<(li%64), 0
	if li < 64 {
		for _, h := range p.hits {
			if langs[h>>8][0]&bit != 0 {
				stop++
			}
		}
	} else {
		for _, h := range p.hits {
			if langs[h>>8][1]&bit != 0 {
				stop++
			}
		}
	}
	return float64(stop) / float64(p.tokens)
}

// DetectProfiles returns what DetectLanguage returns for the texts of
// profiles joined, each followed by a line break, and true; or false when
// that text, without its last line break, would be longer than the
// MaxDetectBytes DetectLanguage reads, and the caller must detect from
// the text itself or profile only its start (the last text cut to fit).
// It does not allocate.
//
// The stop word scores are exact sums (see stopScores), so they may be
// added in any order: on more than shortDetectHits hits, each distinct
// word's postings are added once, times its count.
func DetectProfiles(profiles []*LineProfile) (lang string, confidence float64, ok bool) {
	size, total := 0, 0
	var c scriptCounts
	for _, p := range profiles {
		size += int(p.size) + 1
		total += len(p.hits)
		c.add(p.script)
	}
	// DetectLanguage reads no further than MaxDetectBytes: a last line
	// break beyond them changes nothing.
	if size-1 > MaxDetectBytes {
		return "", 0, false
	}
	if lang, conf, ok := c.classify(); ok {
		return lang, conf, true
	}
	ix, t := index(), stopTables.get()
	var s stopScores
	if total <= shortDetectHits {
		for _, p := range profiles {
			for _, h := range p.hits {
				s.add(t, h, 1)
			}
		}
	} else {
		var counts hitCounter
		for _, p := range profiles {
			counts.count(&s, t, p.hits)
		}
		counts.flush(&s, t)
	}
	lang, confidence = s.decide(ix)
	return lang, confidence, true
}

// shortDetectHits is the number of stop word hits up to which
// DetectProfiles adds each one's postings as it comes: few words repeat
// in a line or two, and counting them first (in a hitCounter, whose
// 4.8 KB are cleared for each call) would cost more. Measured: 16, 28,
// 40 and 80 hits give 70.51M, 70.41M, 70.43M and 70.55M instructions
// per BenchmarkTextDumps iteration.
const shortDetectHits = 28

// A tokenScan is profileLine's stop word token being read: s[from:to]
// of the line s while direct, as it is when it is one run of lower-case
// ASCII letters (most are); else it is lower-cased into buf[:n]. long is
// set once it is longer than maxWordBytes, or would be with the next
// rune.
type tokenScan struct {
	from, to, n           int
	inToken, long, direct bool
	buf                   [maxWordBytes + utf8.UTFMax]byte
}

// end ends the token of the line s: it counts it in p, and appends its
// posting to hits when table has it.
func (t *tokenScan) end(table *wordTable, s string, p *LineProfile, hits *[]postingRef) {
	p.tokens++
	slot, ok := uint32(0), false
	from, to, n := t.from, t.to, t.n
	switch {
	case t.direct && to-from <= wordKeyBytes && from+wordKeyBytes <= len(s):
		// The word's key, read in one load.
		slot, ok = table.slotShort(load64(s, from)&lowBytes(to-from), to-from)
	case t.direct && to-from <= wordKeyBytes:
		slot, ok = table.slotShort(wordKey(s[from:to]), to-from)
	case t.direct && to-from <= maxWordBytes:
		// slotLong, past its filter's test, inline: most long words
		// are no stop word.
		if b := filterBit(load64(s, from), to-from); table.filter[b/64]&(1<<(b%64)) != 0 {
			slot, ok = slotLong(table, s[from:to])
		}
	case t.direct || t.long:
	case n <= wordKeyBytes:
		// buf holds the last word's bytes past n: the key keeps
		// this word's.
		slot, ok = table.slotShort(binary.LittleEndian.Uint64(t.buf[:wordKeyBytes])&lowBytes(n), n)
	default:
		if b := filterBit(binary.LittleEndian.Uint64(t.buf[:wordKeyBytes]), n); table.filter[b/64]&(1<<(b%64)) != 0 {
			slot, ok = slotLong(table, t.buf[:n])
		}
	}
	if ok {
		*hits = append(*hits, table.entries[slot].ref)
	}
	t.n, t.inToken, t.long, t.direct = 0, false, false, false
}

// putWide adds run, two-byte letters that are their own lower case, to a
// token that is not direct, as the general loop adds them one by one:
// with one that would take the token within utf8.UTFMax bytes of
// maxWordBytes, the token is long.
func (t *tokenScan) putWide(run string) {
	if t.n+len(run)+2 <= maxWordBytes { // the last one's test
		t.n += copy(t.buf[t.n:], run)
	} else {
		t.long = true // the bytes of a long token are not read
	}
}

// lowBytes returns the mask of the n low bytes of a uint64, 0 < n <= 8:
// a shift under 64, which needs no test.
func lowBytes(n int) uint64 { return ^uint64(0) >> ((64 - 8*n) & 63) }

// spill writes a direct token of the line s in buf, before a rune that
// is not a lower-case ASCII letter is added to it.
func (t *tokenScan) spill(s string) {
	t.direct = false
	if t.n = t.to - t.from; t.n > maxWordBytes {
		t.long = true
	} else {
		copy(t.buf[:], s[t.from:t.to])
	}
}

// The bits of asciiProps, placed for ProfileLine's counts.
const (
	asciiUpper    = 1 << iota // A-Z
	asciiLower                // a-z
	asciiDigit                // 0-9
	asciiSpace                // space, tab, line break, form feed
	asciiControl              // a control character: under ' ', or DEL
	asciiTerminal             // . ! ? ;, which end a sentence (EndsSentence)
	asciiCloser               // " ' ) ] }, which EndsSentence looks through
)

// asciiProps classifies the ASCII characters for ProfileLine.
var asciiProps = func() (t [utf8.RuneSelf]uint8) {
	for c := range byte(utf8.RuneSelf) {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = asciiUpper
		case 'a' <= c && c <= 'z':
			t[c] = asciiLower
		case '0' <= c && c <= '9':
			t[c] = asciiDigit
		case c == ' ':
			t[c] = asciiSpace
		case '\t' <= c && c <= '\r':
			t[c] = asciiSpace | asciiControl
		case c < ' ' || c == 0x7f:
			t[c] = asciiControl
		case c == '.' || c == '!' || c == '?' || c == ';':
			t[c] = asciiTerminal
		case c == '"' || c == '\'' || c == ')' || c == ']' || c == '}':
			t[c] = asciiCloser
		}
	}
	return t
}()

// lowerRunEnd returns the end of the run of lower-case ASCII letters of s
// that starts at i (i itself when s[i] is none), testing eight bytes at a
// time.
func lowerRunEnd(s string, i int) int {
	for i+8 <= len(s) {
		v := load64(s, i)
		if nl := notLower(v); nl != 0 {
			return i + bits.TrailingZeros64(nl)/8
		}
		i += 8
	}
	if i < len(s) && len(s) >= 8 {
		// The last bytes, read with those before them, shifted out; the
		// zeros shifted in are no letters.
		nl := notLower(load64(s, len(s)-8) >> (8 * (i + 8 - len(s))))
		return i + bits.TrailingZeros64(nl)/8
	}
	for i < len(s) && 'a' <= s[i] && s[i] <= 'z' {
		i++
	}
	return i
}

// notLower returns the high bit of each byte of v that is no lower-case
// ASCII letter: bytes of 0x80 and over by their own high bit, the others
// by adding to their low seven bits what carries those from 'a' on, and
// from '{' on, into the high bit, which no carry crosses.
func notLower(v uint64) uint64 {
	low := v & bytes7f
	geA := low + (0x80-'a')*bytes01
	geBrace := low + (0x80-'{')*bytes01
	return (^geA | geBrace | v) & bytes80
}

// loadPadded returns the eight bytes of s from i, i < len(s),
// little-endian, with zeros past the end of s.
func loadPadded(s string, i int) uint64 {
	switch {
	case i+8 <= len(s):
		return load64(s, i)
	case len(s) >= 8:
		return load64(s, len(s)-8) >> (8 * (i + 8 - len(s)))
	}
	return wordKey(s[i:])
}
