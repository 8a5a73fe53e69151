package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The tokenizer of the fast parse (see fastParse). It splits a page into
// the tokens golang.org/x/net/html's Tokenizer returns for it, with the
// same boundaries and the same decoded text, but scans bytes with
// bytes.IndexByte and hands out substrings of one copy of the page instead
// of allocating a string per token. Where the two could differ, and at
// every token cut short by the end of the input, it gives up: scanFail is
// set and the page is parsed by html.Parse instead.

// tokKind is the kind of a scanned token.
type tokKind uint8

const (
	tkEOF tokKind = iota
	tkText
	tkStart
	tkEnd
	tkComment
	tkDoctype
)

// rawKind is how the text after a start tag is read.
type rawKind uint8

const (
	rawNone   rawKind = iota
	rawText           // up to the end tag, no character references
	rawRCDATA         // up to the end tag, character references decoded
	rawScript         // raw text with the script escapes (see scanRawText)
)

// linearAttrs is the most attributes of a tag whose names are checked for
// duplicates one by one; past it, a set of the names is used.
const linearAttrs = 32

// fastScanner is the tokenizer state. src and data hold the same bytes.
type fastScanner struct {
	data []byte
	src  string
	pos  int

	raw    rawKind
	rawEnd string // the name that ends raw text, lower case

	// The current token.
	kind  tokKind
	atom  atom.Atom
	name  string // a tag's name, lower case
	text  string // a text, comment or doctype token's decoded data
	attrs []html.Attribute
	// attrBlock holds the attributes of the start tags: each tag's are
	// appended to it and handed out, as attrs, in a slice that cannot grow
	// into the next tag's, so the element can keep them.
	attrBlock []html.Attribute
	attrStart int
	// attrSet holds the names of the current tag's attributes once it has
	// more than linearAttrs.
	attrSet map[string]bool
	// selfClosing is set for a start tag ending in "/>" (but not one whose
	// unquoted last value ends in '/').
	selfClosing bool
	// lastValEnd is the end of the value of the last attribute kept.
	lastValEnd int
	// cdata is set by the parser while the current node is foreign: a
	// CDATA section is then text, not a bogus comment.
	cdata bool
	// rawStart and rawStop delimit a doctype token's bytes, '<' to '>'.
	rawStart, rawStop int

	fail string
	// lower is scratch space for lower-casing names.
	lower [32]byte
}

// isSpaceByte reports HTML white space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// isLetter reports the ASCII letters.
func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// next scans the next token into s and returns its kind; tkEOF at the end
// of the input or once s.fail is set.
func (s *fastScanner) next() tokKind {
	s.attrs = nil
	if s.fail != "" {
		s.kind = tkEOF
		return tkEOF
	}
	if s.raw != rawNone {
		if s.scanRawText() {
			s.kind = tkText
			return tkText
		}
		if s.fail != "" {
			s.kind = tkEOF
			return tkEOF
		}
	}
	start := s.pos
	for i := s.pos; ; {
		j := bytes.IndexByte(s.data[i:], '<')
		if j < 0 || i+j+1 >= len(s.data) {
			s.pos = len(s.data)
			if start < s.pos {
				s.kind = tkText
				s.setText(start, s.pos, true)
				return tkText
			}
			s.kind = tkEOF
			return tkEOF
		}
		i += j
		c := s.data[i+1]
		if !isLetter(c) && c != '/' && c != '!' && c != '?' {
			i++
			continue
		}
		if start < i {
			s.pos = i
			s.kind = tkText
			s.setText(start, i, true)
			return tkText
		}
		s.markup(i)
		if s.fail != "" {
			s.kind = tkEOF
		}
		return s.kind
	}
}

// markup scans the tag, comment or doctype at data[i] == '<'.
func (s *fastScanner) markup(i int) {
	switch c := s.data[i+1]; {
	case isLetter(c):
		s.kind = tkStart
		s.readTag(i+1, true)
		if s.fail == "" {
			s.setRaw()
		}
	case c == '/':
		if i+2 >= len(s.data) {
			s.fail = "eof in tag"
			return
		}
		switch c2 := s.data[i+2]; {
		case c2 == '>':
			s.kind, s.text, s.pos = tkComment, "", i+3
		case isLetter(c2):
			s.kind = tkEnd
			s.readTag(i+2, false)
		default:
			s.bogusComment(i + 2)
		}
	case c == '?':
		s.bogusComment(i + 1)
	default: // '!'
		s.declaration(i)
	}
}

