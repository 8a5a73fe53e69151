package clean

import (
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are inputs that exercise every rule of Text and StripMarkup.
var fuzzSeeds = []string{
	"",
	"  Hello \t world  ",
	"a\r\nb\rc\n\n\n\nd",
	"ze\u200bro\u00adwidth\ufeff e\u0301",
	"می\u200cخواهم 👨\u200d👩\u200d👧 a \u200cb",
	"\xff\xfe\xc3",
	"10\u00a0km\u202f/\u2007h\u3000東京",
	"X<!-- --> | Atlantico.fr",
	"<b>bold</b><br/>&amp;eacute; &#39; &lt;p&gt;",
	"&am<b>p;lt; a < b x<y AT&T &notit;",
	"&#8203;&#x200D;&#0;&#xD800;",
	"\u200fשלום\u200e عالم สวัสดี",
}

func FuzzText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Text(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Text(%q) = %q, invalid UTF-8", s, got)
		}
		if again := Text(got); again != got {
			t.Fatalf("Text not idempotent on %q: %q then %q", s, got, again)
		}
	})
}

func FuzzStripMarkup(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := StripMarkup(s)
		if !utf8.ValidString(got) {
			t.Fatalf("StripMarkup(%q) = %q, invalid UTF-8", s, got)
		}
		if again := StripMarkup(got); again != got {
			t.Fatalf("StripMarkup not idempotent on %q: %q then %q", s, got, again)
		}
	})
}
