package warc

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// Kind says which front end a record goes to.
type Kind int

// The kinds of record.
const (
	// KindSkip is a record that is not a page; Record.Reason says why.
	KindSkip Kind = iota
	// KindHTML is an HTTP response whose payload is an HTML page.
	KindHTML
	// KindText is a conversion record holding the page's plain text.
	KindText
)

// A Record is one record of an archive as read by a Reader: where it is,
// what it is and, for a page, its payload. It holds no reference to the
// archive, so it may be handed to another goroutine.
type Record struct {
	// Source names the archive, as given to NewReader.
	Source string
	// Offset is the byte offset in the archive of the record or, in a
	// compressed archive, of the gzip member that holds it.
	Offset int64
	// Type is the WARC-Type ("response", "conversion"…).
	Type string
	// ID is the WARC-Record-ID as written, usually "<urn:uuid:…>".
	ID string
	// TargetURI is the WARC-Target-URI, without angle brackets.
	TargetURI string
	// Kind says which front end the record goes to.
	Kind Kind
	// Reason says why a KindSkip record is skipped.
	Reason string
	// ContentType is the HTTP Content-Type of a response, or the WARC
	// Content-Type of a conversion record.
	ContentType string
	// ContentEncoding and TransferEncoding are the HTTP headers of a
	// response, whose Payload is still encoded as they say.
	ContentEncoding, TransferEncoding string
	// Payload is the page: the HTTP body of a response, the block of a
	// conversion record. It holds at most Options.MaxBytes+1 bytes, one
	// more than the limit, so that a longer payload is known to be too
	// large.
	Payload []byte
	// Warnings are the WARC parser's findings on a record it could still
	// read, such as a wrong digest or a syntax error in its header.
	Warnings []string
}

// A Reader reads the records of one WARC archive in order. It is not safe
// for concurrent use.
//
// It reads plain and gzip-compressed archives, and both at once: each
// gzip member is decompressed in turn and may hold any number of records.
// Blank lines between records are skipped. Data that is not a record is
// skipped up to the next gzip member or "WARC/1." line, and reported.
type Reader struct {
	source   string
	maxBytes int64
	cr       *countingReader
	src      *bufio.Reader
	un       gowarc.Unmarshaler
	zr       *gzip.Reader
	// member reads the decompressed data of the current gzip member; it
	// is nil between members.
	member    *bufio.Reader
	memberBuf *bufio.Reader
	memberOff int64
	// errPos is the archive position after the last error, to force
	// progress when two errors in a row leave it unmoved.
	errPos int64
	// failed is set once the archive itself fails to read.
	failed bool
}

// readBufferSize is the Reader's buffer on the archive and on each gzip
// member, and the window in which it looks for the next record after data
// that is not one.
const readBufferSize = 256 << 10

// NewReader returns a Reader of the archive read from r; source names it
// in Records and errors. Only o.MaxBytes is used.
func NewReader(r io.Reader, source string, o Options) *Reader {
	cr := &countingReader{r: r}
	return &Reader{
		source:   source,
		maxBytes: o.maxBytes(),
		cr:       cr,
		src:      bufio.NewReaderSize(cr, readBufferSize),
		un:       gowarc.NewUnmarshaler(),
		errPos:   -1,
	}
}

// Next returns the next record. It returns io.EOF after the last one,
// and a *CorruptError for a record or stretch of the archive it cannot
// read, after which Next goes on with the next record it finds. When the
// archive itself fails to read (an I/O error), that error is returned
// once, at the offset reached, and io.EOF after it.
func (r *Reader) Next() (Record, error) {
	if r.failed {
		return Record{}, io.EOF
	}
	rec, err := r.next()
	if err == nil || err == io.EOF {
		return rec, err
	}
	if r.cr.err != nil {
		// The archive itself cannot be read: nothing more will come.
		r.failed = true
		return Record{}, r.corrupt(r.pos(), fmt.Errorf("reading the archive: %w", r.cr.err))
	}
	r.member = nil
	if r.pos() == r.errPos {
		// Never fail twice at one place.
		_, _ = r.src.Discard(1)
	}
	r.skipToStart()
	r.errPos = r.pos()
	var ce *CorruptError
	if !errors.As(err, &ce) {
		err = r.corrupt(r.errPos, err)
	}
	return Record{}, err
}

func (r *Reader) next() (Record, error) {
	for {
		if r.member != nil {
			rec, err := r.fromMember()
			if err == io.EOF {
				r.member = nil
				continue
			}
			return rec, err
		}
		start := r.pos()
		head, err := r.src.Peek(len(warcMagic))
		if len(head) == 0 {
			if err == io.EOF {
				return Record{}, io.EOF
			}
			return Record{}, r.corrupt(start, err)
		}
		switch {
		case isGzip(head):
			if err := r.openMember(); err != nil {
				return Record{}, r.corrupt(start, fmt.Errorf("bad gzip member: %w", err))
			}
			r.memberOff = start
		case bytes.Equal(head, warcMagic):
			return r.unmarshal(r.src, start, false)
		case isSpace(head[0]):
			_, _ = r.src.Discard(1)
		default:
			if err != nil && err != io.EOF {
				return Record{}, r.corrupt(start, err)
			}
			n := r.skipToStart()
			return Record{}, r.corrupt(start, fmt.Errorf("%d bytes that are not a WARC record", n))
		}
	}
}

