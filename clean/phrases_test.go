package clean

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/pith-go/pith/internal/randtext"
)

func TestMatchPhrase(t *testing.T) {
	tests := []struct {
		name   string
		set    PhraseSet
		text   string
		phrase string // "" = no match
		lang   string
	}{
		{"en share prompt", PhraseShare, "Share this article", "share this", "en"},
		{"en app promotion", PhraseShare, "For the latest stories download the News apps for iOS and Android.", "apps for ios and android", "en"},
		{"es channel promotion", PhraseShare, "¡Mira lo que tiene nuestro canal de YouTube!", "nuestro canal de youtube", "es"},
		{"de channel promotion", PhraseShare, "Folgen Sie unserem WhatsApp-Kanal!", "unserem whatsapp kanal", "de"},
		{"de filed-under post meta", PhrasePostMeta, "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux.", "und abgelegt unter", "de"},
		{"en filed-under post meta", PhrasePostMeta, "Posted on May 6, 2014 and filed under Linux.", "and filed under", "en"},
		{"en affiliate disclosure", PhraseAffiliate, "This post may contain affiliate links.", "affiliate links", "en"},
		{"fr affiliate disclosure", PhraseAffiliate, "Cet article contient des liens affiliés.", "liens affiliés", "fr"},
		{"de free sign-up", PhraseNewsletter, "HIER KOSTENLOS ANMELDEN »", "hier kostenlos anmelden", "de"},
		{"a sign-up for free in a sentence is no prompt", PhraseNewsletter, "Readers can sign up for free tours.", "", ""},
		{"ru guest label", PhraseNotAuthor, "Гость", "гость", "ru"},
		{"a guest's name is not a label", PhraseNotAuthor, "Guest Writer Jane Roe", "", ""},
		{"longest role first", PhraseRole, "Jane Roe Senior Correspondent", "senior correspondent", "en"},
		{"role must end the text", PhraseRole, "Correspondent Jane Roe", "", ""},
		{"de post meta", PhrasePostMeta, "Der Beitrag wurde am 3. März 2020 in Politik veröffentlicht.", "der beitrag wurde am", "de"},
		{"it post meta", PhrasePostMeta, "Questa voce è stata pubblicata in Notizie e contrassegnata con clima.", "questa voce è stata pubblicata in", "it"},
		{"fr follow prompt", PhraseShare, "Suivez-nous sur Facebook et Twitter.", "suivez nous sur", "fr"},
		{"fr share prompt", PhraseShare, "Mais n'hésitez pas à partager cet article avec vos proches !", "partager cet article", "fr"},
		{"curly apostrophe", PhraseModeration, "Laissez un commentaire…", "laissez un commentaire", "fr"},
		{"whole-line anchor", PhraseShare, "Share:", "share", "en"},
		{"anchor rejects a sentence", PhraseShare, "Share prices fell sharply on Monday.", "", ""},
		{"words only, not substrings", PhraseShare, "Dismantle the warehouse", "", ""},
		{"number placeholder", PhraseModeration, "12 Kommentare", "# kommentare", "de"},
		{"number placeholder in brackets", PhraseEnd, "[ 167 comments ]", "# comments", "en"},
		{"de cookie banner", PhraseCookie, "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.", "wir verwenden cookies", "de"},
		{"es newsletter", PhraseNewsletter, "Suscríbete a nuestro boletín", "suscríbete a nuestro", "es"},
		{"it related", PhraseRelated, "Leggi anche: il governo cade", "leggi anche", "it"},
		{"pt footer", PhraseFooter, "Globo. Todos os direitos reservados.", "todos os direitos reservados", "pt"},
		{"nl tags", PhraseTags, "Trefwoorden", "trefwoorden", "nl"},
		{"sv navigation", PhraseNavigation, "Hoppa till innehåll", "hoppa till innehåll", "sv"},
		{"copyright symbol kept", PhraseCredit, "© AFP", "©", "en"},
		{"byline prefix", PhraseByline, "Par Jean Dupont", "par", "fr"},
		{"dateline prefix", PhraseDateline, "Mis à jour le 3 mars 2020", "mis à jour", "fr"},
		{"reading time (it)", PhrasePostMeta, "Tempo di lettura: 3 minuti", "tempo di lettura # minuti", "it"},
		{"text-size button (fr)", PhraseNavigation, "Augmenter la taille du texte", "augmenter la taille du texte", "fr"},
		{"dateline of a post (pt)", PhraseDateline, "postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50", "postado em", "pt"},
		{"sv byline, longer word first", PhraseByline, "Text av Anna Berg", "text av", "sv"},
		{"de merged byline word", PhraseByline, "Text von Hans Müller", "text von", "de"},
		{"comment heading", PhraseComments, "12 Kommentare", "# kommentare", "de"},
		{"comment heading needs the whole line", PhraseComments, "Comments from the minister drew criticism.", "", ""},
		{"de most-discussed heading", PhraseRelated, "Meistdiskutierte Artikel", "meistdiskutierte", "de"},
		{"es most-commented heading", PhraseRelated, "Lo más comentado", "lo más comentado", "es"},
		{"de table of contents title", PhraseNavigation, "Inhaltsverzeichnis", "inhaltsverzeichnis", "de"},
		{"a table of contents needs the whole line", PhraseNavigation, "The table of contents lists twelve chapters.", "", ""},
		{"en letters prompt", PhraseModeration, "We want to hear what you think about this article.", "we want to hear what you think", "en"},
		{"ad label", PhraseAd, "Publicité", "publicité", "fr"},
		{"ad bridge note", PhraseAd, "Story continues below advertisement", "story continues below advertisement", "en"},
		{"paywall prompt", PhrasePaywall, "Il vous reste 80% de cet article à lire.", "il vous reste # de cet article à lire", "fr"},
		{"author biography", PhraseAuthorBio, "Karin Berg är journalist på kulturredaktionen.", "är journalist", "sv"},
		{"pl related", PhraseRelated, "Zobacz także", "zobacz także", "pl"},
		{"es read-also label", PhraseRelated, "VEA TAMBIÉN: Estrella de la educación", "vea también", "es"},
		{"de reader feedback prompt", PhraseShare, "War der Artikel nützlich?", "war der artikel nützlich", "de"},
		{"de login notice", PhraseModeration, "Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.", "sie müssen sich einloggen", "de"},
		{"ad label advert", PhraseAd, "Advert", "advert", "en"},
		{"gallery counter", PhraseNavigation, "1 - 5 of 36", "# # of #", "en"},
		{"ru photo credit", PhraseCredit, "личный архив Андрея Рудькова", "личный архив", "ru"},
		{"de disclaimer", PhraseFooter, "Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.", "gibt die meinung des autors wieder", "de"},
		{"no match", PhraseCookie, "The council approved the budget.", "", ""},
		{"too long", PhraseShare, "share this " + string(make([]byte, 2100)), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := MatchPhrase(tt.set, tt.text)
			if tt.phrase == "" {
				assert.False(t, ok, "matched %+v", m)
				return
			}
			assert.True(t, ok)
			assert.Equal(t, PhraseMatch{Set: tt.set, Phrase: tt.phrase, Lang: tt.lang}, m)
		})
	}
}

