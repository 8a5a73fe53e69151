package extract

import "github.com/pith-go/pith/clean"

// Newsletter removes newsletter and subscription prompts ("Sign up for our
// newsletter", "Abonnez-vous à la newsletter"), as kind "newsletter":
// blocks of at most 40 words holding a phrase of clean.PhraseNewsletter
// and, in HTML, short blocks whose classes say "newsletter" or
// "subscribe". Inside the core, blocks of up to 15 words qualify
// anywhere (see phraseRule).
var Newsletter Extractor = phraseRule{
	name: "newsletter", kind: "newsletter", set: clean.PhraseNewsletter, maxWords: 40, coreMaxWords: 15,
	tokens: famNewsletter,
}
