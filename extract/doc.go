// Package extract turns a news or blog page, as HTML or as a plain-text
// dump, into a clean Article: title, site name, language, authors, date,
// kicker, lead and the body as typed blocks, with a record of every block
// that was stripped, by which extractor and why.
//
// # Model
//
// A front end (NewTextDocument, NewHTMLDocument) turns the input into a
// Document: an ordered list of Blocks, each with its evidence (line
// features; for HTML, its tag path, semantic containers, class and id
// tokens and link density). A Pipeline then runs Extractors over the
// Document in order. Each extractor recognises one kind of boilerplate or
// metadata and marks blocks removed, with a kind and the evidence, or gives
// them a role. The blocks left make the Article's body.
//
// # Composing
//
// DefaultExtractors returns the built-in extractors in their default
// order. Pass a modified slice, possibly holding your own Extractor or
// ExtractorFunc, to New with WithExtractors. A Pipeline is immutable and
// safe for concurrent use; the package-level FromText, FromReader, FromHTML
// and FromNode use a shared default Pipeline.
//
// # Files
//
//   - The model: document.go (Document, Metadata, Remove), block.go (Block,
//     Removal), evidence.go (DOMEvidence), core.go (the main content),
//     article.go (Article, Text), errors.go; blockcache.go (what the
//     extractors derive from a block's text, computed once).
//   - The pipeline: extractor.go (Extractor, ExtractorFunc, Named),
//     pipeline.go (Pipeline, New, options, FromText, Run), defaults.go;
//     limits.go (WithMaxNodes, WithMaxDepth), limits_format.go (the guard
//     against unclosed formatting elements) and context.go (the Context
//     variants).
//   - The text front end: text.go; the dense core of a dump: textcore.go.
//   - The HTML parse: fastparse.go, the fast parse that builds html.Parse's
//     tree or gives the page to html.Parse, with fastparse_scan.go (its
//     tokenizer), fastparse_head.go, fastparse_body.go and
//     fastparse_table.go (its insertion modes), fastparse_foreign.go (SVG)
//     and fastparse_tree.go (nodes and stacks).
//   - The HTML front end: html.go, charset.go and charset_double.go (entry
//     points, decoding, pages encoded in UTF-8 twice), dom.go, domnode.go,
//     domtable.go and domdepth.go (DOM to blocks), domframe.go (paths,
//     tokens and token families computed once per element), domlink.go
//     (link targets made absolute), domcore.go, domscope.go and
//     domtokens.go (main-content scoring), domremove.go.
//   - Metadata: meta.go (the sources and their reconciliation), jsonld.go,
//     meta_headline.go (the headline piece of an h1 built of several), meta_labelled.go (card labels such as "Written by"),
//     meta_modified.go (the modified date, a fallback), posterscan.go (the
//     classes readMeta asks posterElement about), author_visible.go
//     (bylines near the headline), author_end.go (a dated credits line at
//     the article's end), author_reconcile.go (a visible byline over weak
//     markup names: accounts, organisations, first names),
//     author_signature.go (a name in bold, italics or brackets closing the
//     text as its signature), author_hcard.go (hCard bylines),
//     author_labels.go (writer labels, source and copyright lines),
//     date_window.go
//     (the byline window's date against the markup's), date_posted.go (a
//     post header, "posted on" line or "last edited" footer as the date of
//     last resort), date_original.go (an "originally published on" line
//     over a later date), title_rules.go (the choice between <h1>, <title> and
//     og:title: a blog's name, labels, front-page titles, an <h1> marked
//     as the post's title) and
//     title_text.go (a text dump's title line and site name).
//   - The extractors, one per file: headline.go, byline.go, standfirst.go,
//     credit.go, navigation.go, tags.go, share.go, newsletter.go, cookie.go,
//     moderation.go, related.go, comments.go, ads.go, authorbox.go,
//     paywall.go, footer.go, duplicate.go, language.go, content.go; with
//     phrasematch.go and tokenfamily.go, the phrase and class-name lookups
//     they share, phrasegate.go (a phrase set's candidate bits tested
//     inline, and the per-page list of blocks a phrase can matter for),
//     title_gate.go (Headline's one-pass test that rules a dump line out),
//     and arena.go, the chunks their folded texts and evidence strings are
//     built in.
//   - Site templates learned across the pages of a host, opt-in with
//     WithSiteProfile: siteprofile.go (SiteProfile, its JSON, SiteHost),
//     sitelearn.go (SiteLearner), sitetemplate.go (SiteTemplate).
//   - Output: markdown.go (Markdown), render.go (HTML), explain.go and
//     report.go (the text and HTML explanations).
//
// # Errors and limits
//
// Input that cannot be read gives ErrEmpty, ErrTooLarge, ErrNotText (also
// matched by its former name ErrBinary) or ErrMalformed; a page with no
// body left gives ErrNoContent together with a valid Article. Test for
// them with errors.Is. Bad input never panics.
//
// The default limits are meant for unattended crawling: at most
// DefaultMaxBytes of input (32 MiB), DefaultMaxNodes tags (524,288), and
// elements nested at most DefaultMaxDepth deep (512, the HTML parser's
// limit; deeper elements are flattened, their text kept). Within them, the
// time and memory of an extraction grow linearly with the input. The
// Context variants (FromHTMLContext, FromTextContext, Pipeline.ReadHTML,
// Pipeline.ReadText, Pipeline.RunContext) stop when their context is done.
package extract
