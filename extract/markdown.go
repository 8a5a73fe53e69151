package extract

import (
	"strconv"
	"strings"
)

// Markdown returns the article as CommonMark, with GitHub-flavoured pipe
// tables:
//
//   - the title as a level-1 heading ("# Title"), when known;
//   - the lead as an emphasised paragraph ("*Lead*"), one per lead
//     paragraph; the kicker is left out (it is in Article.Kicker);
//   - the body: headings as "##" to "######" (level 1 and unknown levels
//     become "##", deeper than 6 become "######"), paragraphs, list items
//     ("- " or "1. ", indented by nesting level), quotes ("> "), code in a
//     fence longer than any run of backticks inside it, and tables with
//     their first row as the header row.
//
// Text is escaped so that it renders literally: Markdown punctuation gets
// a backslash, as do line starts that would begin a list, a quote or a
// heading. Line breaks inside a paragraph, heading, list item or quote
// become spaces. Links are not rendered; see HTML for that.
func (a *Article) Markdown() string {
	var sb strings.Builder
	separate := func(tight bool) {
		switch {
		case sb.Len() == 0:
		case tight:
			sb.WriteByte('\n')
		default:
			sb.WriteString("\n\n")
		}
	}
	if a.Title != "" {
		sb.WriteString("# ")
		sb.WriteString(escapeMarkdown(a.Title))
	}
	for p := range strings.SplitSeq(a.Lead, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			separate(false)
			sb.WriteString("*")
			sb.WriteString(escapeMarkdown(p))
			sb.WriteString("*")
		}
	}
	var list listNumbering
	for i, b := range a.Body {
		inList := b.Kind == ListItem && i > 0 && a.Body[i-1].Kind == ListItem
		if !inList {
			list.reset()
		}
		// Items of one list stay on consecutive lines.
		separate(inList)
		writeMarkdownBlock(&sb, b, &list)
	}
	if sb.Len() > 0 {
		sb.WriteByte('\n')
	}
	return sb.String()
}

// writeMarkdownBlock writes one body block, without the blank line that
// follows it.
func writeMarkdownBlock(sb *strings.Builder, b Block, list *listNumbering) {
	switch b.Kind {
	case Heading:
		sb.WriteString(strings.Repeat("#", headingLevel(b.Level)))
		sb.WriteByte(' ')
		sb.WriteString(escapeMarkdown(b.Text))
	case ListItem:
		indent, marker := list.next(b.Level, b.Ordered)
		sb.WriteString(strings.Repeat(" ", indent))
		sb.WriteString(marker)
		sb.WriteString(escapeMarkdown(b.Text))
	case Quote:
		sb.WriteString("> ")
		sb.WriteString(escapeMarkdown(b.Text))
	case Code:
		fence := strings.Repeat("`", max(3, longestRun(b.Text, '`')+1))
		sb.WriteString(fence)
		sb.WriteByte('\n')
		sb.WriteString(b.Text)
		sb.WriteByte('\n')
		sb.WriteString(fence)
	case Table:
		writeMarkdownTable(sb, tableRows(b))
	default:
		sb.WriteString(escapeMarkdown(b.Text))
	}
}

// writeMarkdownTable writes rows as a GFM pipe table whose header is the
// first row; short rows are padded with empty cells.
func writeMarkdownTable(sb *strings.Builder, rows [][]string) {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	writeRow := func(cells []string) {
		sb.WriteByte('|')
		for c := range cols {
			sb.WriteByte(' ')
			if c < len(cells) {
				sb.WriteString(escapeMarkdown(cells[c]))
			}
			sb.WriteString(" |")
		}
	}
	for i, r := range rows {
		if i > 0 {
			sb.WriteByte('\n')
		}
		writeRow(r)
		if i == 0 {
			sb.WriteString("\n|")
			sb.WriteString(strings.Repeat(" --- |", cols))
		}
	}
}

// listNumbering tracks the open lists while list items are written, to
// number ordered items and indent nested ones under their parent's text.
type listNumbering struct {
	levels []listLevel
}

type listLevel struct {
	ordered bool
	count   int // items written at this level
	width   int // width of the last marker, the indent of its children
}

func (l *listNumbering) reset() { l.levels = l.levels[:0] }

// next returns the indent and marker of an item at the given nesting level
// (1 for a top-level item; lower values count as 1).
func (l *listNumbering) next(level int, ordered bool) (indent int, marker string) {
	level = max(level, 1)
	if len(l.levels) > level {
		l.levels = l.levels[:level]
	}
	for len(l.levels) < level {
		// A level skipped by the page gets the indent of a bullet.
		l.levels = append(l.levels, listLevel{ordered: ordered, width: 2})
	}
	cur := &l.levels[level-1]
	if cur.ordered != ordered {
		*cur = listLevel{ordered: ordered}
	}
	for _, lv := range l.levels[:level-1] {
		indent += lv.width
	}
	cur.count++
	marker = "- "
	if ordered {
		marker = strconv.Itoa(cur.count) + ". "
	}
	cur.width = len(marker)
	return indent, marker
}

// headingLevel maps a block's heading level to the Markdown or HTML level
// used in the body, 2 to 6: level 1 belongs to the title.
func headingLevel(level int) int {
	return min(max(level, 2), 6)
}

// tableRows returns a table's cells: its Rows, or, when they are missing,
// its Text split into lines and tab-separated cells.
func tableRows(b Block) [][]string {
	if b.Rows != nil {
		return b.Rows
	}
	var rows [][]string
	for line := range strings.SplitSeq(b.Text, "\n") {
		if line != "" {
			rows = append(rows, strings.Split(line, "\t"))
		}
	}
	return rows
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	longest, run := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return longest
}

// markdownSpecial holds the ASCII punctuation that is escaped wherever it
// occurs in text.
const markdownSpecial = "\\`*_[]#<>|&~"

// escapeMarkdown makes s render literally as inline Markdown text: it puts
// everything on one line, escapes Markdown punctuation, and escapes a
// line start that would open a list item, a setext heading underline or
// a thematic break.
func escapeMarkdown(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	switch {
	case s == "":
		return ""
	case strings.IndexByte("-+=", s[0]) >= 0:
		sb.WriteByte('\\')
	default:
		if n := leadingDigits(s); n > 0 && n <= 9 && n < len(s) && (s[n] == '.' || s[n] == ')') {
			sb.WriteString(s[:n])
			sb.WriteByte('\\')
			s = s[n:]
		}
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(markdownSpecial, s[i]) >= 0 {
			sb.WriteByte('\\')
		}
		sb.WriteByte(s[i])
	}
	return sb.String()
}

// leadingDigits returns the number of ASCII digits s starts with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
