package clean

import "sync"

// A stopMarks is one language's stop words as LineProfile.MeasureIn
// counts them: at the offset in the stop word index's postings of each
// word's first posting (a postingRef's offset), 1 when the word is a stop
// word of the language, else 0. The offset is taken modulo markSlots,
// which needs no bounds check, so counting a line's stop words is a load
// and an addition per word. It takes markSlots bytes (32 KiB).
type stopMarks [markSlots]uint8

// markSlots is the number of offsets a stopMarks holds, a power of two
// above the number of postings (17,935).
const markSlots = 1 << 15

// stopMarkTables holds each language's stopMarks, by its index, built on
// first use.
var stopMarkTables [len(stoplists)]struct {
	once  sync.Once
	marks *stopMarks
}

// stopMarksOf returns the stopMarks of the language of index li, or nil
// when the postings outnumber markSlots (then none is built). It is safe
// for concurrent use.
func stopMarksOf(li int) *stopMarks {
	tb := &stopMarkTables[li]
	tb.once.Do(func() {
		words := &index().words
		if len(words.postings) > markSlots {
			return
		}
		m := new(stopMarks)
		for _, e := range words.entries {
			if off := e.ref >> 8; e.tag != 0 && words.langs[off].has(li) {
				m[off] = 1
			}
		}
		tb.marks = m
	})
	return tb.marks
}