var warcMagic = []byte("WARC/")

func isGzip(b []byte) bool { return len(b) >= 3 && b[0] == 0x1f && b[1] == 0x8b && b[2] == 8 }

func isSpace(c byte) bool { return c == '\r' || c == '\n' || c == ' ' || c == '\t' }

// pos is the archive position of the next byte to be read.
func (r *Reader) pos() int64 { return r.cr.n - int64(r.src.Buffered()) }

func (r *Reader) corrupt(offset int64, err error) *CorruptError {
	return &CorruptError{Source: r.source, Offset: offset, Err: err}
}

// openMember starts decompressing the gzip member at the current position.
func (r *Reader) openMember() error {
	if r.zr == nil {
		zr, err := gzip.NewReader(r.src)
		if err != nil {
			return err
		}
		r.zr = zr
		r.memberBuf = bufio.NewReaderSize(zr, readBufferSize)
	} else {
		if err := r.zr.Reset(r.src); err != nil {
			return err
		}
		r.memberBuf.Reset(r.zr)
	}
	r.zr.Multistream(false)
	r.member = r.memberBuf
	return nil
}

// fromMember reads the next record of the current gzip member, and
// returns io.EOF at the member's clean end.
func (r *Reader) fromMember() (Record, error) {
	for {
		head, err := r.member.Peek(len(warcMagic))
		switch {
		case len(head) == 0 && err == io.EOF:
			return Record{}, io.EOF
		case len(head) > 0 && isSpace(head[0]):
			_, _ = r.member.Discard(1)
			continue
		case bytes.Equal(head, warcMagic):
			return r.unmarshal(r.member, r.memberOff, true)
		case err != nil && err != io.EOF:
			r.member = nil
			return Record{}, r.corrupt(r.memberOff, fmt.Errorf("bad gzip member: %w", err))
		}
		r.dropMember()
		return Record{}, r.corrupt(r.memberOff, errors.New("the gzip member holds data that is not a WARC record"))
	}
}

// dropMember reads the current member to its end, so that reading goes
// on with the next member, and leaves it.
func (r *Reader) dropMember() {
	_, _ = io.Copy(io.Discard, r.member)
	r.member = nil
}

// skipToStart skips to the next gzip member or "WARC/1." line, or to the
// end of the archive, and returns the number of bytes skipped.
func (r *Reader) skipToStart() int64 {
	var skipped int64
	for {
		buf, err := r.src.Peek(readBufferSize)
		if i := nextStart(buf); i >= 0 {
			n, _ := r.src.Discard(i)
			return skipped + int64(n)
		}
		keep := 0
		if err == nil {
			keep = len("WARC/1.") - 1 // a start cut by the window's end
		}
		n, _ := r.src.Discard(len(buf) - keep)
		skipped += int64(n)
		if err != nil || n == 0 {
			return skipped
		}
	}
}

// nextStart returns the index of the first gzip member or "WARC/1." line
// in b, or -1.
func nextStart(b []byte) int {
	best := -1
	for _, magic := range [][]byte{{0x1f, 0x8b, 8}, []byte("WARC/1.")} {
		if i := bytes.Index(b, magic); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// unmarshal parses the record at the start of b, found at offset.
func (r *Reader) unmarshal(b *bufio.Reader, offset int64, inMember bool) (Record, error) {
	wr, _, validation, err := r.un.Unmarshal(b)
	if err != nil {
		if wr != nil {
			_ = wr.Close()
		}
		if inMember {
			r.member = nil // its decompressor is in an unknown state
		}
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("the archive ends inside the record: %w", err)
		}
		return Record{}, r.corrupt(offset, err)
	}
	defer wr.Close()
	rec := Record{
		Source:    r.source,
		Offset:    offset,
		Type:      wr.WarcHeader().Get(gowarc.WarcType),
		ID:        wr.WarcHeader().Get(gowarc.WarcRecordID),
		TargetURI: strings.Trim(wr.WarcHeader().Get(gowarc.WarcTargetURI), "<>"),
	}
	for _, field := range []string{gowarc.WarcRecordID, gowarc.WarcType, gowarc.ContentLength} {
		if !wr.WarcHeader().Has(field) {
			if inMember {
				r.dropMember()
			}
			return Record{}, r.corrupt(offset, fmt.Errorf("record without %s", field))
		}
	}
	for _, v := range validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			if inMember {
				r.dropMember()
			}
			return Record{}, r.corrupt(offset, fmt.Errorf("record %s is truncated: %d of its %d bytes", rec.ID, cl.Actual, cl.Expected))
		}
		rec.Warnings = append(rec.Warnings, v.Error())
	}
	if err := r.route(&rec, wr); err != nil {
		return Record{}, r.corrupt(offset, fmt.Errorf("record %s: %w", rec.ID, err))
	}
	return rec, nil
}