// bogusComment reads a comment from data[from] to the next '>'.
func (s *fastScanner) bogusComment(from int) {
	k := bytes.IndexByte(s.data[from:], '>')
	if k < 0 {
		s.fail = "eof in comment"
		return
	}
	s.kind = tkComment
	s.setText(from, from+k, true)
	s.pos = from + k + 1
}

// declaration reads "<!--comment-->", "<!DOCTYPE ...>" or a bogus comment
// at data[i:] == "<!".
func (s *fastScanner) declaration(i int) {
	d := i + 2
	if d+2 > len(s.data) {
		s.fail = "eof in declaration"
		return
	}
	if s.data[d] == '-' && s.data[d+1] == '-' {
		s.comment(d + 2)
		return
	}
	const doctype = "doctype"
	if d+len(doctype) >= len(s.data) {
		s.fail = "eof in declaration"
		return
	}
	for k := range len(doctype) {
		if c := s.data[d+k] | 0x20; c != doctype[k] {
			if s.cdata && bytes.HasPrefix(s.data[d:], []byte("[CDATA[")) {
				s.cdataSection(d + len("[CDATA["))
				return
			}
			s.bogusComment(d)
			return
		}
	}
	p := d + len(doctype)
	for p < len(s.data) && isSpaceByte(s.data[p]) {
		p++
	}
	k := bytes.IndexByte(s.data[p:], '>')
	if k < 0 {
		s.fail = "eof in doctype"
		return
	}
	s.kind = tkDoctype
	s.setText(p, p+k, true)
	s.rawStart, s.rawStop = i, p+k+1
	s.pos = p + k + 1
}

// cdataSection reads the text of a CDATA section from data[from] to
// "]]>"; its character references are decoded, as the tokenizer does.
func (s *fastScanner) cdataSection(from int) {
	brackets := 0
	for p := from; p < len(s.data); p++ {
		switch s.data[p] {
		case ']':
			brackets++
		case '>':
			if brackets >= 2 {
				s.kind = tkText
				s.setText(from, p-2, true)
				s.pos = p + 1
				return
			}
			brackets = 0
		default:
			brackets = 0
		}
	}
	s.fail = "eof in CDATA"
}

// comment reads a comment whose data starts at data[from], after "<!--".
// It ends at "-->", "--!>", or a '>' right after the opening (an empty
// comment such as "<!-->" or "<!--->").
func (s *fastScanner) comment(from int) {
	dashes := 0
	beginning := true
	for p := from; p < len(s.data); p++ {
		switch s.data[p] {
		case '-':
			dashes++
			continue
		case '>':
			if dashes >= 2 || beginning {
				s.kind = tkComment
				s.setText(from, max(from, p-2), true)
				s.pos = p + 1
				return
			}
		case '!':
			if dashes >= 2 {
				if p+1 >= len(s.data) {
					s.fail = "eof in comment"
					return
				}
				switch s.data[p+1] {
				case '>':
					s.kind = tkComment
					s.setText(from, max(from, p-2), true)
					s.pos = p + 2
					return
				case '-':
					p++
					dashes = 1
					beginning = false
					continue
				}
			}
		}
		dashes = 0
		beginning = false
	}
	s.fail = "eof in comment"
}

