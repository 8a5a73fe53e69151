package warc

import (
	"bytes"
	"encoding/json"

	"github.com/pith-go/pith/extract"
)

// line is the JSON form of a Result.
type line struct {
	Source    string   `json:"source,omitempty"`
	Offset    int64    `json:"warc_offset"`
	ID        string   `json:"warc_record_id,omitempty"`
	TargetURI string   `json:"warc_target_uri,omitempty"`
	Type      string   `json:"warc_type,omitempty"`
	Warnings  []string `json:"warc_warnings,omitempty"`
	Status    Status   `json:"status"`
	Reason    string   `json:"reason,omitempty"`
	*extract.Article
	Text string `json:"text,omitempty"`
}

// JSONL returns the result as one line of JSON ending in a newline: the
// record's "source", "warc_offset", "warc_record_id", "warc_target_uri",
// "warc_type" and "warc_warnings"; the "status" and "reason"; then, when
// there is an article, its fields and its "text".
func (r Result) JSONL() ([]byte, error) {
	l := line{
		Source:    r.Source,
		Offset:    r.Offset,
		ID:        r.ID,
		TargetURI: r.TargetURI,
		Type:      r.Type,
		Warnings:  r.Warnings,
		Status:    r.Status,
		Reason:    r.Reason,
		Article:   r.Article,
	}
	if r.Article != nil {
		l.Text = r.Article.Text()
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(l); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
