package warc_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"testing"

	gowarc "github.com/nlnwa/gowarc/v3"
	"github.com/pith-go/pith/warc"
	"github.com/pith-go/pith/warc/warctest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const page = "<!doctype html><html><head><title>T</title></head><body><p>Hello there, reader.</p></body></html>"

func response(id int, header ...string) warctest.Record {
	return warctest.Record{Type: gowarc.Response, ID: warctest.ID(id), TargetURI: "https://example.org/",
		Block: warctest.HTTPResponse(200, header, []byte(page))}
}

// readAll reads every record and error of an archive.
func readAll(t *testing.T, data []byte) ([]warc.Record, []*warc.CorruptError) {
	t.Helper()
	r := warc.NewReader(bytes.NewReader(data), "a.warc", warc.Options{})
	var recs []warc.Record
	var errs []*warc.CorruptError
	for range 1000 {
		rec, err := r.Next()
		if err == io.EOF {
			return recs, errs
		}
		if err != nil {
			var ce *warc.CorruptError
			require.ErrorAs(t, err, &ce)
			errs = append(errs, ce)
			continue
		}
		recs = append(recs, rec)
	}
	t.Fatal("the reader does not end")
	return nil, nil
}

func ids(recs []warc.Record) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.ID)
	}
	return out
}

func TestReaderRoutes(t *testing.T) {
	tests := []struct {
		name   string
		record warctest.Record
		kind   warc.Kind
		reason string
	}{
		{"html", response(0, "Content-Type: text/html; charset=utf-8"), warc.KindHTML, ""},
		{"xhtml", response(0, "Content-Type: application/xhtml+xml"), warc.KindHTML, ""},
		{"sniffed html", response(0), warc.KindHTML, ""},
		{"plain text response", warctest.Record{Type: gowarc.Response, Block: warctest.HTTPResponse(200, []string{"Content-Type: text/plain"}, []byte("hi"))},
			warc.KindSkip, "HTTP Content-Type text/plain, not HTML"},
		{"unsniffable", warctest.Record{Type: gowarc.Response, Block: warctest.HTTPResponse(200, nil, []byte("\x89PNG\r\n\x1a\n"))},
			warc.KindSkip, "no HTTP Content-Type, and the payload does not look like HTML"},
		{"not found", warctest.Record{Type: gowarc.Response, Block: warctest.HTTPResponse(404, []string{"Content-Type: text/html"}, []byte(page))},
			warc.KindSkip, "HTTP status 404"},
		{"response without http", warctest.Record{Type: gowarc.Response, ContentType: "text/dns", Block: []byte("example.org. 300 IN A 192.0.2.1")},
			warc.KindSkip, `response record without an HTTP response (Content-Type "text/dns")`},
		{"conversion", warctest.Record{Type: gowarc.Conversion, ContentType: "text/plain", Block: []byte("Title\nBody.")}, warc.KindText, ""},
		{"conversion to pdf", warctest.Record{Type: gowarc.Conversion, ContentType: "application/pdf", Block: []byte("%PDF")},
			warc.KindSkip, "conversion record in application/pdf, not text/plain"},
		{"resource", warctest.Record{Type: gowarc.Resource, TargetURI: "file:///a.html", ContentType: "text/html", Block: []byte(page)},
			warc.KindSkip, "resource record, not a page"},
		{"metadata", warctest.Record{Type: gowarc.Metadata, ContentType: "application/warc-fields", Block: []byte("a: b\r\n")},
			warc.KindSkip, "metadata record, not a page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, _, err := warctest.Bytes(false, tt.record)
			require.NoError(t, err)
			recs, errs := readAll(t, data)
			require.Empty(t, errs)
			require.Len(t, recs, 1)
			assert.Equal(t, tt.kind, recs[0].Kind)
			assert.Equal(t, tt.reason, recs[0].Reason)
			if tt.kind == warc.KindSkip {
				assert.Nil(t, recs[0].Payload)
			} else {
				assert.NotEmpty(t, recs[0].Payload)
			}
		})
	}
}

func TestReaderPayloadLimit(t *testing.T) {
	data, _, err := warctest.Bytes(true, response(0, "Content-Type: text/html"))
	require.NoError(t, err)
	rec, err := warc.NewReader(bytes.NewReader(data), "", warc.Options{MaxBytes: 10}).Next()
	require.NoError(t, err)
	assert.Len(t, rec.Payload, 11, "one byte more than the limit is kept")
	res := warc.Extract(rec, warc.Options{MaxBytes: 10})
	assert.Equal(t, warc.StatusFailed, res.Status)
	assert.ErrorContains(t, res.Err, "too large")
}

