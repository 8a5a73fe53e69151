package dataset

import (
	"encoding/json"
	"net/url"
	"path/filepath"
	"strings"
)

// Trafilatura loads the trafilatura evaluation set from dir: evaldata.json
// maps a key (usually the page URL) to the file name under html/ (stored
// gzipped), the snippets that must and must not be extracted, and the
// title, author, date and site name.
func Trafilatura(dir string) ([]Page, error) {
	var eval map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
		Title   string   `json:"title"`
		Author  names    `json:"author"`
		Date    string   `json:"date"`
		Site    string   `json:"sitename"`
	}
	if err := readJSON(filepath.Join(dir, "evaldata.json"), &eval); err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(eval))
	for key, e := range eval {
		pages = append(pages, Page{
			ID:        e.File,
			URL:       keyURL(key),
			Path:      filepath.Join(dir, "html", e.File+".gz"),
			With:      e.With,
			Without:   e.Without,
			Title:     e.Title,
			Author:    string(e.Author),
			Published: e.Date,
			SiteName:  e.Site,
		})
	}
	sortPages(pages)
	return pages, nil
}

// keyURL returns the absolute http(s) URL inside an evaldata key, or "".
// Most keys are URLs; a few are labels such as "hard::site.html" or carry a
// stray prefix ("xhttps://...").
func keyURL(key string) string {
	i := strings.Index(key, "http")
	if i < 0 {
		return ""
	}
	u, err := url.Parse(key[i:])
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// names is an author field given as one string or a list of names; the
// list is joined with "; ".
type names string

func (n *names) UnmarshalJSON(b []byte) error {
	var list []string
	if json.Unmarshal(b, &list) == nil {
		*n = names(strings.Join(list, "; "))
		return nil
	}
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*n = names(deref(s))
	return nil
}
