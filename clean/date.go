package clean

import (
	"strings"
	"sync"
	"time"
)

// WeekdayName returns the day a weekday name or abbreviation stands for
// ("Friday", "ven.", "Mittwoch", "sáb"), in the languages of the phrase
// tables. The comparison ignores case and a trailing period or comma. It
// is safe for concurrent use.
func WeekdayName(word string) (time.Weekday, bool) {
	w := strings.ToLower(strings.TrimRight(word, ".,"))
	d, ok := weekdayIndex()[w]
	return d, ok
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
