package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TrimNameTail returns the leading part of an author text that can be a
// name, without what a byline puts after it: a date or time ("Jane Doe
// December 2", "Jane Doe 12/01/2020"), or a separator and what follows
// (" - ", " | ", "»", "·", "•", "—", "–", "(", "→", "›"; not a name in
// brackets inside the name: "Paramita (Guha) Ghosh") or a handle
// (" @jdoe"). Words are kept up to the
// first one that holds a digit (for the first word: that starts with
// one, so a user name such as "jdoe42" stays) or that is a month name
// (MonthName) followed by one; trailing name particles ("van", "de") are
// dropped, and before a date also capitalised ones ("Le 17 février").
// The result has single spaces.
func TrimNameTail(s string) string {
	return nameHead(s, false)
}

// NameHead is TrimNameTail for a name read from running text: it also
// stops at the first lower-case word after the first that is not a name
// particle (IsNameParticle), so "Colin Watson on 2025-12-18" and "Jane
// Doe in Paris" give the names alone. The first word is kept whatever its
// case, so a lower-case user name ("hayley.p") stands.
func NameHead(s string) string {
	return nameHead(s, true)
}

// nameStops are the characters nameHead cuts a name at.
const nameStops = "|»·•—–(→›\n"

// indexNameStop returns the index of the first of nameStops in s, or -1:
// strings.IndexAny(s, nameStops) in one pass over the bytes, which tests
// a byte outside ASCII only when it leads one of the stops (0xC2 for
// "»" and "·", 0xE2 for the others). Neither lead byte can continue
// another character, so a match is where IndexAny finds it.
func indexNameStop(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|', '(', '\n':
			return i
		case 0xC2:
			if i+1 < len(s) && (s[i+1] == 0xBB || s[i+1] == 0xB7) { // "»", "·"
				return i
			}
		case 0xE2:
			if i+2 < len(s) {
				switch s[i+1 : i+3] {
				case "\x80\xa2", "\x80\x94", "\x80\x93", "\x86\x92", "\x80\xba": // "•", "—", "–", "→", "›"
					return i
				}
			}
		}
	}
	return -1
}

func nameHead(s string, lowerStops bool) string {
	from := 0
	if i := strings.IndexByte(s, '('); i >= 0 && innerName(s[i:]) {
		from = i + strings.IndexByte(s[i:], ')') + 1
	}
	if i := indexNameStop(s[from:]); i >= 0 {
		s = s[:from+i]
	}
	for _, sep := range []string{" - ", " @"} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	var buf [16]string
	words := buf[:0] // strings.Fields(s), on the stack when it fits
	for w := range strings.FieldsSeq(s) {
		words = append(words, w)
	}
	n, dated := 0, false
	for i, w := range words {
		if i == 0 && startsDigit(w) || i > 0 && hasDigit(w) {
			dated = true
			break
		}
		// A month's name before a number; MonthName, the dearest test,
		// is asked last.
		if i+1 < len(words) && hasDigit(words[i+1]) {
			if _, _, ok := MonthName(strings.TrimRight(w, ",")); ok {
				dated = true
				break
			}
		}
		if lowerStops && i > 0 && startsLower(w) && !IsNameParticle(w) {
			break
		}
		n = i + 1
	}
	// A particle before a date is the date's article ("Jean Dupont le 3
	// mars", "Kab Niang Le 17 février"), whatever its case.
	for n > 0 && (IsNameParticle(words[n-1]) || dated && IsNameParticle(strings.ToLower(words[n-1]))) {
		n--
	}
	return trimNameEnd(joinFields(s, words[:n]))
}

// trimNameEnd returns s without its trailing spaces, commas, semicolons
// and colons: strings.TrimRight(s, " ,;:"), without building the cutset.
func trimNameEnd(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] == ' ' || s[i-1] == ',' || s[i-1] == ';' || s[i-1] == ':') {
		i--
	}
	return s[:i]
}

// joinFields returns strings.Join(words, " ") for words, the first fields
// of s (strings.Fields): as a slice of s when s holds them apart by
// single spaces, as most texts do, else joined anew.
func joinFields(s string, words []string) string {
	if len(words) <= 1 {
		return strings.Join(words, " ")
	}
	start := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	pos := start
	for i, w := range words {
		if i > 0 {
			if pos >= len(s) || s[pos] != ' ' {
				return strings.Join(words, " ")
			}
			pos++
		}
		if len(s)-pos < len(w) || s[pos:pos+len(w)] != w {
			return strings.Join(words, " ")
		}
		pos += len(w)
	}
	return s[start:pos]
}

