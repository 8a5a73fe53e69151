// Package readall reads a reader to its end into one buffer sized from a
// hint, for the library's and the CLI's input readers.
package readall

import "io"

// UpTo reads r to its end into a buffer that starts with room for size
// bytes (at least one) and grows as io.ReadAll's does. With size one more
// than the length of the data, as a caller that knows that length passes,
// the data is read with no copy and the end is found with one more read.
// It returns the data read before an error other than io.EOF, with that
// error.
func UpTo(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, max(size, 1))
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}
