package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// hostileSentence is a sentence long enough to be kept as a paragraph.
const hostileSentence = "The council approved the annual budget on Tuesday after a long debate about schools and roads."

// A hostileInput is one odd or hostile input and the documented result of
// extracting it.
type hostileInput struct {
	name string
	// text marks a plain-text dump; otherwise the input is HTML.
	text  bool
	input func() []byte
	// want is the error, or nil for an Article whose body holds body.
	want error
	body string
	// large marks an input of a megabyte or more, skipped under -short.
	large bool
	// opts configure the pipeline; the defaults when empty.
	opts []Option
}

// encode returns page encoded with enc.
func encode(enc encoding.Encoding, page string) []byte {
	out, err := enc.NewEncoder().Bytes([]byte(page))
	if err != nil {
		panic(err)
	}
	return out
}

// metaPage returns a page that declares charset in a <meta> tag and holds
// sentence in a paragraph.
func metaPage(charset, sentence string) string {
	return `<html><head><meta charset="` + charset + `"><title>News</title></head><body><article><p>` +
		sentence + `</p></article></body></html>`
}

// listingPage returns an index page: a navigation bar and n teasers, each
// a linked headline and a one-sentence blurb.
func listingPage(n int) []byte {
	var b strings.Builder
	b.WriteString(`<html><head><title>World news | Daily Example</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><main><h1>World</h1><ul>`)
	for i := range n {
		fmt.Fprintf(&b, `<li class="teaser"><h2><a href="/world/story-%d">Story number %d about the council</a></h2><p>The council met on day %d and talked about schools, roads and the budget for next year.</p></li>`, i, i, i)
	}
	b.WriteString(`</ul></main><footer>© Daily Example</footer></body></html>`)
	return []byte(b.String())
}

func gzipped(data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	_, _ = zw.Write(data)
	_ = zw.Close()
	return buf.Bytes()
}