// TestReaderDamage damages archives of three records and checks that
// every intact record is read, and every damage reported at its offset.
func TestReaderDamage(t *testing.T) {
	three := []warctest.Record{response(1), response(2), response(3)}
	all := []string{warctest.ID(1), warctest.ID(2), warctest.ID(3)}
	tests := []struct {
		name   string
		damage func(data []byte, offsets []int64) []byte
		ids    []string
		errAt  func(offsets []int64, size int) []int64 // the offsets of the errors
	}{
		{"intact", func(d []byte, _ []int64) []byte { return d }, all, nil},
		{"truncated tail", func(d []byte, _ []int64) []byte { return d[:len(d)-40] }, all[:2],
			func(o []int64, _ int) []int64 { return o[2:] }},
		{"cut after a header", func(d []byte, o []int64) []byte { return d[:o[2]+30] }, all[:2],
			func(o []int64, _ int) []int64 { return o[2:] }},
		{"garbage tail", func(d []byte, _ []int64) []byte { return append(bytes.Clone(d), "not a record at all"...) }, all,
			func(_ []int64, size int) []int64 { return []int64{int64(size)} }},
		{"blank tail", func(d []byte, _ []int64) []byte { return append(bytes.Clone(d), "\r\n\r\n"...) }, all, nil},
		{"hole in the middle", func(d []byte, o []int64) []byte {
			return append(bytes.Clone(d[:o[1]+20]), d[o[1]+60:]...)
		}, []string{all[0], all[2]}, func(o []int64, _ int) []int64 { return o[1:2] }},
		{"garbage before", func(d []byte, _ []int64) []byte { return append([]byte("junk"), d...) }, all,
			func(_ []int64, _ int) []int64 { return []int64{0} }},
	}
	for _, gz := range []bool{false, true} {
		data, offsets, err := warctest.Bytes(gz, three...)
		require.NoError(t, err)
		for _, tt := range tests {
			t.Run(tt.name+map[bool]string{false: "", true: ".gz"}[gz], func(t *testing.T) {
				damaged := tt.damage(data, offsets)
				recs, errs := readAll(t, damaged)
				assert.Equal(t, tt.ids, ids(recs))
				var want []int64
				if tt.errAt != nil {
					want = tt.errAt(offsets, len(data))
				}
				var got []int64
				for _, e := range errs {
					got = append(got, e.Offset)
					assert.Equal(t, "a.warc", e.Source)
				}
				if tt.name == "garbage before" {
					// The intact records now start 4 bytes later.
					for i := range recs {
						assert.Equal(t, offsets[i]+4, recs[i].Offset)
					}
				}
				assert.Equal(t, want, got)
			})
		}
	}
}

// TestReaderWholeFileGzip reads an archive compressed as one gzip member:
// no record is lost, and each is at the member's offset, 0.
func TestReaderWholeFileGzip(t *testing.T) {
	plain, _, err := warctest.Bytes(false, response(1), response(2), response(3))
	require.NoError(t, err)
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err = zw.Write(plain)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	recs, errs := readAll(t, b.Bytes())
	assert.Empty(t, errs)
	assert.Equal(t, []string{warctest.ID(1), warctest.ID(2), warctest.ID(3)}, ids(recs))
	for _, r := range recs {
		assert.Zero(t, r.Offset)
	}
}

// TestReaderMixed reads plain and compressed records in one archive.
func TestReaderMixed(t *testing.T) {
	gz, _, err := warctest.Bytes(true, response(1))
	require.NoError(t, err)
	plain, _, err := warctest.Bytes(false, response(2))
	require.NoError(t, err)
	recs, errs := readAll(t, append(append(bytes.Clone(gz), plain...), gz...))
	assert.Empty(t, errs)
	assert.Equal(t, []string{warctest.ID(1), warctest.ID(2), warctest.ID(1)}, ids(recs))
	assert.Equal(t, []int64{0, int64(len(gz)), int64(len(gz) + len(plain))}, []int64{recs[0].Offset, recs[1].Offset, recs[2].Offset})
}

// failingReader fails after its data.
type failingReader struct{ r io.Reader }

var errDisk = errors.New("disk on fire")

func (f failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, errDisk
	}
	return n, err
}

func TestReaderReadError(t *testing.T) {
	data, offsets, err := warctest.Bytes(true, response(1), response(2))
	require.NoError(t, err)
	r := warc.NewReader(failingReader{bytes.NewReader(data[:offsets[1]+10])}, "", warc.Options{})
	rec, err := r.Next()
	require.NoError(t, err)
	assert.Equal(t, warctest.ID(1), rec.ID)
	_, err = r.Next()
	assert.ErrorIs(t, err, errDisk)
	var ce *warc.CorruptError
	require.ErrorAs(t, err, &ce)
	assert.Equal(t, offsets[1]+10, ce.Offset, "the offset reached")
	_, err = r.Next()
	assert.Equal(t, io.EOF, err, "the failure is reported once")

	sum, err := warc.Process(failingReader{bytes.NewReader(data[:offsets[1]+10])}, "", warc.Options{}, func(warc.Result) error { return nil })
	assert.ErrorIs(t, err, errDisk)
	assert.Equal(t, warc.Summary{Records: 2, Extracted: 1, Failed: 1}, sum)
}
