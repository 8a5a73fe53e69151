package warc_test

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"errors"
	"strings"
	"testing"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/pith-go/pith/extract"
	"github.com/pith-go/pith/warc"
	"github.com/pith-go/pith/warc/warctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// article is a page long enough to be extracted, with accented letters.
const article = `<html><head><title>L'été à Paris</title></head><body><article>
<h1>L'été à Paris</h1>
<p>Cet été, la ville a connu une chaleur très forte et les habitants ont cherché la fraîcheur des parcs pendant de longues semaines.</p>
<p>Les fontaines publiques ont été prises d'assaut par les familles, tandis que les musées prolongeaient leurs horaires d'ouverture jusqu'à minuit.</p>
<p>Selon la mairie, les mesures prises cette année seront reconduites l'été prochain, avec davantage d'arbres plantés dans les cours d'école.</p>
</article></body></html>`

func encode(t *testing.T, coding string, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	switch coding {
	case "gzip":
		w := gzip.NewWriter(&b)
		_, _ = w.Write(data)
		require.NoError(t, w.Close())
	case "zlib":
		w := zlib.NewWriter(&b)
		_, _ = w.Write(data)
		require.NoError(t, w.Close())
	case "flate":
		w, err := flate.NewWriter(&b, flate.DefaultCompression)
		require.NoError(t, err)
		_, _ = w.Write(data)
		require.NoError(t, w.Close())
	case "zstd":
		w, err := zstd.NewWriter(&b)
		require.NoError(t, err)
		_, _ = w.Write(data)
		require.NoError(t, w.Close())
	}
	return b.Bytes()
}

func TestExtractDecodes(t *testing.T) {
	latin1, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(article))
	require.NoError(t, err)
	cp1252 := func(s string) []byte {
		b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		return b
	}
	html := func(payload []byte, contentType, contentEncoding, transferEncoding string) warc.Record {
		return warc.Record{Kind: warc.KindHTML, Payload: payload, ContentType: contentType, ContentEncoding: contentEncoding, TransferEncoding: transferEncoding}
	}
	tests := []struct {
		name   string
		rec    warc.Record
		status warc.Status
		want   string // in the text, or in the reason when failed
	}{
		{"utf-8", html([]byte(article), "text/html; charset=utf-8", "", ""), warc.StatusExtracted, "Cet été, la ville"},
		{"charset from the header", html(latin1, "text/html; charset=ISO-8859-1", "", ""), warc.StatusExtracted, "Cet été, la ville"},
		{"gzip", html(encode(t, "gzip", []byte(article)), "text/html", "gzip", ""), warc.StatusExtracted, "Cet été, la ville"},
		{"gzip already decoded", html([]byte(article), "text/html", "gzip", ""), warc.StatusExtracted, "Cet été, la ville"},
		{"deflate as zlib", html(encode(t, "zlib", []byte(article)), "text/html", "deflate", ""), warc.StatusExtracted, "Cet été, la ville"},
		{"deflate raw", html(encode(t, "flate", []byte(article)), "text/html", "deflate", ""), warc.StatusExtracted, "Cet été, la ville"},
		{"zstd", html(encode(t, "zstd", []byte(article)), "text/html", "zstd", ""), warc.StatusExtracted, "Cet été, la ville"},
		{"chunked gzip", html(warctest.Chunked(encode(t, "gzip", []byte(article)), 100), "text/html", "gzip", "chunked"), warc.StatusExtracted, "Cet été, la ville"},
		{"truncated gzip", html(encode(t, "gzip", []byte(article))[:100], "text/html", "gzip", ""), warc.StatusFailed, "bad gzip content encoding"},
		{"chunked already decoded", html([]byte(article), "text/html", "", "chunked"), warc.StatusExtracted, "Cet été, la ville"},
		{"brotli", html([]byte("\x1b\x03"), "text/html", "br", ""), warc.StatusFailed, `content encoding "br" not supported`},
		{"binary", html([]byte("<p>a\x00b</p>"), "text/html", "", ""), warc.StatusFailed, "not text"},
		{"empty", html([]byte("  "), "text/html", "", ""), warc.StatusEmpty, "empty input"},
		{"text", warc.Record{Kind: warc.KindText, Payload: []byte("Title\n" + strings.Repeat("A sentence of the article body that goes on. ", 8))},
			warc.StatusExtracted, "A sentence of the article body"},
		{"text in windows-1252", warc.Record{Kind: warc.KindText, ContentType: "text/plain; charset=windows-1252",
			Payload: cp1252("Titre\n" + strings.Repeat("Une phrase du corps de l'article, qui continue à côté. ", 8))}, warc.StatusExtracted, "continue à côté"},
		{"text in an unknown charset", warc.Record{Kind: warc.KindText, ContentType: "text/plain; charset=x-nonesuch", Payload: []byte("T\nb")},
			warc.StatusFailed, `unknown charset "x-nonesuch"`},
		{"skipped", warc.Record{Kind: warc.KindSkip, Reason: "request record, not a page"}, warc.StatusSkipped, "request record, not a page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := warc.Extract(tt.rec, warc.Options{})
			require.Equal(t, tt.status, res.Status, res.Reason)
			assert.Nil(t, res.Payload)
			switch tt.status {
			case warc.StatusExtracted:
				require.NotNil(t, res.Article)
				assert.Contains(t, res.Article.Text(), tt.want)
				assert.Empty(t, res.Reason)
			default:
				assert.Contains(t, res.Reason, tt.want)
			}
		})
	}
}

