package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/net/html"
)

// coreTexts returns the texts of the blocks in the document's core.
func coreTexts(doc *Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		if doc.InCore(b) {
			out = append(out, b.Text)
		}
	}
	return out
}

func TestLocateDOMCore(t *testing.T) {
	para := func(s string) string { return "<p>" + strings.Repeat(s+" ", 3) + "</p>" }
	body := para("The body of the article tells what happened, and who said what to whom on that day.")
	section := func(class, s string) string {
		return `<div class="` + class + `"><div class="inner"><div class="box">` + s + `</div></div></div>`
	}
	teaser := `<div class="card"><h3><a href="/x">A teaser headline for another story</a></h3><p>A short summary of that other story, with a sentence or two.</p></div>`
	tests := []struct {
		name    string
		head    string
		page    string
		in, out []string
	}{
		{
			name: "article beats a grid of teasers as large",
			page: `<div class="main"><article><div class="content">` + strings.Repeat(body, 5) + `</div></article></div>` +
				`<section class="grid">` + strings.Repeat(teaser, 25) + `</section>`,
			in: []string{"The body of the article"}, out: []string{"A short summary", "A teaser headline"},
		},
		{
			name: "comments longer than the article are left out",
			page: `<div id="page"><h1>Title</h1><div class="entry">` + strings.Repeat(body, 3) + `</div>` +
				`<div id="comments">` + strings.Repeat(para("I disagree with this article, and here is a long reply explaining why I think so."), 8) + `</div></div>`,
			in: []string{"The body of the article"}, out: []string{"I disagree"},
		},
		{
			name: "sidebar and navigation are left out",
			page: `<nav><ul><li><a href="/">Home</a></li><li><a href="/a">About</a></li></ul></nav><div class="wrap"><div class="post">` + strings.Repeat(body, 4) +
				`</div><div class="sidebar">` + para("Sign up for our newsletter to get the best stories in your inbox every morning.") + `</div></div>`,
			in: []string{"The body of the article"}, out: []string{"Home", "Sign up"},
		},
		{
			name: "body split into same-class boxes",
			page: `<div class="story"><div class="text-block">` + strings.Repeat(body, 3) + `</div><div class="ad">Ad</div><div class="text-block">` +
				para("The second part of the article continues the story after the advertisement here.") + `</div></div>`,
			in: []string{"The body of the article", "The second part"}, out: []string{"Ad"},
		},
		{
			name: "a page builder's widget class is not furniture",
			page: `<div class="elementor-widget-container">` + body + `</div><div class="elementor-widget-container">` + body + `</div><div class="elementor-widget-container">` + body +
				`</div><div class="elementor-widget-container">` + body + `</div>`,
			in: []string{"The body of the article"},
		},
		{
			name: "a list of linked items with no prose is the content",
			page: `<nav><ul><li><a href="/">Home</a></li><li><a href="/a">About</a></li></ul></nav><main><h1>Events</h1><ul>` +
				strings.Repeat(`<li><a href="/e">Developer conference in Chicago, Illinois</a></li><li><a href="/f">Meetup of the Go user group</a></li>`, 10) +
				`</ul></main><footer><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>`,
			in: []string{"Developer conference", "Meetup of the Go"}, out: []string{"Home", "Privacy policy"},
		},
		{
			name: "a product grid with a short blurb widens to the grid",
			page: `<nav><a href="/">Home</a> <a href="/shop">Shop</a></nav><div class="page"><div class="items">` +
				strings.Repeat(`<div class="item"><h3>Monitor arm M2</h3><div>For monitors: 5-22 lbs</div><div>Screen size: up to 43 inches</div><div>Starting at $434</div></div>`, 12) +
				`</div><section class="add-ons"><p>A docking station that provides power to devices with USB-C and Thunderbolt ports.</p></section></div>`,
			in: []string{"Monitor arm M2", "Starting at $434", "A docking station"}, out: []string{"Shop"},
		},
		{
			name: "a thread of nested comments that makes the page is the content",
			page: `<div id="inside"><ol class="comments">` + strings.Repeat(`<li class="comments_subtree"><div class="comment"><p>I think the trait solver will unblock features.</p></div>`+
				`<ol class="replies"><li class="reply"><div class="comment">`+strings.Repeat(body, 2)+`</div></li></ol></li>`, 3) + `</ol></div>`,
			in: []string{"I think the trait solver", "The body of the article"},
		},
		{
			name: "the core climbs over wrappers to all sections of a document",
			page: `<div class="doc">` + section("intro", strings.Repeat(body, 4)) + strings.Repeat(section("part", "<div>"+para("The next section explains another part of the procedure in its own words.")+"</div>"), 7) + `</div>`,
			in:   []string{"The body of the article", "The next section"},
		},
		{
			name: "same-class boxes four levels above the best container join it",
			page: `<div class="body-blocks">` + `<div class="block text"><div class="text"><section class="html"><div class="inner">` + strings.Repeat(body, 4) + `</div></section></div></div>` +
				`<div class="ad">Advertisement</div><div class="block text"><div class="text"><section class="html"><div class="inner">` +
				para("The story goes on in a second box of the same kind, after the advertisement.") + `</div></section></div></div></div>`,
			in: []string{"The body of the article", "The story goes on"}, out: []string{"Advertisement"},
		},
		{
			name: "a section id made from its heading is not a furniture name",
			page: `<div class="doc"><div class="section" id="getting-started-quickly"><h2>Getting started quickly</h2>` + strings.Repeat(body, 4) + `</div>` +
				`<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2>` + body + `</div></div>`,
			in: []string{"Sharing with a single developer"},
		},
		{
			name: "a cookie dialog with more prose than the page is not the content",
			page: `<main><h1>Mirrorless cameras</h1><ul>` + strings.Repeat(`<li><a href="/c">Camera body with 24 megapixels</a> $1,299</li>`, 20) + `</ul></main>` +
				`<section role="dialog"><p>` + strings.Repeat("These cookies track your activity to help advertisers deliver more relevant advertising to you. ", 6) + `</p></section>`,
			in: []string{"Camera body"}, out: []string{"These cookies"},
		},
		{
			name: "a dialog is furniture even when it holds an <h1>",
			page: `<main><h1>Wool runner</h1><div class="details">` + strings.Repeat(para("Our wool runner combines soft merino wool with a cushioned sole for every day."), 2) + `</div></main>` +
				`<div role="dialog" aria-modal="true"><h1>Table of contents</h1><div class="prose">` + strings.Repeat(body, 8) + `</div></div>`,
			in: []string{"Our wool runner"}, out: []string{"The body of the article"},
		},
		{
			name: "a footer with most of the prose is furniture below the page's headline",
			head: `<title>Iris hemp dress</title>`,
			page: `<div class="product"><h1>Iris hemp dress</h1>` + strings.Repeat(para("A strappy dress in three layers of hemp, with a side zip and a pocket."), 2) + `</div>` +
				`<div class="page-footer"><h2>What our clients say</h2>` + strings.Repeat(body, 6) + `</div>`,
			in: []string{"A strappy dress"}, out: []string{"The body of the article"},
		},
		{
			name: "a box of hundreds of blocks named footer is a page section, not fine print",
			head: `<title>The guide to the city's best restaurants</title>`,
			page: `<div class="hero"><h1>The guide to the city's best restaurants</h1><p>Every place worth a table this year.</p></div>` +
				`<div class="page1-footer">` + strings.Repeat(`<h3>Agi's Counter</h3><p>Korean</p>`+body, maxFinePrintBlocks/3+1) + `</div>`,
			in: []string{"The body of the article", "Agi's Counter"},
		},
		{
			name: "a footer with most of the prose is spared when no headline names the page",
			page: `<div class="product"><h2>Iris hemp dress</h2><p>Hemp, size M</p></div><div class="page-footer">` + strings.Repeat(body, 6) + `</div>`,
			in:   []string{"The body of the article"},
		},
		{
			name: "a landing page's sections under its headline are the content, not its longest box",
			page: `<main><section class="hero"><h1>One video is worth a thousand words</h1><p>Record and share video messages.</p></section>` +
				strings.Repeat(`<section class="feature"><h2>Lightning fast screen recording</h2><p>Record your screen and camera.</p><ul><li>Any device</li><li>Chrome extension</li></ul></section>`, 6) +
				`<section class="quotes"><div class="carousel">` + strings.Repeat(body, 3) + `</div></section></main>`,
			in: []string{"One video is worth", "Lightning fast screen recording", "Record your screen and camera", "The body of the article"},
		},
		{
			name: "an article's body does not widen to a headline box full of links",
			page: `<div class="wrap"><h1>Postal rates rise</h1><div class="body">` + strings.Repeat(body, 2) + `</div>` +
				strings.Repeat(`<div class="widget"><a href="/a">Another story from the region today</a> <span>May 4</span></div>`, 12) + `</div>`,
			in: []string{"The body of the article"}, out: []string{"Another story", "May 4"},
		},
		{
			name: "an article's body does not widen to a headline box that adds mostly prose",
			page: `<div class="wrap"><h1>Postal rates rise</h1>` + section("body", strings.Repeat(body, 2)) +
				section("bio", strings.Repeat(para("The author has covered the postal service and its prices for twenty years."), 2)) + `<p>Filed under news</p><p>Print</p></div>`,
			in: []string{"The body of the article"}, out: []string{"Filed under news"},
		},
		{
			name: "section headers hold content, the page header does not",
			page: `<header><p>` + strings.Repeat("Welcome to our company, the leading provider of video tools. ", 2) + `</p></header><main>` +
				strings.Repeat(`<section><header><h2>Record your screen</h2>`+para("Record your screen and camera in a few clicks, on any device you like to use.")+`</header></section>`, 4) +
				`</main><div class="quotes">` + strings.Repeat(body, 2) + `</div>`,
			in: []string{"Record your screen and camera"}, out: []string{"Welcome to our company"},
		},
		{
			name: "a script hook class is not a furniture name",
			page: `<div class="summary">` + strings.Repeat(para("The discussion summary says what the participants agreed on in the end."), 2) + `</div>` +
				`<div class="block-body js-replyNewMessageContainer">` + strings.Repeat(`<article class="message"><div class="inner">`+para("I bought the software from a reseller and it worked well for a year.")+`</div></article>`, 4) + `</div>`,
			in: []string{"I bought the software"},
		},
		{
			name: "'more' alone does not name furniture",
			page: `<div class="page"><div class="intro">` + strings.Repeat(body, 3) + `</div><div class="more-features">` +
				strings.Repeat(para("Examine the HTML and CSS of any page and modify its structure as you go."), 2) + `</div></div>`,
			in: []string{"The body of the article", "Examine the HTML"},
		},
		{
			name: "a section two levels above the best container joins it",
			page: `<main><section class="intro">` + strings.Repeat(body, 2) + `</section><section class="features"><div class="container"><ul class="list">` +
				strings.Repeat(`<li><h2>Inspector</h2>`+para("Examine the HTML and CSS of any page and modify its structure as you go.")+`</li>`, 6) + `</ul></div></section></main>` +
				`<div class="outer">` + para("Some other text that sits elsewhere on the page, away from the main part.") + `</div>`,
			in: []string{"The body of the article", "Examine the HTML"}, out: []string{"Some other text"},
		},
		{
			name: "a paragraph of prose next to the best container joins it",
			page: `<div class="wrap"><p>The first paragraph sits outside the box that holds all the others, as a lead.</p>` +
				`<div class="box">` + strings.Repeat(`<div class="part"><div class="inner">`+body+`</div></div>`, 6) + `</div>` +
				`<p><a href="/x">Read more stories about the council</a></p></div>`,
			in: []string{"The first paragraph sits outside", "The body of the article"}, out: []string{"Read more stories"},
		},
		{
			name: "an article set in heading tags is prose",
			page: `<article class="post"><h2>The poster contest for children</h2>` +
				strings.Repeat(`<h3>The contest takes place for the sixth time this year, and children between six and twelve can take part in it.</h3>`, 8) +
				`</article><div class="widget"><p>We use cookies to give you the best experience on our site, as explained here.</p></div>`,
			in: []string{"The contest takes place"}, out: []string{"We use cookies"},
		},
		{
			name: "the paragraphs around a table whose body scores best join it",
			page: `<div class="c"><p>This list of films features time loops, in which characters relive the same day again.</p><table class="list"><tbody>` +
				strings.Repeat(`<tr><td><a href="/f">Groundhog Day</a></td><td>1993</td><td><p>A weatherman finds himself living the same day over and over again, until he changes.</p></td></tr>`, 12) +
				`</tbody></table><ul class="refs">` + strings.Repeat(`<li><a href="/r">Reference to a source</a></li>`, 12) + `</ul></div>`,
			in: []string{"This list of films", "A weatherman finds"}, out: []string{"Reference to a source"},
		},
		{
			name: "a disclosures box is furniture",
			page: `<div class="page"><div class="wrap">` + strings.Repeat(`<div class="part"><div class="inner"><div>`+body+`</div></div></div>`, 6) + `</div>` +
				`<div class="disclosures">` + strings.Repeat(para("All investing is subject to risk, including the possible loss of the money you invest."), 3) + `</div></div>`,
			in: []string{"The body of the article"}, out: []string{"All investing is subject"},
		},
		{
			name: "a furniture word that ends a compound class names furniture",
			page: `<div class="main"><div class="entry">` + strings.Repeat(body, 3) + `</div><div class="recentcomments">` +
				para("A reader wrote that the council should have voted on the budget much earlier this year.") + `</div></div>`,
			in: []string{"The body of the article"}, out: []string{"A reader wrote"},
		},
		{
			name: "a cookie notice with more prose than a short post is not the content",
			page: `<div class="post"><p>Who will slip on the ice next? I bet that you will be the first one to fall.</p></div>` +
				`<form class="widget eu-cookie-law">` + para("This site uses cookies. By continuing to use the site you agree to their use.") + `</form>`,
			in: []string{"Who will slip"}, out: []string{"This site uses cookies"},
		},
		{
			name: "a sidebar titling its widgets with <h1> is furniture when another <h1> is the title",
			head: `<title>Electric pumps</title>`,
			page: `<main><article><h1>Electric pumps</h1><div class="entry-content"><p>I would invest in smart and economical electric pumps, with service around them.</p></div></article></main>` +
				`<div class="widget-area" role="complementary">` + strings.Repeat(`<aside class="widget"><h1>About me</h1>`+para("This is the personal blog of a writer from Hamburg, with texts and pictures that last.")+`</aside>`, 3) + `</div>`,
			in: []string{"I would invest"}, out: []string{"personal blog"},
		},
		{
			name: "paragraphs of prose around a box nested two levels in the article join it",
			page: `<div class="entry-content"><p>The first paragraphs of the post come before the nested box, as plain paragraphs.</p>` +
				`<p>A second paragraph of the post, written before the box, and about the same subject.</p><div><div>` + strings.Repeat(body, 6) + `</div></div>` +
				`<p>A closing paragraph of the post that comes after the nested box and ends it.</p></div>` +
				`<div class="other"><p>Some other text that sits elsewhere on the page, away from the main part.</p></div>`,
			in: []string{"The first paragraphs", "A second paragraph", "The body of the article", "A closing paragraph"}, out: []string{"Some other text"},
		},
		{
			name: "a lead paragraph above the body's box, past share buttons, joins the core",
			page: `<div class="top"><div class="abstract"><p>Exotic house plants are in fashion, but many of them need more warmth and more light than a flat gives them.</p></div>` +
				`<div class="share"><a href="/s">Link</a><a href="/m">Mail</a></div></div><div class="wrap"><div class="article-main">` + strings.Repeat(body, 10) + `</div></div>`,
			in: []string{"Exotic house plants", "The body of the article"}, out: []string{"Mail"},
		},
		{
			name: "a paragraph above the headline is no lead",
			page: `<div class="top"><div class="intro"><p>Register today and begin immediately with the best ways to treat common skin conditions.</p></div>` +
				`<h1>Skin care</h1></div><div class="wrap"><div class="article-main">` + strings.Repeat(body, 10) + `</div></div>`,
			in: []string{"The body of the article"}, out: []string{"Register today"},
		},
		{
			name: "a box of key points just above the body joins the core",
			page: `<section class="head"><h1>Cloud stocks</h1><div class="box"><h2>Key Points</h2><ul>` +
				`<li><div>Global cloud spending is projected to rise threefold by the end of the decade.</div></li>` +
				`<li><div>Leading cloud providers include Amazon, Microsoft, and Alphabet.</div></li>` +
				`<li><div><a href="/promo">These ten stocks could make you rich, click here now</a></div></li></ul></div></section>` +
				`<section class="body"><nav><ul><li><a href="#a">Stocks for 2025</a></li><li><a href="#b">FAQ</a></li></ul></nav>` +
				`<div class="article-body">` + strings.Repeat(body, 4) + `</div></section>`,
			in: []string{"Key Points", "Global cloud spending", "Leading cloud providers", "The body of the article"}, out: []string{"These ten stocks", "FAQ"},
		},
		{
			name: "a list of sentences far above the body stays out",
			page: `<div class="top"><ul><li>Global cloud spending is projected to rise threefold by the end of the decade.</li>` +
				`<li>Leading cloud providers include Amazon, Microsoft, and Alphabet in that order.</li></ul></div><div class="labels">` +
				strings.Repeat(`<div><a href="/t">Topic</a></div>`, 25) + `</div>` +
				`<div class="wrap"><div class="article-body">` + strings.Repeat(body, 4) + `</div></div>`,
			in: []string{"The body of the article"}, out: []string{"Global cloud spending"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := htmlDoc(t, "<html><head>"+tt.head+"</head><body>"+tt.page+"</body></html>", "")
			core := strings.Join(coreTexts(doc), "\n")
			for _, s := range tt.in {
				assert.Contains(t, core, s)
			}
			for _, s := range tt.out {
				assert.NotContains(t, core, s)
			}
		})
	}
}

