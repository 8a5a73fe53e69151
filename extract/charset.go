package extract

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// metaScanLimit is how far into a page decodeHTML looks for a <meta>
// charset declaration: 64 KiB, well past the 1 KiB of the HTML standard's
// prescan, because many pages declare their charset after long inline
// scripts or styles.
const metaScanLimit = 64 << 10

// decodeHTML returns the page data as UTF-8. The encoding is taken, in
// order, from a byte-order mark; from the data itself when it is valid
// UTF-8 (legacy-encoded text almost never is, while wrong declarations are
// common on re-saved pages), undoing a second UTF-8 encoding when the
// whole page has one (see undoDoubleUTF8), or mostly valid UTF-8 with a
// few stray bytes, which become U+FFFD (see mostlyUTF8); from the charset
// parameter of contentType;
// from a <meta> declaration in the first 64 KiB; and otherwise
// windows-1252, the web's default. Labels are resolved as browsers do
// (golang.org/x/net/html/charset.Lookup).
//
// It returns ErrNotText for data that holds NUL bytes near its start, such
// as an image or a compressed file, for data that cannot be decoded, and
// for undeclared data that looks binary (see looksBinary).
func decodeHTML(data []byte, contentType string) ([]byte, error) {
	utf16 := hasUTF16BOM(data)
	if i := bytes.IndexByte(data[:min(len(data), 4096)], 0); i >= 0 && !utf16 {
		return nil, fmt.Errorf("%w: NUL byte at offset %d", ErrNotText, i)
	}
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		// The byte-order mark decides, but stray bytes still become U+FFFD:
		// the result is always valid UTF-8.
		if data = data[3:]; !utf8.Valid(data) {
			data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		}
		return data, nil
	case utf16:
		enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	case utf8.Valid(data):
		if fixed, ok := undoDoubleUTF8(data); ok {
			return fixed, nil
		}
		return data, nil
	case mostlyUTF8(data):
		return bytes.ToValidUTF8(data, []byte("\uFFFD")), nil
	default:
		enc = declaredEncoding(data, contentType)
		if enc == nil {
			if looksBinary(data[:min(len(data), 4096)]) {
				return nil, fmt.Errorf("%w: no charset declared and no markup or text recognised", ErrNotText)
			}
			enc = charmap.Windows1252
		}
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot decode: %v", ErrNotText, err)
	}
	return out, nil
}

// mostlyUTF8 reports whether data, which is not valid UTF-8, is UTF-8 text
// with a few corrupt bytes (a truncated character, a stray Latin-1 byte)
// rather than text in a legacy encoding: at least four valid multi-byte
// sequences for each invalid byte. Legacy encodings make valid multi-byte
// sequences only by chance: in windows-1252, a letter such as "é" would
// have to be followed by two symbols of the 0x80-0xBF range. It is called
// only on data that is not valid UTF-8, and its cost is linear.
func mostlyUTF8(data []byte) bool {
	valid, invalid := 0, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			valid++
		}
		i += size
	}
	return valid >= 4*invalid
}

func hasUTF16BOM(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE})
}

// declaredEncoding returns the encoding named by contentType or by the
// page's first <meta> charset declaration, or nil. A declared UTF-8 or
// UTF-16 that the data contradicts also gives nil.
func declaredEncoding(data []byte, contentType string) encoding.Encoding {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if e := lookupCharset(params["charset"]); e != nil {
			return e
		}
	}
	if e := lookupCharset(metaCharset(data[:min(len(data), metaScanLimit)])); e != nil {
		return e
	}
	return nil
}

// looksBinary reports whether sample, the start of a page that is not
// UTF-8 and declares no charset, is binary data rather than text in a
// legacy encoding: more than 2% of its bytes are control characters other
// than white space and escape, or it holds no '<' and more than 30% of
// its bytes are outside ASCII. Text in windows-1252, the fallback, has a
// few percent of such bytes.
func looksBinary(sample []byte) bool {
	controls, high := 0, 0
	for _, c := range sample {
		switch {
		case c >= 0x80:
			high++
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b:
			controls++
		}
	}
	return controls*50 > len(sample) || bytes.IndexByte(sample, '<') < 0 && high*10 > 3*len(sample)
}

// lookupCharset resolves a charset label, ignoring the Unicode encodings,
// which data that is not valid UTF-8 and has no byte-order mark cannot be
// in.
func lookupCharset(label string) encoding.Encoding {
	if label == "" {
		return nil
	}
	e, name := charset.Lookup(label)
	if e == nil || strings.HasPrefix(name, "utf-") {
		return nil
	}
	return e
}

// metaCharset finds the charset declared by a <meta charset=...> or a
// <meta http-equiv="Content-Type" content="...; charset=..."> tag in head,
// by scanning for "charset=" inside <meta> tags.
func metaCharset(head []byte) string {
	for len(head) > 0 {
		i := indexFold(head, "<meta")
		if i < 0 {
			return ""
		}
		head = head[i+5:]
		end := bytes.IndexByte(head, '>')
		if end < 0 {
			end = len(head)
		}
		tag := head[:end]
		if j := indexFold(tag, "charset"); j >= 0 {
			v := bytes.TrimLeft(tag[j+7:], " \t\r\n")
			if len(v) > 0 && v[0] == '=' {
				v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
				k := bytes.IndexAny(v, " \t\r\n\"';/>")
				if k < 0 {
					k = len(v)
				}
				if k > 0 {
					return string(v[:k])
				}
			}
		}
		head = head[end:]
	}
	return ""
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring the
// case of s.
func indexFold(s []byte, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(s); i++ {
		if s[i]|0x20 != needle[0] {
			continue
		}
		j := 1
		for ; j < n; j++ {
			if s[i+j]|0x20 != needle[j] {
				break
			}
		}
		if j == n {
			return i
		}
	}
	return -1
}
