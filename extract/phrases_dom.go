package extract

// bylinePrefixes are the words that introduce a byline, lower-cased with
// their trailing space, per language: en, fr, de, es, it, pt, nl, sv.
var bylinePrefixes = []string{
	"written by ", "posted by ", "reported by ", "by ",
	"texte de ", "publié par ", "par ",
	"geschrieben von ", "text von ", "von ",
	"escrito por ", "por ",
	"scritto da ",
	"door ",
	"skriven av ", "text av ", "av ",
}