func TestLocateDOMCoreJSONLD(t *testing.T) {
	a := strings.Repeat("Paragraph from the real article body, which the metadata also declares. ", 3)
	b := strings.Repeat("Paragraph from a longer promotional box that is not the article at all. ", 8)
	body := `<body><div><div><div class="x"><p>` + a + `</p><p>` + a + `</p></div></div></div><div><div><div class="y"><p>` + b + `</p></div></div></div></body>`
	best := func(head string) string {
		doc := htmlDoc(t, "<html><head>"+head+"</head>"+body+"</html>", "")
		s := &coreScorer{d: doc, stats: make(map[*html.Node]*nodeStat)}
		s.weigh()
		s.classify(true)
		s.score()
		return nodeText(s.best().n)
	}
	assert.Contains(t, best(""), "promotional box", "the longer box wins without metadata")
	assert.Contains(t, best(`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"`+a+a+`"}</script>`), "real article body")
}

func TestMetaCharset(t *testing.T) {
	tests := map[string]string{
		`<meta charset="iso-8859-15">`:                                            "iso-8859-15",
		`<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=Shift_JIS">`: "Shift_JIS",
		`<meta charset=koi8-r>`:                                                   "koi8-r",
		`<meta name="x"><p>charset=nothing</p>`:                                   "",
		`<meta name="description" content="a">`:                                   "",
	}
	for in, want := range tests {
		assert.Equal(t, want, metaCharset([]byte("<head>"+in+"</head>")), in)
	}
}
