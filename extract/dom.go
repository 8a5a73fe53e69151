package extract

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fallbackRunes is the amount of visible text below which NewHTMLDocument
// also reads hidden and <noscript> content, in case the page keeps its
// only copy of the article there.
const fallbackRunes = 500

// minRevealRunes is the text a hidden element must hold to be revealed
// when hidden elements hold more text than the visible page.
const (
	minRevealRunes   = 200
	revealRatio      = 3
	maxRevealVisible = 3000
)

// buildBlocks turns the tree under root into blocks, in document order.
// With noscript set it also reads <noscript> content. Hidden elements are
// skipped, except when those holding at least minRevealRunes of text hold
// three times more text than the rest of the page, as in pages streamed by JavaScript
// frameworks that keep the article in a hidden element until a script
// moves it into place: then those are read too.
func buildBlocks(root *html.Node, base *url.URL, noscript bool) []*Block {
	b := &blockBuilder{base: base, noscript: noscript}
	walkTree(root, b.enter, b.leave)
	b.flush()
	reveal := make(map[*html.Node]bool)
	hidden := 0
	for _, n := range b.skipped {
		if k := textLen(n); k >= minRevealRunes {
			reveal[n] = true
			hidden += k
		}
	}
	if visible := textRunes(b.blocks); visible >= maxRevealVisible || hidden <= revealRatio*visible {
		return b.blocks
	}
	b = &blockBuilder{base: base, noscript: noscript, reveal: reveal}
	walkTree(root, b.enter, b.leave)
	b.flush()
	return b.blocks
}

// textLen counts the non-space runes of the text under n, outside
// scripts and styles.
func textLen(n *html.Node) int {
	k := 0
	walkTree(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			for i := 0; i < len(c.Data); i++ {
				if c.Data[i] > ' ' && c.Data[i]&0xC0 != 0x80 {
					k++
				}
			}
		case html.ElementNode:
			return !skipTags[c.Data]
		}
		return false
	}, func(*html.Node) {})
	return k
}

// walkTree visits the tree under root in document order without
// recursion. enter is called on each node and tells whether to visit its
// children; leave is called on each node entered, after its children.
func walkTree(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	n := root
	for {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for {
			leave(n)
			if n == root {
				return
			}
			if n.NextSibling != nil {
				n = n.NextSibling
				break
			}
			n = n.Parent
		}
	}
}

// A blockBuilder holds the state of one walk of buildBlocks.
type blockBuilder struct {
	base     *url.URL
	noscript bool
	reveal   map[*html.Node]bool // hidden elements to read anyway
	skipped  []*html.Node        // hidden elements skipped
	blocks   []*Block

	frames  []frame
	caches  []frameCache // by frame index, see cache
	atomic  int          // frames[atomic-1] is the innermost heading, p or pre; 0 outside
	anchors []anchor
	// valueToks caches the tokens of each class, id, role or itemprop
	// value (see frameTokens): pages repeat their classes
	valueToks map[string]valueToks
	// tokenFams caches familiesOf by token (see families)
	tokenFams map[string]uint64
	// resolved caches absolute: menus repeat the same links
	resolved  map[string]string
	originURL string // see origin
	originSet bool

	// the pending inline text; its array is reused from block to block
	buf       []byte
	runes     int // non-space runes in buf
	linkRunes int // of which inside links
	brs       int // <br> seen since the last text
	links     []Link
}

// A frame is an element being visited.
type frame struct {
	n     *html.Node
	cont  Container
	flow  bool // the element breaks the inline flow: it is block-level
	kind  BlockKind
	level int // heading level, or list depth for list items
	order bool
}

// An anchor is an open <a href> element.
type anchor struct {
	n     *html.Node
	href  string // trimmed, made absolute on first use (see url)
	abs   string
	start int // offset in buf where its text starts
}

