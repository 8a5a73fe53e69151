package extract

import (
	"html"
	"net/url"
	"strconv"
	"strings"
)

// HTML returns the article as a fragment of clean, semantic HTML for a
// reader view: no <html> or <body> element, no attributes but href and
// the lead's class.
//
// It holds the title as <h1> when known, the lead as <p class="lead"> (the
// kicker is left out; it is in Article.Kicker), then the body: <p>,
// <h2>..<h6> (level 1 and unknown levels become <h2>, since <h1> is the
// title), consecutive list items grouped into <ul> or <ol> and nested by
// level, <blockquote>, <pre><code> and <table> with one <tr> per row.
//
// A block's Links are rendered as <a> where the link's text occurs in the
// block's text, in order, with the URL made absolute against Article.URL.
// Only http, https and mailto links are kept; others, and relative URLs
// when Article.URL is unknown, are left out and their text kept. All text
// and attributes are escaped.
func (a *Article) HTML() string {
	w := htmlWriter{base: parseBase(a.URL)}
	if a.Title != "" {
		w.element("h1", a.Title, nil)
	}
	for p := range strings.SplitSeq(a.Lead, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			w.sb.WriteString(`<p class="lead">`)
			w.sb.WriteString(html.EscapeString(p))
			w.sb.WriteString("</p>\n")
		}
	}
	for _, b := range a.Body {
		if b.Kind == ListItem {
			w.listItem(b)
			continue
		}
		w.closeLists(0)
		switch b.Kind {
		case Heading:
			w.element("h"+strconv.Itoa(headingLevel(b.Level)), b.Text, b.Links)
		case Quote:
			w.sb.WriteString("<blockquote>")
			w.element("p", b.Text, b.Links)
			w.sb.WriteString("</blockquote>\n")
		case Code:
			w.sb.WriteString("<pre><code>")
			w.sb.WriteString(html.EscapeString(b.Text))
			w.sb.WriteString("</code></pre>\n")
		case Table:
			w.table(tableRows(b))
		default:
			w.element("p", b.Text, b.Links)
		}
	}
	w.closeLists(0)
	return w.sb.String()
}

// htmlWriter builds the HTML of an article.
type htmlWriter struct {
	sb   strings.Builder
	base *url.URL // the page URL; nil when unknown or invalid
	// lists holds the open lists, outermost first: true for <ol>. Each
	// open list has one open <li>.
	lists []bool
}

// element writes <tag>text</tag> with the links rendered inside.
func (w *htmlWriter) element(tag, text string, links []Link) {
	w.sb.WriteString("<" + tag + ">")
	w.inline(text, links)
	w.sb.WriteString("</" + tag + ">\n")
}

// inline writes text, escaped, with each link whose text occurs in it
// (after the previous link) made an <a> element.
func (w *htmlWriter) inline(text string, links []Link) {
	for _, l := range links {
		href := w.resolve(l.URL)
		if l.Text == "" || href == "" {
			continue
		}
		i := strings.Index(text, l.Text)
		if i < 0 {
			continue
		}
		w.sb.WriteString(html.EscapeString(text[:i]))
		w.sb.WriteString(`<a href="`)
		w.sb.WriteString(html.EscapeString(href))
		w.sb.WriteString(`">`)
		w.sb.WriteString(html.EscapeString(l.Text))
		w.sb.WriteString("</a>")
		text = text[i+len(l.Text):]
	}
	w.sb.WriteString(html.EscapeString(text))
}

// listItem writes one list item, opening and closing lists so that the
// item sits at its nesting level in a list of its kind.
func (w *htmlWriter) listItem(b Block) {
	level := max(b.Level, 1)
	w.closeLists(level)
	if len(w.lists) == level {
		if w.lists[level-1] == b.Ordered {
			w.sb.WriteString("</li>\n")
		} else {
			w.closeLists(level - 1)
		}
	}
	for len(w.lists) < level {
		if len(w.lists) < level-1 {
			// A level the page skipped: an unordered list whose only
			// item holds the deeper list.
			w.lists = append(w.lists, false)
			w.sb.WriteString("<ul>\n<li>")
			continue
		}
		w.lists = append(w.lists, b.Ordered)
		w.sb.WriteString(listTag(b.Ordered, false))
	}
	w.sb.WriteString("<li>")
	w.inline(b.Text, b.Links)
}

// closeLists closes the open lists nested deeper than keep.
func (w *htmlWriter) closeLists(keep int) {
	for len(w.lists) > keep {
		last := len(w.lists) - 1
		w.sb.WriteString("</li>\n")
		w.sb.WriteString(listTag(w.lists[last], true))
		w.lists = w.lists[:last]
	}
}

func listTag(ordered, closing bool) string {
	switch {
	case ordered && closing:
		return "</ol>\n"
	case ordered:
		return "<ol>\n"
	case closing:
		return "</ul>\n"
	default:
		return "<ul>\n"
	}
}

// table writes rows as a <table>, one <td> per cell.
func (w *htmlWriter) table(rows [][]string) {
	if len(rows) == 0 {
		return
	}
	w.sb.WriteString("<table>\n<tbody>\n")
	for _, r := range rows {
		w.sb.WriteString("<tr>")
		for _, c := range r {
			w.sb.WriteString("<td>")
			w.sb.WriteString(html.EscapeString(c))
			w.sb.WriteString("</td>")
		}
		w.sb.WriteString("</tr>\n")
	}
	w.sb.WriteString("</tbody>\n</table>\n")
}

// resolve returns ref made absolute against the page URL, or "" when it
// is not an http, https or mailto URL.
func (w *htmlWriter) resolve(ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ""
	}
	if w.base != nil {
		u = w.base.ResolveReference(u)
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return ""
		}
		return u.String()
	case "mailto":
		return u.String()
	default:
		return ""
	}
}

// parseBase parses the page URL, returning nil unless it is absolute.
func parseBase(pageURL string) *url.URL {
	u, err := url.Parse(pageURL)
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}
