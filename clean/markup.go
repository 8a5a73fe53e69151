package clean

import (
	"html"
	"strings"
)

// maxMarkupPasses bounds the decode-and-strip passes of StripMarkup. Each
// pass undoes one level of nesting such as "&amp;lt;b&amp;gt;"; real text
// needs two or three.
const maxMarkupPasses = 16

// StripMarkup removes markup left over in text and returns the result
// normalised by Text. It removes HTML comments ("<!-- -->", up to the end
// of s when unterminated), declarations and processing instructions
// ("<!DOCTYPE html>", "<?xml ...?>") and tags of known HTML elements
// ("<b>", "</span>", "<br/>", "<a href=...>"). Tags of block elements and
// <br> become line breaks; other tags are removed without a trace. Text
// between tags is kept, including that of <script> and <style>. Character
// references are decoded when they end in ';': named ones ("&amp;",
// "&eacute;", "&nbsp;") and numeric ones ("&#39;", "&#x2019;"). Text that
// only looks like markup is left alone: "a < b", "x<y", "AT&T",
// "&copy" without ';'.
//
// Decoding and stripping repeat until nothing changes, so escaped markup
// ("&lt;b&gt;") and double escaping ("&amp;eacute;") are removed too, and
// StripMarkup is idempotent for inputs nested up to 16 levels deep. It is
// safe for concurrent use.
//
// StripMarkup is meant for text fields with stray markup (titles, meta
// descriptions, feed items), not for parsing documents.
func StripMarkup(s string) string {
	s = Text(s)
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 {
		// No markup, as in most titles: decoding and stripping would
		// change nothing, and Text is idempotent.
		return s
	}
	return stripMarkupPasses(s)
}

// stripMarkupPasses is StripMarkup's loop over s, which Text has cleaned.
func stripMarkupPasses(s string) string {
	for range maxMarkupPasses {
		t := Text(stripTags(decodeEntities(s)))
		if t == s {
			break
		}
		s = t
	}
	return s
}

// decodeEntities decodes the character references of s that end in ';'.
// A reference that decodes to '&' is scanned again with what follows, so
// "&amp;amp;" decodes fully.
func decodeEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	buf := []byte(s)
	out := make([]byte, 0, len(s))
	for i := 0; i < len(buf); {
		if buf[i] != '&' {
			out = append(out, buf[i])
			i++
			continue
		}
		n := entityLen(buf[i:])
		if n == 0 {
			out = append(out, '&')
			i++
			continue
		}
		ref := string(buf[i : i+n])
		dec := html.UnescapeString(ref)
		switch {
		case dec == ref || strings.HasSuffix(dec, ";") && ref != "&semi;":
			// Unknown, or only a prefix decoded ("&notit;" is not "¬it;").
			out = append(out, ref...)
		case dec == "&":
			buf[i+n-1] = '&' // rescan the '&' followed by the rest
			i += n - 1
			continue
		default:
			out = append(out, dec...)
		}
		i += n
	}
	return string(out)
}

// entityLen returns the length of the character reference at the start of
// b ("&name;", "&#123;" or "&#x1F;"), or 0 if there is none.
func entityLen(b []byte) int {
	i := 1
	switch {
	case i+1 < len(b) && b[i] == '#' && (b[i+1] == 'x' || b[i+1] == 'X'):
		i += 2
		start := i
		for i < len(b) && i-start < 8 && isHexDigit(b[i]) {
			i++
		}
		if i == start {
			return 0
		}
	case i < len(b) && b[i] == '#':
		i++
		start := i
		for i < len(b) && i-start < 9 && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		if i == start {
			return 0
		}
	case i < len(b) && isASCIILetter(b[i]):
		for i < len(b) && i < 40 && (isASCIILetter(b[i]) || '0' <= b[i] && b[i] <= '9') {
			i++
		}
	default:
		return 0
	}
	if i < len(b) && b[i] == ';' {
		return i + 1
	}
	return 0
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'f'
}

// stripTags removes comments, declarations, processing instructions and
// tags of known elements from s, replacing block-level tags with '\n'.
func stripTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		n, block := tagLen(s)
		if n == 0 {
			b.WriteByte('<')
			s = s[1:]
			continue
		}
		if block {
			b.WriteByte('\n')
		}
		s = s[n:]
	}
}

// tagLen returns the length of the markup construct at the start of s
// (which begins with '<') and whether it breaks lines, or 0 if s does not
// start with one.
func tagLen(s string) (n int, block bool) {
	switch {
	case strings.HasPrefix(s, "<!--"):
		if end := strings.Index(s[4:], "-->"); end >= 0 {
			return 4 + end + 3, false
		}
		return len(s), false
	case strings.HasPrefix(s, "<!") || strings.HasPrefix(s, "<?"):
		if len(s) < 3 || !isASCIILetter(s[2]) && s[2] != '[' {
			return 0, false
		}
		if end := strings.IndexByte(s, '>'); end >= 0 {
			return end + 1, false
		}
		return 0, false
	}
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	start := i
	for i < len(s) && (isASCIILetter(s[i]) || '0' <= s[i] && s[i] <= '9' && i > start) {
		i++
	}
	name := strings.ToLower(s[start:i])
	kind, ok := elements[name]
	if !ok {
		return 0, false
	}
	switch {
	case i < len(s) && s[i] == '>':
		return i + 1, kind == blockElement
	case strings.HasPrefix(s[i:], "/>"):
		return i + 2, kind == blockElement
	case i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'):
		end := attrsEnd(s[i:])
		if end < 0 {
			return 0, false
		}
		return i + end + 1, kind == blockElement
	}
	return 0, false
}

// maxTagBytes bounds the length of a tag with attributes.
const maxTagBytes = 2048

// attrsEnd returns the index of the '>' closing the attributes at the
// start of s, skipping quoted values, or -1 if there is none within
// maxTagBytes or a '<' comes first.
func attrsEnd(s string) int {
	var quote byte
	for i := 0; i < len(s) && i < maxTagBytes; i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		case c == '<':
			return -1
		}
	}
	return -1
}

type elementKind uint8

const (
	inlineElement elementKind = iota + 1
	blockElement
)

// elements lists the HTML element names whose tags StripMarkup removes,
// with whether they break lines.
var elements = func() map[string]elementKind {
	m := map[string]elementKind{}
	for _, n := range strings.Fields(`a abbr acronym audio b bdi bdo big button
		canvas cite code data del dfn em embed font i iframe img input ins kbd
		label link map mark meta noscript object param picture q s samp script
		select small source span strike strong style sub sup svg template
		textarea time tt u var video wbr`) {
		m[n] = inlineElement
	}
	for _, n := range strings.Fields(`address article aside blockquote body br
		caption center col colgroup dd details dialog dir div dl dt fieldset
		figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head
		header hgroup hr html legend li main menu nav ol optgroup option p pre
		section summary table tbody td tfoot th thead title tr ul`) {
		m[n] = blockElement
	}
	return m
}()
