package clean

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsOrgName(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"en inc", "Acme Widgets Inc.", true},
		{"en ltd comma", "Northwind Traders, Ltd", true},
		{"de gmbh", "Web Commerce GmbH", true},
		{"de e.V.", "Bund der Energieverbraucher e.V.", true},
		{"de e. V. spaced", "Deutscher Caritasverband e. V.", true},
		{"fr sarl", "Éditions Martin SARL", true},
		{"es s.l.", "Ediciones García S.L.", true},
		{"it s.p.a.", "Rossi Editore S.p.A.", true},
		{"pt ltda", "Editora Silva Ltda", true},
		{"nl b.v.", "Uitgeverij Bakker B.V.", true},
		{"sv ab", "Svensson Förlag AB", true},
		{"en institute", "Virginia Spine Institute", true},
		{"en union", "OnPath Federal Credit Union", true},
		{"de forum", "Deutsches Verbände Forum", true},
		{"de redaktion first", "Redaktion Wirtschaft", true},
		{"fr fondation", "Fondation Abbé Pierre", true},
		{"es redacción", "Redacción Diario Siete", true},
		{"it università", "Università di Bologna", true},
		{"pt universidade", "Universidade de Lisboa", true},
		{"nl stichting", "Stichting Natuur", true},
		{"sv förening", "Svenska Journalistförening", false},
		{"sv förbund", "Svenska Förbund", true},
		{"en person", "Jane Doe", false},
		{"en surname left out", "Ellen Church", false},
		{"fr person with particle", "Jean de la Fontaine", false},
		{"one word", "GmbH", false},
		{"legal form first", "AB Svensson", false},
		{"nl person", "Pieter van den Berg", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, IsOrgName(tt.in))
		})
	}
}
