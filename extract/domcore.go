package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Weights of the main-content scoring; see locateDOMCore.
const (
	domShortPenalty    = 3    // score of a short line: a menu item, a label
	boilerShare        = 0.5  // furniture holding less of the page's prose than this is penalised
	siblingShare       = 0.2  // a sibling container with this share of the best score joins it
	climbGain          = 2.5  // a parent with this many times the prose of the best container takes over
	climbLinks         = 0.2  // if at most this share of the text it adds is linked
	climbProse         = 0.6  // and at least this share of it scores as prose
	siblingLevels      = 4    // levels above the best container where same-class siblings join it
	siblingScoreLevels = 2    // and where siblings scoring siblingShare of it join it
	articleBonus       = 1.25 // <article> and role=article
	bodyPropBonus      = 1.5  // itemprop=articleBody
	contentBonus       = 1.1  // class or id naming content
	boilerMalus        = 0.3  // class, id, tag or role naming furniture
	maxProsePunct      = 0.8  // more punctuation marks per word: code or data, not prose
	outsideShare       = 0.2  // share of prose outside comments that makes an article
	outsideProse       = 1000 // or that much prose
	minWordBoxes       = 4    // a furniture word on this many boxes holding most prose is a page builder's
	wideShare          = 0.4  // best holding less of the text outside furniture than this
	wideProse          = 1500 // and less prose than this is widened
	wideCover          = 0.7  // to the ancestor holding this share of that text
	wideLinks          = 0.3  // unless the text that ancestor adds has this share of links
	wideArticle        = 600  // and best this much prose
	ldBoost            = 1.5  // blocks whose text is in the JSON-LD articleBody
	ldMinRunes         = 200  // shorter JSON-LD bodies are not used
	ldKeyRunes         = 60   // block text compared with the JSON-LD body
	ldMinBlockRunes    = 30
	proseHeadingWords  = 12 // a heading this long is weighed as prose: text set in heading tags
)

// nodeStat accumulates the blocks under one element.
type nodeStat struct {
	n      *html.Node
	parent *nodeStat // the stat of n's parent element, nil at the top
	score  float64   // sum of block weights, decayed with the distance
	prose  float64   // sum of positive weights, before furniture penalties
	good   float64   // sum of positive weights, after them
	runes  float64   // text length
	links  float64   // text length in links
	text   float64   // text length outside furniture, see score
	blocks int
	bad    string // furniture word, when the element is furniture
	word   string // furniture word of its tag and classes, furniture or not
	mult   float64

	content int  // content words of its classes (nodeClass)
	classed bool // content and word are set
}

// statChunk is the number of nodeStats allocated at a time.
const statChunk = 64

// statsPerBlock is how many elements per block locateDOMCore expects to
// score: pages have about 1.6.
const statsPerBlock = 2

// coreScorer holds the state of one locateDOMCore run.
type coreScorer struct {
	d       *Document
	weights []float64
	stats   map[*html.Node]*nodeStat
	order   []*nodeStat // in first-seen order, for determinism
	slab    []nodeStat  // where stat takes new entries from, a chunk at a time
	prose   float64
	text    float64 // text length outside furniture
	inLD    []bool
	// leaves are the stats of the blocks' elements: each block's
	// ancestors are its leaf's parent chain
	leaves []*nodeStat
}

