package dataset

import (
	"os"
	"path/filepath"
	"strings"
)

// Turku loads the annotated plain-text dumps of one language of the Turku
// boilerplate corpus from dir (e.g. turku/fr). See [ParseTurku] for the file
// format.
func Turku(dir string) ([]Page, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		p := ParseTurku(string(data))
		p.ID = strings.TrimSuffix(filepath.Base(f), ".txt")
		p.Path = f
		pages = append(pages, p)
	}
	sortPages(pages)
	return pages, nil
}

// ParseTurku splits an annotated Turku dump into the page input and the
// gold text. Lines starting with "##" (the "##ID", "## <url>" and "##END OF
// TEXT" headers) are dropped, taking the URL from the "## " line; the
// "#0#" (boilerplate) and "#1#" (article) prefixes are stripped from the
// input, and the gold is the "#1#" lines joined by "\n". Other lines are
// input only.
func ParseTurku(dump string) Page {
	var input, gold []string
	var url string
	for line := range strings.Lines(dump) {
		line = strings.TrimRight(line, "\r\n")
		switch {
		case strings.HasPrefix(line, "##"):
			if rest, ok := strings.CutPrefix(line, "## "); ok && url == "" {
				url = strings.TrimSpace(rest)
			}
		case strings.HasPrefix(line, "#1#"):
			input = append(input, line[3:])
			gold = append(gold, line[3:])
		case strings.HasPrefix(line, "#0#"):
			input = append(input, line[3:])
		default:
			input = append(input, line)
		}
	}
	return Page{
		URL:   url,
		Input: []byte(strings.Join(input, "\n")),
		Gold:  strings.Join(gold, "\n"),
	}
}