// innerName reports whether s starts with one capitalised word in
// brackets followed by a capitalised word, a maiden or middle name inside
// a name ("(Guha) Ghosh" in "Paramita (Guha) Ghosh"), which the name keeps.
func innerName(s string) bool {
	inner, rest, ok := strings.Cut(strings.TrimPrefix(s, "("), ")")
	if !ok || inner == "" || strings.ContainsAny(inner, " 0123456789") || startsLower(inner) || !strings.HasPrefix(rest, " ") {
		return false
	}
	rest = strings.TrimSpace(rest)
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// IsNameSuffix reports whether a word is a degree, honorific or
// generational suffix written after a name ("Ph.D.", "MD", "Jr."): the
// piece after the comma in "Jane Doe, Ph.D." is not a second author.
// Case and periods are ignored.
//
// An ASCII word is lower-cased on the stack, without its periods; one
// longer than any suffix is false at once.
func IsNameSuffix(word string) bool {
	w := strings.TrimSpace(word)
	var buf [maxNameSuffix + 1]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nameSuffixes[strings.ToLower(strings.ReplaceAll(w, ".", ""))]
		}
		if c == '.' {
			continue
		}
		if n == len(buf) {
			return false // all ASCII: its fold is as long, longer than any suffix
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return nameSuffixes[string(buf[:n])]
}

// maxNameSuffix is the length of the longest of nameSuffixes; a test
// checks it.
const maxNameSuffix = 4

// nameSuffixes are the suffixes IsNameSuffix knows, lower-case, without
// periods.
var nameSuffixes = map[string]bool{
	"phd": true, "md": true, "mba": true, "jr": true, "sr": true, "rn": true, "dds": true,
	"esq": true, "msc": true, "bsc": true, "mph": true, "cpa": true, "iii": true, "ii": true,
	"dr": true, "prof": true, "lpc": true, "lcsw": true, "rd": true, "mfa": true,
}

func hasDigit(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' {
			return true
		}
	}
	return false
}

func startsDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}

// TrimAuthorLabel returns an author text without the words an author link
// or button puts around the name: a leading "View all posts by", "Zeige
// alle Beiträge von", "Voir tous les articles de" (any text that ends with
// one of the archive phrases of the tabled languages), an English "By"
// glued to the name ("ByJane Doe"), and a trailing
// "Follow", "Folgen", "Suivre" (also glued: "Jane DoeFollow"). Other
// texts are returned as they are.
func TrimAuthorLabel(s string) string {
	if len(s) > 2 && strings.HasPrefix(s, "By") && s[2] >= 'A' && s[2] <= 'Z' {
		s = s[2:] // "ByJane Doe": the byline word glued to the name
	}
	// Every archive phrase has two spaces (after its two words at least)
	// and a name after it: an ASCII text with fewer, as most names are,
	// has none, and its follow word is compared without a lower-cased
	// copy (ASCII keeps its length in lower case).
	if asciiToken(s) && strings.Count(s, " ") < 2 {
		return trimFollowWord(s, func(f string) bool { return hasPrefixASCIIFold(s[len(s)-len(f):], f) })
	}
	lower := strings.ToLower(s)
	for _, p := range authorArchivePhrases {
		if i := strings.Index(lower, p); i >= 0 {
			if rest := strings.TrimSpace(s[i+len(p):]); rest != "" {
				s, lower = rest, strings.ToLower(rest)
			}
		}
	}
	return trimFollowWord(s, func(f string) bool { return strings.HasSuffix(lower, f) })
}

// trimFollowWord returns s without the follow word it ends with, when one
// ends it after a space or glued to a lower-case letter ("Jane DoeFollow");
// endsWith reports whether s ends with a follow word, compared without
// case, and is asked only of follow words shorter than s.
func trimFollowWord(s string, endsWith func(f string) bool) string {
	for _, f := range followWords {
		if len(s) > len(f) && endsWith(f) {
			head := s[:len(s)-len(f)]
			if r, _ := utf8.DecodeLastRuneInString(head); r == ' ' || unicode.IsLower(r) {
				return strings.TrimSpace(head)
			}
		}
	}
	return s
}

// authorArchivePhrases end the label of a link to an author's articles
// ("View all posts by", "Mehr von"), lower case, in the tabled languages.
var authorArchivePhrases = []string{
	"posts by ", "articles by ", "stories by ", "all posts from ",
	"articles de ", "articles par ", "billets de ", "publications de ",
	"beiträge von ", "artikel von ", "einträge von ",
	"entradas de ", "artículos de ", "publicaciones de ",
	"articoli di ", "post di ", "articoli da ",
	"posts de ", "artigos de ", "publicações de ",
	"berichten van ", "artikelen van ", "berichten door ",
	"inlägg av ", "artiklar av ",
	"more from ", "more by ", "plus de ", "mehr von ", "más de ", "altro di ", "mais de ", "meer van ", "mer från ", "mer av ",
}

// followWords are the follow buttons written after an author's name,
// lower case, in the tabled languages.
var followWords = []string{"follow", "folgen", "suivre", "seguir", "segui", "volgen", "följ"}