// skipTags are elements whose content is never visible text, or not text
// to read: <rt> and <rp> hold the pronunciation of ruby annotations
// (furigana over Japanese kanji), which would double every annotated word.
var skipTags = map[string]bool{
	"rt": true, "rp": true,
	"script": true, "style": true, "template": true, "svg": true, "iframe": true,
	"head": true, "title": true, "select": true, "option": true, "textarea": true,
	"input": true, "button": true, "object": true, "embed": true, "canvas": true,
	"audio": true, "video": true, "map": true, "math": true, "link": true, "meta": true,
	"frame": true, "frameset": true, "img": true, "picture": true, "source": true,
}

// flowTags are the block-level elements, which end the paragraph before
// them and start a new one.
var flowTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"center": true, "details": true, "dialog": true, "dd": true, "div": true, "dl": true,
	"dt": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hgroup": true, "hr": true, "html": true, "li": true, "main": true,
	"menu": true, "nav": true, "ol": true, "p": true, "pre": true, "section": true,
	"summary": true, "table": true, "tbody": true, "thead": true, "tfoot": true, "tr": true,
	"td": true, "th": true, "caption": true, "ul": true, "legend": true, "noscript": true,
}

// tagContainers maps elements to the semantic container they make.
var tagContainers = map[string]Container{
	"nav": InNav, "header": InHeader, "footer": InFooter, "aside": InAside,
	"article": InArticle, "main": InMain, "form": InForm, "figure": InFigure,
	"figcaption": InFigure, "ul": InList, "ol": InList, "dl": InList, "menu": InList,
	"table": InTable, "blockquote": InBlockquote, "h1": InHeading, "h2": InHeading,
	"h3": InHeading, "h4": InHeading, "h5": InHeading, "h6": InHeading,
}

// roleContainers maps ARIA roles to the container they make.
var roleContainers = map[string]Container{
	"navigation": InNav, "banner": InHeader, "contentinfo": InFooter,
	"complementary": InAside, "article": InArticle, "main": InMain, "form": InForm,
	"search": InForm, "figure": InFigure, "list": InList, "table": InTable,
	"heading": InHeading,
}

// A tagInfo is what skipTags, flowTags and tagContainers say of a tag.
type tagInfo struct {
	skip, flow bool
	cont       Container
}

// tagInfos holds the tagInfo of every tag in those tables, by atom.
var tagInfos = func() map[atom.Atom]tagInfo {
	m := make(map[atom.Atom]tagInfo)
	for tag := range skipTags {
		a := atom.Lookup([]byte(tag))
		m[a] = tagInfo{skip: true, flow: m[a].flow, cont: m[a].cont}
	}
	for tag := range flowTags {
		a := atom.Lookup([]byte(tag))
		m[a] = tagInfo{skip: m[a].skip, flow: true, cont: m[a].cont}
	}
	for tag, c := range tagContainers {
		a := atom.Lookup([]byte(tag))
		m[a] = tagInfo{skip: m[a].skip, flow: m[a].flow, cont: c}
	}
	return m
}()

// tagInfoOf returns the tagInfo of an element: looked up by its atom, or
// by name for an element built without one.
func tagInfoOf(n *html.Node) tagInfo {
	if n.DataAtom != 0 && n.DataAtom.String() == n.Data {
		return tagInfos[n.DataAtom]
	}
	return tagInfo{skip: skipTags[n.Data], flow: flowTags[n.Data], cont: tagContainers[n.Data]}
}

