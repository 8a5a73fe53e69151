// Package run executes extractor calls for the benchmark programs: each call
// is protected against panics and hangs and timed on its own ([Call]), and
// pages are spread over a fixed pool of workers ([Parallel]).
package run