// locateDOMCore finds the main content of an HTML page: the container
// whose blocks score best, plus sibling containers that continue it,
// minus the furniture inside it.
//
// Each block has a weight: its text length, discounted by its link
// density, for prose (a sentence of several words); a small negative score
// for short lines; a negative one for link lists; more for blocks whose
// text is found in the JSON-LD articleBody. An element's score is the sum
// of its blocks' weights, times a bonus for <article>,
// itemprop=articleBody and content-like class names. Blocks inside
// furniture (nav, aside, footer, header, or class names such as comments,
// sidebar, related, share) count against their containers, unless that
// furniture holds most of the page's prose.
func locateDOMCore(d *Document) []bool {
	core := make([]bool, len(d.Blocks))
	if len(d.Blocks) == 0 {
		return core
	}
	expect := statsPerBlock * len(d.Blocks)
	s := &coreScorer{d: d, stats: make(map[*html.Node]*nodeStat, expect), order: make([]*nodeStat, 0, expect)}
	s.weigh()
	s.classify(true)
	s.score()
	best, wide := s.best(), false
	if best == nil {
		best, wide = s.fallback()
		if best == nil {
			return core
		}
	} else {
		best = s.climb(s.wholeTable(best))
		if w := s.widen(best); w != best {
			best, wide = w, true
		} else if w := s.toHeadline(best); w != best {
			best, wide = w, true
		}
	}
	chosen := map[*html.Node]bool{best.n: true}
	if !wide {
		for _, sib := range s.siblings(best) {
			chosen[sib] = true
		}
	}
	for i := range d.Blocks {
		core[i] = s.inside(i, chosen, best, wide)
	}
	s.keyPoints(core)
	s.leadBefore(core)
	return core
}

// leadGap is the most blocks of no prose (share buttons, a byline, a
// photo credit) that may lie between the core and a lead before it.
const leadGap = 8

// leadBefore adds to the core the lead paragraph that many pages set
// above the box holding the article's body: the nearest block before the
// core, past at most leadGap blocks of no prose, that is a paragraph
// scored as prose and little linked (climbLinks), with no <h1> between it
// and the core's first prose (a paragraph above the headline is none of
// the article's), outside
// furniture other than a box classed as a header or a teaser (where
// leads sit; a page's <header> element is no such box), with the prose
// paragraphs of the same parent just before it.
func (s *coreScorer) leadBefore(core []bool) {
	first := slices.Index(core, true)
	if first < 0 {
		return
	}
	i := first - 1
	for ; i >= 0 && first-i <= leadGap+1 && !s.leadParagraph(i); i-- {
		if s.weights[i] > 0 {
			return
		}
	}
	if i < 0 || !s.leadParagraph(i) {
		return
	}
	for j := i + 1; j < len(core) && !(core[j] && s.weights[j] > 0); j++ {
		if b := s.d.Blocks[j]; b.Kind == Heading && b.Level == 1 {
			return
		}
	}
	parent := s.d.Blocks[i].DOM.Node.Parent
	for ; i >= 0 && s.leadParagraph(i) && s.d.Blocks[i].DOM.Node.Parent == parent; i-- {
		core[i] = true
	}
}

// leadParagraph reports whether block i can be a lead: see leadBefore.
func (s *coreScorer) leadParagraph(i int) bool {
	b := s.d.Blocks[i]
	if b.Kind != Paragraph || s.weights[i] <= 0 || b.DOM.LinkDensity > climbLinks {
		return false
	}
	f := s.furniture(s.leaves[i], nil)
	return f == nil || f.bad == "header" || f.bad == "teaser"
}

// Limits of keyPoints.
const (
	keyPointsGap   = 20 // blocks of no prose that may lie between the list and the core
	keyPointsItems = 2  // fewest sentence items that make a list of key points
)

// keyPoints adds to the core the list of key points that many articles
// put above their body, in a box of its own: a list of at least
// keyPointsItems items, each a sentence scored as prose and little
// linked, with the heading just before it, separated from the first core
// block by at most keyPointsGap blocks of no prose (a table of contents,
// a promotion). Other items of the list are left out.
func (s *coreScorer) keyPoints(core []bool) {
	first := slices.Index(core, true)
	if first < 0 {
		return
	}
	i := first - 1
	for ; i >= 0 && first-i <= keyPointsGap && !s.sentenceItem(i); i-- {
		if s.weights[i] > 0 {
			return
		}
	}
	if i < 0 || !s.sentenceItem(i) {
		return
	}
	list := listOf(s.d.Blocks[i].DOM.Node)
	start := i
	for start > 0 && s.sentenceItem(start-1) && listOf(s.d.Blocks[start-1].DOM.Node) == list {
		start--
	}
	if i-start+1 < keyPointsItems {
		return
	}
	for j := start; j <= i; j++ {
		core[j] = true
	}
	if h := start - 1; h >= 0 && s.d.Blocks[h].Kind == Heading && s.furniture(s.leaves[h], nil) == nil {
		core[h] = true
	}
}