// czech is a page whose ISO-8859-2 bytes read as other letters in
// windows-1252, the default without a declared charset.
const czech = `<html><head><title>Léto ve městě</title></head><body><article>
<h1>Léto ve městě</h1>
<p>Letošní léto bylo ve městě velmi horké a obyvatelé hledali stín v parcích a na nábřeží po mnoho týdnů.</p>
<p>Veřejné fontány byly plné rodin s dětmi, zatímco muzea prodloužila otevírací dobu až do půlnoci.</p>
<p>Podle radnice budou letošní opatření zopakována i příští rok a ve školách přibudou nové stromy.</p>
</article></body></html>`

// TestExtractCharsetMatters shows the HTTP header's charset is what
// decodes the page: without it the bytes are read as windows-1252.
func TestExtractCharsetMatters(t *testing.T) {
	latin2, err := charmap.ISO8859_2.NewEncoder().Bytes([]byte(czech))
	require.NoError(t, err)
	for _, tt := range []struct {
		contentType string
		decoded     bool
	}{
		{"text/html; charset=iso-8859-2", true},
		{"text/html", false},
	} {
		t.Run(tt.contentType, func(t *testing.T) {
			res := warc.Extract(warc.Record{Kind: warc.KindHTML, Payload: latin2, ContentType: tt.contentType}, warc.Options{})
			require.NotNil(t, res.Article, res.Reason)
			assert.Equal(t, tt.decoded, strings.Contains(res.Article.Text(), "Letošní léto bylo ve městě"))
		})
	}
}

func TestExtractPipelineOptions(t *testing.T) {
	res := warc.Extract(warc.Record{Kind: warc.KindHTML, Payload: []byte(article), ContentType: "text/html"},
		warc.Options{Pipeline: []extract.Option{extract.WithLanguage("it")}})
	require.NotNil(t, res.Article)
	assert.Equal(t, "it", res.Article.Language)
}

func TestProcessStopsOnEmitError(t *testing.T) {
	records := make([]warctest.Record, 50)
	for i := range records {
		records[i] = response(i, "Content-Type: text/html")
	}
	data, _, err := warctest.Bytes(true, records...)
	require.NoError(t, err)
	stop := errors.New("stop")
	n := 0
	sum, err := warc.Process(bytes.NewReader(data), "", warc.Options{Workers: 3}, func(warc.Result) error {
		n++
		if n == 5 {
			return stop
		}
		return nil
	})
	assert.ErrorIs(t, err, stop)
	assert.Equal(t, 5, n)
	assert.Equal(t, 5, sum.Records)
}

func TestSummaryString(t *testing.T) {
	s := warc.Summary{Records: 10, Extracted: 4, Empty: 3, Skipped: 2, Failed: 1}
	assert.Equal(t, "10 records: 4 extracted, 3 empty, 2 skipped, 1 failed", s.String())
	var m warc.Summary
	m.Merge(s)
	m.Merge(s)
	assert.Equal(t, 20, m.Records)
	assert.Equal(t, 2, m.Failed)
}