// route sets the record's Kind and, for a page, its payload.
func (r *Reader) route(rec *Record, wr gowarc.WarcRecord) error {
	switch {
	case wr.WarcHeader().Has(gowarc.WarcSegmentNumber):
		rec.Reason = "segmented record, not reassembled"
		return nil
	case wr.Type() == gowarc.Response:
		return r.response(rec, wr)
	case wr.Type() == gowarc.Conversion:
		return r.conversion(rec, wr)
	}
	rec.Reason = fmt.Sprintf("%s record, not a page", rec.Type)
	return nil
}

// httpResponse is what a response record's block offers when it holds an
// HTTP response.
type httpResponse interface {
	gowarc.PayloadBlock
	gowarc.ProtocolHeaderBlock
	HttpStatusCode() int
	HttpHeader() *http.Header
}

// htmlTypes are the media types of HTML pages.
var htmlTypes = map[string]bool{"text/html": true, "application/xhtml+xml": true}

func (r *Reader) response(rec *Record, wr gowarc.WarcRecord) error {
	block, ok := wr.Block().(httpResponse)
	if !ok || block.HttpHeader() == nil {
		rec.Reason = fmt.Sprintf("response record without an HTTP response (Content-Type %q)", wr.WarcHeader().Get(gowarc.ContentType))
		return nil
	}
	if code := block.HttpStatusCode(); code < 200 || code > 299 {
		rec.Reason = fmt.Sprintf("HTTP status %d", code)
		return nil
	}
	h := block.HttpHeader()
	rec.ContentType = h.Get("Content-Type")
	rec.ContentEncoding = h.Get("Content-Encoding")
	// The HTTP parser moves Transfer-Encoding out of the header.
	rec.TransferEncoding = rawHeader(block.ProtocolHeaderBytes(), "Transfer-Encoding")
	payload, err := block.PayloadBytes()
	if err != nil {
		return err
	}
	if rec.ContentType != "" {
		if media := mediaType(rec.ContentType); !htmlTypes[media] {
			rec.Reason = fmt.Sprintf("HTTP Content-Type %s, not HTML", media)
			return nil
		}
	}
	if rec.Payload, err = r.read(payload); err != nil {
		return err
	}
	if rec.ContentType == "" && !sniffHTML(rec) {
		rec.Payload = nil
		rec.Reason = "no HTTP Content-Type, and the payload does not look like HTML"
		return nil
	}
	rec.Kind = KindHTML
	return nil
}

// sniffHTML tells whether a response without a Content-Type holds HTML.
// An encoded payload is not decoded here; it is taken for HTML.
func sniffHTML(rec *Record) bool {
	if rec.ContentEncoding != "" || rec.TransferEncoding != "" {
		return true
	}
	return mediaType(http.DetectContentType(rec.Payload)) == "text/html"
}

func (r *Reader) conversion(rec *Record, wr gowarc.WarcRecord) error {
	rec.ContentType = wr.WarcHeader().Get(gowarc.ContentType)
	if media := mediaType(rec.ContentType); rec.ContentType != "" && media != "text/plain" {
		rec.Reason = fmt.Sprintf("conversion record in %s, not text/plain", media)
		return nil
	}
	block, err := wr.Block().RawBytes()
	if err != nil {
		return err
	}
	if rec.Payload, err = r.read(block); err != nil {
		return err
	}
	rec.Kind = KindText
	return nil
}

// read reads a payload, keeping at most maxBytes+1 bytes.
func (r *Reader) read(payload io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(payload, r.maxBytes+1))
	if err != nil {
		return nil, err
	}
	return data, nil
}

// rawHeader returns the values of the named field in an HTTP header,
// joined by commas.
func rawHeader(header []byte, name string) string {
	var values []string
	for _, l := range strings.Split(string(header), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.EqualFold(strings.TrimSpace(k), name) {
			values = append(values, strings.TrimSpace(v))
		}
	}
	return strings.Join(values, ", ")
}

// mediaType returns the lower-cased media type of a Content-Type value.
func mediaType(contentType string) string {
	if media, _, err := mime.ParseMediaType(contentType); err == nil {
		return media
	}
	media, _, _ := strings.Cut(contentType, ";")
	return strings.ToLower(strings.TrimSpace(media))
}

// countingReader counts the bytes read from the archive, and keeps the
// first error other than io.EOF.
type countingReader struct {
	r   io.Reader
	n   int64
	err error
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}
