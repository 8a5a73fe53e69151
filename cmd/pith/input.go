package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pith-go/pith/extract"
	"github.com/pith-go/pith/internal/readall"
)

// maxInputBytes is the largest input accepted, after decompression.
const maxInputBytes = extract.DefaultMaxBytes

// sniffBytes is how much of an input is looked at to tell HTML from text.
const sniffBytes = 4096

// An input is one page to process.
type input struct {
	path string // as given; "-" for standard input
	data []byte // decompressed
}

// readFile reads the named file, decompressing gzip data.
func readFile(path string) (input, error) {
	f, err := os.Open(path)
	if err != nil {
		return input{}, err
	}
	defer f.Close()
	size := int64(0)
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	data, err := readSized(f, size)
	if err != nil {
		return input{}, err
	}
	return input{path: path, data: data}, nil
}

// readLimited reads r to its end, decompressing gzip data, and fails with
// extract.ErrTooLarge beyond maxInputBytes.
func readLimited(r io.Reader) ([]byte, error) { return readSized(r, 0) }

// readSized is readLimited for a reader of size bytes, or of unknown size
// when size is 0: the data is read into one buffer of that size, and
// gzip data into one of the size its trailer gives. Either size is only a
// hint: a wrong one costs copies, not errors.
func readSized(r io.Reader, size int64) ([]byte, error) {
	data, err := readAtMost(r, size)
	if err != nil || !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		return data, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	data, err = readAtMost(zr, gzipSize(data))
	if err != nil && !errors.Is(err, extract.ErrTooLarge) {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	return data, err
}

// gzipSize returns the decompressed size gzip data gives in its trailer
// (modulo 2^32, and that of the last member only), or 0 when it is too
// short to have one. The size is capped at what deflate can reach from
// data's length (a ratio of 1032 to 1), so that a small file that lies
// about its size is not given a large buffer.
func gzipSize(data []byte) int64 {
	if len(data) < 18 { // a header of 10 bytes and a trailer of 8
		return 0
	}
	return min(int64(binary.LittleEndian.Uint32(data[len(data)-4:])), maxDeflateRatio*int64(len(data)))
}

// maxDeflateRatio is the largest ratio of decompressed to compressed size
// that deflate data can have.
const maxDeflateRatio = 1032

// readAtMost reads r to its end, and fails with extract.ErrTooLarge beyond
// maxInputBytes. size, when above 0, is the expected length.
func readAtMost(r io.Reader, size int64) ([]byte, error) {
	hint := 512
	if size > 0 {
		hint = int(min(size, maxInputBytes) + 1)
	}
	data, err := readall.UpTo(io.LimitReader(r, maxInputBytes+1), hint)
	if err != nil {
		return nil, err
	}
	if len(data) > maxInputBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", extract.ErrTooLarge, maxInputBytes)
	}
	return data, nil
}

// isHTML tells an HTML page from a text dump, by the file name's extension
// and then by the content.
func (in input) isHTML() bool {
	name := strings.TrimSuffix(strings.ToLower(in.path), ".gz")
	switch filepath.Ext(name) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return sniffHTML(in.data)
}

// htmlStarts are the lower-cased openings that mark an HTML page.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body"}

// sniffHTML reports whether data starts like an HTML page, after any
// byte-order mark, white space and comments.
func sniffHTML(data []byte) bool {
	s := string(data[:min(len(data), sniffBytes)])
	s = strings.TrimPrefix(s, "\uFEFF")
	for {
		s = strings.TrimLeft(s, " \t\r\n\f")
		if !strings.HasPrefix(s, "<!--") {
			break
		}
		end := strings.Index(s, "-->")
		if end < 0 {
			return false
		}
		s = s[end+len("-->"):]
	}
	s = strings.ToLower(s[:min(len(s), len("<!doctype html"))])
	for _, start := range htmlStarts {
		if strings.HasPrefix(s, start) {
			return true
		}
	}
	return false
}

// document reads the input's Document with p, an HTML page decoded from
// its byte-order mark or meta tags (see extract.Pipeline.ReadHTML) or a
// text dump. It stops with ctx's error once ctx is done.
func (in input) document(ctx context.Context, p *extract.Pipeline, pageURL string) (*extract.Document, error) {
	if in.isHTML() {
		return p.ReadHTML(ctx, bytes.NewReader(in.data), pageURL)
	}
	return p.ReadText(ctx, bytes.NewReader(in.data))
}