// sentenceItem reports whether block i is a list item of prose, outside
// furniture and little linked (climbLinks).
func (s *coreScorer) sentenceItem(i int) bool {
	b := s.d.Blocks[i]
	return b.Kind == ListItem && s.weights[i] > 0 && b.DOM.LinkDensity <= climbLinks && listOf(b.DOM.Node) != nil &&
		s.furniture(s.leaves[i], nil) == nil
}

// listOf returns the <ul> or <ol> that holds n, nil when there is none.
func listOf(n *html.Node) *html.Node {
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if n.Data == "ul" || n.Data == "ol" {
			return n
		}
	}
	return nil
}

// fallback returns the core container of a page where no container
// scores positive: the element holding the page's prose when all of it
// lies in furniture, or else the smallest element holding wideCover of
// the text outside furniture (a list of linked items, every one short).
// wide tells that the latter was taken.
func (s *coreScorer) fallback() (best *nodeStat, wide bool) {
	var text *nodeStat
	if s.text > 0 {
		for _, st := range s.order {
			if st.text >= wideCover*s.text && st.bad == "" && (text == nil || st.text < text.text) {
				text = st
			}
		}
	}
	s.classify(false)
	s.score()
	if best = s.best(); best != nil && (best.good >= wideArticle || text == nil) {
		return s.climb(best), false
	}
	if text == nil {
		return nil, false
	}
	s.classify(true)
	s.score()
	return text, true
}

// weigh computes the block weights and the elements' prose.
func (s *coreScorer) weigh() {
	s.markLD()
	s.weights = make([]float64, len(s.d.Blocks))
	s.leaves = make([]*nodeStat, len(s.d.Blocks))
	for i, b := range s.d.Blocks {
		w := blockWeight(b)
		if w > 0 && s.inLD != nil && s.inLD[i] {
			w *= ldBoost
		}
		s.weights[i] = w
		runes := float64(b.Features.Runes)
		s.leaves[i] = s.statChain(b.DOM.Node)
		for st := s.leaves[i]; st != nil; st = st.parent {
			st.blocks++
			st.runes += runes
			st.links += runes * b.DOM.LinkDensity
			if w > 0 {
				st.prose += w
			}
		}
		if w > 0 {
			s.prose += w
		}
	}
}

