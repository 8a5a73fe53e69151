package extract

import "github.com/pith-go/pith/clean"

// Moderation removes comment-section notices and headings ("Comments are
// closed", "Nous avons fait le choix de suspendre les commentaires",
// "12 Kommentare"), as kind "moderation": blocks of at most 40 words
// holding a phrase of clean.PhraseModeration. Long notices are trusted
// inside the core only near its edges (see phraseRule).
var Moderation Extractor = phraseRule{
	name: "moderation", kind: "moderation", set: clean.PhraseModeration, maxWords: 40,
	tokens: famModeration,
}