func TestPhraseTablesCoverLanguages(t *testing.T) {
	for set, langs := range phraseTables {
		for _, lang := range []string{"en", "fr", "de", "es", "it", "pt", "nl", "sv"} {
			assert.NotEmpty(t, langs[lang], "set %s has no %s phrases", set, lang)
		}
	}
}

func TestFoldPhrase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Share  THIS: article! ", "share this article"},
		{"L’Équipe", "l'équipe"},
		{"Updated 8:03 am", "updated # # am"},
		{"© 2019", "© #"},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, FoldPhrase(tt.in), "FoldPhrase(%q)", tt.in)
	}
}

func TestMonthName(t *testing.T) {
	tests := []struct {
		word string
		want time.Month
		ok   bool
	}{
		{"Nov.", time.November, true},
		{"janvier", time.January, true},
		{"März", time.March, true},
		{"diciembre", time.December, true},
		{"augusti", time.August, true},
		{"maio", time.May, true},
		{"Monday", 0, false},
		{"", 0, false},
		{".", 0, false},
	}
	for _, tt := range tests {
		m, _, ok := MonthName(tt.word)
		assert.Equal(t, tt.ok, ok, tt.word)
		assert.Equal(t, tt.want, m, tt.word)
	}
}

// naiveMatch is the reference MatchFolded must agree with: every phrase of
// the set tried in table order against the folded text.
func naiveMatch(set PhraseSet, folded string) (PhraseMatch, bool) {
	padded := " " + folded + " "
	for _, p := range phraseIndex()[set].phrases {
		var ok bool
		switch {
		case p.start && p.end:
			ok = padded == " "+p.text+" "
		case p.start:
			ok = strings.HasPrefix(padded, " "+p.text+" ")
		case p.end:
			ok = strings.HasSuffix(padded, " "+p.text+" ")
		default:
			ok = strings.Contains(padded, " "+p.text+" ")
		}
		if ok {
			return PhraseMatch{Set: set, Phrase: p.text, Lang: p.lang}, true
		}
	}
	return PhraseMatch{}, false
}

