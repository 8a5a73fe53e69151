package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

func TestPosterMatchesPosterElement(t *testing.T) {
	for _, class := range []string{"", "nav", "UserName", "post-username", "xusernamex", "BigUserName big", "username-coloured",
		"usernam", "caf\u00e9 username", "caf\u00e9 nav", "u us use user usern"} {
		t.Run(class, func(t *testing.T) {
			n := &html.Node{Type: html.ElementNode, Data: "a", Attr: []html.Attribute{{Key: "class", Val: class}}}
			assert.Equal(t, posterElement(n), poster(n))
		})
	}
}

func TestContainsFoldASCII(t *testing.T) {
	tests := []struct {
		s    string
		subs []string
		want bool
	}{
		{"post UserName", []string{"username"}, true},
		{"USERNAME", []string{"none", "username"}, true},
		{"usernam", []string{"username"}, false},
		{"uuusername", []string{"username"}, true},
		{"", []string{"a"}, false},
		{"abc", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			assert.Equal(t, tt.want, containsFoldASCII(tt.s, tt.subs, foldStarts(tt.subs)))
		})
	}
}