// readTag reads a start or end tag whose name starts at data[p], up to
// and including its '>'; a start tag's attributes go to s.attrs.
func (s *fastScanner) readTag(p int, saveAttr bool) {
	s.selfClosing = false
	s.lastValEnd = -1
	s.attrStart = len(s.attrBlock)
	if len(s.attrSet) > 0 {
		clear(s.attrSet)
	}
	d := s.data
	n := len(d)
	start := p
	for p < n && !isSpaceByte(d[p]) && d[p] != '/' && d[p] != '>' {
		p++
	}
	if p >= n {
		s.fail = "eof in tag"
		return
	}
	s.setName(start, p)
	if isSpaceByte(d[p]) {
		p++
	}
	p = skipSpace(d, p)
	for {
		if p >= n {
			s.fail = "eof in tag"
			return
		}
		if d[p] == '>' {
			p++
			break
		}
		// The attribute's name.
		ks := p
		p++ // the first byte is part of the name, even '='
		if d[ks] == '/' {
			p = ks
		}
		for p < n && !isSpaceByte(d[p]) && d[p] != '/' && d[p] != '>' && d[p] != '=' {
			p++
		}
		ke := p
		// The attribute's value.
		vs, ve := p, p
		p = skipSpace(d, p)
		if p >= n {
			s.fail = "eof in tag"
			return
		}
		switch d[p] {
		case '/':
			p++
		case '=':
			p = skipSpace(d, p+1)
			if p >= n {
				s.fail = "eof in tag"
				return
			}
			switch q := d[p]; q {
			case '>':
			case '"', '\'':
				k := bytes.IndexByte(d[p+1:], q)
				if k < 0 {
					s.fail = "eof in attribute"
					return
				}
				vs, ve = p+1, p+1+k
				p = ve + 1
			default:
				vs = p
				for p < n && !isSpaceByte(d[p]) && d[p] != '>' {
					p++
				}
				if p >= n {
					s.fail = "eof in attribute"
					return
				}
				ve = p
				if isSpaceByte(d[p]) {
					p++
				}
			}
		}
		if saveAttr && ks != ke {
			s.addAttr(ks, ke, vs, ve)
			if s.fail != "" {
				return
			}
		}
		p = skipSpace(d, p)
	}
	s.pos = p
	if n := len(s.attrBlock); n > s.attrStart {
		s.attrs = s.attrBlock[s.attrStart:n:n]
	}
	s.selfClosing = saveAttr && d[p-2] == '/' && (len(s.attrs) == 0 || p-2 != s.lastValEnd-1)
}

// skipSpace returns the index of the first byte at or after p that is not
// HTML white space.
func skipSpace(d []byte, p int) int {
	for p < len(d) && isSpaceByte(d[p]) {
		p++
	}
	return p
}

