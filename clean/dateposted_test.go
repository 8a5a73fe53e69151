package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPostedDate(t *testing.T) {
	tests := []struct {
		name, text string
		want       string
		kind       PostedKind
	}{
		{"forum header (en)", "by Minoa » Tue Aug 27, 2019 1:47 am", "2019-08-27", PostHeader},
		{"forum header (de)", "von Minoa » Di 27. Aug 2019, 01:47", "2019-08-27", PostHeader},
		{"forum header (fr)", "par Minoa » 27 août 2019, 01:47", "2019-08-27", PostHeader},
		{"posted footer (en)", "This entry was posted on Wednesday, May 19th, 2010 at 11:03 pm and is filed under Literature.", "2010-05-19", PostedLine},
		{"posted footer (de)", "Literatur und Typografie wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Lesenswert abgelegt.", "2010-05-19", PostedLine},
		{"published (es)", "Publicado el 19 de mayo de 2010 en Literatura", "2010-05-19", PostedLine},
		{"published (it)", "Pubblicato il 19 maggio 2010", "2010-05-19", PostedLine},
		{"published (nl)", "Geplaatst op 19 mei 2010", "2010-05-19", PostedLine},
		{"published (sv)", "Publicerad 19 maj 2010", "2010-05-19", PostedLine},
		{"edited footer (en)", "This page was last edited on 29 January 2020, at 13:22.", "2020-01-29", EditedLine},
		{"edited footer (de)", "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.", "2020-01-29", EditedLine},
		{"edited footer (fr)", "Dernière modification de cette page le 29 janvier 2020 à 13:22.", "2020-01-29", EditedLine},
		{"updated is no posting (en)", "Posted by Jane, updated March 3, 2020", "", NotPosted},
		{"membership is no posting (en)", "Joined: Aug 27, 2019, posted 120 times", "", NotPosted},
		{"a date without a posting word (pt)", "Lisboa, 19 de maio de 2010", "", NotPosted},
		{"no date (en)", "Posted by Jane Doe", "", NotPosted},
		{"a long sentence is no footer (en)", "The report that was published on 19 May 2010 said that " + longTail, "", NotPosted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, kind := PostedDate(tc.text)
			assert.Equal(t, tc.kind, kind)
			if tc.want == "" {
				assert.True(t, got.IsZero(), "got %v", got)
				return
			}
			assert.Equal(t, tc.want, got.Format(time.DateOnly))
		})
	}
}

const longTail = "the ministry had spent far more than planned on the new roads and bridges in the north of the country, and that the budget for the coming years would have to be cut by a third."

// TestPadWords checks padWords on the tables PostedDate reads.
func TestPadWords(t *testing.T) {
	assert.Empty(t, padWords(nil))
	require.Len(t, postedPadded, len(postedWords))
	for i, w := range postedWords {
		assert.Equal(t, " "+w+" ", postedPadded[i])
	}
	require.Len(t, editedPadded, len(editedPhrases))
	for i, p := range editedPhrases {
		assert.Equal(t, " "+p+" ", editedPadded[i])
	}
}