var hostileInputs = []hostileInput{
	{name: "empty", input: func() []byte { return nil }, want: ErrEmpty},
	{name: "white space", input: func() []byte { return []byte(" \n\t\r\n  \f") }, want: ErrEmpty},
	{name: "white space dump", text: true, input: func() []byte { return []byte(" \n\t\r\n  ") }, want: ErrEmpty},
	{name: "PNG", input: func() []byte {
		return append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"), bytes.Repeat([]byte{0, 0xff, 0x10}, 100)...)
	}, want: ErrNotText},
	{name: "gzip of non-HTML", input: func() []byte { return gzipped(bytes.Repeat([]byte("plain log line 42\n"), 1000)) }, want: ErrNotText},
	{name: "PNG dump", text: true, input: func() []byte { return []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR") }, want: ErrNotText},
	{name: "invalid UTF-8 in a UTF-8 page", input: func() []byte {
		return []byte("<html><body><p>Le conseil a approuvé le budget après un débat sur les écoles et les rues, à Zürich \xc3, " + hostileSentence + "</p></body></html>")
	}, body: "Le conseil a approuvé le budget après un débat sur les écoles et les rues, à Zürich \uFFFD, " + hostileSentence},
	{name: "invalid UTF-8 after a UTF-8 byte-order mark", input: func() []byte {
		return []byte("\xef\xbb\xbf<html><body><p>" + hostileSentence + " \xfc\xfc end.</p></body></html>")
	}, body: hostileSentence + " \uFFFD end."},
	{name: "random bytes without NUL", input: func() []byte {
		b := make([]byte, 4096)
		for i := range b {
			b[i] = byte(0x80 + i*37%0x7f)
		}
		return b
	}, want: ErrNotText},
	{name: "UTF-16LE with BOM", input: func() []byte {
		return encode(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), metaPage("utf-16", "Über "+hostileSentence))
	}, body: "Über " + hostileSentence},
	{name: "UTF-16BE with BOM", input: func() []byte {
		return encode(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), metaPage("utf-16", "Über "+hostileSentence))
	}, body: "Über " + hostileSentence},
	{name: "windows-1252", input: func() []byte {
		return encode(charmap.Windows1252, metaPage("windows-1252", "Le café “déjà” coûte 3 € à Zürich, dit-on ce matin à la mairie."))
	}, body: "Le café “déjà” coûte 3 € à Zürich, dit-on ce matin à la mairie."},
	{name: "ISO-8859-1", input: func() []byte {
		return encode(charmap.ISO8859_1, metaPage("iso-8859-1", "Der Gemeinderat in Zürich hat am Dienstag das Budget für Schulen und Straßen genehmigt."))
	}, body: "Der Gemeinderat in Zürich hat am Dienstag das Budget für Schulen und Straßen genehmigt."},
	{name: "Shift_JIS", input: func() []byte {
		return encode(japanese.ShiftJIS, metaPage("shift_jis", "市議会は火曜日、学校と道路に関する長い議論の末、年間予算を承認しました。"))
	}, body: "市議会は火曜日、学校と道路に関する長い議論の末、年間予算を承認しました。"},
	// GB2312 text is GBK text; browsers read the label "gb2312" as GBK.
	{name: "GB2312", input: func() []byte {
		return encode(simplifiedchinese.GBK, metaPage("gb2312", "市议会在星期二经过关于学校和道路的长时间辩论后批准了年度预算。"))
	}, body: "市议会在星期二经过关于学校和道路的长时间辩论后批准了年度预算。"},
	{name: "scripts only", input: func() []byte {
		return []byte("<html><head><script>var a = 1;</script></head><body>" + strings.Repeat("<script>document.write('x');</script>", 50) + "</body></html>")
	}, want: ErrEmpty},
	{name: "scripts only with a title", input: func() []byte {
		return []byte("<html><head><title>Loading…</title><script>var a = 1;</script></head><body>" + strings.Repeat("<script>document.write('x');</script>", 50) + "</body></html>")
	}, want: ErrNoContent},
	{name: "frameset", input: func() []byte {
		return []byte(`<html><head><title>Daily Example</title></head><frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"><noframes>Your browser does not support frames.</noframes></frameset></html>`)
	}, want: ErrNoContent},
	// The teasers are the content of a listing page, as in the WCXB
	// benchmark's gold; their blurbs are kept, their linked headlines are
	// removed as links.
	{name: "listing page", input: func() []byte { return listingPage(40) }, body: "The council met on day 39 and"},
	{name: "200,000 nested divs", large: true, input: func() []byte {
		return []byte(strings.Repeat("<div>", 200000) + "<p>" + hostileSentence + "</p>" + strings.Repeat("</div>", 200000))
	}, body: hostileSentence},
	{name: "50 MB page", large: true, input: func() []byte {
		return []byte("<html><body>" + strings.Repeat("<p>"+hostileSentence+"</p>\n", 50<<20/(len(hostileSentence)+8)) + "</body></html>")
	}, want: ErrTooLarge},
	{name: "20 MB text node", large: true, input: func() []byte {
		return []byte("<html><body><p>" + strings.Repeat("word ", 20<<20/5) + "</p></body></html>")
	}, body: "word word word"},
	{name: "1,000,000 sibling elements", large: true, input: func() []byte {
		return []byte("<html><body><div>" + strings.Repeat("<span>w</span>", 1000000) + "</div></body></html>")
	}, want: ErrTooLarge},
	{name: "1,000,000 sibling elements, tag limit raised", large: true, opts: []Option{WithMaxNodes(3000000)}, input: func() []byte {
		return []byte("<html><body><div>" + strings.Repeat("<span>w</span>", 1000000) + "</div></body></html>")
	}, body: "wwwwwwww"},
	{name: "200,000 paragraphs", large: true, input: func() []byte {
		return []byte("<html><body>" + strings.Repeat("<p>"+hostileSentence+"</p>\n", 200000) + "</body></html>")
	}, body: hostileSentence + "\n\n" + hostileSentence},
	{name: "400 deep, 20,000 paragraphs at the bottom", large: true, input: func() []byte {
		return []byte(strings.Repeat("<div>", 400) + strings.Repeat("<p>"+hostileSentence+"</p>", 20000) + strings.Repeat("</div>", 400))
	}, body: hostileSentence + "\n\n" + hostileSentence},
	// Without the cap on open formatting elements, this 1 MB page would
	// parse to 100 million nodes.
	{name: "400 unclosed formatting elements, 250,000 paragraphs", large: true, input: func() []byte {
		var b strings.Builder
		b.WriteString("<html><body><p>")
		for i := range 400 {
			fmt.Fprintf(&b, "<b id=b%d>", i)
		}
		b.WriteString("</p>" + strings.Repeat("<p>x", 250000))
		return []byte(b.String())
	}, body: "x\n\nx\n\nx"},
	{name: "10 MB JSON-LD", large: true, input: func() []byte {
		return []byte(`<html><head><title>News</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"News","author":[` +
			strings.Repeat(`{"@type":"Person","name":"Ann Author"},`, 10<<20/40) + `{}],"articleBody":"x"}</script></head><body><article><p>` +
			hostileSentence + `</p></article></body></html>`)
	}, body: hostileSentence},
	{name: "5 MB of character references", large: true, input: func() []byte {
		return []byte("<html><body><p>" + strings.Repeat("&amp;&#233;&eacute;", 5<<20/19) + "</p></body></html>")
	}, body: "&éé&éé"},
	{name: "100,000 attributes and classes", large: true, input: func() []byte {
		var b strings.Builder
		b.WriteString(`<html><body><div class="`)
		for i := range 100000 {
			fmt.Fprintf(&b, "c%d ", i)
		}
		b.WriteString(`"`)
		for i := range 100000 {
			fmt.Fprintf(&b, " data-a%d=x", i)
		}
		b.WriteString("><p>" + hostileSentence + "</p></div></body></html>")
		return []byte(b.String())
	}, body: hostileSentence},
	{name: "5 MB single-line dump", text: true, large: true, input: func() []byte {
		return []byte("Title\n" + strings.Repeat("word ", 5<<20/5))
	}, body: "word word word"},
}