// classify gives each element its multiplier and, when furniture is set,
// marks the furniture: elements whose tag, role or class names it, except
// those that hold an <h1> (unless they are dialogs, whose terms or notices
// have headlines of their own), those that hold half the page's prose (unless
// they are dialogs, such as cookie notices, or are named as comments,
// which often outweigh the article, or name a footer or fine print
// (isFinePrintWord) on a page whose headline repeats its title outside
// them: testimonials and legal notes under a product; at most
// maxFinePrintBlocks blocks), and
// those whose furniture class marks four or more elements holding half
// the page's prose (page builders put "widget" on every box).
func (s *coreScorer) classify(furniture bool) {
	words := make(map[string]float64)
	counts := make(map[string]int)
	values := make(map[string]valueClass)
	for _, st := range s.order {
		if !st.classed {
			st.content, st.word = nodeClass(st.n, values)
			st.classed = true
		}
	}
	for _, st := range s.order {
		content, word := st.content, st.word
		st.bad, st.mult = "", 1
		switch {
		case word != "":
			if !s.underWord(st, word) {
				words[word] += st.prose
				counts[word]++
			}
		case st.n.Data == "body" || st.n.Data == "html":
		case strings.EqualFold(attr(st.n, "itemprop"), "articleBody"):
			st.mult = bodyPropBonus
		case st.n.Data == "article" || strings.EqualFold(attr(st.n, "role"), "article"):
			st.mult = articleBonus
		case content > 0:
			st.mult = contentBonus
		}
	}
	if !furniture {
		return
	}
	headed, titled := s.headlineAncestors()
	for _, st := range s.order {
		w := st.word
		if w == "" || headed[st.n] && !isDialogWord(w) || st.n.Data == "body" || st.n.Data == "html" ||
			st.prose >= boilerShare*s.prose && !isDialogWord(w) && (!titled || !isFinePrintWord(w) || st.blocks > maxFinePrintBlocks) && (!isCommentWord(w) && !isTagWord(w) || !s.proseOutside(st)) ||
			!isTagWord(w) && words[w] >= boilerShare*s.prose && counts[w] >= minWordBoxes {
			continue
		}
		st.bad, st.mult = w, boilerMalus
	}
	for _, st := range s.order {
		if st.bad != "" && !isTagWord(st.bad) && s.nestedInContent(st) {
			st.bad, st.mult = "", 1
		}
	}
}

// nestedInContent reports whether an ancestor of st has st's furniture
// word, or both name comments, but was kept as content for holding most
// of the page's prose: a thread of comments nested in the comment list
// that makes the page, as on forums, is the content too.
func (s *coreScorer) nestedInContent(st *nodeStat) bool {
	comment := isCommentWord(st.word)
	for as := st.parent; as != nil; as = as.parent {
		if (as.word == st.word || comment && isCommentWord(as.word)) && as.bad == "" && as.prose >= boilerShare*s.prose {
			return true
		}
	}
	return false
}

// proseOutside reports whether enough prose lies outside st to make an
// article that its comments would follow: a fifth of the page's, or
// outsideProse.
func (s *coreScorer) proseOutside(st *nodeStat) bool {
	out := s.prose - st.prose
	return out >= outsideShare*s.prose || out >= outsideProse
}

// headlineAncestors returns the elements that hold an <h1>, which are
// the article's or the page's wrappers, never furniture. When an <h1>
// repeats the page's title (isTitleHeading), only the elements holding
// such an <h1> are taken: sidebars that title their widgets with <h1>
// are then furniture like any other.
func (s *coreScorer) headlineAncestors() (out map[*html.Node]bool, titled bool) {
	out = make(map[*html.Node]bool)
	for _, b := range s.d.Blocks {
		if b.Kind == Heading && b.Level == 1 && isTitleHeading(s.d, b) {
			titled = true
			break
		}
	}
	for _, b := range s.d.Blocks {
		if b.Kind == Heading && b.Level == 1 && (!titled || isTitleHeading(s.d, b)) {
			for n := b.DOM.Node; n != nil && n.Type == html.ElementNode && !out[n]; n = n.Parent {
				out[n] = true
			}
		}
	}
	return out, titled
}

// isTitleHeading reports whether b's text is the page's title or title
// line, or nearly the same headline (see similarHeadline), compared
// folded.
func isTitleHeading(d *Document, b *Block) bool {
	text := foldText(b.Text)
	if text == "" {
		return false
	}
	title, line := foldText(d.Title), foldText(d.TitleLine)
	return text == title || text == line || similarHeadline(text, title) ||
		len(text) <= len(line) && containsWords(line, text) && strings.Count(text, " ") >= 2
}

// underWord reports whether an ancestor of st has the furniture word w.
func (s *coreScorer) underWord(st *nodeStat, w string) bool {
	for a := st.parent; a != nil; a = a.parent {
		if a.word == w {
			return true
		}
	}
	return false
}

