package extract

import "time"

// modified returns the modified date the page's markup gives: the meta
// tags (article:modified_time, og:updated_time, dateModified, ...), then
// JSON-LD's dateModified, then an element marked itemprop=dateModified
// (its datetime, content or text); zero when none parses. It is only the last
// source of the publication date, taken when the page gives no other
// (see Byline): an updated page was at least online by then.
func (m *pageMeta) modified() time.Time {
	cands := []string{
		m.prop("article:modified_time", "og:updated_time", "og:article:modified_time",
			"datemodified", "last-modified", "dcterms.modified", "dc.date.modified"),
		m.ld.modified,
	}
	for _, c := range append(cands, m.moddates...) {
		if t := parseMetaDate(c); !t.IsZero() {
			return localMidnight(t)
		}
	}
	return time.Time{}
}