// usage is the cost of one call.
type usage struct {
	elapsed   time.Duration
	peakHeap  uint64 // bytes of live heap objects, sampled every millisecond
	allocated uint64 // bytes allocated
}

// measure runs fn and returns its cost. The peak heap is sampled, so it is
// a lower bound, and includes whatever else the process holds.
func measure(fn func()) usage {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/allocs:bytes"}}
	metrics.Read(sample)
	allocs0 := sample[1].Value.Uint64()
	peak := sample[0].Value.Uint64()
	done := make(chan struct{})
	stopped := make(chan uint64)
	go func() {
		p := peak
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		for {
			select {
			case <-done:
				stopped <- p
				return
			case <-tick.C:
				metrics.Read(s)
				p = max(p, s[0].Value.Uint64())
			}
		}
	}()
	start := time.Now()
	fn()
	elapsed := time.Since(start)
	close(done)
	peak = <-stopped
	metrics.Read(sample)
	return usage{elapsed: elapsed, peakHeap: max(peak, sample[0].Value.Uint64()), allocated: sample[1].Value.Uint64() - allocs0}
}

// TestHostileInputs runs every hostile input and checks its documented
// result and that it stays within its time bound, linear in the input: 5 s
// plus 2 µs per byte plus 100 µs per tag ('<'). That is ten to a hundred
// times what the inputs take on a quiet machine, room for a shared one,
// and still far below what a quadratic step would take on the large
// inputs. The cost per tag grows with the nesting depth (tag paths, the
// parser's scope checks), which the parser caps at 512. Run with -v to
// print the table of times and memory.
func TestHostileInputs(t *testing.T) {
	for _, h := range hostileInputs {
		t.Run(h.name, func(t *testing.T) {
			if h.large && (testing.Short() || raceEnabled) {
				t.Skip("large input: skipped under -short and -race (single-threaded, and too slow with the race detector)")
			}
			data := h.input()
			var a *Article
			var err error
			u := measure(func() {
				if h.text {
					a, err = New(h.opts...).FromText(string(data))
				} else {
					a, err = New(h.opts...).FromHTML(bytes.NewReader(data), "https://example.com/news/a.html")
				}
			})
			bound := 5*time.Second + time.Duration(len(data))*2*time.Microsecond + time.Duration(bytes.Count(data, []byte{'<'}))*100*time.Microsecond
			t.Logf("| %s | %d | %v | %.1f MB | %.1f MB | %s |", h.name, len(data), u.elapsed.Round(time.Millisecond),
				float64(u.peakHeap)/(1<<20), float64(u.allocated)/(1<<20), resultOf(a, err))
			assert.Less(t, u.elapsed, bound, "time bound")
			if h.want != nil {
				if a != nil && err == nil {
					t.Logf("body: %.500q", a.Text())
				}
				require.ErrorIs(t, err, h.want)
				if errors.Is(err, ErrNoContent) {
					require.NotNil(t, a)
				}
				return
			}
			require.NoError(t, err)
			assert.Contains(t, a.Text(), h.body)
			if t.Failed() || errors.Is(err, ErrNoContent) != (h.want == ErrNoContent) {
				t.Logf("body: %.500q", a.Text())
			}
		})
	}
}

// resultOf describes the outcome of an extraction in a few words.
func resultOf(a *Article, err error) string {
	if err != nil {
		return strings.TrimPrefix(err.Error(), "extract: ")
	}
	return fmt.Sprintf("article, %d blocks, %d bytes", len(a.Body), len(a.Text()))
}
