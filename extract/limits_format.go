package extract

import "bytes"

// maxOpenFormatting is the most formatting elements (<b>, <font>, <em>...)
// a page may leave open at once before capFormatting drops the tags of the
// others.
//
// The HTML parser keeps a list of the open formatting elements and
// re-creates all of them inside every later block that they were closed
// by (the standard's "reconstruct the active formatting elements"), so a
// page that opens k of them, with distinct attributes, and never closes
// them, makes k nested elements per paragraph: a 44 KB page of 400 <b
// id=…> and 10,000 "<p>x" parses to 4 million nodes, 600 MB, in 10 s.
// With at most maxOpenFormatting of them open, a token makes at most
// maxOpenFormatting+1 nodes, and the tree stays linear in the page.
const maxOpenFormatting = 8

// formattingTags are the formatting elements the parser re-creates, but
// <a> and <nobr>, which it never keeps more than one of.
var formattingTags = [...]string{"b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong", "tt", "u"}

// capFormatting returns data, or, when data leaves more than
// maxOpenFormatting formatting elements open at once, a copy without the
// start tags of the extra ones and their end tags; their content is kept.
func capFormatting(data []byte) []byte {
	if _, over := scanTags(data); over {
		return dropFormatting(data)
	}
	return data
}

// scanTags counts the '<' of data, an upper bound on its tags, and
// reports whether it leaves more than maxOpenFormatting formatting
// elements open at once. Tags are found by a byte scan that does not
// follow comments or scripts, so the counts are upper bounds. It
// allocates nothing and costs about 2% of parsing the page.
func scanTags(data []byte) (tags int, overFormatting bool) {
	var open [len(formattingTags)]int
	total := 0
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			return tags, overFormatting
		}
		tags++
		i += j + 1
		// Most tags are rejected on their first letter, without a call.
		if k := i + 1; overFormatting || i < len(data) && !formattingFirst[data[i]] && (data[i] != '/' || k < len(data) && !formattingFirst[data[k]]) {
			continue
		}
		f, end := formattingTag(data[i:])
		switch {
		case f < 0:
		case end:
			if open[f] > 0 {
				open[f]--
				total--
			}
		default:
			open[f]++
			if total++; total > maxOpenFormatting {
				overFormatting = true
			}
		}
	}
}

// formattingTag reads the tag that starts after a '<' at the start of s:
// it returns the index of its name in formattingTags, or -1, and whether
// it is an end tag.
func formattingTag(s []byte) (f int, end bool) {
	if len(s) > 0 && s[0] == '/' {
		end = true
		s = s[1:]
	}
	// Most tags are rejected on their first letter.
	if len(s) == 0 || !formattingFirst[s[0]] {
		return -1, end
	}
	var name [6]byte
	n := 0
	for ; n < len(s) && n <= len(name); n++ {
		c := s[n] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		if n == len(name) {
			return -1, end
		}
		name[n] = c
	}
	if n < len(s) {
		switch s[n] {
		case ' ', '\t', '\n', '\r', '\f', '>', '/':
		default:
			return -1, end
		}
	}
	switch string(name[:n]) {
	case "b":
		return 0, end
	case "big":
		return 1, end
	case "code":
		return 2, end
	case "em":
		return 3, end
	case "font":
		return 4, end
	case "i":
		return 5, end
	case "s":
		return 6, end
	case "small":
		return 7, end
	case "strike":
		return 8, end
	case "strong":
		return 9, end
	case "tt":
		return 10, end
	case "u":
		return 11, end
	}
	return -1, end
}

// formattingFirst marks the first letters of formattingTags, either case.
var formattingFirst = func() (m [256]bool) {
	for _, t := range formattingTags {
		m[t[0]] = true
		m[t[0]-'a'+'A'] = true
	}
	return m
}()

// dropFormatting returns a copy of data without the formatting start tags
// opened while maxOpenFormatting others are open, and without the end tag
// that closes each of them.
func dropFormatting(data []byte) []byte {
	out := make([]byte, 0, len(data))
	var stacks [len(formattingTags)][]bool // per name: kept or dropped, innermost last
	total := 0
	last := 0 // data[:last] is handled
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '<')
		if j < 0 {
			return append(out, data[last:]...)
		}
		lt := i + j
		i = lt + 1
		f, end := formattingTag(data[i:])
		if f < 0 {
			continue
		}
		drop := false
		if end {
			s := stacks[f]
			if len(s) == 0 {
				continue
			}
			drop = !s[len(s)-1]
			stacks[f] = s[:len(s)-1]
			if !drop {
				total--
			}
		} else {
			drop = total >= maxOpenFormatting
			stacks[f] = append(stacks[f], !drop)
			if !drop {
				total++
			}
		}
		if drop {
			gt := bytes.IndexByte(data[i:], '>')
			if gt < 0 {
				return append(out, data[last:]...)
			}
			out = append(out, data[last:lt]...)
			i += gt + 1
			last = i
		}
	}
}
