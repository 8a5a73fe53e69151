package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestC4Filter(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{name: "empty", in: "", want: ""},
		{
			name: "keeps sentences",
			in:   "Home | News | Sport\nThe council approved the budget on Monday.\nShare",
			want: "The council approved the budget on Monday.",
		},
		{
			name: "too few words",
			in:   "Read more here.\nOne two three four five.",
			want: "One two three four five.",
		},
		{
			name: "no terminal punctuation",
			in:   "This line has many words but no full stop",
			want: "",
		},
		{
			name: "other terminal marks",
			in:   "Is this the last line of the page?\n« Il a dit que tout allait bien »\nHe said it was “all fine today”\n",
			want: "Is this the last line of the page?\n« Il a dit que tout allait bien »\nHe said it was “all fine today”",
		},
		{
			name: "duplicates dropped",
			in:   "Sign up for our daily newsletter today!\nBody sentence number one is here.\n  Sign up for our daily newsletter today!  ",
			want: "Sign up for our daily newsletter today!\nBody sentence number one is here.",
		},
		{
			name: "crlf and trailing space",
			in:   "We went to the market this morning.  \r\nok.\r\n",
			want: "We went to the market this morning.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, c4Filter(tt.in))
		})
	}
}
