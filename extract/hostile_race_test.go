//go:build race

package extract

// raceEnabled reports whether the tests run under the race detector, which
// makes code five to twenty times slower.
const raceEnabled = true
