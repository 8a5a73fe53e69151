package warc_test

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/pith-go/pith/warc"
)

// benchArchive is the test crawl, compressed and intact.
func benchArchive(b *testing.B) []byte {
	b.Helper()
	data, _, _ := wholeCrawl(b, true)
	return data
}

// BenchmarkRead reads the records of the test crawl without extracting
// them: the part of Process that runs on one goroutine.
func BenchmarkRead(b *testing.B) {
	data := benchArchive(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		r := warc.NewReader(bytes.NewReader(data), "", warc.Options{})
		for {
			if _, err := r.Next(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkProcess reads and extracts the test crawl with one and two
// workers.
func BenchmarkProcess(b *testing.B) {
	data := benchArchive(b)
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				_, err := warc.Process(bytes.NewReader(data), "", warc.Options{Workers: workers}, func(warc.Result) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
