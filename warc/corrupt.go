package warc

import "fmt"

// A CorruptError reports a stretch of an archive that cannot be read as
// WARC records: a truncated record or gzip member, data that is not a
// record, or a failure to read the archive itself.
type CorruptError struct {
	// Source names the archive.
	Source string
	// Offset is the byte offset in the archive where the damage starts:
	// the start of the record or gzip member that could not be read, or of
	// the data that is not a record.
	Offset int64
	// Err says what is wrong.
	Err error
}

func (e *CorruptError) Error() string {
	if e.Source == "" {
		return fmt.Sprintf("warc: corrupt archive at byte offset %d: %v", e.Offset, e.Err)
	}
	return fmt.Sprintf("warc: %s: corrupt archive at byte offset %d: %v", e.Source, e.Offset, e.Err)
}

func (e *CorruptError) Unwrap() error { return e.Err }
