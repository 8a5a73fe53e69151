// Package report summarises and prints benchmark results: per-library
// summaries ([Summary]), aligned text tables ([Table]), the per-page TSV file
// ([WriteTSV]) and the worst pages of a library ([Worst]).
package report
