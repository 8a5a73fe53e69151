package extract

import "github.com/pith-go/pith/clean"

// Newsletter removes newsletter and subscription prompts ("Sign up for our
// newsletter", "Abonnez-vous à la newsletter"), as kind "newsletter":
// blocks of at most 40 words holding a phrase of clean.PhraseNewsletter
// and, in HTML, short blocks whose classes say "newsletter" or
// "subscribe". See phraseRule for the limits inside the core.
var Newsletter Extractor = phraseRule{
	name: "newsletter", kind: "newsletter", set: clean.PhraseNewsletter, maxWords: 40,
	tokens: []string{"newsletter", "subscribe", "signup"},
}
