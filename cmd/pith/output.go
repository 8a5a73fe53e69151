package main

import (
	"bytes"
	"encoding/json"

	"github.com/pith-go/pith/extract"
)

// record is the JSON form of one input's article.
type record struct {
	Source string `json:"source"`
	*extract.Article
	Text string `json:"text"`
}

// render returns the output of one input in the format o asks for.
func render(o options, source string, doc *extract.Document, a *extract.Article) ([]byte, error) {
	var buf bytes.Buffer
	switch {
	case o.explain:
		err := extract.Explain(&buf, doc)
		return buf.Bytes(), err
	case o.explainHTML:
		err := extract.ExplainHTML(&buf, doc, a)
		return buf.Bytes(), err
	}
	switch o.format {
	case "markdown":
		buf.WriteString(a.Markdown())
	case "json", "jsonl":
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if o.format == "json" {
			enc.SetIndent("", "  ")
		}
		if err := enc.Encode(record{Source: source, Article: a, Text: a.Text()}); err != nil {
			return nil, err
		}
	default:
		buf.WriteString(a.Text())
		buf.WriteByte('\n')
	}
	return buf.Bytes(), nil
}

// headed reports whether each input's output starts with a "==> path <=="
// line when there are several inputs.
func (o options) headed() bool {
	return o.explain || o.format == "text" || o.format == "markdown"
}