func (b *blockBuilder) enter(n *html.Node) bool {
	switch n.Type {
	case html.DocumentNode:
		return true
	case html.TextNode:
		b.text(n.Data)
		return false
	case html.ElementNode:
	default:
		return false
	}
	tag := n.Data
	info := tagInfoOf(n)
	if n.Namespace != "" || info.skip || tag == "noscript" && !b.noscript {
		return false
	}
	if isHidden(n) && !b.reveal[n] {
		b.skipped = append(b.skipped, n)
		return false
	}
	switch tag {
	case "br":
		b.br()
		return false
	case "hr", "wbr":
		if tag == "hr" && b.atomic == 0 {
			b.flush()
		}
		return false
	case "table":
		if b.atomic == 0 && isDataTable(n) {
			b.flush()
			b.table(n)
			return false
		}
	}
	f := frame{n: n, flow: info.flow || strings.IndexByte(tag, '-') > 0}
	if len(b.frames) > 0 {
		top := &b.frames[len(b.frames)-1]
		f.cont, f.kind, f.level, f.order = top.cont, top.kind, top.level, top.order
	}
	f.cont |= info.cont
	if role := attr(n, "role"); role != "" {
		f.cont |= roleContainers[role]
	}
	switch tag {
	case "ul", "menu":
		f.level, f.order = f.level+1, false
	case "ol":
		f.level, f.order = f.level+1, true
	case "li":
		f.kind = ListItem
		f.level = max(f.level, 1)
	case "blockquote":
		f.kind = Quote
	case "h1", "h2", "h3", "h4", "h5", "h6":
		f.kind, f.level = Heading, int(tag[1]-'0')
	case "pre":
		f.kind = Code
	}
	switch {
	case f.flow && b.atomic == 0:
		b.flush()
	case f.flow:
		b.buf = append(b.buf, ' ')
	}
	b.frames = append(b.frames, f)
	if b.atomic == 0 && (tag == "p" || tag == "pre" || info.cont == InHeading) {
		b.atomic = len(b.frames)
	}
	if tag == "a" {
		if href, ok := linkTarget(attr(n, "href")); ok {
			b.anchors = append(b.anchors, anchor{n: n, href: href, start: len(b.buf)})
		}
	}
	return true
}

func (b *blockBuilder) leave(n *html.Node) {
	if len(b.frames) == 0 || b.frames[len(b.frames)-1].n != n {
		return
	}
	f := b.frames[len(b.frames)-1]
	if len(b.anchors) > 0 && b.anchors[len(b.anchors)-1].n == n {
		a := &b.anchors[len(b.anchors)-1]
		if t := clean.Text(string(b.buf[min(a.start, len(b.buf)):])); t != "" {
			b.links = append(b.links, Link{Text: t, URL: b.url(a)})
		}
		b.anchors = b.anchors[:len(b.anchors)-1]
	}
	switch {
	case f.flow && (b.atomic == 0 || b.atomic == len(b.frames)):
		b.flush()
		b.atomic = 0
	case f.flow:
		b.buf = append(b.buf, ' ')
	}
	b.frames = b.frames[:len(b.frames)-1]
}

// text appends a text node to the pending paragraph, collapsing white
// space unless inside <pre>. Invalid UTF-8 bytes become U+FFFD.
func (b *blockBuilder) text(s string) {
	if len(b.frames) == 0 {
		return
	}
	pre := b.frames[len(b.frames)-1].kind == Code
	inLink := len(b.anchors) > 0
	space := false
	runes := 0 // non-space runes written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !pre && collapsed[c] {
				i++
				space = true
				continue
			}
			if space {
				b.buf = append(b.buf, ' ')
				space = false
			}
			// Copy the run of ASCII bytes that are kept as they are.
			j := i
			for ; j < len(s) && s[j] < utf8.RuneSelf && (pre || !collapsed[s[j]]); j++ {
				if !asciiSpace[s[j]] {
					runes++
				}
			}
			b.buf = append(b.buf, s[i:j]...)
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if space {
			b.buf = append(b.buf, ' ')
			space = false
		}
		b.buf = utf8.AppendRune(b.buf, r)
		if !unicode.IsSpace(r) {
			runes++
		}
	}
	if space {
		b.buf = append(b.buf, ' ')
	}
	if runes > 0 {
		b.runes += runes
		b.brs = 0
		if inLink {
			b.linkRunes += runes
		}
	}
}

// collapsed marks the white space that text collapses outside <pre>.
var collapsed = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\f': true, '\r': true, ' ': true}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// br handles a line break: two in a row end the paragraph.
func (b *blockBuilder) br() {
	if b.brs > 0 && b.runes > 0 && (b.atomic == 0 || b.frames[b.atomic-1].n.Data == "p") {
		b.flush()
		return
	}
	b.brs++
	b.buf = append(b.buf, '\n')
}

