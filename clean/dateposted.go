package clean

import (
	"strings"
	"time"
)

// PostedKind says how a line gives the date a post went online, in the
// order a page's date is taken from them (see PostedDate).
type PostedKind int

// The kinds of PostedDate lines.
const (
	// NotPosted: the line gives no posting date.
	NotPosted PostedKind = iota
	// PostHeader: a forum or comment header, a byline word, the poster's
	// name and the date ("by Minoa » Tue Aug 27, 2019 1:47 am").
	PostHeader
	// PostedLine: a sentence that says the post was posted or published
	// on the date ("This entry was posted on May 19, 2010 and is filed
	// under …", "… wurde am 19. Mai 2010 um 23:03 Uhr gepostet").
	PostedLine
	// EditedLine: a page footer that gives the last edit ("This page was
	// last edited on 5 March 2020", "Diese Seite wurde zuletzt am 29.
	// Januar 2020 geändert"); a page's last resort.
	EditedLine
)

// Limits of PostedDate: the most words a post header and a posted or
// edited line have.
const (
	maxPostHeaderWords = 15
	maxPostedWords     = 40
)

// PostedDate returns the date a short line gives as the day a post went
// online or a page was last edited, and which kind of line it is: a post
// header (a byline phrase of PhraseByline before the date, at most 15
// words), a posted line (a word for posted or published of the eight
// tabled languages, at most 40 words) or an edited line (a phrase for a
// last edit). A date that IsOtherDate or, outside edited lines,
// IsUpdateDate is not taken. NotPosted when the line is none of these. It
// is safe for concurrent use.
func PostedDate(text string) (time.Time, PostedKind) {
	t, start, _, ok := FindDate(text)
	if !ok || IsOtherDate(text, start) {
		return time.Time{}, NotPosted
	}
	words := len(strings.Fields(text))
	if words > maxPostedWords {
		return time.Time{}, NotPosted
	}
	folded := " " + FoldPhrase(text) + " "
	for _, p := range editedPadded {
		if strings.Contains(folded, p) {
			return t, EditedLine
		}
	}
	if IsUpdateDate(text, start) {
		return time.Time{}, NotPosted
	}
	if words <= maxPostHeaderWords && start > 0 {
		if _, ok := MatchPhrase(PhraseByline, text[:start]); ok {
			return t, PostHeader
		}
	}
	for _, w := range postedPadded {
		if strings.Contains(folded, w) {
			return t, PostedLine
		}
	}
	return time.Time{}, NotPosted
}

// postedWords are the folded words that say a post was posted or
// published, in the eight tabled languages.
var postedWords = []string{
	"posted", "published",
	"publié", "publiée", "posté", "postée",
	"gepostet", "veröffentlicht", "publiziert",
	"publicado", "publicada", "publicó",
	"pubblicato", "pubblicata",
	"postado", "postada",
	"geplaatst", "gepubliceerd",
	"publicerad", "publicerades", "postades", "postat",
}

// editedPhrases are the folded phrases of a page footer that gives the
// page's last edit, in the eight tabled languages.
var editedPhrases = []string{
	"last edited", "last modified",
	"modifiée pour la dernière fois", "dernière modification",
	"zuletzt am", "zuletzt bearbeitet", "zuletzt geändert",
	"última edición", "editada por última vez", "modificada por última vez",
	"ultima modifica", "modificata per l'ultima volta",
	"editada pela última vez", "última edição",
	"laatst bewerkt", "voor het laatst bewerkt",
	"senast ändrad", "senast redigerad",
}

// editedPadded and postedPadded are editedPhrases and postedWords with a
// space before and after, as PostedDate finds them in its padded fold,
// joined once rather than for every line.
var editedPadded, postedPadded = padWords(editedPhrases), padWords(postedWords)

// padWords returns words, each with a space before and after it.
func padWords(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = " " + w + " "
	}
	return out
}