func TestMatchFoldedAgreesWithScan(t *testing.T) {
	var texts []string
	for _, langs := range phraseTables {
		for _, list := range langs {
			for _, raw := range list {
				p := strings.Trim(raw, "^$")
				texts = append(texts, p, "Well, "+p, p+" today.", "x "+p+" y", strings.ToUpper(p)+"!")
			}
		}
	}
	texts = append(texts, "", "12 comments", "© 2019 Foo. All rights reserved.", "Share prices fell")
	for set := range phraseTables {
		for _, text := range texts {
			folded := FoldPhrase(text)
			want, wantOK := naiveMatch(set, folded)
			got, ok := MatchFolded(set, folded)
			require.Equal(t, wantOK, ok, "set %s, text %q", set, text)
			require.Equal(t, want, got, "set %s, text %q", set, text)
		}
	}
}

// TestMatchFoldedAgreesWithScanOnRandomTexts checks MatchFolded against
// naiveMatch on random folded texts of phrase words, other words and
// bytes from 0x80, of every length around the eight bytes its word
// search reads at once, with stray spaces at either end or doubled (a
// text MatchFolded may be given though FoldPhrase writes none).
func TestMatchFoldedAgreesWithScanOnRandomTexts(t *testing.T) {
	words := []string{"x", "zz", "é", "\xc3\xa9t\xc3\xa9", "#", "qqqqqqqqqq", " "}
	for _, si := range phraseIndex() {
		for _, p := range si.phrases {
			if len(words) < 600 {
				words = append(words, strings.Fields(p.text)...)
			}
		}
	}
	rng := rand.New(rand.NewPCG(16, 2))
	sets := slices.Sorted(maps.Keys(phraseTables))
	for range 6000 {
		folded := randtext.Words(rng, words, rng.IntN(9))
		for _, set := range sets {
			want, wantOK := naiveMatch(set, folded)
			got, ok := MatchFolded(set, folded)
			require.Equal(t, wantOK, ok, "set %s, text %q", set, folded)
			require.Equal(t, want, got, "set %s, text %q", set, folded)
		}
	}
}

// TestSpaceBitsAgreesWithBytes checks spaceBits, on words read by load64
// and by tailBytes from every position, against the bytes one at a time
// (a byte just above or below a space, or from 0x80, must not count).
func TestSpaceBitsAgreesWithBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 20))
	alphabet := []byte{' ', 'a', 'z', '#', 0x1f, 0x21, 0xa0, 0xc3, 0x00, 0xff}
	for range 20000 {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			var got uint64
			if i+8 <= len(s) {
				got = spaceBits(load64(s, i))
			} else {
				got = spaceBits(tailBytes(s, i))
			}
			var want uint64
			for j := i; j < min(i+8, len(s)); j++ {
				if s[j] == ' ' {
					want |= 0x80 << (8 * (j - i))
				}
			}
			require.Equal(t, want, got, "%q from %d", s, i)
		}
	}
}

