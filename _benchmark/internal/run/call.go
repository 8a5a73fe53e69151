package run

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"
)

// ErrTimeout is returned by [Call] when the call did not finish in time.
var ErrTimeout = errors.New("run: timeout")

// Output is what an extractor produced for one page. Title, Lang, Author
// (names separated by "; "), Published (YYYY-MM-DD, or "") and SiteName
// feed the metadata checks; Lead and Text the text metrics.
type Output struct {
	Title, Lead, Text, Lang     string
	Author, Published, SiteName string
}

// Result is the outcome of one protected call. When Err is set, Output is
// empty and the page is scored as an empty prediction.
type Result struct {
	Output
	// Dur is the wall time of the call alone, or the timeout when it hung.
	Dur time.Duration
	Err error
}

// Call runs fn on its own goroutine and waits at most timeout for it. A panic
// becomes an error carrying the panic value and the top of its stack. A
// call that times out keeps running in the background, since Go cannot stop
// a goroutine; its eventual result is discarded.
func Call(timeout time.Duration, fn func() (Output, error)) Result {
	done := make(chan Result, 1)
	go func() {
		start := time.Now()
		var res Result
		defer func() {
			if v := recover(); v != nil {
				res = Result{Err: fmt.Errorf("run: panic: %v\n%s", v, stackTop(debug.Stack()))}
			}
			res.Dur = time.Since(start)
			done <- res
		}()
		res.Output, res.Err = fn()
		if res.Err != nil {
			res.Output = Output{}
		}
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case res := <-done:
		return res
	case <-timer.C:
		return Result{Dur: timeout, Err: fmt.Errorf("%w after %v", ErrTimeout, timeout)}
	}
}

// stackTop returns the first lines of a stack trace, enough to locate a
// panic without flooding the report.
func stackTop(stack []byte) []byte {
	const maxLen = 2000
	if len(stack) > maxLen {
		return stack[:maxLen]
	}
	return stack
}
