package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/internal/randtext"
)

func TestStripMarkup(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "Nothing to do", "Nothing to do"},
		{"comment", "X<!-- --> | Site", "X | Site"},
		{"multi-line comment", "a<!--\nhidden\n-->b", "ab"},
		{"unterminated comment", "text <!-- rest", "text"},
		{"inline tags", "<b>bold</b> and <span class=\"x\">span</span>", "bold and span"},
		{"br and p break lines", "one<br/>two<br >three</p><p>four", "one\ntwo\nthree\n\nfour"},
		{"upper-case tag", "<B>Bold</B>", "Bold"},
		{"attribute with >", `<a title="a > b" href='/x'>link</a>`, "link"},
		{"doctype and PI", "<!DOCTYPE html><?xml version=\"1.0\"?>text", "text"},
		{"less than", "a < b and c > d", "a < b and c > d"},
		{"no space less than", "x<y", "x<y"},
		{"unknown tag kept", "Vector<int> and <3", "Vector<int> and <3"},
		{"named entities", "Fish &amp; chips &eacute;t&eacute;", "Fish & chips été"},
		{"numeric entities", "it&#39;s &#x2019;quoted&#8217;", "it's ’quoted’"},
		{"nbsp entity", "10&nbsp;km", "10 km"},
		{"entity without semicolon kept", "AT&T &copy 2024 ?a=1&para=2", "AT&T &copy 2024 ?a=1&para=2"},
		{"unknown entity kept", "&notanentity; &bogus;", "&notanentity; &bogus;"},
		{"double escaped", "&amp;eacute; &amp;amp;lt;", "é <"},
		{"escaped tags", "&lt;b&gt;bold&lt;/b&gt;", "bold"},
		{"entity split by tag", "&am<b>p;", "&"},
		{"zero-width entity", "&#8203;a&#173;b", "ab"},
		{"invalid numeric", "&#0;&#xD800;", "\ufffd\ufffd"},
		{"invalid UTF-8", "<b>\xff</b>", "\ufffd"},
		{"RTL", "<p>שלום</p>", "שלום"},
		{"CJK", "<span>東京</span>&#x90FD;", "東京都"},
		{"emoji", "&#x1F389; party", "🎉 party"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := StripMarkup(tc.in)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, got, StripMarkup(got), "idempotent")
			assert.True(t, utf8.ValidString(got))
		})
	}
}

// TestStripMarkupWithoutMarkup checks StripMarkup's return for a text
// with no '<' or '&' once cleaned against its passes run anyway, on
// random titles of words, tags, references, odd spaces, runes Text
// changes (fullwidth '<', combining accents) and invalid bytes.
func TestStripMarkupWithoutMarkup(t *testing.T) {
	pieces := []string{"Title", "a", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u200b", "<b>", "</b>", "<", "a < b",
		"&", "&amp;", "&lt;i&gt;", "&eacute;", "AT&T", "\uff1c", "\ufe64", "e\u0301", "\xff", "l'été", "–", " | ", ";"}
	rng := rand.New(rand.NewPCG(7, 8))
	plain := 0
	for range 20000 {
		s := randtext.Concat(rng, pieces, rng.IntN(12))
		require.Equal(t, stripMarkupPasses(Text(s)), StripMarkup(s), "%q", s)
		if !strings.ContainsAny(Text(s), "<&") {
			plain++
		}
	}
	assert.Greater(t, plain, 1000, "the fast return is taken")
}
