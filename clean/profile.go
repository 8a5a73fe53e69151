package clean

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
// Text returns it. It is safe for concurrent use.
func ProfileStopwords(s string) StopProfile {
	p := StopProfile{size: len(s), script: countScripts(s)}
	words := &index().words
	var t tokenizer
	t.reset(s)
	for {
		w, ok := t.next()
		if !ok {
			break
		}
		p.words++
		if slot, ok := words.slot(w); ok {
			p.hits = append(p.hits, slot)
		}
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
