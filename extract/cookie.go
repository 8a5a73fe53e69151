package extract

import "github.com/pith-go/pith/clean"

// Cookies removes cookie and consent banners ("We use cookies…", "Nous
// utilisons des cookies…", "Alle akzeptieren"), as kind "cookie": blocks
// of at most 80 words holding a phrase of clean.PhraseCookie and, in HTML,
// short blocks whose classes say "cookie", "consent" or "gdpr". See
// phraseRule for the limits inside the core.
var Cookies Extractor = phraseRule{
	name: "cookie", kind: "cookie", set: clean.PhraseCookie, maxWords: 80,
	tokens: famCookie,
}
