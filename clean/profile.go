package clean

import (
	"unicode"
	"unicode/utf8"
)

// A StopProfile is what the stop word functions read from one text: its
// word tokens' count, the stop words among them in order, and its letters
// by script. A text profiled once can be measured in any language
// (Density, MeasureWith) and take part in language detection
// (DetectProfiles) without being tokenised again. The zero value is the
// profile of "".
type StopProfile struct {
	size   int      // the text's length in bytes
	words  int      // word tokens, as StopwordDensity counts them
	hits   []uint32 // the stop words' slots in the word table, in text order
	script scriptCounts
}

// ProfileStopwords returns the StopProfile of s, which should be NFC, as
// Text returns it. It reads s once: its words as the stop word tokenizer
// splits and lower-cases them, and its letters as DetectLanguage counts
// scripts. It is safe for concurrent use.
func ProfileStopwords(s string) StopProfile {
	p := StopProfile{size: len(s)}
	words := &index().words
	var buf [maxWordBytes + utf8.UTFMax]byte
	n, inWord, long := 0, false, false
	end := func() { // the word in buf ends
		p.words++
		if !long {
			if slot, ok := words.slot(buf[:n]); ok {
				p.hits = append(p.hits, slot)
			}
		}
		n, inWord, long = 0, false, false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if !isASCIILetter(c) {
				if inWord {
					end()
				}
				continue
			}
			p.script.letters++
			inWord = true
			if n < maxWordBytes {
				buf[n] = c | 0x20
				n++
			} else {
				long = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		p.script.count(r)
		if !isWordRune(r) {
			if inWord {
				end()
			}
			continue
		}
		inWord = true
		if n+utf8.UTFMax <= maxWordBytes {
			n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
		} else {
			long = true
		}
	}
	if inWord {
		end()
	}
	return p
}

// Density returns StopwordDensity(s, lang) for the text s the profile was
// made from.
func (p *StopProfile) Density(lang string) float64 {
	li := lookupLang(lang)
	if li < 0 || p.words == 0 {
		return 0
	}
	slots := index().words.slots
	stop := 0
	for _, h := range p.hits {
		for _, q := range slots[h].postings {
			if int(q.lang) == li {
				stop++
				break
			}
		}
	}
	return float64(stop) / float64(p.words)
}

// MeasureWith returns Measure(s, lang), taking the stop words from p, the
// profile of s.
func MeasureWith(s, lang string, p *StopProfile) Features {
	f := measureRunes(s)
	f.StopDensity = p.Density(lang)
	return f
}

// DetectProfiles returns what DetectLanguage returns for the texts of
// profiles joined, each followed by a line break, and true; or false when
// that text would be longer than the 64 KiB DetectLanguage reads, and the
// caller must detect from the text itself. It does not allocate.
func DetectProfiles(profiles []*StopProfile) (lang string, confidence float64, ok bool) {
	size := 0
	var c scriptCounts
	for _, p := range profiles {
		size += p.size + 1
		c.add(p.script)
	}
	if size > maxDetectBytes {
		return "", 0, false
	}
	if lang, conf, ok := c.classify(); ok {
		return lang, conf, true
	}
	ix := index()
	var scores [len(stoplists)]float32
	var hits [len(stoplists)]int32
	for _, p := range profiles {
		for _, h := range p.hits {
			for _, q := range ix.words.slots[h].postings {
				scores[q.lang] += q.weight
				hits[q.lang]++
			}
		}
	}
	lang, confidence = decide(ix, &scores, &hits)
	return lang, confidence, true
}
