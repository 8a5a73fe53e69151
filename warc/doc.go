// Package warc runs the pith pipeline over the records of WARC archives
// (ISO 28500, versions 1.0 and 1.1), plain (.warc) or gzip-compressed
// (.warc.gz, one member per record or the whole file in one member).
//
// A Reader reads the records of one archive in order, and Extract turns
// one record into a Result; Process does both, with several records
// extracted at once and the results delivered in archive order. Records
// are routed by type:
//
//   - a response record whose HTTP payload is HTML (by its Content-Type,
//     or sniffed when there is none) goes to the HTML front end, with the
//     HTTP Content-Type passed on so that its charset decodes the page;
//   - a conversion record in text/plain, as in Common Crawl's WET files,
//     goes to the text front end;
//   - every other record (warcinfo, request, metadata, revisit, images,
//     redirects, error pages…) is skipped with its reason.
//
// Nothing is dropped without a count: every record, and every stretch of
// the archive that cannot be read, gives one Result whose Status is
// extracted, empty, skipped or failed, with a reason for all but the
// first. A truncated or corrupt archive yields the records read up to the
// damage, a failed Result for the damage, the records found after it,
// and a *CorruptError naming the byte offset where reading failed.
//
// Records are parsed by github.com/nlnwa/gowarc/v3; this package frames
// the gzip members itself, so that a member holding several records
// loses none.
//
// Files: reader.go (Reader, Record: framing and routing), corrupt.go
// (CorruptError), payload.go (HTTP payload decoding), extract.go
// (Extract, Result, Status), summary.go (Summary), jsonl.go (the JSON
// line of a Result), process.go (Process: ordered parallel extraction).
package warc
