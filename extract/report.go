package extract

import (
	"fmt"
	"hash/fnv"
	"html/template"
	"io"
	"slices"
	"strings"
)

// ExplainHTML writes a self-contained HTML page that shows every decision
// taken on doc, to be called after Pipeline.Run with the Article it
// returned (a may be nil; the header then comes from doc).
//
// The page has a header with the title, site, language, authors and date,
// a legend counting the blocks per verdict and per extractor, then every
// block of the page in reading order: kept blocks in green, the lead and
// kicker in blue, removed blocks in red with a mark in their extractor's
// colour. A side column gives each block's verdict, extractor, kind and
// evidence, repeated in the block's tooltip. The page uses inline CSS
// only: no script, font, image or other external resource. All page text
// is escaped. ExplainHTML returns the first error from w.
func ExplainHTML(w io.Writer, doc *Document, a *Article) error {
	return reportTemplate.Execute(w, newReport(doc, a))
}

// report is the data of the HTML explanation.
type report struct {
	Title, Site, Language, Authors, Published, URL string
	Counts                                         []reportCount
	Blocks                                         []reportBlock
}

type reportCount struct {
	Label string
	Class string
	N     int
}

type reportBlock struct {
	Index     int
	Verdict   verdict
	Class     string // CSS classes: verdict and extractor colour
	Tag       string // CSS class for the block kind
	Kind      BlockKind
	Extractor string
	Removed   string // kind of boilerplate
	Evidence  string
	Tooltip   string
	Text      string
}

// extractorColours is the number of colours that tell extractors apart.
const extractorColours = 10

// newReport gathers the data of the HTML explanation.
func newReport(doc *Document, a *Article) report {
	r := report{Title: doc.Title, Site: doc.Meta.SiteName, Language: doc.Meta.Language, URL: doc.URL}
	authors, published := doc.Meta.Authors, doc.Meta.Published
	if a != nil {
		r.Title, r.Site, r.Language, r.URL = a.Title, a.SiteName, a.Language, a.URL
		authors, published = a.Authors, a.Published
	}
	r.Authors = strings.Join(authors, ", ")
	if !published.IsZero() {
		r.Published = published.Format("2006-01-02")
	}
	verdicts := make(map[verdict]int, 4)
	extractors := make(map[string]int)
	for _, b := range doc.Blocks {
		rb := reportBlock{Index: b.Index, Verdict: verdictOf(b), Kind: b.Kind, Text: b.Text}
		rb.Class = strings.ToLower(string(rb.Verdict))
		rb.Tag = "k-" + string(b.Kind)
		rb.Tooltip = fmt.Sprintf("#%d %s %s", b.Index, rb.Verdict, b.Kind)
		if rm := b.Removal(); rm != nil {
			rb.Extractor, rb.Removed, rb.Evidence = rm.Extractor, rm.Kind, rm.Evidence
			rb.Class += " " + colourClass(rm.Extractor)
			rb.Tooltip += fmt.Sprintf(" by %s as %s: %s", rm.Extractor, rm.Kind, rm.Evidence)
			extractors[rm.Extractor]++
		}
		verdicts[rb.Verdict]++
		r.Blocks = append(r.Blocks, rb)
	}
	for _, v := range []verdict{verdictKeep, verdictLead, verdictKicker, verdictDrop} {
		r.Counts = append(r.Counts, reportCount{Label: string(v), Class: strings.ToLower(string(v)), N: verdicts[v]})
	}
	names := make([]string, 0, len(extractors))
	for name := range extractors {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		r.Counts = append(r.Counts, reportCount{Label: name, Class: "drop " + colourClass(name), N: extractors[name]})
	}
	return r
}

// colourClass returns the CSS class of an extractor's colour, chosen from
// its name so that it is the same in every report.
func colourClass(extractor string) string {
	h := fnv.New32a()
	h.Write([]byte(extractor))
	return fmt.Sprintf("x%d", h.Sum32()%extractorColours)
}

var reportTemplate = template.Must(template.New("report").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pith: {{.Title}}</title>
<style>
body { margin: 0; padding: 16px 24px; font: 15px/1.45 system-ui, sans-serif; color: #1d1d1f; background: #fff; }
header { border-bottom: 2px solid #ccc; margin-bottom: 12px; padding-bottom: 8px; }
h1 { font-size: 24px; margin: 0 0 6px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
dl.meta dt { font-weight: 600; color: #555; }
dl.meta dd { margin: 0; }
.legend { margin: 10px 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px; }
.legend li { padding: 2px 8px; border-radius: 4px; border-left-width: 6px; border-left-style: solid; }
.block { display: grid; grid-template-columns: 1fr 340px; gap: 12px; margin: 3px 0; padding: 4px 8px; border-left: 6px solid; border-radius: 3px; }
.keep { background: #dff3e2; border-color: #2e9a4b; }
.lead, .kicker { background: #dde9fb; border-color: #2f6fd6; }
.drop { background: #fbe0e0; border-color: #c62828; color: #5a2a2a; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.k-heading .text { font-weight: 700; font-size: 17px; }
.k-quote .text { font-style: italic; }
.k-code .text, .k-table .text { font-family: ui-monospace, monospace; font-size: 13px; }
.why { font-size: 12px; color: #333; overflow-wrap: anywhere; }
.why .by { font-weight: 600; }
.idx { color: #777; }
.x0 { border-color: #c62828; } .x1 { border-color: #e65100; } .x2 { border-color: #ad1457; }
.x3 { border-color: #6a1b9a; } .x4 { border-color: #8d6e63; } .x5 { border-color: #f9a825; }
.x6 { border-color: #00838f; } .x7 { border-color: #4e342e; } .x8 { border-color: #d81b60; }
.x9 { border-color: #37474f; }
</style>
</head>
<body>
<header>
<h1>{{if .Title}}{{.Title}}{{else}}(untitled){{end}}</h1>
<dl class="meta">
{{- if .Site}}<dt>Site</dt><dd>{{.Site}}</dd>{{end}}
{{- if .URL}}<dt>URL</dt><dd>{{.URL}}</dd>{{end}}
{{- if .Language}}<dt>Language</dt><dd>{{.Language}}</dd>{{end}}
{{- if .Authors}}<dt>Authors</dt><dd>{{.Authors}}</dd>{{end}}
{{- if .Published}}<dt>Published</dt><dd>{{.Published}}</dd>{{end}}
<dt>Blocks</dt><dd>{{len .Blocks}}</dd>
</dl>
<ul class="legend">
{{- range .Counts}}
<li class="{{.Class}}">{{.Label}}: {{.N}}</li>
{{- end}}
</ul>
</header>
<main>
{{- range .Blocks}}
<div class="block {{.Class}} {{.Tag}}" title="{{.Tooltip}}">
<div class="text">{{.Text}}</div>
<div class="why"><span class="idx">#{{.Index}}</span> <b>{{.Verdict}}</b> {{.Kind}}
{{- if .Extractor}} <span class="by">by {{.Extractor}} as {{.Removed}}</span><br>{{.Evidence}}{{end}}</div>
</div>
{{- end}}
</main>
</body>
</html>
`))
