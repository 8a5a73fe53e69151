package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseRelativeDate(t *testing.T) {
	ref := time.Date(2020, 3, 10, 12, 0, 0, 0, time.FixedZone("CET", 3600))
	tests := []struct {
		name string
		in   string
		want time.Time
		ok   bool
	}{
		{"en hours", "Updated 3 hours ago", ref.Add(-3 * time.Hour), true},
		{"en article", "an hour ago", ref.Add(-time.Hour), true},
		{"en yesterday", "Yesterday at 10:05", ref.AddDate(0, 0, -1), true},
		{"fr", "il y a 2 heures", ref.Add(-2 * time.Hour), true},
		{"fr hier", "Publié hier", ref.AddDate(0, 0, -1), true},
		{"de", "vor 3 Tagen", ref.AddDate(0, 0, -3), true},
		{"de gestern", "gestern, 18:00", ref.AddDate(0, 0, -1), true},
		{"es", "hace 2 días", ref.AddDate(0, 0, -2), true},
		{"it", "2 ore fa", ref.Add(-2 * time.Hour), true},
		{"pt", "há 5 minutos", ref.Add(-5 * time.Minute), true},
		{"nl", "2 weken geleden", ref.AddDate(0, 0, -14), true},
		{"sv", "för 2 månader sedan", ref.AddDate(0, -2, 0), true},
		{"sv i går", "i går", ref.AddDate(0, 0, -1), true},
		{"no marker", "3 hours of debate", time.Time{}, false},
		{"absolute", "22 janvier 2015", time.Time{}, false},
		{"sentence", "It took the council 3 days and long nights of argument to agree on it ago", time.Time{}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := ParseRelativeDate(tc.in, ref)
			assert.Equal(t, tc.ok, ok)
			assert.True(t, tc.want.Equal(got), "got %v", got)
		})
	}
	_, ok := ParseRelativeDate("3 hours ago", time.Time{})
	assert.False(t, ok, "no reference time, no relative date")
}
