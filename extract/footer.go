package extract

import "github.com/pith-go/pith/clean"

// Footer removes footer lines (copyright notices, "All rights reserved",
// "Privacy policy", "Impressum", "Mentions légales"), as kind "footer":
// blocks of at most 25 words holding a phrase of clean.PhraseFooter and,
// in HTML, short blocks inside a <footer> or whose classes say "footer".
// See phraseRule for the limits inside the core.
var Footer Extractor = phraseRule{
	name: "footer", kind: "footer", set: clean.PhraseFooter, maxWords: 25,
	tokens: famFooter,
}