func TestMatchFoldedUnknownSet(t *testing.T) {
	_, ok := MatchFolded(PhraseSet("nope"), "share")
	assert.False(t, ok)
}

func TestNameConjunctions(t *testing.T) {
	got := NameConjunctions()
	for _, w := range []string{" and ", " & ", " et ", " und ", " y ", " e ", " en ", " och ", " og "} {
		assert.Contains(t, got, w)
	}
	assert.Len(t, got, 9, "duplicates (it and pt \"e\", da and nb \"og\") are listed once")
	got[0] = "changed"
	assert.Equal(t, " and ", NameConjunctions()[0], "each call returns a copy")
}

func TestIsNameParticle(t *testing.T) {
	for _, w := range []string{"di", "von", "van", "de"} {
		assert.True(t, IsNameParticle(w), w)
	}
	for _, w := range []string{"by", "par", "av", "Von"} {
		assert.False(t, IsNameParticle(w), w)
	}
}

// TestAppendFoldPhrase checks that AppendFoldPhrase appends FoldPhrase's
// result after what the buffer holds, leaves those bytes alone, and does
// not allocate in a buffer with room for half as much again as the text.
func TestAppendFoldPhrase(t *testing.T) {
	tests := []struct {
		name, prefix, text, want string
	}{
		{"empty", "", "", ""},
		{"empty after bytes", "ab", "", ""},
		{"punctuation only", "ab", " -- ", ""},
		{"words", "x", "  It’s 2024 + 3A -- b. ", "it's # + #a b"},
		{"accents", "", "Zürich ÉTÉ 12,5 °C", "zürich été # # °c"},
		{"longer lower case", "", "ȺȺ", "ⱥⱥ"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := AppendFoldPhrase([]byte(tt.prefix), tt.text)
			require.Equal(t, tt.prefix+tt.want, string(got))
			assert.Equal(t, tt.want, FoldPhrase(tt.text))
			buf := make([]byte, 0, len(tt.text)+len(tt.text)/2)
			allocs := testing.AllocsPerRun(10, func() { AppendFoldPhrase(buf[:0], tt.text) })
			assert.Zero(t, allocs)
		})
	}
}

// TestFoldedWordEndAgreesWithIndexByte checks the eight-byte search for
// a word's end, and spaceIn8 alone, against strings.IndexByte on random
// texts of spaces, letters and bytes from 0x80 (a byte just above or
// below a space must not count as one).
func TestFoldedWordEndAgreesWithIndexByte(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 14))
	alphabet := []byte{' ', 'a', 'z', '#', '\'', 0x1f, 0x21, 0xa0, 0xc3, 0xa9, 0x00}
	for range 20000 {
		b := make([]byte, rng.IntN(24))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		want := strings.IndexByte(s, ' ')
		if want < 0 {
			want = len(s)
		}
		require.Equal(t, want, foldedWordEnd(s), "%q", s)
		if len(s) >= 8 {
			require.Equal(t, min(want, 8), spaceIn8(load64(s, 0)), "%q", s)
		}
	}
}

// TestFirstWordTableAgreesWithMaps checks that every set's table of first
// words gives, for each key of its maps and for words that are none, the
// maps' values, and startsAnchored the keys of atStart.
func TestFirstWordTableAgreesWithMaps(t *testing.T) {
	for set, si := range phraseIndex() {
		require.Equal(t, 0, len(si.firsts)&(len(si.firsts)-1), "set %s: a power of two", set)
		words := []string{"zzqx", "a", "the", "share", "©", "#", ""}
		for w := range si.atStart {
			words = append(words, w, w+"s")
		}
		for w := range si.anywhere {
			words = append(words, w, "x"+w)
		}
		for _, w := range words {
			e := si.first(w)
			require.Equal(t, si.atStart[w], e.atStart, "set %s, word %q", set, w)
			require.Equal(t, si.anywhere[w], e.anywhere, "set %s, word %q", set, w)
			_, anchored := si.atStart[w]
			require.Equal(t, anchored, si.startsAnchored(w), "set %s, word %q", set, w)
		}
	}
}
