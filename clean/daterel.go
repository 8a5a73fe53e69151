package clean

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

// maxRelativeWords is the longest text ParseRelativeDate reads: a date
// line, not a paragraph.
const maxRelativeWords = 12

// ParseRelativeDate reads a date given relative to ref in one of the
// tabled languages: "3 hours ago", "an hour ago", "il y a 2 heures", "vor
// 3 Tagen", "hace 2 días", "2 ore fa", "há 2 dias", "2 uur geleden", "för
// 2 timmar sedan", "yesterday", "hier", "gestern", "today". It returns ref
// moved back by that much, in ref's location. Without a reference time
// (ref is zero), or for a text of more than 12 words, it reads nothing:
// a relative date means nothing without knowing when the page was read.
// It is safe for concurrent use.
func ParseRelativeDate(text string, ref time.Time) (time.Time, bool) {
	if ref.IsZero() {
		return time.Time{}, false
	}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	if len(words) == 0 || len(words) > maxRelativeWords {
		return time.Time{}, false
	}
	tabs := relativeTables()
	marked := false
	for i, w := range words {
		if tabs.markers[w] || i+1 < len(words) && tabs.markers[w+" "+words[i+1]] {
			marked = true
		}
	}
	for i, w := range words {
		if days, ok := tabs.days[w]; ok {
			return ref.AddDate(0, 0, -days), true
		}
		if i+1 < len(words) {
			if days, ok := tabs.days[w+" "+words[i+1]]; ok {
				return ref.AddDate(0, 0, -days), true
			}
		}
		if !marked || i+1 >= len(words) {
			continue
		}
		n, err := strconv.Atoi(w)
		if err != nil {
			if !tabs.one[w] {
				continue
			}
			n = 1
		}
		if u, ok := tabs.units[words[i+1]]; ok && n >= 0 && n < 10000 {
			return u.back(ref, n), true
		}
	}
	return time.Time{}, false
}

// relUnit is a unit of a relative date.
type relUnit int

const (
	relSecond relUnit = iota
	relMinute
	relHour
	relDay
	relWeek
	relMonth
	relYear
)

// back returns ref moved back by n units.
func (u relUnit) back(ref time.Time, n int) time.Time {
	switch u {
	case relSecond:
		return ref.Add(-time.Duration(n) * time.Second)
	case relMinute:
		return ref.Add(-time.Duration(n) * time.Minute)
	case relHour:
		return ref.Add(-time.Duration(n) * time.Hour)
	case relDay:
		return ref.AddDate(0, 0, -n)
	case relWeek:
		return ref.AddDate(0, 0, -7*n)
	case relMonth:
		return ref.AddDate(0, -n, 0)
	}
	return ref.AddDate(-n, 0, 0)
}

// relativeLang is one language's words for relative dates.
type relativeLang struct {
	// markers say the date lies in the past ("ago", "il y a", "vor").
	markers []string
	// one are the articles that stand for 1 ("an hour ago").
	one []string
	// units lists each unit's words, second to year.
	units [7]string
	// days maps words for recent days to how many days back they are.
	days map[string]int
}

// relativeLangs holds the relative-date words of the tabled languages;
// "|" separates the forms of one unit.
var relativeLangs = map[string]relativeLang{
	"en": {markers: []string{"ago"}, one: []string{"a", "an"},
		units: [7]string{"second|seconds|sec|secs", "minute|minutes|min|mins", "hour|hours|hr|hrs", "day|days", "week|weeks", "month|months", "year|years"},
		days:  map[string]int{"today": 0, "yesterday": 1}},
	"fr": {markers: []string{"il y"}, one: []string{"un", "une"},
		units: [7]string{"seconde|secondes", "minute|minutes", "heure|heures", "jour|jours", "semaine|semaines", "mois", "an|ans|année|années"},
		days:  map[string]int{"aujourd'hui": 0, "hier": 1, "avant-hier": 2}},
	"de": {markers: []string{"vor"}, one: []string{"einer", "einem"},
		units: [7]string{"sekunde|sekunden", "minute|minuten", "stunde|stunden", "tag|tagen", "woche|wochen", "monat|monaten", "jahr|jahren"},
		days:  map[string]int{"heute": 0, "gestern": 1, "vorgestern": 2}},
	"es": {markers: []string{"hace"}, one: []string{"un", "una"},
		units: [7]string{"segundo|segundos", "minuto|minutos", "hora|horas", "día|días|dia|dias", "semana|semanas", "mes|meses", "año|años"},
		days:  map[string]int{"hoy": 0, "ayer": 1, "anteayer": 2}},
	"it": {markers: []string{"fa"}, one: []string{"un", "una"},
		units: [7]string{"secondo|secondi", "minuto|minuti", "ora|ore", "giorno|giorni", "settimana|settimane", "mese|mesi", "anno|anni"},
		days:  map[string]int{"oggi": 0, "ieri": 1, "l'altro ieri": 2}},
	"pt": {markers: []string{"há", "atrás"}, one: []string{"um", "uma"},
		units: [7]string{"segundo|segundos", "minuto|minutos", "hora|horas", "dia|dias", "semana|semanas", "mês|meses", "ano|anos"},
		days:  map[string]int{"hoje": 0, "ontem": 1, "anteontem": 2}},
	"nl": {markers: []string{"geleden"}, one: []string{"een"},
		units: [7]string{"seconde|seconden", "minuut|minuten", "uur", "dag|dagen", "week|weken", "maand|maanden", "jaar|jaren"},
		days:  map[string]int{"vandaag": 0, "gisteren": 1, "eergisteren": 2}},
	"sv": {markers: []string{"sedan"}, one: []string{"en", "ett"},
		units: [7]string{"sekund|sekunder", "minut|minuter", "timme|timmar", "dag|dagar", "vecka|veckor", "månad|månader", "år"},
		days:  map[string]int{"idag": 0, "i dag": 0, "igår": 1, "i går": 1, "i förrgår": 2}},
}

// relativeIndex is relativeLangs merged into lookups.
type relativeIndex struct {
	markers, one map[string]bool
	units        map[string]relUnit
	days         map[string]int
}

// relativeTables returns the merged lookups, built once.
var relativeTables = sync.OnceValue(func() relativeIndex {
	ix := relativeIndex{markers: map[string]bool{}, one: map[string]bool{}, units: map[string]relUnit{}, days: map[string]int{}}
	for _, l := range phraseLangOrder {
		lang, ok := relativeLangs[l]
		if !ok {
			continue
		}
		for _, m := range lang.markers {
			ix.markers[m] = true
		}
		for _, o := range lang.one {
			ix.one[o] = true
		}
		for u, forms := range lang.units {
			for _, f := range strings.Split(forms, "|") {
				if _, dup := ix.units[f]; !dup {
					ix.units[f] = relUnit(u)
				}
			}
		}
		for w, d := range lang.days {
			ix.days[w] = d
		}
	}
	return ix
})
