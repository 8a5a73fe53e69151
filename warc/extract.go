package warc

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/pith-go/pith/extract"
)

// Options configure a Reader, Extract and Process. The zero value is
// ready to use.
type Options struct {
	// Workers is the number of records Process extracts at once; 0 means
	// runtime.GOMAXPROCS(0).
	Workers int
	// MaxBytes is the largest payload read and the largest page
	// extracted, before and after decoding; 0 means
	// extract.DefaultMaxBytes. A larger one fails with extract.ErrTooLarge.
	MaxBytes int64
	// Pipeline configures the extraction pipeline, as extract.New does.
	// Extract adds extract.WithMaxBytes and, for HTML,
	// extract.WithContentType with the record's HTTP Content-Type.
	Pipeline []extract.Option
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return extract.DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) workers() int {
	if o.Workers <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return o.Workers
}

// Status is the outcome of one record.
type Status int

// The outcomes. Every record has one.
const (
	// StatusExtracted is a page with an article body.
	StatusExtracted Status = iota
	// StatusEmpty is a page read without error but with no article body
	// (extract.ErrNoContent) or no text at all (extract.ErrEmpty).
	StatusEmpty
	// StatusSkipped is a record that is not a page.
	StatusSkipped
	// StatusFailed is a page that could not be read (binary, too large,
	// undecodable) or a stretch of the archive that could not be read.
	StatusFailed
)

var statusNames = [...]string{"extracted", "empty", "skipped", "failed"}

func (s Status) String() string {
	if s < 0 || int(s) >= len(statusNames) {
		return fmt.Sprintf("Status(%d)", int(s))
	}
	return statusNames[s]
}

// MarshalText writes the status by name.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// A Result is the outcome of one record, or of one stretch of an archive
// that could not be read.
type Result struct {
	// Record is the record, without its Payload. For a stretch that could
	// not be read, only Source and Offset are set.
	Record
	// Status is the outcome.
	Status Status
	// Reason says why the record is empty, skipped or failed.
	Reason string
	// Err is the error behind an empty or failed record, to test with
	// errors.Is or errors.As: an extract error, or a *CorruptError.
	Err error
	// Article is the extracted article; it is also set for a page whose
	// every block was removed (extract.ErrNoContent), to explain why.
	Article *extract.Article
}

// Extract runs the pipeline over one record: an HTML page through
// Pipeline.FromHTML with the record's HTTP Content-Type and its target
// URI, a text page through Pipeline.FromText. It is safe for concurrent
// use. A panic in an extractor is recovered as a failure of the record.
func Extract(rec Record, o Options) (res Result) {
	payload := rec.Payload
	rec.Payload = nil
	res = Result{Record: rec}
	if rec.Kind == KindSkip {
		res.Status, res.Reason = StatusSkipped, rec.Reason
		return res
	}
	defer func() {
		if v := recover(); v != nil {
			res.Article = nil
			res.fail(fmt.Errorf("internal error: %v", v))
		}
	}()
	rec.Payload = payload
	a, err := extractPage(rec, o)
	res.Article = a
	switch {
	case err == nil:
		res.Status = StatusExtracted
	case errors.Is(err, extract.ErrNoContent), errors.Is(err, extract.ErrEmpty):
		res.Status, res.Err, res.Reason = StatusEmpty, err, reason(err)
	default:
		res.Article = nil
		res.fail(err)
	}
	return res
}

func (res *Result) fail(err error) {
	res.Status, res.Err, res.Reason = StatusFailed, err, reason(err)
}

func extractPage(rec Record, o Options) (*extract.Article, error) {
	data, err := decodePayload(rec, o.maxBytes())
	if err != nil {
		return nil, err
	}
	opts := append(o.Pipeline[:len(o.Pipeline):len(o.Pipeline)], extract.WithMaxBytes(o.maxBytes()))
	if rec.Kind == KindText {
		text, err := decodeText(data, rec.ContentType)
		if err != nil {
			return nil, err
		}
		return extract.New(opts...).FromText(text)
	}
	opts = append(opts, extract.WithContentType(rec.ContentType))
	return extract.New(opts...).FromHTML(bytes.NewReader(data), rec.TargetURI)
}

// reason is the message of an error, without the package prefix.
func reason(err error) string {
	return strings.TrimPrefix(err.Error(), "extract: ")
}
