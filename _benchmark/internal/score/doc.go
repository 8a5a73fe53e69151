// Package score turns the raw results of a benchmark run into per-library
// summaries and per-page rows, with the shingle metric ([Shingle]) or the
// snippet metric ([Snippet]).
package score
