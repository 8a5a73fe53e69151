package warc

import "fmt"

// A Summary counts the outcomes of an archive's records. Records is
// always the sum of the four others.
type Summary struct {
	Records   int `json:"records"`
	Extracted int `json:"extracted"`
	Empty     int `json:"empty"`
	Skipped   int `json:"skipped"`
	Failed    int `json:"failed"`
}

// Add counts one result.
func (s *Summary) Add(r Result) {
	s.Records++
	switch r.Status {
	case StatusExtracted:
		s.Extracted++
	case StatusEmpty:
		s.Empty++
	case StatusSkipped:
		s.Skipped++
	default:
		s.Failed++
	}
}

// Merge adds the counts of t.
func (s *Summary) Merge(t Summary) {
	s.Records += t.Records
	s.Extracted += t.Extracted
	s.Empty += t.Empty
	s.Skipped += t.Skipped
	s.Failed += t.Failed
}

// String is the summary on one line: "200 records: 150 extracted, 20
// empty, 25 skipped, 5 failed".
func (s Summary) String() string {
	return fmt.Sprintf("%d records: %d extracted, %d empty, %d skipped, %d failed",
		s.Records, s.Extracted, s.Empty, s.Skipped, s.Failed)
}
