package extract

import (
	"unicode"
	"unicode/utf8"
)

// undoDoubleUTF8 repairs a page encoded in UTF-8 twice: UTF-8 bytes read
// as windows-1252 (or ISO-8859-1) and encoded again, so that "—" reads
// "â€”" and "é" reads "Ã©". A page saved by a tool that guessed its
// charset wrong looks like this from the first byte to the last.
//
// It returns the repaired data and true only when every non-ASCII
// character of data maps back to one byte (a Latin-1 character, or a
// windows-1252 one of 0x80–0x9F), those bytes form valid UTF-8 with at
// least one multi-byte sequence, and no repaired character is a control
// character. A page in a Latin script written correctly never passes: its
// accented letters are not followed by the continuation characters a
// second encoding leaves, and one character outside Latin-1 (a real "—"
// among the rest, Greek, Cyrillic) stops the repair. The check is one pass
// over the data without allocation; the copy is made only for a page that
// passes it.
func undoDoubleUTF8(data []byte) ([]byte, bool) {
	var seq [utf8.UTFMax]byte
	have, need, sequences, size := 0, 0, 0, 0
	for i := 0; i < len(data); size++ {
		if data[i] < utf8.RuneSelf {
			if need > 0 {
				return nil, false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		i += n
		b, ok := latinByte(r)
		switch {
		case !ok:
			return nil, false
		case need > 0:
			if b < 0x80 || b > 0xBF {
				return nil, false
			}
			seq[have] = b
			have++
			if need--; need == 0 {
				if r, _ := utf8.DecodeRune(seq[:have]); r == utf8.RuneError || unicode.IsControl(r) {
					return nil, false
				}
				sequences++
			}
			continue
		case b >= 0xC2 && b <= 0xDF:
			need = 1
		case b >= 0xE0 && b <= 0xEF:
			need = 2
		case b >= 0xF0 && b <= 0xF4:
			need = 3
		default:
			return nil, false
		}
		seq[0], have = b, 1
	}
	if need > 0 || sequences == 0 {
		return nil, false
	}
	out := make([]byte, 0, size)
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			out = append(out, data[i])
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		i += n
		b, _ := latinByte(r)
		out = append(out, b)
	}
	return out, utf8.Valid(out)
}

// latinByte returns the byte that windows-1252 or ISO-8859-1 decodes to
// r, for r above ASCII.
func latinByte(r rune) (byte, bool) {
	if r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// cp1252High maps the characters windows-1252 puts at 0x80–0x9F to their
// bytes.
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B,
	'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}
