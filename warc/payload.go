package warc

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"strings"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"github.com/pith-go/pith/extract"
	"golang.org/x/net/html/charset"
)

// decodePayload undoes the HTTP transfer and content encodings of a
// record's payload, and fails with extract.ErrTooLarge when the payload,
// or the decoded page, is longer than maxBytes.
//
// Archives differ in what they store: some keep the payload as sent,
// others decode it and keep the headers. So a payload that does not parse
// as chunked, or does not start like gzip or zlib data, is taken as
// already decoded.
func decodePayload(rec Record, maxBytes int64) ([]byte, error) {
	data := rec.Payload
	if err := checkSize(data, maxBytes); err != nil {
		return nil, err
	}
	if hasToken(rec.TransferEncoding, "chunked") {
		if plain, err := readAtMost(httputil.NewChunkedReader(bufio.NewReader(bytes.NewReader(data))), maxBytes); err == nil {
			data = plain
		} else if errors.Is(err, extract.ErrTooLarge) {
			return nil, err
		}
	}
	for _, coding := range tokens(rec.ContentEncoding) {
		r, err := decoder(coding, data)
		if err != nil {
			return nil, err
		}
		if r == nil {
			continue
		}
		data, err = readAtMost(r, maxBytes)
		if err != nil {
			if errors.Is(err, extract.ErrTooLarge) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: bad %s content encoding: %v", extract.ErrBinary, coding, err)
		}
	}
	return data, nil
}

// decoder returns a reader of data decoded from coding, or nil when data
// is not so encoded.
func decoder(coding string, data []byte) (io.Reader, error) {
	switch coding {
	case "identity":
		return nil, nil
	case "gzip", "x-gzip":
		if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
			return nil, nil
		}
		return gzip.NewReader(bytes.NewReader(data))
	case "deflate":
		// RFC 9110 deflate is zlib data; some servers send raw deflate.
		if r, err := zlib.NewReader(bytes.NewReader(data)); err == nil {
			return r, nil
		}
		return flate.NewReader(bytes.NewReader(data)), nil
	case "zstd":
		if !bytes.HasPrefix(data, []byte{0x28, 0xb5, 0x2f, 0xfd}) {
			return nil, nil
		}
		d, err := zstd.NewReader(bytes.NewReader(data), zstd.WithDecoderConcurrency(1))
		if err != nil {
			return nil, err
		}
		return d.IOReadCloser(), nil
	}
	return nil, fmt.Errorf("content encoding %q not supported", coding)
}

// decodeText decodes a text payload to UTF-8 from the charset of its
// Content-Type; UTF-8 is assumed when there is none.
func decodeText(data []byte, contentType string) (string, error) {
	_, params, _ := mime.ParseMediaType(contentType)
	label := strings.ToLower(params["charset"])
	switch label {
	case "", "utf-8", "utf8", "us-ascii":
		return string(data), nil
	}
	enc, _ := charset.Lookup(label)
	if enc == nil {
		return "", fmt.Errorf("unknown charset %q", label)
	}
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", fmt.Errorf("%w: cannot decode from %s: %v", extract.ErrBinary, label, err)
	}
	return string(text), nil
}

func readAtMost(r io.Reader, maxBytes int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, err
	}
	return data, checkSize(data, maxBytes)
}

func checkSize(data []byte, maxBytes int64) error {
	if int64(len(data)) > maxBytes {
		return fmt.Errorf("%w: more than %d bytes", extract.ErrTooLarge, maxBytes)
	}
	return nil
}

// tokens returns the lower-cased codings of an HTTP list header, in the
// order they are to be undone (the reverse of the order applied).
func tokens(header string) []string {
	var out []string
	for _, t := range strings.Split(header, ",") {
		if t = strings.ToLower(strings.TrimSpace(t)); t != "" {
			out = append([]string{t}, out...)
		}
	}
	return out
}

func hasToken(header, token string) bool {
	for _, t := range tokens(header) {
		if t == token {
			return true
		}
	}
	return false
}