// flush turns the pending text into a block owned by the innermost
// block-level element.
func (b *blockBuilder) flush() {
	defer b.reset()
	if b.runes == 0 || len(b.frames) == 0 {
		return
	}
	owner := len(b.frames) - 1
	if b.atomic > 0 {
		owner = b.atomic - 1
	} else {
		for owner > 0 && !b.frames[owner].flow {
			owner--
		}
	}
	f := &b.frames[owner]
	raw := string(b.buf)
	for i := range b.anchors {
		a := &b.anchors[i]
		if t := clean.Text(raw[min(a.start, len(raw)):]); t != "" {
			b.links = append(b.links, Link{Text: t, URL: b.url(a)})
		}
	}
	kind := f.kind
	if kind == "" {
		kind = Paragraph
	}
	var text string
	if kind == Code {
		text = codeText(raw)
	} else {
		text = clean.Text(raw)
		if kind == Heading {
			text = strings.ReplaceAll(text, "\n", " ")
		}
	}
	if text == "" || kind != Code && !hasAlnum(text) {
		return
	}
	blk := newDOMBlock(Block{Kind: kind, Text: text, Links: b.links}, DOMEvidence{
		Node:        f.n,
		Containers:  f.cont,
		LinkDensity: float64(b.linkRunes) / float64(b.runes),
		Depth:       owner + 1,
	})
	switch kind {
	case Heading, ListItem:
		blk.Level = f.level
		blk.Ordered = kind == ListItem && f.order
	}
	b.finishBlock(blk, owner)
}

// newDOMBlock returns a copy of blk whose DOM is a copy of ev, the two
// made in one allocation with the block's cache and its profile (every
// block is measured).
func newDOMBlock(blk Block, ev DOMEvidence) *Block {
	all := &struct {
		b Block
		e DOMEvidence
		c blockCache
		p clean.LineProfile
		f blockFolds
	}{b: blk, e: ev}
	all.b.DOM = &all.e
	all.b.cache = &all.c
	all.c.profile, all.c.folds = &all.p, &all.f
	return &all.b
}

// finishBlock fills in the evidence shared by all blocks and appends blk.
// owner is the index in b.frames of blk.DOM.Node, or -1 when the node is
// not a frame but a child of the innermost one (a data table).
func (b *blockBuilder) finishBlock(blk *Block, owner int) {
	e := blk.DOM
	e.Path = b.blockPath(e.Node, owner)
	e.Tokens, e.families = b.blockTokens(e.Node, owner)
	e.familiesSet = true
	e.PunctDensity = punctDensity(blk.Text)
	blk.Index = len(b.blocks)
	b.blocks = append(b.blocks, blk)
}

func (b *blockBuilder) reset() {
	b.buf = b.buf[:0]
	b.runes, b.linkRunes, b.brs = 0, 0, 0
	b.links = nil
	for i := range b.anchors {
		b.anchors[i].start = 0
	}
}

// codeText normalises the text of a <pre> block: it keeps line breaks and
// indentation but trims trailing spaces and blank lines at both ends.
func codeText(raw string) string {
	raw = strings.ToValidUTF8(raw, "\uFFFD")
	raw = strings.ReplaceAll(raw, "\r\n", "\n")
	lines := strings.Split(raw, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(strings.Map(func(r rune) rune {
			if r == '\t' || !unicode.IsControl(r) {
				return r
			}
			return -1
		}, l), unicode.IsSpace)
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// punctDensity is the number of punctuation marks per word of s, words
// counted as clean.WordCount does (so that CJK text, written without
// spaces, is not taken for one long word).
func punctDensity(s string) float64 {
	puncts, words := clean.PunctWords(s)
	if words == 0 {
		return 0
	}
	return float64(puncts) / float64(words)
}

// textRunes counts the runes of the blocks' text.
func textRunes(blocks []*Block) int {
	n := 0
	for _, b := range blocks {
		n += utf8.RuneCountInString(b.Text)
	}
	return n
}

// setPositions sets each block's Position: the share of the page's text
// before it. The blocks must be measured (Features.Runes).
func setPositions(blocks []*Block) {
	total := 0
	for _, b := range blocks {
		total += b.Features.Runes
	}
	if total == 0 {
		return
	}
	seen := 0
	for _, b := range blocks {
		b.DOM.Position = float64(seen) / float64(total)
		seen += b.Features.Runes
	}
}
