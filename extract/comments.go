package extract

import (
	"fmt"
)

// Comments removes comment sections: in HTML, the blocks inside an
// element whose class or id names comments (comment, disqus, respond,
// reply and their translations), and the headings and prompts of comment
// sections in any input ("12 Comments", "Leave a reply", "Kommentare").
// Blocks in the main content are kept unless their text reads as a
// comment heading or prompt: when the main content holds comment boxes,
// the page is a thread (the main content scoring already leaves out the
// comment sections that follow an article).
var Comments Extractor = commentsExtractor{}

type commentsExtractor struct{}

func (commentsExtractor) Name() string { return "comments" }

// maxPromptWords is the length of the longest comment heading or prompt.
const maxPromptWords = 20

func (commentsExtractor) Extract(doc *Document) error {
	if doc.Root == nil {
		for _, b := range doc.phraseBlocks() {
			if b.Removed() || phraseless(b) || gateComments.ruledOut(b) {
				continue // removed already, or no prompt: a prompt is a phrase (see commentPrompt)
			}
			if ev := commentPrompt(b); ev != "" {
				doc.Remove(b, "comments", ev)
			}
		}
		return nil
	}
	removeDOM(doc, "comments", func(b *Block, parts []string) string {
		if p := firstPart(parts, isCommentPart); p != "" && !doc.InCore(b) {
			return fmt.Sprintf("inside a comment section (class %q)", p)
		}
		return commentPrompt(b)
	})
	return nil
}

// commentPrompt returns the evidence that b is a comment heading or
// prompt, or "".
func commentPrompt(b *Block) string {
	if !isShort(b, maxPromptWords) || phraseless(b) {
		return ""
	}
	if gateComments.ruledOut(b) {
		return ""
	}
	if m, ok := gateComments.match(b); ok {
		return labelEvidence("comment section phrase ", m)
	}
	return ""
}

// isCommentPart reports whether a class or id word names comments, in
// English or in the languages of the phrase tables.
func isCommentPart(p string) bool {
	return isCommentWord(p) && p != "commentary" ||
		hasPrefixAny(p, "komment", "comentario", "commentaire", "commenti", "reactie", "discussion", "disqus")
}