// score sums the block weights into their ancestors, decayed with the
// distance, after turning the weight of blocks in furniture negative.
func (s *coreScorer) score() {
	for _, st := range s.order {
		st.score, st.good, st.text = 0, 0, 0
	}
	s.text = 0
	for i, b := range s.d.Blocks {
		w := s.weights[i]
		text := float64(b.Features.Runes)
		if s.furniture(s.leaves[i], nil) != nil {
			w = -0.5*math.Abs(w) - domShortPenalty
			text = 0
		}
		s.text += text
		d := 0
		for st := s.leaves[i]; st != nil; st = st.parent {
			st.score += w * decay(d)
			st.good += max(w, 0)
			st.text += text
			d++
		}
	}
}

// statChain returns the stat of n, nil when n is no element. A new stat
// is made with those of the ancestors that have none, nearest first, each
// linked to its parent's.
func (s *coreScorer) statChain(n *html.Node) *nodeStat {
	var leaf, prev *nodeStat
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		st := s.stats[n]
		known := st != nil
		if !known {
			if len(s.slab) == cap(s.slab) {
				s.slab = make([]nodeStat, 0, statChunk)
			}
			s.slab = append(s.slab, nodeStat{n: n})
			st = &s.slab[len(s.slab)-1]
			s.stats[n] = st
			s.order = append(s.order, st)
		}
		if prev == nil {
			leaf = st
		} else {
			prev.parent = st
		}
		if known {
			break
		}
		prev = st
	}
	return leaf
}

// furniture returns the innermost furniture element among st and its
// ancestors, stopping below the element stop; nil when there is none.
func (s *coreScorer) furniture(st *nodeStat, stop *html.Node) *nodeStat {
	for ; st != nil && st.n != stop; st = st.parent {
		if st.bad != "" {
			return st
		}
	}
	return nil
}

// best returns the element with the best score.
func (s *coreScorer) best() *nodeStat {
	var best *nodeStat
	bestScore := 0.0
	for _, st := range s.order {
		if st.score <= 0 {
			continue
		}
		if f := st.score * st.mult; f > bestScore {
			best, bestScore = st, f
		}
	}
	return best
}

// wholeTable returns the <table> of best when best is a part of one (a
// row group or a row), which is no container of its own: its siblings
// are the table's other parts, not the paragraphs around the table.
func (s *coreScorer) wholeTable(best *nodeStat) *nodeStat {
	switch best.n.Data {
	case "tbody", "thead", "tfoot", "tr":
	default:
		return best
	}
	for n := best.n.Parent; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if n.Data == "table" {
			if st := s.stats[n]; st != nil && st.bad == "" {
				return st
			}
			break
		}
	}
	return best
}

// climb returns the ancestor of best that holds the whole article when
// best holds only a small part of it, as one section of a long document
// or one post of a thread: an ancestor is taken when it holds climbGain
// times the prose of the current best, and the text it adds is mostly
// prose (climbProse) and seldom linked (climbLinks), as further sections
// are and teaser grids and menus are not. Ancestors are tried up to the
// first furniture, so that a chain of wrappers each adding a little prose
// is crossed.
func (s *coreScorer) climb(best *nodeStat) *nodeStat {
	for p := best.parent; p != nil && p.bad == ""; p = p.parent {
		runes := p.runes - best.runes
		if p.good >= climbGain*best.good && runes > 0 &&
			(p.links-best.links)/runes <= climbLinks && (p.good-best.good)/runes >= climbProse {
			best = p
		}
	}
	return best
}

// widen returns the element that holds the page's content when best,
// the prose container, holds only a small part of it: on pages of
// little prose (listings, product grids, forums, link collections) the
// text outside furniture is the content, and its prose is a fragment of
// it. When best holds less than wideShare of that text and less than
// wideProse of prose, the smallest ancestor holding wideCover of the text
// is taken, unless the text it adds is much linked (wideLinks) and best
// has wideArticle of prose or more: a short article among teasers.
func (s *coreScorer) widen(best *nodeStat) *nodeStat {
	if best.text >= wideShare*s.text || best.good >= wideProse {
		return best
	}
	w := best
	for w.text < wideCover*s.text && w.parent != nil {
		w = w.parent
	}
	if w.bad != "" || best.good >= wideArticle && w.links-best.links >= wideLinks*(w.runes-best.runes) {
		return best
	}
	return w
}

