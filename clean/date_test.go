package clean

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestWeekdayName(t *testing.T) {
	tests := []struct {
		word string
		want time.Weekday
		ok   bool
	}{
		{"Friday,", time.Friday, true},
		{"Sun", time.Sunday, true},
		{"vendredi", time.Friday, true},
		{"Mittwoch", time.Wednesday, true},
		{"miércoles", time.Wednesday, true},
		{"giovedì", time.Thursday, true},
		{"sexta-feira", time.Friday, true},
		{"donderdag", time.Thursday, true},
		{"lördag", time.Saturday, true},
		{"Jane", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			d, ok := WeekdayName(tc.word)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, d)
		})
	}
}

func TestIsOtherDate(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Joined: Sun Dec 17, 2023 11:18 am", true},
		{"Registriert: 18.09.2008, 05:56", true},
		{"Membre depuis le 3 mars 2020", true},
		{"Contracting-Beratung (bis 31.12.2018)", true},
		{"Oferta válida hasta 3 de marzo de 2020", true},
		{"Lid sinds 3 maart 2020", true},
		{"Last post: 01/12/2025 at 6:49 pm", true},
		{"Letzter Beitrag: 01.12.2025, 18:49", true},
		{"Dernier message : 1 décembre 2025", true},
		{"Termin: 21.02.2020, 19 Uhr", true},
		{"Date de l'événement : 21 février 2020", true},
		{"Fecha del evento: 21 de febrero de 2020", true},
		{"Senaste inlägg: 1 december 2025", true},
		{"Terminated contracts, 21 February 2020", false},
		{"Published March 3, 2020", false},
		{"Publié le 3 mars 2020", false},
		{"Pubblicato il 3 marzo 2020", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			_, start, _, ok := FindDate(tc.text)
			assert.True(t, ok)
			assert.Equal(t, tc.want, IsOtherDate(tc.text, start))
		})
	}
}

func TestIsUpdateDate(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Updated: March 3, 2020", true},
		{"Mis à jour le 3 mars 2020", true},
		{"Loi à jour 2020-01-27", true},
		{"Zuletzt aktualisiert am 3. März 2020", true},
		{"Actualizado el 3 de marzo de 2020", true},
		{"Aggiornato il 3 marzo 2020", true},
		{"Atualizado em 3 de março de 2020", true},
		{"Bijgewerkt op 3 maart 2020", true},
		{"Uppdaterad 3 mars 2020", true},
		{"Last update: July 16, 2025", true},
		{"Letzte Aktualisierung: 16. Juli 2025", true},
		{"Laatste update: 16 juli 2025", true},
		{"Senaste uppdatering: 16 juli 2025", true},
		{"Published March 3, 2020", false},
		{"Veröffentlicht am 3. März 2020", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			_, start, _, ok := FindDate(tc.text)
			assert.True(t, ok)
			assert.Equal(t, tc.want, IsUpdateDate(tc.text, start))
		})
	}
}
