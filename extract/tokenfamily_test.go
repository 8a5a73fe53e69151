package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFamilyTokenAgreesWithHasToken(t *testing.T) {
	doc := htmlDoc(t, `<html><body>
<div class="site-wrap" id="page">
 <header class="site-header"><nav class="main-nav"><ul><li class="menu-item">World</li></ul></nav></header>
 <article class="post entry">
  <p class="byline author-name">By Jane Doe</p>
  <p class="article-lead standfirst">A lead that says what the story is about.</p>
  <figure><figcaption class="image-caption">A caption under a photo.</figcaption></figure>
  <p>A body paragraph with no class of its own.</p>
  <div class="social-share"><a>Share on Facebook</a></div>
  <div class="tags-list"><a>Politics</a></div>
  <div id="comment-respond"><p>Leave a reply</p></div>
 </article>
 <aside class="related-posts"><p>More stories</p></aside>
 <div class="cookie-consent"><p>We use cookies.</p></div>
 <footer class="site-footer"><p>Copyright 2020</p></footer>
</div></body></html>`, "")
	require.NotEmpty(t, doc.Blocks)
	fams := []tokenFamily{famByline, famCaption, famNavigation, famTags, famKicker, famStandfirst,
		famShare, famNewsletter, famCookie, famModeration, famRelated, famFooter, famEmbed}
	require.Len(t, fams, len(tokenFamilies), "every declared family is tested")
	hits := 0
	for _, b := range doc.Blocks {
		for i, f := range fams {
			wantTok, want := b.DOM.HasToken(tokenFamilies[i]...)
			for range 2 { // the second call answers from the caches
				tok, ok := doc.familyToken(b, f)
				assert.Equal(t, want, ok, "block %q, family %v", b.Text, tokenFamilies[i])
				assert.Equal(t, wantTok, tok, "block %q, family %v", b.Text, tokenFamilies[i])
			}
			if want {
				hits++
			}
		}
	}
	assert.GreaterOrEqual(t, hits, 8, "the page exercises the families")
}

func TestFamilyTokenEmpty(t *testing.T) {
	doc := htmlDoc(t, `<html><body><div class="share"><p>Share this</p></div></body></html>`, "")
	b := findBlock(t, doc, "Share this")
	_, ok := doc.familyToken(b, tokenFamily{})
	assert.False(t, ok, "the zero family matches nothing")
	tok, ok := doc.familyToken(b, famShare)
	assert.True(t, ok)
	assert.Equal(t, "share", tok)

	text, err := NewTextDocument("Title\nShare this\n")
	require.NoError(t, err)
	_, ok = text.familyToken(text.Blocks[0], famShare)
	assert.False(t, ok, "text input has no tokens")
}

func TestEmbeddedPostsAreLeftAlone(t *testing.T) {
	tweet := `<blockquote class="twitter-tweet"><p>we're. on. it. <a href="https://t.co/x">https://t.co/HO1ZRs9T1P</a></p>` +
		`<p>I urge everyone to use them pic.twitter.com/MYwRz9euaq</p>` +
		`<p>— Cooper Lund (@cooperlund) November 18, 2019</p></blockquote>`
	page := articlePage("en", tweet, "")
	for _, e := range []Extractor{Byline, Share, Credits} {
		t.Run(extractorName(e, 0), func(t *testing.T) {
			assert.Empty(t, removedBy(t, e, page))
		})
	}
	// The same lines in a box that is not an embedded post are furniture.
	plain := articlePage("en", strings.Replace(tweet, "twitter-tweet", "social-media-box", 1), "")
	assert.Equal(t, "share", removedBy(t, Share, plain)["we're. on. it. https://t.co/HO1ZRs9T1P"])
	assert.Equal(t, "byline", removedBy(t, Byline, plain)["— Cooper Lund (@cooperlund) November 18, 2019"])
	assert.Equal(t, "credit", removedBy(t, Credits, plain)["I urge everyone to use them pic.twitter.com/MYwRz9euaq"])
}

func TestFamilyTokenSkipsPostTaxonomy(t *testing.T) {
	doc := htmlDoc(t, `<html><body><article class="post category-social-media tag-newsletter">`+
		`<h2>Private is not the same as private</h2><div class="share-box"><p>Share this</p></div></article></body></html>`, "")
	_, ok := doc.familyToken(findBlock(t, doc, "Private is not the same as private"), famShare)
	assert.False(t, ok, "a post's category names its subject")
	_, ok = doc.familyToken(findBlock(t, doc, "Private is not the same as private"), famNewsletter)
	assert.False(t, ok, "and so does its tag")
	tok, ok := doc.familyToken(findBlock(t, doc, "Share this"), famShare)
	assert.True(t, ok)
	assert.Equal(t, "share-box", tok)
}