// siblings returns the elements that continue the article next to best:
// the sibling elements of best and of its ancestors up to
// siblingScoreLevels above it that are positive, not furniture, and
// score a good share (siblingShare) of best, as the introduction of a page
// whose best container is the list of features below it (above best's
// own level, only when at most climbLinks of their text is linked, as a
// grid of teasers is not); and, up to
// siblingLevels above best, the siblings of its ancestors that share
// their tag and class (an article split into repeated "step" or "section"
// boxes). Paragraphs of prose (isProseParagraph) next to best or to its
// ancestors up to siblingScoreLevels above it join too: the article's
// text around a box nested in it.
func (s *coreScorer) siblings(best *nodeStat) []*html.Node {
	var out []*html.Node
	c := best.n
	for level := 0; level <= siblingLevels && c.Parent != nil && c.Data != "body"; level++ {
		class := attr(c, "class")
		for sib := c.Parent.FirstChild; sib != nil; sib = sib.NextSibling {
			st := s.stats[sib]
			if sib == c || st == nil || st.bad != "" || st.score <= 0 {
				continue
			}
			scored := st.score >= siblingShare*best.score && (level == 0 || level <= siblingScoreLevels && st.links <= climbLinks*st.runes)
			if scored || level <= siblingScoreLevels && isProseParagraph(st) ||
				class != "" && sib.Data == c.Data && attr(sib, "class") == class {
				out = append(out, sib)
			}
		}
		c = c.Parent
	}
	return out
}

// isProseParagraph reports whether st is a paragraph of prose: a <p>
// whose text scores as prose and is little linked (climbLinks), such as
// the first paragraph of an article left outside the box that holds the
// others, or the paragraphs around a box that holds most of them.
func isProseParagraph(st *nodeStat) bool {
	return st.n.Data == "p" && st.good > 0 && st.links <= climbLinks*st.runes
}

// inside reports whether block i belongs to the core: it lies under one of
// the chosen elements and not in furniture below it, unless that
// furniture holds half of best's prose and best was not widened.
func (s *coreScorer) inside(i int, chosen map[*html.Node]bool, best *nodeStat, wide bool) bool {
	for st := s.leaves[i]; st != nil; st = st.parent {
		if chosen[st.n] {
			f := s.furniture(s.leaves[i], st.n)
			return f == nil || !wide && f.prose >= boilerShare*best.prose
		}
	}
	return false
}

// markLD marks the blocks whose text is found in the JSON-LD
// articleBody.
func (s *coreScorer) markLD() {
	if len(s.d.Meta.ArticleBody) < ldMinRunes {
		return
	}
	body := ldKey(s.d.Meta.ArticleBody, math.MaxInt)
	s.inLD = make([]bool, len(s.d.Blocks))
	for i, b := range s.d.Blocks {
		k := ldKey(b.Text, ldKeyRunes) // only its start is compared
		if len(k) < ldMinBlockRunes {
			continue
		}
		if len(k) > ldKeyRunes {
			k = k[:ldKeyRunes]
		}
		s.inLD[i] = strings.Contains(body, k)
	}
}

// ldKey reduces a text to lower-case words separated by single spaces,
// for comparing texts that differ in punctuation and markup. It stops
// once the key holds at least limit bytes: the result is then a prefix
// of the whole key, at least limit bytes long.
func ldKey(s string, limit int) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sb.Len() >= limit {
				break
			}
			if space && sb.Len() > 0 {
				sb.WriteByte(' ')
			}
			space = false
			sb.WriteRune(r)
		} else {
			space = true
		}
	}
	return sb.String()
}

