package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/pith-go/pith/extract"
	"github.com/pith-go/pith/warc"
)

func init() {
	register.DoFn4x1[context.Context, fileio.ReadableFile, func(warc.Record), func(string), error](&readArchiveFn{})
	register.DoFn3x1[context.Context, warc.Record, func(string), error](&extractFn{})
	register.Emitter1[warc.Record]()
	register.Emitter1[string]()
}

// config is what the pipeline's steps need of the command line. Its
// fields are exported so that Beam can ship them to the workers.
type config struct {
	// MaxBytes is the largest payload read and extracted; 0 is pith's
	// default.
	MaxBytes int64
	// Lang fixes the pages' language instead of detecting it.
	Lang string
}

// build adds the pipeline to s: the WARC archives matching the glob
// input, their records, the extraction of each (spread over the workers)
// and the JSONL file output, one line per record and per unreadable
// stretch of an archive, in no particular order.
func build(s beam.Scope, input, output string, c config) {
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, input), fileio.ReadUncompressed())
	// The gzip members are framed by the warc package, so that record
	// offsets are offsets in the file as stored.
	records, damage := beam.ParDo2(s, &readArchiveFn{MaxBytes: c.MaxBytes}, files)
	lines := beam.ParDo(s, &extractFn{MaxBytes: c.MaxBytes, Lang: c.Lang}, beam.Reshuffle(s, records))
	textio.Write(s, output, beam.Flatten(s, lines, damage))
}

// Counters: every record is counted once, by its outcome.
var counters = map[warc.Status]beam.Counter{
	warc.StatusExtracted: beam.NewCounter("pith", "extracted"),
	warc.StatusEmpty:     beam.NewCounter("pith", "empty"),
	warc.StatusSkipped:   beam.NewCounter("pith", "skipped"),
	warc.StatusFailed:    beam.NewCounter("pith", "failed"),
}

var records = beam.NewCounter("pith", "records")

// readArchiveFn reads the records of one archive. A stretch it cannot
// read gives the JSON line of a failed result on its second output, so
// that nothing goes uncounted.
type readArchiveFn struct {
	MaxBytes int64
}

func (fn *readArchiveFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(warc.Record), emitDamage func(string)) error {
	rc, err := file.Open(ctx)
	if err != nil {
		return fmt.Errorf("opening %s: %w", file.Metadata.Path, err)
	}
	defer rc.Close()
	r := warc.NewReader(rc, file.Metadata.Path, warc.Options{MaxBytes: fn.MaxBytes})
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return nil
		}
		var ce *warc.CorruptError
		if errors.As(err, &ce) {
			res := warc.Result{Record: warc.Record{Source: ce.Source, Offset: ce.Offset}, Status: warc.StatusFailed, Err: ce, Reason: ce.Error()}
			line, err := count(ctx, res)
			if err != nil {
				return err
			}
			emitDamage(line)
			continue
		}
		if err != nil {
			return err
		}
		emit(rec)
	}
}

// count counts a result and returns its JSON line.
func count(ctx context.Context, res warc.Result) (string, error) {
	records.Inc(ctx, 1)
	counters[res.Status].Inc(ctx, 1)
	line, err := res.JSONL()
	if err != nil {
		return "", fmt.Errorf("record %s of %s: %w", res.ID, res.Source, err)
	}
	return strings.TrimSuffix(string(line), "\n"), nil
}

// extractFn runs pith over one record and writes its JSON line.
type extractFn struct {
	MaxBytes int64
	Lang     string
}

func (fn *extractFn) ProcessElement(ctx context.Context, rec warc.Record, emit func(string)) error {
	o := warc.Options{MaxBytes: fn.MaxBytes}
	if fn.Lang != "" {
		o.Pipeline = []extract.Option{extract.WithLanguage(fn.Lang)}
	}
	line, err := count(ctx, warc.Extract(rec, o))
	if err != nil {
		return err
	}
	emit(line)
	return nil
}
