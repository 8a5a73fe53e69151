package extract

import (
	"strings"
	"testing"
)

func TestComments(t *testing.T) {
	runDOMCases(t, Comments, "comments", []domCase{
		{name: "en comment section after the article", lang: "en",
			after:   `<section id="comments"><h3>3 Comments</h3><div class="comment"><p>Great article, thanks for writing it.</p></div></section>`,
			removed: []string{"3 Comments", "Great article, thanks for writing it."}},
		{name: "fr prompt inside the article", lang: "fr",
			inside:  `<h3>Laisser un commentaire</h3>`,
			removed: []string{"Laisser un commentaire"}},
		{name: "de Kommentare class", lang: "de",
			after:   `<div class="kommentare"><p>Sehr guter Beitrag, danke dafür.</p></div>`,
			removed: []string{"Sehr guter Beitrag, danke dafür."}},
		{name: "es heading", lang: "es", inside: `<h2>12 comentarios</h2>`, removed: []string{"12 comentarios"}},
		{name: "it heading", lang: "it", inside: `<h2>Commenti</h2>`, removed: []string{"Commenti"}},
		{name: "pt prompt", lang: "pt", inside: `<h3>Deixe um comentário</h3>`, removed: []string{"Deixe um comentário"}},
		{name: "nl heading", lang: "nl", inside: `<h3>5 reacties</h3>`, removed: []string{"5 reacties"}},
		{name: "sv heading", lang: "sv", inside: `<h3>Kommentarer</h3>`, removed: []string{"Kommentarer"}},
		{name: "disqus thread", lang: "en", after: `<div id="disqus_thread"><p>Loading the discussion now.</p></div>`,
			removed: []string{"Loading the discussion now."}},
		{name: "commentary is not comments", lang: "en",
			inside: `<div class="commentary"><p>An analysis paragraph that belongs to the article.</p></div>`,
			kept:   []string{"An analysis paragraph that belongs to the article."}},
		{name: "a sentence about comments is kept", lang: "en",
			inside: `<p>The minister's comments drew criticism from the opposition on Monday.</p>`,
			kept:   []string{"The minister's comments drew criticism from the opposition on Monday."}},
	})
}

func TestCommentsKeepsForumThreads(t *testing.T) {
	post := `<div class="comment"><p>` + strings.Repeat("I have used this lens for years and it works well in low light. ", 4) + `</p></div>`
	page := `<html><body><h1>Which lens?</h1><div class="thread">` + strings.Repeat(post, 6) + `</div></body></html>`
	if got := removedBy(t, Comments, page); len(got) != 0 {
		t.Errorf("forum posts removed: %v", got)
	}
}
