// Command beam runs pith over WARC archives on Apache Beam: it reads the
// archives matching -input, extracts the article of every HTML response
// and WET conversion record, and writes one line of JSON per record to
// -output (see warc.Result.JSONL). The lines are in no particular order.
//
// Usage:
//
//	go run . -input 'crawl/*.warc.gz' -output pages.jsonl [-runner direct]
//
// Without -runner it runs in process on Beam's direct runner. See
// README.md for Dataflow, Flink and Spark.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
)

func main() {
	input := flag.String("input", "", "glob of the WARC archives (.warc, .warc.gz) to read, on any Beam file system")
	output := flag.String("output", "", "JSONL file to write")
	maxBytes := flag.Int64("max-bytes", 0, "largest payload extracted, in bytes (0: pith's default, 32 MiB)")
	lang := flag.String("lang", "", "fix the pages' language (ISO 639-1) instead of detecting it")
	flag.Parse()
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "usage: beam -input GLOB -output FILE [-runner direct|dataflow|flink|spark|…]")
		os.Exit(2)
	}
	if *runners.Runner == "" {
		// In process and on no port, unlike Beam's default (Prism, whose
		// job server listens on every interface).
		*runners.Runner = "direct"
	}
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	build(s, *input, *output, config{MaxBytes: *maxBytes, Lang: *lang})
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintf(os.Stderr, "beam: %v\n", err)
		os.Exit(1)
	}
}
