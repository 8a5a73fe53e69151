package warctest

import (
	"bytes"
	"errors"
	"fmt"
	"net/http/httputil"
	"strings"

	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// What a crawl entry must give.
const (
	WantPage = "page" // extracted or empty, as the page alone gives
	WantSkip = "skip" // skipped
	WantFail = "fail" // failed
)

// An Entry is one record of a test crawl, with the page it holds and the
// outcome it must have.
type Entry struct {
	Record
	// Want is WantPage, WantSkip or WantFail.
	Want string
	// HTML is the decoded HTML page of a response, to run FromHTML on
	// with ContentType; Text is the page of a conversion record.
	HTML        []byte
	ContentType string
	Text        string
}

// An HTMLPage is a page for Crawl: its address and its UTF-8 HTML.
type HTMLPage struct {
	URL  string
	HTML []byte
}

// CrawlSize is the number of entries Crawl returns.
const CrawlSize = 200

// Crawl returns CrawlSize records that mix everything an archive holds,
// from the given pages: a warcinfo record; each
// HTML page three times as a request and its response; each text page
// once as a conversion record and then as many as needed to fill the
// crawl; an image, a text/plain response, a 404 page, a redirect and a
// metadata record (skipped); a page with NUL bytes and one in an
// unsupported content encoding (failed); a gzip-encoded page, a chunked
// page and an ISO-8859-1 page whose charset is only in the HTTP header
// (pages); and last a page that the caller truncates (failed).
//
// It fails when html or text is empty.
func Crawl(html []HTMLPage, text []string) ([]Entry, error) {
	if len(html) == 0 || len(text) == 0 {
		return nil, errors.New("warctest: a crawl needs at least one HTML page and one text page")
	}
	var c crawl
	c.add(Entry{Record: Record{Type: gowarc.Warcinfo, ContentType: "application/warc-fields", Block: []byte("software: pith warctest\r\n")}, Want: WantSkip})
	for round := range 3 {
		for i, p := range html {
			uri := fmt.Sprintf("%s?round=%d", p.URL, round)
			if round == 0 {
				uri = p.URL
			}
			c.add(Entry{Record: Record{Type: gowarc.Request, TargetURI: uri, ContentType: "application/http; msgtype=request",
				Block: []byte("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n")}, Want: WantSkip})
			ct := "text/html; charset=utf-8"
			if i%2 == 1 {
				ct = "text/html" // the charset comes from the page
			}
			c.addHTML(uri, ct, nil, p.HTML, p.HTML)
		}
	}
	for i, t := range text {
		c.addText(fmt.Sprintf("https://text.example/%d", i), t)
	}
	page := html[0].HTML
	c.addHTTP("https://example.org/logo.png", 200, []string{"Content-Type: image/png"}, []byte("\x89PNG\r\n\x1a\n"), WantSkip)
	c.addHTTP("https://example.org/robots.txt", 200, []string{"Content-Type: text/plain"}, []byte("User-agent: *\n"), WantSkip)
	c.addHTTP("https://example.org/missing", 404, []string{"Content-Type: text/html"}, page, WantSkip)
	c.addHTTP("https://example.org/moved", 301, []string{"Location: https://example.org/", "Content-Type: text/html"}, []byte("<html><body>Moved</body></html>"), WantSkip)
	c.add(Entry{Record: Record{Type: gowarc.Metadata, TargetURI: "https://example.org/", ContentType: "application/warc-fields",
		Block: []byte("outlinks: https://example.org/a\r\n")}, Want: WantSkip})
	c.addHTTP("https://example.org/binary", 200, []string{"Content-Type: text/html"}, append([]byte("<html><body><p>a\x00b</p>"), page...), WantFail)
	c.addHTTP("https://example.org/brotli", 200, []string{"Content-Type: text/html", "Content-Encoding: br"}, []byte("\x1b\x03\x00"), WantFail)
	c.addHTML("https://example.org/gzip", "text/html; charset=utf-8", []string{"Content-Encoding: gzip"}, gzipped(page), page)
	c.addHTML("https://example.org/chunked", "text/html; charset=utf-8", []string{"Transfer-Encoding: chunked"}, Chunked(page, 1000), page)
	latin := latin1Page(text[0])
	c.addHTML("https://example.org/latin1", "text/html; charset=iso-8859-1", nil, latin, latin)
	for i := 0; len(c.entries) < CrawlSize-1; i++ {
		c.addText(fmt.Sprintf("https://text.example/again/%d", i), text[i%len(text)])
	}
	c.addHTML("https://example.org/truncated", "text/html", nil, page, page)
	c.entries[len(c.entries)-1].Want = WantFail
	return c.entries, nil
}

type crawl struct{ entries []Entry }

func (c *crawl) add(e Entry) {
	e.ID = ID(len(c.entries))
	c.entries = append(c.entries, e)
}

func (c *crawl) addHTTP(uri string, status int, header []string, body []byte, want string) {
	c.add(Entry{Record: Record{Type: gowarc.Response, TargetURI: uri, Block: HTTPResponse(status, header, body)}, Want: want})
}

// addHTML adds a response whose payload, sent with the extra header
// lines, decodes to page.
func (c *crawl) addHTML(uri, contentType string, header []string, payload, page []byte) {
	header = append([]string{"Content-Type: " + contentType}, header...)
	c.add(Entry{Record: Record{Type: gowarc.Response, TargetURI: uri, Block: HTTPResponse(200, header, payload)},
		Want: WantPage, HTML: page, ContentType: contentType})
}

func (c *crawl) addText(uri, text string) {
	c.add(Entry{Record: Record{Type: gowarc.Conversion, TargetURI: uri, ContentType: "text/plain", Block: []byte(text)},
		Want: WantPage, Text: text})
}

func gzipped(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return out.Bytes()
}

// Chunked returns b in the HTTP/1.1 chunked transfer coding, in chunks of
// size bytes, with the final empty chunk.
func Chunked(b []byte, size int) []byte {
	var out bytes.Buffer
	cw := httputil.NewChunkedWriter(&out)
	for len(b) > 0 {
		n := min(len(b), size)
		_, _ = cw.Write(b[:n])
		b = b[n:]
	}
	_ = cw.Close()
	out.WriteString("\r\n")
	return out.Bytes()
}

// latin1Page makes an HTML page in ISO-8859-1, without a charset of its
// own, from a text dump: its title, then a paragraph per line.
func latin1Page(dump string) []byte {
	lines := strings.Split(strings.TrimSpace(dump), "\n")
	var b strings.Builder
	b.WriteString("<html><head><title>" + escape(lines[0]) + "</title></head><body><article>")
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			b.WriteString("<p>" + escape(l) + "</p>\n")
		}
	}
	b.WriteString("</article></body></html>")
	out, _ := encoding.ReplaceUnsupported(charmap.ISO8859_1.NewEncoder()).Bytes([]byte(b.String()))
	return out
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
