package extract

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAbsoluteMatchesNetURL checks that the joins absolute makes without
// net/url give what net/url gives, and that addresses net/url rewrites
// are left to it.
func TestAbsoluteMatchesNetURL(t *testing.T) {
	bases := []string{
		"https://news.example.com/a/b/c.html?x=1#f",
		"http://Example.org:8080",
		"https://user@example.com/dir/",
		"ftp://files.example.com/pub/",
		"https://[::1]:8080/x",
	}
	hrefs := []string{
		"https://example.com/a/b?c=d&e=f#g", "http://example.com", "https://EXAMPLE.com/A_B~c",
		"http://example.com/a/../b", "http://example.com/./a", "http://example.com/a/.", "http://example.com/.well-known/x",
		"http://example.com/a#", "http://example.com/a#b#c", "http://example.com/a?", "http://example.com/a??b",
		"http://example.com/%7Efoo", "http://example.com/a b", "http://user:pw@example.com/", "http://example.com:80/x",
		"http://example.com:port/x", "http://:80/x", "http:///x", "http://example.com/é", "https://example.com/a;b=c,d+e:f",
		"/a/b/c", "/a/../b", "/a/./b", "/.hidden", "/a?b=c#d", "/a#", "/a:b", "//cdn.example.com/x", "/%41", "/a@b",
		"relative/path", "../up", "?q=1", "mailto:someone@example.com", "HTTP://example.com/x",
	}
	for _, bs := range bases {
		base, err := url.Parse(bs)
		require.NoError(t, err)
		for _, href := range hrefs {
			t.Run(bs+" "+href, func(t *testing.T) {
				want := href
				if u, err := base.Parse(href); err == nil {
					want = u.String()
				}
				b := &blockBuilder{base: base}
				assert.Equal(t, want, b.absolute(href))
			})
		}
	}
}

func TestPlainPath(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", true},
		{"/a/b-c_d~e.html?x=1&y=2#top", true},
		{"/a/./b", false},
		{"/a/..", false},
		{"/a#b#c", false},
		{"/a#", false},
		{"/a%20b", false},
		{"/a b", false},
		{"/caf\u00e9", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, plainPath(tt.in))
		})
	}
}

func TestHasLowerPrefixMatchesToLower(t *testing.T) {
	for _, s := range []string{"javascript:void(0)", "JavaScript:go()", "JAVASCRIPT:", "javascript", "java script:x",
		"javascr\u0130pt:x", "javascr\u0130", "\u212Aavascript:", "https://example.com/", "", "j"} {
		t.Run(s, func(t *testing.T) {
			assert.Equal(t, strings.HasPrefix(strings.ToLower(s), "javascript:"), hasLowerPrefix(s, "javascript:"))
		})
	}
}
