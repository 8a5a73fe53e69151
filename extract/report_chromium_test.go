package extract

import (
	"context"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExplainHTMLInChromium renders the report of the sample page with
// headless Chromium and checks that the screenshot shows the coloured
// blocks. It skips when chromium is not installed.
func TestExplainHTMLInChromium(t *testing.T) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed")
	}
	if testing.Short() {
		t.Skip("slow: starts a browser")
	}
	dump, err := os.ReadFile("../testdata/atlantico-coalition-londres.txt")
	require.NoError(t, err)
	doc, err := NewTextDocument(string(dump))
	require.NoError(t, err)
	a, err := New().Run(doc)
	require.NoError(t, err)

	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	f, err := os.Create(page)
	require.NoError(t, err)
	require.NoError(t, ExplainHTML(f, doc, a))
	require.NoError(t, f.Close())

	shot := filepath.Join(dir, "report.png")
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--screenshot="+shot, "--window-size=1200,900",
		"file://"+page)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "chromium: %s", out)

	img := decodePNG(t, shot)
	b := img.Bounds()
	require.Equal(t, 1200, b.Dx())
	require.Equal(t, 900, b.Dy())
	colours := map[[3]uint32]bool{}
	nonWhite := 0
	var green, red bool
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			r, g, bl = r>>8, g>>8, bl>>8
			colours[[3]uint32{r, g, bl}] = true
			if r < 250 || g < 250 || bl < 250 {
				nonWhite++
			}
			// The backgrounds of kept and removed blocks.
			green = green || (g > r+10 && g > bl+10)
			red = red || (r > g+10 && r > bl+10)
		}
	}
	assert.Greater(t, len(colours), 20, "distinct colours")
	assert.Greater(t, nonWhite, b.Dx()*b.Dy()/10, "non-white pixels")
	assert.True(t, green, "no kept (green) block visible")
	assert.True(t, red, "no removed (red) block visible")
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err)
	return img
}