// lowerBytes lower-cases the ASCII letters of b into s.lower, or into a
// new slice when b is longer, and returns the result and whether it
// differs from b.
func (s *fastScanner) lowerBytes(b []byte) ([]byte, bool) {
	changed := false
	for _, c := range b {
		if 'A' <= c && c <= 'Z' {
			changed = true
			break
		}
	}
	if !changed {
		return b, false
	}
	var out []byte
	if len(b) <= len(s.lower) {
		out = s.lower[:len(b)]
	} else {
		out = make([]byte, len(b))
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out, true
}

// setName sets the token's tag name from data[i:j].
func (s *fastScanner) setName(i, j int) {
	b, changed := s.lowerBytes(s.data[i:j])
	if a := atom.Lookup(b); a != 0 {
		s.atom, s.name = a, a.String()
		return
	}
	s.atom = 0
	if changed {
		s.name = string(b)
	} else {
		s.name = s.src[i:j]
	}
}

// addAttr adds the attribute data[ks:ke]=data[vs:ve] unless the tag
// already has one of that name.
func (s *fastScanner) addAttr(ks, ke, vs, ve int) {
	b, changed := s.lowerBytes(s.data[ks:ke])
	var key string
	if a := atom.Lookup(b); a != 0 {
		key = a.String()
	} else if changed {
		key = string(b)
	} else {
		key = s.src[ks:ke]
	}
	tag := s.attrBlock[s.attrStart:]
	if len(tag) < linearAttrs {
		for _, a := range tag {
			if a.Key == key {
				return
			}
		}
	} else {
		if len(s.attrSet) == 0 {
			if s.attrSet == nil {
				s.attrSet = make(map[string]bool)
			}
			for _, a := range tag {
				s.attrSet[a.Key] = true
			}
		}
		if s.attrSet[key] {
			return
		}
		s.attrSet[key] = true
	}
	if len(s.attrBlock) == cap(s.attrBlock) {
		block := make([]html.Attribute, len(tag), max(256, 2*len(tag)))
		copy(block, tag)
		s.attrBlock, s.attrStart = block, 0
	}
	s.attrBlock = append(s.attrBlock, html.Attribute{Key: key, Val: decodeAttr(s.src[vs:ve])})
	s.lastValEnd = ve
}

// setRaw switches the scanner to raw text after the start tags whose
// content the tokenizer reads as text.
func (s *fastScanner) setRaw() {
	switch s.atom {
	case atom.Script:
		s.raw = rawScript
	case atom.Style, atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Xmp:
		s.raw = rawText
	case atom.Textarea, atom.Title:
		s.raw = rawRCDATA
	case atom.Plaintext:
		s.fail = "plaintext"
		return
	default:
		return
	}
	s.rawEnd = s.name
}

// scanRawText reads the text of a raw-text element up to its end tag
// ("</name" followed by white space, '/' or '>', in any case) or the end
// of the input, and reports whether there was any. A script's end tag is
// found as the tokenizer finds it, past the tags its "<!--" escapes hide
// (see scriptEnd).
func (s *fastScanner) scanRawText() bool {
	kind := s.raw
	s.raw = rawNone
	start := s.pos
	var end int
	if kind == rawScript {
		end = scriptEnd(s.data, start)
	} else {
		end = rawTextEnd(s.data, start, s.rawEnd)
	}
	s.pos = end
	if end == start {
		return false
	}
	s.kind = tkText
	s.setText(start, end, kind == rawRCDATA)
	return true
}

// rawTextEnd returns the index of the end tag of the raw-text element
// name in d at or after p, or len(d).
func rawTextEnd(d []byte, p int, name string) int {
	for {
		k := bytes.IndexByte(d[p:], '<')
		if k < 0 {
			return len(d)
		}
		p += k
		if p+1 < len(d) && d[p+1] == '/' {
			if ok, _ := endTagAt(d, p+2, name); ok {
				return p
			}
		}
		p++
	}
}

// endTagAt reports whether d[i:] holds name, in any case, followed by
// white space, '/' or '>': the rest of a raw-text element's end tag after
// its "</". When it does not, next is where reading goes on (the byte that
// did not match), or -1 at the end of the input.
func endTagAt(d []byte, i int, name string) (ok bool, next int) {
	for k := range len(name) {
		if i+k >= len(d) {
			return false, -1
		}
		if c := d[i+k]; c != name[k] && c != name[k]-('a'-'A') {
			return false, i + k
		}
	}
	j := i + len(name)
	if j >= len(d) {
		return false, -1
	}
	if c := d[j]; isSpaceByte(c) || c == '/' || c == '>' {
		return true, j
	}
	return false, j
}

// The states of a script's text in which scriptEnd looks for its end.
const (
	scData = iota
	scEscaped
	scEscapedDash
	scEscapedDashDash
	scDouble
	scDoubleDash
	scDoubleDashDash
)

// scriptEnd returns the index of the end tag of a script whose text
// starts at d[p], or len(d). It follows the tokenizer's script states: in
// a "<!--" escape, "<script" starts a double escape, where "</script"
// does not end the script but the double escape.
func scriptEnd(d []byte, p int) int {
	n := len(d)
	i, st := p, scData
	for i < n {
		if st == scData {
			k := bytes.IndexByte(d[i:], '<')
			if k < 0 {
				return n
			}
			i += k + 1
			if i >= n {
				return n
			}
			switch d[i] {
			case '/':
				ok, next := endTagAt(d, i+1, "script")
				if ok {
					return i - 1
				}
				if next < 0 {
					return n
				}
				i = next
			case '!':
				i++
				if i < n && d[i] == '-' {
					i++
					if i < n && d[i] == '-' {
						i++
						st = scEscapedDashDash
					}
				}
			}
			continue
		}
		c := d[i]
		i++
		switch st {
		case scEscaped, scEscapedDash, scEscapedDashDash:
			switch c {
			case '-':
				if st == scEscaped {
					st = scEscapedDash
				} else {
					st = scEscapedDashDash
				}
			case '>':
				if st == scEscapedDashDash {
					st = scData
				} else {
					st = scEscaped
				}
			case '<':
				if i >= n {
					return n
				}
				switch c2 := d[i]; {
				case c2 == '/':
					ok, next := endTagAt(d, i+1, "script")
					if ok {
						return i - 1
					}
					if next < 0 {
						return n
					}
					i, st = next, scEscaped
				case isLetter(c2):
					ok, next := endTagAt(d, i, "script")
					if next < 0 {
						return n
					}
					if ok {
						i, st = next+1, scDouble
					} else {
						i, st = next, scEscaped
					}
				default:
					st = scData
				}
			default:
				st = scEscaped
			}
		default: // double escaped
			switch c {
			case '-':
				if st == scDouble {
					st = scDoubleDash
				} else {
					st = scDoubleDashDash
				}
			case '>':
				if st == scDoubleDashDash {
					st = scData
				} else {
					st = scDouble
				}
			case '<':
				st = scDouble
				if i >= n {
					return n
				}
				if d[i] != '/' {
					continue
				}
				ok, next := endTagAt(d, i+1, "script")
				if next < 0 {
					return n
				}
				if ok {
					i, st = next+1, scEscaped
				} else {
					i = next
				}
			default:
				st = scDouble
			}
		}
	}
	return n
}

// setText sets the token's text to data[i:j], with "\r\n" and "\r"
// made "\n" and, when refs, its character references decoded.
func (s *fastScanner) setText(i, j int, refs bool) {
	t := s.src[i:j]
	if strings.IndexByte(t, '\r') >= 0 {
		t = convertCR(t)
	}
	if refs && strings.IndexByte(t, '&') >= 0 {
		t = html.UnescapeString(t)
	}
	s.text = t
}

// convertCR returns t with "\r\n" and lone "\r" made "\n".
func convertCR(t string) string {
	t = strings.ReplaceAll(t, "\r\n", "\n")
	return strings.ReplaceAll(t, "\r", "\n")
}

// decodeAttr returns an attribute value with "\r\n" and "\r" made "\n"
// and its character references decoded as the tokenizer decodes them in
// an attribute: a named reference not ended by ';' is decoded only when it
// is a whole entity name not followed by '='.
func decodeAttr(v string) string {
	if strings.IndexByte(v, '\r') >= 0 {
		v = convertCR(v)
	}
	amp := strings.IndexByte(v, '&')
	if amp < 0 {
		return v
	}
	var b strings.Builder
	b.Grow(len(v))
	for amp >= 0 {
		b.WriteString(v[:amp])
		v = v[amp:]
		n := refLen(v)
		if n == 1 {
			b.WriteByte('&')
			v = v[1:]
		} else {
			b.WriteString(decodeAttrRef(v[:n], v[n:]))
			v = v[n:]
		}
		amp = strings.IndexByte(v, '&')
	}
	b.WriteString(v)
	return b.String()
}

// refLen returns the length of the character reference at the start of v
// (v[0] == '&'): "&#" and digits, "&#x" and hex digits, or '&' and
// letters and digits, each with a ';' after it if there is one; 1 when no
// reference can start there.
func refLen(v string) int {
	i := 1
	if i < len(v) && v[i] == '#' {
		i++
		hex := i < len(v) && (v[i] == 'x' || v[i] == 'X')
		if hex {
			i++
		}
		j := i
		for j < len(v) && (v[j] >= '0' && v[j] <= '9' || hex && (v[j]|0x20 >= 'a' && v[j]|0x20 <= 'f')) {
			j++
		}
		if j == i {
			return 1
		}
		if j < len(v) && v[j] == ';' {
			j++
		}
		return j
	}
	for i < len(v) && (isLetter(v[i]) || v[i] >= '0' && v[i] <= '9') {
		i++
	}
	if i == 1 {
		return 1
	}
	if i < len(v) && v[i] == ';' {
		i++
	}
	return i
}

// decodeAttrRef decodes the reference ref in an attribute value, rest
// being what follows it.
func decodeAttrRef(ref, rest string) string {
	if ref[1] == '#' {
		return html.UnescapeString(ref)
	}
	semi := ref[len(ref)-1] == ';'
	if !semi && rest != "" && rest[0] == '=' {
		return ref
	}
	out := html.UnescapeString(ref)
	if out == ref {
		return ref
	}
	// In text a reference may be decoded from a prefix of its name,
	// leaving the rest of the name (letters or digits) after the decoded
	// character; in an attribute the whole name must match.
	// No entity's value ends in an ASCII letter or digit.
	tail := out
	if semi {
		if !strings.HasSuffix(tail, ";") {
			return out
		}
		tail = tail[:len(tail)-1]
	}
	if tail != "" {
		if c := tail[len(tail)-1]; isLetter(c) || '0' <= c && c <= '9' {
			return ref
		}
	}
	return out
}
