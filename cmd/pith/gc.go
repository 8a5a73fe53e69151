package main

import "runtime/debug"

// batchGCPercent is the garbage collector's target the CLI runs with when
// the GOGC environment variable does not set one: the heap may grow to
// three times what is live, not twice (Go's default of 100). A batch run
// keeps little alive (at most the pages in flight, see -j) and allocates
// much, so with the default the collector runs often and costs about a
// tenth of the CPU time; at 200 it costs about half as much, for a few
// megabytes more of peak memory.
const batchGCPercent = 200

// tuneGC sets the collector's target to batchGCPercent, unless getenv
// says GOGC is set: the user's setting wins.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(batchGCPercent)
	}
}