// blockWeight is the prose score of a block, before containers are
// considered. Headings weigh nothing, unless they are as long as prose
// (proseHeadingWords): some pages set their whole text in heading tags.
func blockWeight(b *Block) float64 {
	runes := float64(b.Features.Runes)
	ld := b.DOM.LinkDensity
	switch b.Kind {
	case Heading:
		if b.Features.Words < proseHeadingWords {
			return 0
		}
	case Code, Table:
		return runes * (1 - ld) * 0.5
	}
	if b.DOM.PunctDensity > maxProsePunct {
		return -domShortPenalty
	}
	if ld >= 0.5 || isTeaser(b) {
		return -runes*max(ld, 0.3)*0.5 - domShortPenalty
	}
	words := b.Features.Words
	switch {
	case words >= 12 && (b.Features.Terminal || words >= 25):
		return runes * (1 - ld)
	case words >= 6 && b.Features.Terminal:
		return runes * (1 - ld) * 0.5
	}
	return -domShortPenalty
}

// decay is the share of a block's weight that goes to its ancestor d
// levels up: all of it for its own element, parent and grandparent, then
// less and less, so that a container holding its paragraphs closely beats
// a page wrapper whose prose is scattered over many small boxes.
func decay(d int) float64 {
	switch {
	case d <= 2:
		return 1
	case d == 3:
		return 0.6
	case d == 4:
		return 0.4
	}
	return 0.3
}

// teaserLinkRunes is the length from which a link that opens a list item
// is taken for a headline, making the item a teaser.
const teaserLinkRunes = 20

// isTeaser reports whether b is a list item that opens with a long link,
// as the items of "latest news" lists do: a linked headline, then a
// summary.
func isTeaser(b *Block) bool {
	if b.Kind != ListItem || len(b.Links) == 0 {
		return false
	}
	l := b.Links[0].Text
	return strings.HasPrefix(b.Text, l) && utf8.RuneCountInString(l) >= teaserLinkRunes
}

// maxFinePrintBlocks is the most blocks a footer or fine-print box holds
// and still counts as fine print (see classify). A page's closing notes
// and disclaimers run to a few dozen paragraphs; a box of hundreds that
// holds the page's prose is a page section that a page builder happened
// to name "footer", such as a guide's whole list of entries.
const maxFinePrintBlocks = 200

// isFinePrintWord reports whether a furniture word of nodeClass names
// what closes a page: its footer or its legal fine print.
func isFinePrintWord(w string) bool {
	switch w {
	case "footer", "tag=footer", "disclaimer", "disclaimers", "disclosure", "disclosures", "legal":
		return true
	}
	return false
}

// Limits of toHeadline.
const (
	h1Share = 0.6 // best holding less of the headline box's text than this
	h1Links = 0.3 // where at most this share of the text added is linked
	h1Prose = 0.5 // and less than this share of it scores as prose
)

// toHeadline returns the element that holds the page's content when best
// is one box of a page made of many, with the page's headline outside it:
// the smallest ancestor of best holding an <h1> (see headlineAncestors),
// when best holds less than h1Share of its text outside furniture
// and the text that ancestor adds is little linked (h1Links), as the
// sections of a landing page, a product's panels and a grid of product
// cards are and a grid of teasers is not.
func (s *coreScorer) toHeadline(best *nodeStat) *nodeStat {
	headed, _ := s.headlineAncestors()
	if headed[best.n] {
		return best
	}
	for n := best.n.Parent; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if !headed[n] {
			continue
		}
		h := s.stats[n]
		if h == nil || h.bad != "" || n.Data == "body" || n.Data == "html" {
			return best
		}
		added := h.runes - best.runes
		if best.text >= h1Share*h.text || added <= 0 || h.links-best.links > h1Links*added || h.good-best.good >= h1Prose*added {
			return best
		}
		return h
	}
	return best
}
