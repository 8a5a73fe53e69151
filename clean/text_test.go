package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "Hello world", "Hello world"},
		{"trim and collapse", "  Hello \t  world  ", "Hello world"},
		{"no-break spaces", "10\u00a0km\u202f/\u2007h", "10 km / h"},
		{"ideographic space", "東京\u3000大阪", "東京 大阪"},
		{"zero-width", "ze\u200bro\u2060width\ufeff", "zerowidth"},
		{"soft hyphen", "ex\u00adtra\u00adordinary", "extraordinary"},
		{"BOM at start", "\ufeffTitle", "Title"},
		{"CRLF and CR", "a\r\nb\rc", "a\nb\nc"},
		{"lines trimmed", " a \n  b  \n", "a\nb"},
		{"blank lines collapse", "a\n\n\n\n b", "a\n\nb"},
		{"spaces-only line is blank", "a\n   \nb", "a\n\nb"},
		{"leading blank lines", "\n\n  \na", "a"},
		{"line separators", "a\u2028b\u2029c\u0085d", "a\nb\nc\nd"},
		{"controls removed", "a\x00b\x1bc\x7fd", "abcd"},
		{"NFC", "e\u0301te\u0301", "été"},
		{"NFC after removal", "e\u200b\u0301", "é"},
		{"invalid UTF-8", "a\xffb\xc3", "a\ufffdb\ufffd"},
		{"RTL kept with marks", " \u200fשלום עולם\u200e ", "\u200fשלום עולם\u200e"},
		{"arabic", "مرحبا   بالعالم", "مرحبا بالعالم"},
		{"persian ZWNJ kept", "می\u200cخواهم", "می\u200cخواهم"},
		{"ZWNJ next to space removed", "a \u200cb", "a b"},
		{"emoji ZWJ sequence kept", "👨\u200d👩\u200d👧 family", "👨\u200d👩\u200d👧 family"},
		{"emoji", "  🎉  party 🎉 ", "🎉 party 🎉"},
		{"CJK", " 今日は　いい天気です。 ", "今日は いい天気です。"},
		{"thai", "สวัสดี  ครับ", "สวัสดี ครับ"},
		{"tabs", "a\t\tb", "a b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Text(tc.in)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, got, Text(got), "idempotent")
			assert.True(t, utf8.ValidString(got))
		})
	}
}

func TestTextNoAllocPlain(t *testing.T) {
	s := "An already clean sentence.\nAnd another one."
	assert.Zero(t, testing.AllocsPerRun(10, func() { Text(s) }))
}

func BenchmarkText(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"clean10KB", benchText()},
		{"dirty10KB", strings.Repeat("Le\u00a0gouvernement  a  annoncé\u200b mardi \r\n  qu'il e\u0301tait prêt. ", 150)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				Text(bc.text)
			}
		})
	}
}
