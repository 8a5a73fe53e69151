package clean

import (
	"bytes"
	"math"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// WeekdayName returns the day a weekday name or abbreviation stands for
// ("Friday", "ven.", "Mittwoch", "sáb"), in the languages of the phrase
// tables. The comparison ignores case and a trailing period or comma. It
// is safe for concurrent use.
func WeekdayName(word string) (time.Weekday, bool) {
	var buf [weekdayKeyMax]byte
	n, ok := lowerInto(buf[:], strings.TrimRight(word, ".,"))
	if !ok {
		return 0, false
	}
	d, ok := weekdayIndex()[string(buf[:n])]
	return d, ok
}

// weekdayKeyMax bounds the length in bytes of a weekday name; it is
// checked against the table by the tests.
const weekdayKeyMax = 32

// lowerInto writes strings.ToLower(word) into buf and returns its length,
// without allocating; false when it does not fit, or when word is not
// valid UTF-8 (strings.ToLower would write U+FFFD, in no name of the
// month and weekday tables).
func lowerInto(buf []byte, word string) (int, bool) {
	n := 0
	for i := 0; i < len(word); {
		c := word[i]
		if c < utf8.RuneSelf {
			if n == len(buf) {
				return 0, false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		if r == utf8.RuneError && size == 1 {
			return 0, false
		}
		r = unicode.ToLower(r)
		if n+utf8.RuneLen(r) > len(buf) {
			return 0, false
		}
		n += utf8.EncodeRune(buf[n:], r)
		i += size
	}
	return n, true
}

// weekdayIndex maps every name of weekdayNames to its day, built once.
var weekdayIndex = sync.OnceValue(func() map[string]time.Weekday {
	ix := make(map[string]time.Weekday)
	for _, l := range phraseLangOrder {
		for i, names := range weekdayNames[l] {
			for _, name := range strings.Split(names, "|") {
				if _, dup := ix[name]; !dup && name != "" {
					ix[name] = time.Weekday(i)
				}
			}
		}
	}
	return ix
})

// weekdayNames lists, per language, each weekday's names and
// abbreviations separated by "|", Sunday first. Abbreviations that are
// common words in another tabled language ("mar", "die", "do") are left
// out.
var weekdayNames = map[string][7]string{
	"en": {"sunday|sun", "monday|mon", "tuesday|tue|tues", "wednesday|wed", "thursday|thu|thur|thurs", "friday|fri", "saturday|sat"},
	"fr": {"dimanche|dim", "lundi|lun", "mardi", "mercredi|mer", "jeudi|jeu", "vendredi|ven", "samedi|sam"},
	"de": {"sonntag|so", "montag|mo", "dienstag", "mittwoch|mi", "donnerstag", "freitag|fr", "samstag|sonnabend|sa"},
	"es": {"domingo|dom", "lunes", "martes", "miércoles|miercoles|mié", "jueves|jue", "viernes|vie", "sábado|sabado|sáb"},
	"it": {"domenica", "lunedì|lunedi", "martedì|martedi", "mercoledì|mercoledi", "giovedì|giovedi|gio", "venerdì|venerdi", "sabato|sab"},
	"pt": {"domingo", "segunda-feira|segunda", "terça-feira|terça|terca", "quarta-feira|quarta", "quinta-feira|quinta", "sexta-feira|sexta", "sábado|sabado"},
	"nl": {"zondag|zo", "maandag|ma", "dinsdag|di", "woensdag|wo", "donderdag", "vrijdag|vr", "zaterdag|za"},
	"sv": {"söndag|sön", "måndag|mån", "tisdag|tis", "onsdag|ons", "torsdag|tors", "fredag|fre", "lördag|lör"},
}

// IsOtherDate reports whether the date at byte offset start of text is
// not a publication date by the words around it: a label at the start of
// the line that dates something else ("Joined: 18.09.2008", "Registriert:
// …", "Aktuelle Zeit: …", "Membre depuis …", "Last post: …", "Termin: …"), or a word just before the
// date that makes it a deadline or a start ("bis 31.12.2018", "until",
// "jusqu'au", "hasta", "fino al", "até", "tot", "till", "since", "seit").
// The tables cover the eight languages of the phrase tables.
func IsOtherDate(text string, start int) bool {
	if mayStartOtherLabel(text) && startsOtherLabel(text) {
		return true
	}
	if start < 0 || start > len(text) {
		return false
	}
	last, ok := lastField(text[:start])
	if !ok {
		return false
	}
	return isOtherDateWord(last)
}

// isOtherDateWord reports whether w, lowered and rid of the "(", ":" and
// "," around it, is one of otherDateWords; a word that is short and
// ASCII, as most are, is lowered on the stack.
func isOtherDateWord(w string) bool {
	var buf [maxOtherWord]byte
	if len(w) > len(buf) {
		return otherDateWords[strings.Trim(strings.ToLower(w), "(:,")]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return otherDateWords[strings.Trim(strings.ToLower(w), "(:,")]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	b := bytes.Trim(buf[:len(w)], "(:,")
	return otherDateWords[string(b)]
}

// maxOtherWord is the longest word isOtherDateWord lowers on the stack:
// longer than any of otherDateWords with the punctuation it trims.
const maxOtherWord = 16

// startsOtherLabel reports whether the fold of text starts with one of
// otherDateLabels.
func startsOtherLabel(text string) bool {
	var buf [2 * maxOtherLabel]byte
	head, whole := appendFoldPrefix(buf[:0], text, maxOtherLabel+2)
	if whole {
		head = trimFoldEnd(head, 0)
	}
	// Unless text was folded whole, head is longer than any label, and
	// the fold of text starts with it but for a last space.
	if len(head) > 0 {
		for _, l := range otherLabelsByFirst[head[0]] {
			if len(head) >= len(l) && string(head[:len(l)]) == l {
				return true
			}
		}
	}
	return false
}

// mayStartOtherLabel reports whether startsOtherLabel(text) may be true,
// from text's first byte alone: an ASCII byte that FoldPhrase keeps
// (asciiFold) is the first byte of the fold, and no label may start
// there unless one of otherDateLabels starts with it. Most date lines
// start with a digit, written "#", which none does. It is false only
// when startsOtherLabel is.
func mayStartOtherLabel(text string) bool {
	if text == "" || text[0] >= utf8.RuneSelf {
		return true
	}
	f := asciiFold[text[0]]
	return f == foldSpace || otherLabelsByFirst[f] != nil
}

// maxOtherLabel is the length of the longest of otherDateLabels; a test
// checks it.
const maxOtherLabel = 21

// lastField returns the last of strings.Fields(s), false when s has
// none, without splitting the rest.
//
// An ASCII end is read without decoding: a field that ends in ASCII and
// has an ASCII space before it is found by a byte loop.
func lastField(s string) (string, bool) {
	end := len(s)
	for end > 0 && s[end-1] < utf8.RuneSelf && asciiProps[s[end-1]]&asciiSpace != 0 {
		end--
	}
	if end > 0 && s[end-1] < utf8.RuneSelf {
		for i := end - 1; i >= 0; i-- {
			c := s[i]
			if c >= utf8.RuneSelf {
				break // a space outside ASCII may come first: decoded below
			}
			if asciiProps[c]&asciiSpace != 0 {
				return s[i+1 : end], true
			}
			if i == 0 {
				return s[:end], true
			}
		}
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if s == "" {
		return "", false
	}
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, true
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:], true
}

// otherLabelsByFirst holds otherDateLabels by their first byte.
var otherLabelsByFirst = func() (by [256][]string) {
	for _, l := range otherDateLabels {
		by[l[0]] = append(by[l[0]], l)
	}
	return by
}()

// otherDateLabels are folded line starts that label a date other than the
// publication's: registration, membership, the current time, a founding,
// a thread's last post, an event.
var otherDateLabels = []string{
	"joined", "registered", "member since", "current time", "last visit", "founded", "born",
	"inscrit", "membre depuis", "heure actuelle", "dernière visite", "fondé",
	"registriert", "mitglied seit", "dabei seit", "aktuelle zeit", "letzter besuch", "gegründet",
	"registrado", "miembro desde", "fecha de registro", "hora actual", "fundado",
	"iscritto", "registrato", "membro dal", "ora attuale", "fondato",
	"membro desde", "cadastrado", "hora atual",
	"lid sinds", "geregistreerd", "huidige tijd", "opgericht",
	"medlem sedan", "registrerad", "gick med", "grundad",
	// A forum's latest reply and an event's own date.
	"last post", "latest post", "event date",
	"dernier message", "date de l'événement",
	"letzter beitrag", "termin ", "veranstaltungsdatum",
	"último mensaje", "fecha del evento",
	"ultimo messaggio", "data dell'evento",
	"última mensagem", "data do evento",
	"laatste bericht", "datum evenement",
	"senaste inlägg", "evenemangsdatum",
}

// otherDateWords are the words that, just before a date, make it a
// deadline or a start rather than a publication date.
var otherDateWords = map[string]bool{
	"until": true, "till": true, "since": true, "through": true,
	"bis": true, "seit": true, "ab": true,
	"jusqu'au": true, "jusqu’au": true, "depuis": true,
	"hasta": true, "desde": true,
	"fino": true, "al": true, "dal": true,
	"até": true,
	"tot": true, "sinds": true, "vanaf": true,
	"sedan": true,
}

// IsUpdateDate reports whether the date at byte offset start of text is
// introduced as an update rather than the publication ("Updated: March 3,
// 2020", "Mis à jour le 3 mars 2020", "Zuletzt aktualisiert am …"): a word
// for updated or modified of the eight tabled languages comes before it.
//
// The fold of the text before the date is read on the stack, each run of
// up to updateWordsMax of its words looked up in updateSet, which gives
// what a search for each padded word in the padded fold would.
func IsUpdateDate(text string, start int) bool {
	if start < 0 || start > len(text) {
		return false
	}
	var buf [128]byte
	fold, _ := appendFoldPrefix(buf[:0], text[:start], math.MaxInt)
	if n := len(fold); n > 0 && fold[n-1] == ' ' {
		fold = fold[:n-1] // the fold's last space
	}
	for i := 0; i < len(fold); {
		// The runs of words from fold[i]: up to end, which is where a
		// word ends.
		end := i
		for range updateWordsMax {
			k := bytes.IndexByte(fold[end:], ' ')
			if k < 0 {
				end = len(fold)
			} else {
				end += k
			}
			if updateSet[string(fold[i:end])] {
				return true
			}
			if end == len(fold) {
				break
			}
			end++
		}
		k := bytes.IndexByte(fold[i:], ' ')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return false
}

// updateSet holds updateWords, and updateWordsMax is the most words one
// has.
var updateSet, updateWordsMax = func() (map[string]bool, int) {
	set, most := make(map[string]bool), 0
	for _, w := range updateWords {
		set[w] = true
		most = max(most, len(strings.Fields(w)))
	}
	return set, most
}()

// updateWords are the folded words and phrases that introduce an update
// date.
var updateWords = []string{
	"updated", "modified", "last updated", "last update", "revised",
	"mis à jour", "mise à jour", "à jour", "modifié", "actualisé",
	"aktualisiert", "aktualisierung", "geändert", "stand",
	"actualizado", "actualización", "modificado",
	"aggiornato", "aggiornamento", "modificato",
	"atualizado", "atualização",
	"bijgewerkt", "gewijzigd", "laatste update",
	"uppdaterad", "ändrad", "senaste uppdatering",
}
