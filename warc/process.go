package warc

import (
	"errors"
	"io"
	"sync"
)

// Process reads the archive from r and extracts its records, up to
// o.Workers at a time, and calls emit with each Result in archive order,
// from the calling goroutine; source names the archive. It returns the
// counts of what was emitted.
//
// A record or stretch of the archive that cannot be read gives one failed
// Result, and reading goes on with the next record found; the returned
// error then joins the *CorruptError of each. When emit returns an error,
// Process stops and returns it. At most 2*o.Workers records are held in
// memory, each with at most o.MaxBytes+1 bytes of payload, besides the
// one being read and the one being emitted.
func Process(r io.Reader, source string, o Options, emit func(Result) error) (Summary, error) {
	workers := o.workers()
	pending := make(chan chan Result, workers)
	stop := make(chan struct{})
	var corrupt []error
	var wg sync.WaitGroup
	go func() {
		defer close(pending)
		corrupt = produce(NewReader(r, source, o), o, workers, pending, stop, &wg)
	}()
	var sum Summary
	var emitErr error
	for ch := range pending {
		res := <-ch
		if emitErr != nil {
			continue
		}
		sum.Add(res)
		if emitErr = emit(res); emitErr != nil {
			close(stop)
		}
	}
	wg.Wait()
	if emitErr != nil {
		return sum, emitErr
	}
	return sum, errors.Join(corrupt...)
}

// produce reads the records, starts their extraction and queues their
// results on pending in archive order, until the archive ends or stop is
// closed. It returns the errors of the stretches it could not read.
func produce(rd *Reader, o Options, workers int, pending chan<- chan Result, stop <-chan struct{}, wg *sync.WaitGroup) []error {
	var corrupt []error
	slots := make(chan struct{}, workers)
	for {
		rec, err := rd.Next()
		if err == io.EOF {
			return corrupt
		}
		ch := make(chan Result, 1)
		if err != nil {
			corrupt = append(corrupt, err)
			ch <- Result{Record: Record{Source: rd.source, Offset: offsetOf(err)}, Status: StatusFailed, Err: err, Reason: err.Error()}
		} else {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return corrupt
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				ch <- Extract(rec, o)
				<-slots
			}()
		}
		select {
		case pending <- ch:
		case <-stop:
			return corrupt
		}
	}
}

// offsetOf is the offset of a *CorruptError.
func offsetOf(err error) int64 {
	var ce *CorruptError
	if errors.As(err, &ce) {
		return ce.Offset
	}
	return 0
}
