package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTitleKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii", "Hello, World 2024!", "helloworld2024"},
		{"accents", "Élection à l'Assemblée", "électionàlassemblée"},
		{"kelvin sign lowers to ascii", "5 \u212A", "5k"},
		{"greek", "ΑΘΉΝΑ – Νέα", "αθήνανέα"},
		{"cjk and fullwidth digits", "東京 ２０２４年", "東京２０２４年"},
		{"invalid utf-8 dropped", "a\xffb", "ab"},
		{"punctuation only", "— «» …", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, titleKey(tc.in))
		})
	}
}
