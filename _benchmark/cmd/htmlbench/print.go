package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strconv"

	"github.com/pith-go/pith/_benchmark/internal/dataset"
	"github.com/pith-go/pith/_benchmark/internal/report"
	"github.com/pith-go/pith/_benchmark/internal/run"
	"github.com/pith-go/pith/_benchmark/internal/score"
)

// collapse thresholds: a page where pith scores below collapsePith while a
// peer scores above collapsePeer is flagged.
const (
	collapsePith = 0.5
	collapsePeer = 0.9
)

// printSet prints the tables of one set: the summary, the per-type F1 when
// the set has page types, the metadata matches and the worst pith pages.
func printSet(s htmlSet, title string, scored score.Set, pages []dataset.Page, libs []string, results [][]run.Result, c config) error {
	tables := []report.Table{report.SummaryTable(title, scored.Summaries, s.metric == snippetMetric)}
	if s.byType {
		tables = append(tables, typeTable(s.name, pages, libs, results, c))
	}
	if meta := metaTable(s.name, pages, libs, results); len(meta.Rows) > 0 {
		tables = append(tables, meta)
	}
	if c.worst > 0 {
		tables = append(tables, worstTable(scored.Rows, c.worst))
	}
	for _, t := range tables {
		if err := t.Write(os.Stdout); err != nil {
			return err
		}
	}
	return nil
}

// typeTable scores each page type separately: one row per type with the
// page count and every library's F1.
func typeTable(set string, pages []dataset.Page, libs []string, results [][]run.Result, c config) report.Table {
	t := report.Table{Title: set + " F1 by page type", Header: append([]string{"page type", "pages"}, libs...)}
	var types []string
	for _, p := range pages {
		if !slices.Contains(types, p.PageType) {
			types = append(types, p.PageType)
		}
	}
	slices.Sort(types)
	for _, typ := range types {
		sub, subRes := score.Subset(pages, results, func(p dataset.Page) bool { return p.PageType == typ })
		scored := score.Shingle(set, sub, libs, subRes, c.predictor())
		cells := []string{typ, strconv.Itoa(len(sub))}
		for _, sum := range scored.Summaries {
			cells = append(cells, report.Float(sum.Score.F1))
		}
		t.Add(cells...)
	}
	return t
}

// metaTable reports the metadata match rates (see score.Match); it has no
// rows when the set has no gold metadata.
func metaTable(set string, pages []dataset.Page, libs []string, results [][]run.Result) report.Table {
	var rows []score.MetaRow
	for _, m := range score.Metadata(pages, libs, results) {
		rows = append(rows, score.MetaRow{Set: set, Meta: m})
	}
	return score.MetaTable(set+" metadata", rows)
}

// worstTable lists the n worst pith pages with the best peer's F1 on the
// same page, flagging collapses. Pages tied on pith's F1 are ordered by the
// peer's F1, highest first, so the clearest losses come first. The title
// counts the collapses of the whole set.
func worstTable(rows []report.PageRow, n int) report.Table {
	peers := make(map[string]report.PageRow) // best peer row per page ID
	var mine []report.PageRow
	for _, r := range rows {
		if r.Library == "pith" {
			mine = append(mine, r)
			continue
		}
		if best, ok := peers[r.ID]; !ok || r.Score.F1 > best.Score.F1 {
			peers[r.ID] = r
		}
	}
	collapses := 0
	for _, r := range mine {
		if isCollapse(r.Score.F1, peers[r.ID].Score.F1) {
			collapses++
		}
	}
	slices.SortFunc(mine, func(a, b report.PageRow) int {
		return cmp.Or(
			cmp.Compare(a.Score.F1, b.Score.F1),
			cmp.Compare(peers[b.ID].Score.F1, peers[a.ID].Score.F1),
			cmp.Compare(a.ID, b.ID))
	})
	t := report.Table{
		Title:  fmt.Sprintf("worst %d pith pages (%d collapses in the set)", n, collapses),
		Header: []string{"id", "pith F1", "best peer", "peer F1", "flag", "pith error"},
	}
	for _, r := range mine[:min(n, len(mine))] {
		peer := peers[r.ID]
		flag := ""
		if isCollapse(r.Score.F1, peer.Score.F1) {
			flag = "collapse"
		}
		t.Add(r.ID, report.Float(r.Score.F1), peer.Library, report.Float(peer.Score.F1), flag, report.FirstLine(r.Err))
	}
	return t
}

// isCollapse reports whether pith scored below collapsePith on a page where
// the best peer scored above collapsePeer.
func isCollapse(pith, peer float64) bool {
	return pith < collapsePith && peer > collapsePeer
}
