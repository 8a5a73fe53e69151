package clean

import "strings"

// IsOrgName reports whether a name is an organisation's: one of its words
// after the first is a legal form of companies or associations
// ("Web Commerce GmbH", "Bund der Energieverbraucher e.V.", "Acme Inc.",
// "Editions Dupont SARL", "Rossi S.p.A.", "Bakker B.V.", "Svensson AB"),
// or any of its words is a noun that names a kind of organisation
// ("Virginia Spine Institute", "OnPath Federal Credit Union",
// "Deutsches Verbände Forum", "Fondation Abbé Pierre"), read without
// case, dots and commas. A name of one word is never taken for one. It
// is safe for concurrent use.
func IsOrgName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 {
		return false
	}
	// "e. V." and "S. A." are written with a space inside.
	for _, w := range words {
		if orgNouns[orgKey(w)] {
			return true
		}
	}
	for i := 1; i < len(words); i++ {
		w := orgKey(words[i])
		if i+1 < len(words) && len(w) == 1 {
			if legalForms[w+orgKey(words[i+1])] {
				return true
			}
		}
		if legalForms[w] {
			return true
		}
	}
	return false
}

// orgKey lower-cases a word and drops its dots and commas.
func orgKey(w string) string {
	return strings.ToLower(orgPunct.Replace(w))
}

// orgPunct drops the dots and commas of a word (orgKey).
var orgPunct = strings.NewReplacer(".", "", ",", "")

// legalForms are the legal forms IsOrgName knows, as orgKey writes them,
// by country: en, de, fr, es, it, pt, nl, sv and the Nordic countries.
// Forms that are also common words or name parts are left out ("AG" is
// kept: it is not a name; "SA" is, as the Spanish and French form).
var legalForms = map[string]bool{
	// en
	"inc": true, "ltd": true, "llc": true, "llp": true, "plc": true, "corp": true, "lp": true,
	// de
	"gmbh": true, "ggmbh": true, "ev": true, "ag": true, "kg": true, "ohg": true, "eg": true, "mbh": true,
	// fr
	"sarl": true, "sas": true, "sasu": true, "eurl": true,
	// es, pt
	"sa": true, "sl": true, "slu": true, "ltda": true, "lda": true,
	// it
	"srl": true, "spa": true, "snc": true, "onlus": true,
	// nl, be
	"bv": true, "nv": true, "vzw": true, "asbl": true,
	// sv, da, nb, fi
	"ab": true, "aps": true, "asa": true, "oy": true, "oyj": true,
}

// orgNouns are the nouns that name a kind of organisation, as orgKey
// writes them, in en, de, fr, es, it, pt, nl and sv. Nouns that are also
// common surnames ("Church", "Bank") are left out.
var orgNouns = map[string]bool{
	// en
	"institute": true, "university": true, "college": true, "association": true, "society": true,
	"foundation": true, "union": true, "forum": true, "council": true, "agency": true,
	"company": true, "corporation": true, "hospital": true, "clinic": true, "ministry": true,
	"department": true, "federation": true, "newsroom": true, "editors": true, "team": true,
	// de
	"institut": true, "universität": true, "verband": true, "verbände": true, "verein": true,
	"stiftung": true, "gesellschaft": true, "zentrum": true, "redaktion": true, "verlag": true,
	"ministerium": true, "pressestelle": true, "hochschule": true,
	// fr
	"université": true, "société": true, "fondation": true, "fédération": true, "rédaction": true,
	"ministère": true, "éditions": true,
	// es
	"asociación": true, "instituto": true, "fundación": true, "universidad": true, "sociedad": true,
	"federación": true, "redacción": true, "ministerio": true,
	// it
	"associazione": true, "istituto": true, "fondazione": true, "università": true, "società": true,
	"federazione": true, "redazione": true,
	// pt
	"associação": true, "fundação": true, "universidade": true, "sociedade": true, "federação": true,
	"redação": true,
	// nl
	"vereniging": true, "instituut": true, "stichting": true, "universiteit": true, "redactie": true,
	// sv
	"förening": true, "stiftelse": true, "universitet": true, "förbund": true,
}
