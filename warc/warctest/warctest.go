// Package warctest writes WARC archives for tests, with the WARC
// library's record builder and marshaler, so that no test downloads one.
package warctest

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/klauspost/compress/gzip"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// A Record is one record to write.
type Record struct {
	// Type is the record's WARC-Type.
	Type gowarc.RecordType
	// ID is the WARC-Record-ID, "<urn:uuid:…>"; a random one when empty.
	ID string
	// TargetURI is the WARC-Target-URI, left out when empty.
	TargetURI string
	// ContentType is the WARC Content-Type of the block; for a response,
	// "application/http; msgtype=response" when empty.
	ContentType string
	// Block is the record's content block: for a response, the HTTP
	// response as HTTPResponse makes it.
	Block []byte
}

// ID returns a valid record ID numbered n, "<urn:uuid:…n>".
func ID(n int) string {
	return fmt.Sprintf("<urn:uuid:00000000-0000-4000-8000-%012d>", n)
}

// HTTPResponse returns an HTTP/1.1 response with the status code, the
// header lines ("Name: value") and the body.
func HTTPResponse(status int, header []string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d Status\r\n", status)
	for _, h := range header {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// date is the WARC-Date of every record, so that archives are
// reproducible.
var date = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// Write writes the records to w as a WARC archive, each record in a gzip
// member of its own when gz is true. It returns the byte offset at which
// each record starts.
func Write(w io.Writer, gz bool, records ...Record) ([]int64, error) {
	cw := &countingWriter{w: w}
	m := gowarc.NewMarshaler()
	offsets := make([]int64, 0, len(records))
	for i, r := range records {
		offsets = append(offsets, cw.n)
		wr, err := build(r)
		if err != nil {
			return offsets, fmt.Errorf("record %d: %w", i, err)
		}
		if gz {
			zw := gzip.NewWriter(cw)
			_, _, err = m.Marshal(zw, wr, 0)
			if err == nil {
				err = zw.Close()
			}
		} else {
			_, _, err = m.Marshal(cw, wr, 0)
		}
		_ = wr.Close()
		if err != nil {
			return offsets, fmt.Errorf("record %d: %w", i, err)
		}
	}
	return offsets, nil
}

// Bytes is Write to memory.
func Bytes(gz bool, records ...Record) ([]byte, []int64, error) {
	var b bytes.Buffer
	offsets, err := Write(&b, gz, records...)
	return b.Bytes(), offsets, err
}

func build(r Record) (gowarc.WarcRecord, error) {
	b := gowarc.NewRecordBuilder(r.Type, gowarc.WithAddMissingDigest(true), gowarc.WithAddMissingRecordId(true))
	if _, err := b.Write(r.Block); err != nil {
		return nil, err
	}
	if r.ID != "" {
		b.AddWarcHeader(gowarc.WarcRecordID, r.ID)
	}
	b.AddWarcHeaderTime(gowarc.WarcDate, date)
	if r.TargetURI != "" {
		b.AddWarcHeader(gowarc.WarcTargetURI, r.TargetURI)
	}
	ct := r.ContentType
	if ct == "" && r.Type == gowarc.Response {
		ct = "application/http; msgtype=response"
	}
	if ct != "" {
		b.AddWarcHeader(gowarc.ContentType, ct)
	}
	wr, validation, err := b.Build()
	if err != nil {
		return nil, err
	}
	if len(validation) > 0 {
		_ = wr.Close()
		return nil, fmt.Errorf("invalid record: %v", validation)
	}
	return wr, nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
