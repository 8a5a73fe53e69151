package extract

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A verdict is what became of a block: kept in the body, kept as the lead
// or kicker, or dropped.
type verdict string

const (
	verdictKeep   verdict = "KEEP"
	verdictLead   verdict = "LEAD"
	verdictKicker verdict = "KICKER"
	verdictDrop   verdict = "DROP"
)

// verdictOf returns what became of b after a pipeline run.
func verdictOf(b *Block) verdict {
	switch {
	case b.Removed():
		return verdictDrop
	case b.Role == RoleLead:
		return verdictLead
	case b.Role == RoleKicker:
		return verdictKicker
	default:
		return verdictKeep
	}
}

// explainTextRunes is the number of runes of a block's text Explain shows.
const explainTextRunes = 72

// Explain writes a plain-text account of every decision taken on doc, to
// be called after Pipeline.Run: a summary line, then one line per block in
// page order with its index, its verdict (KEEP, LEAD, KICKER or DROP), its
// kind and the start of its text (at most 72 characters, quoted). A
// dropped block has a second line with the extractor that removed it, the
// kind of boilerplate it was taken for, and the evidence.
//
// On a Document that has not been run, every block shows as KEEP. Explain
// returns the first error from w.
func Explain(w io.Writer, doc *Document) error {
	bw := bufio.NewWriter(w)
	counts := make(map[verdict]int, 4)
	for _, b := range doc.Blocks {
		counts[verdictOf(b)]++
	}
	fmt.Fprintf(bw, "title: %q", doc.Title)
	if doc.Meta.SiteName != "" {
		fmt.Fprintf(bw, " site: %q", doc.Meta.SiteName)
	}
	if doc.Meta.Language != "" {
		fmt.Fprintf(bw, " language: %s", doc.Meta.Language)
	}
	fmt.Fprintf(bw, "\nblocks: %d, kept %d, lead %d, kicker %d, dropped %d\n",
		len(doc.Blocks), counts[verdictKeep], counts[verdictLead], counts[verdictKicker], counts[verdictDrop])
	width := len(strconv.Itoa(max(len(doc.Blocks)-1, 0)))
	for _, b := range doc.Blocks {
		v := verdictOf(b)
		fmt.Fprintf(bw, "%*d %-6s %-9s %s\n", width, b.Index, v, b.Kind, quoteStart(b.Text, explainTextRunes))
		if r := b.Removal(); r != nil {
			fmt.Fprintf(bw, "%*s by %s as %s: %s\n", width+7, "", r.Extractor, r.Kind, oneLine(r.Evidence))
		}
	}
	return bw.Flush()
}

// quoteStart returns the first n runes of s, on one line, quoted, with an
// ellipsis when s is longer.
func quoteStart(s string, n int) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) > n {
		i := 0
		for range n {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		return strconv.Quote(s[:i]) + "…"
	}
	return strconv.Quote(s)
}

// oneLine collapses the white space of s, line breaks included.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
