package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sharedSample is the real page dump kept outside the repository; tests
// that read it skip when it is absent.
const sharedSample = "/work/shared/samples/atlantico-coalition-londres.txt"

func readSample(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not found", path)
	}
	require.NoError(t, err)
	return string(data)
}

func TestSampleAtlantico(t *testing.T) {
	a, err := FromText(readSample(t, sharedSample))
	require.NoError(t, err)
	assert.Equal(t, "Etat islamique : la coalition se réunit ce jeudi à Londres pour évoquer entre les menaces", a.Title)
	assert.Equal(t, "Atlantico.fr", a.SiteName)
	assert.Equal(t, "fr", a.Language)
	assert.Equal(t, "Réunion de crise", a.Kicker)
	assert.True(t, strings.HasPrefix(a.Lead, "John Kerry et son homologue"), a.Lead)
	assert.True(t, strings.HasSuffix(a.Lead, "vingtaine de pays."), a.Lead)

	require.Len(t, a.Body, 3)
	assert.True(t, strings.HasPrefix(a.Text(), "Après les attentats"))
	assert.True(t, strings.HasSuffix(a.Text(), "pas versée."))

	kinds := make(map[string]string)
	for _, r := range a.Removed {
		kinds[r.Text] = r.Kind
		assert.NotEmpty(t, r.Evidence, "removal of %q", r.Text)
	}
	for _, menu := range []string{"Newsletter", "Décryptages", "Pépites", "Dossiers", "Vidéos", "Podcasts", "International"} {
		assert.Equal(t, "navigation", kinds[menu], menu)
	}
	assert.Equal(t, "headline", kinds["Etat islamique : la coalition se réunit ce jeudi à Londres pour évoquer entre les menaces"])
	assert.Equal(t, "credit", kinds["©"])
	assert.Equal(t, "moderation", kinds["En raison de débordements, nous avons fait le choix de suspendre les commentaires des articles d'Atlantico.fr."])
	for text, kind := range kinds {
		if strings.HasPrefix(text, "Mais n'hésitez pas à partager") {
			assert.Equal(t, "share", kind)
		}
	}
}

// TestIdempotent feeds the extracted title, lead and body back through
// FromText: nothing of the body may be removed the second time.
func TestIdempotent(t *testing.T) {
	paths := []string{sharedSample}
	more, _ := filepath.Glob("/work/shared/bench/scrapinghub/text/0*.txt")
	paths = append(paths, more...)
	if testing.Short() && len(paths) > 4 {
		paths = paths[:4]
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a, err := FromText(readSample(t, path))
			if err != nil {
				t.Skipf("no article: %v", err)
			}
			parts := []string{a.Title}
			if a.Lead != "" {
				parts = append(parts, a.Lead)
			}
			parts = append(parts, a.Text())
			again, err := FromText(strings.Join(parts, "\n\n"))
			require.NoError(t, err)
			body := make(map[string]bool, len(a.Body))
			for _, b := range a.Body {
				body[b.Text] = true
			}
			for _, r := range again.Removed {
				assert.False(t, body[r.Text], "body block removed the second time as %s (%s): %q", r.Kind, r.Evidence, r.Text)
			}
		})
	}
}
