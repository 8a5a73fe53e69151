package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCamelGlued(t *testing.T) {
	for _, s := range []string{"", "Jane Doe", "Meg JamesStaff Writer", "McDonald", "ÉlodieDupont", "jane doe", "Jane\xffDoe", "A B"} {
		t.Run(s, func(t *testing.T) {
			assert.Equal(t, splitCamel(s) != s, camelGlued(s))
		})
	}
}
