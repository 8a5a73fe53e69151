package extract

import (
	"strings"
	"sync"
)

// A tokenFamily is a named set of substrings that the extractors look for
// in the class, id, role and itemprop tokens of a block and its ancestors
// (DOMEvidence.Tokens): "share", "social" and "sharing" for the Share
// extractor. Families are declared once, at package initialisation, with
// newTokenFamily; a document then tests each distinct token against all
// families once, and a block's question costs a bit test (see
// Document.familyToken). The zero tokenFamily is the empty family, which
// no token matches.
type tokenFamily struct {
	bit uint64
}

// tokenFamilies holds the substrings of each declared family, indexed by
// the position of the family's bit.
var tokenFamilies [][]string

// newTokenFamily declares a family of token substrings, compared with
// lower-case tokens. It must be called during package initialisation; at
// most 64 families can exist.
func newTokenFamily(substrings ...string) tokenFamily {
	if len(tokenFamilies) == 64 {
		panic("extract: more than 64 token families")
	}
	tokenFamilies = append(tokenFamilies, substrings)
	return tokenFamily{bit: 1 << (len(tokenFamilies) - 1)}
}

// The token families of the built-in extractors.
var (
	famByline     = newTokenFamily("byline", "author", "dateline", "timestamp", "published", "posted-on", "entry-date", "entry-meta")
	famCaption    = newTokenFamily("caption", "credit", "copyright")
	famNavigation = newTokenFamily("nav", "menu")
	famTags       = newTokenFamily("tag", "breadcrumb", "keyword")
	famKicker     = newTokenFamily("kicker", "overline", "eyebrow", "surtitle", "surtitre")
	famStandfirst = newTokenFamily("standfirst", "lead", "intro", "chapo", "chapeau", "summary", "dek", "deck", "subtitle", "excerpt", "teaser")
	famShare      = newTokenFamily("share", "social", "sharing")
	famNewsletter = newTokenFamily("newsletter", "subscribe", "signup")
	famCookie     = newTokenFamily("cookie", "consent", "gdpr")
	famModeration = newTokenFamily("comment-respond", "comments-title", "comment-form", "moderation")
	famRelated    = newTokenFamily("related", "recommend", "read-next", "readnext", "more-stories", "outbrain", "taboola")
	famFooter     = newTokenFamily("footer", "copyright", "colophon")
	famEmbed      = newTokenFamily("twitter-tweet", "instagram-media", "tiktok-embed", "fb-post", "bluesky-embed", "mastodon-embed")
)

// inEmbeddedPost reports whether an HTML block is part of a post embedded
// in the article (a tweet, an Instagram or TikTok post): its text, date
// line and links are the quoted post, which the article shows as content,
// so the extractors of bylines, credits and share prompts leave it alone.
func inEmbeddedPost(doc *Document, b *Block) bool {
	_, ok := doc.familyToken(b, famEmbed)
	return ok
}

// familyToken reports whether a class, id, role or itemprop token of b or
// of its ancestors contains one of the substrings of family f, and returns
// the first such token, nearest first: DOMEvidence.HasToken with the
// family's substrings, answered from masks computed once per token and
// once per block. It returns false for text input and for the zero
// family.
func (d *Document) familyToken(b *Block, f tokenFamily) (string, bool) {
	e := b.DOM
	if e == nil || f.bit == 0 {
		return "", false
	}
	if !e.familiesSet {
		e.families = 0
		for _, t := range e.Tokens {
			e.families |= d.tokenFamilies(t)
		}
		e.familiesSet = true
	}
	if e.families&f.bit == 0 {
		return "", false
	}
	for _, t := range e.Tokens {
		if d.tokenFamilies(t)&f.bit != 0 {
			return t, true
		}
	}
	return "", false
}

// tokenFamilies returns familiesOf(token), computed once per document
// and token.
func (d *Document) tokenFamilies(token string) uint64 {
	if m, ok := d.tokenMasks[token]; ok {
		return m
	}
	m := familiesOf(token)
	if d.tokenMasks == nil {
		d.tokenMasks = make(map[string]uint64)
	}
	d.tokenMasks[token] = m
	return m
}

// familiesOf returns the set of families whose substrings token
// contains, as a bit mask. The ancestor separator "|" and the classes of
// a post's categories and tags ("category-…", "tag-…") belong to no
// family.
func familiesOf(token string) uint64 {
	if token == "|" || strings.HasPrefix(token, "category-") || strings.HasPrefix(token, "tag-") {
		// A blog engine's classes for the post's categories and tags
		// ("category-social-media", "tag-newsletter") name its subject,
		// not the element's function.
		return 0
	}
	starts := familyStarts()
	m := starts.always
	for i := 0; i < len(token); i++ {
		for _, f := range starts.byFirst[token[i]] {
			if strings.HasPrefix(token[i:], f.sub) {
				m |= f.bit
			}
		}
	}
	return m
}

// A familyStart is one substring of a token family, with the family's bit.
type familyStart struct {
	sub string
	bit uint64
}

// familyIndex holds the substrings of all token families by their first
// byte, so that a token is scanned once rather than once per substring;
// always has the bits of families with an empty substring, which every
// token contains.
type familyIndex struct {
	byFirst [256][]familyStart
	always  uint64
}

// familyStarts returns the familyIndex, built on first use, after every
// family is declared.
var familyStarts = sync.OnceValue(func() *familyIndex {
	var ix familyIndex
	for i, subs := range tokenFamilies {
		for _, s := range subs {
			if s == "" {
				ix.always |= 1 << i
				continue
			}
			ix.byFirst[s[0]] = append(ix.byFirst[s[0]], familyStart{s, 1 << i})
		}
	}
	return &ix
})
