package extract

import "errors"

// Errors returned by the front ends and the pipeline. They are sentinels:
// test for them with errors.Is, since the returned error usually wraps one of
// them with details about the input.
var (
	// ErrEmpty reports an input that holds no text at all.
	ErrEmpty = errors.New("extract: empty input")

	// ErrTooLarge reports an input longer than the pipeline's byte limit
	// (see WithMaxBytes).
	ErrTooLarge = errors.New("extract: input too large")

	// ErrNotText reports an input that is not text: it holds NUL bytes or
	// is mostly invalid UTF-8 after charset decoding, as an image, a PDF or
	// a compressed file does.
	ErrNotText = errors.New("extract: input is not text")

	// ErrBinary is ErrNotText under its former name: errors.Is matches
	// either with the other.
	ErrBinary = ErrNotText

	// ErrMalformed reports an HTML page the parser cannot read, even
	// after its deepest nesting is flattened. The returned error wraps it
	// with the parser's message.
	ErrMalformed = errors.New("extract: cannot parse HTML")

	// ErrNoContent reports that every block was removed, so the article has
	// no body. The *Article returned with it is still valid: its metadata
	// and Removed list explain what was found and why it went.
	ErrNoContent = errors.New("extract: no article content found")
)
