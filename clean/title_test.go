package clean

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSplitTitle(t *testing.T) {
	tests := []struct {
		name, title    string
		hints          []string
		headline, site string
	}{
		{"empty", "", nil, "", ""},
		{"no separator", "Just a headline", nil, "Just a headline", ""},
		{"pipe", "Storm hits the coast overnight | The Daily", nil, "Storm hits the coast overnight", "The Daily"},
		{"site first dash", "BBC News - Storm hits the coast overnight and floods towns", nil, "Storm hits the coast overnight and floods towns", "BBC News"},
		{"em dash", "Storm hits the coast overnight — Le Monde", nil, "Storm hits the coast overnight", "Le Monde"},
		{"en dash", "Storm hits the coast overnight – Le Monde", nil, "Storm hits the coast overnight", "Le Monde"},
		{"double colon", "Storm hits the coast overnight :: Slashdot", nil, "Storm hits the coast overnight", "Slashdot"},
		{"guillemet", "Storm hits the coast overnight » Blog", nil, "Storm hits the coast overnight", "Blog"},
		{"middle dot", "Storm hits the coast overnight · GitHub", nil, "Storm hits the coast overnight", "GitHub"},
		{"markup and host hint", "X<!-- --> | Atlantico.fr", []string{"www.atlantico.fr"}, "X", "Atlantico.fr"},
		{"hint case and spaces", "LE MONDE | Short", []string{"lemonde.fr"}, "Short", "LE MONDE"},
		{"site name hint", "Short one - The Guardian", []string{"The Guardian"}, "Short one", "The Guardian"},
		{"domain without hint", "X | Atlantico.fr", nil, "X", "Atlantico.fr"},
		{"domain first", "example.com - Long story here", nil, "Long story here", "example.com"},
		{"colon not split", "Etat islamique : la coalition frappe Raqqa", nil, "Etat islamique : la coalition frappe Raqqa", ""},
		{"colon with site", "Etat islamique : la coalition frappe Raqqa | Le Figaro", nil, "Etat islamique : la coalition frappe Raqqa", "Le Figaro"},
		{"section dropped", "Storm hits the coast overnight | World | The Daily", nil, "Storm hits the coast overnight", "The Daily"},
		{"dash inside headline", "Biden - Trump debate ends in chaos and shouting - CNN", nil, "Biden - Trump debate ends in chaos and shouting", "CNN"},
		{"both long", "A long first part of this title - And a long second part of it", nil, "A long first part of this title - And a long second part of it", ""},
		{"hyphenated word", "Well-known author dies", nil, "Well-known author dies", ""},
		{"entity", "Fish &amp; chips win | Food Mag", nil, "Fish & chips win", "Food Mag"},
		{"CJK", "東京で大雪、交通に乱れ | 朝日新聞", nil, "東京で大雪、交通に乱れ", "朝日新聞"},
		{"RTL", "הממשלה הודיעה על מס חדש על דלק | הארץ", nil, "הממשלה הודיעה על מס חדש על דלק", "הארץ"},
		{"only separators", " | - ", nil, "| -", ""},
		{"slash sections", "What happened with the ISO in 2024 / Discussion / Arch Linux Forums", []string{"bbs.archlinux.org"}, "What happened with the ISO in 2024", "Arch Linux Forums"},
		{"slash in headline", "AC/DC announce a new world tour for next year", nil, "AC/DC announce a new world tour for next year", ""},
		{"CJK pipe without spaces", "NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", nil, "子どもへの体罰を禁止する法律ができる", "NEWS WEB EASY"},
		{"CJK fullwidth bar", "东京下大雪交通受影响｜新闻网", nil, "东京下大雪交通受影响", "新闻网"},
		{"Latin pipe without spaces kept", "Rock|Pop charts of the week explained", nil, "Rock|Pop charts of the week explained", ""},
		{"hint inside site segment", "EFC Bayrische Bembel Regensburg - Eintracht stellt Weichen für die Zukunft", []string{"bayrische-bembel.de"}, "Eintracht stellt Weichen für die Zukunft", "EFC Bayrische Bembel Regensburg"},
		{"short hint not searched", "Cats of the Serengeti Plains | Big Live Show", []string{"cats.tv"}, "Cats of the Serengeti Plains", "Big Live Show"},
		{"both short: site last", "New Stuff - Le Blog de Betty", nil, "New Stuff", "Le Blog de Betty"},
		{"de site first, sections after", "EFC Bayrische Bembel - Eintracht stellt Weichen für die Zukunft - Presse - News", []string{"bayrische-bembel.de"}, "Eintracht stellt Weichen für die Zukunft", "EFC Bayrische Bembel"},
		{"fr site first, section after", "Le Monde | La réforme des retraites adoptée au Sénat | Politique", []string{"lemonde.fr"}, "La réforme des retraites adoptée au Sénat", "Le Monde"},
		{"es site first, long tail kept", "El País - El Senado aprueba la reforma - Lo que cambia para los jubilados", []string{"elpais.com"}, "El Senado aprueba la reforma - Lo que cambia para los jubilados", "El País"},
		{"sv site first, three-word tail after a dash kept", "Aftonbladet - Regeringen sänker skatten i år - Så påverkas du", []string{"aftonbladet.se"}, "Regeringen sänker skatten i år - Så påverkas du", "Aftonbladet"},
		{"en site in the middle", "Nintendo Switch – OLED Model - Nintendo - Official Site", []string{"nintendo.com"}, "Nintendo Switch – OLED Model", "Nintendo"},
		{"it site in the middle", "Il bilancio è approvato - Corriere - Notizie di oggi", []string{"corriere.it"}, "Il bilancio è approvato", "Corriere"},
		{"nl site at the end wins over the middle", "Kabinet valt - NOS - Nieuws | NOS", []string{"nos.nl"}, "Kabinet valt", "NOS"},
		{"pt no hint, no middle site", "Governo aprova reforma - Folha - Política", nil, "Governo aprova reforma", "Política"},
		{"longer site first", "Le Blog de Betty - New recipes for the holidays and a few more things", nil, "New recipes for the holidays and a few more things", "Le Blog de Betty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			headline, site := SplitTitle(tc.title, tc.hints...)
			assert.Equal(t, tc.headline, headline)
			assert.Equal(t, tc.site, site)
		})
	}
}

func TestLooksLikeDomain(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Atlantico.fr", true},
		{"www.bbc.co.uk", true},
		{"3.5", false},
		{"Mr. Smith", false},
		{"end.", false},
		{"", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			assert.Equal(t, tc.want, looksLikeDomain(tc.in))
		})
	}
}

func TestTrimTitleDecoration(t *testing.T) {
	tests := []struct {
		name, title string
		hints       []string
		want        string
	}{
		{"plain", "Storm hits the coast overnight", nil, "Storm hits the coast overnight"},
		{"site hint last", "Storm hits the coast | WRAL", []string{"WRAL.com"}, "Storm hits the coast"},
		{"site hint held by the last segment", "Electricians costs - CostMatcher Report", []string{"costmatcher"}, "Electricians costs"},
		{"site hint first", "Cookshack | Catering tips for beginners", []string{"forum.cookshack.com", "Cookshack"}, "Catering tips for beginners"},
		{"first segment only near the host stays", "Welpen kaufen – Tipps zu jeder Hunderasse", []string{"welpenkaufen24.de"}, "Welpen kaufen – Tipps zu jeder Hunderasse"},
		{"host name", "Storm hits the coast - example.com", nil, "Storm hits the coast"},
		{"bracketed host", "Grads find no jobs (latimes.com)", nil, "Grads find no jobs"},
		{"bracketed word stays", "The types of wine (Infographic)", nil, "The types of wine (Infographic)"},
		{"section en", "How meditation rewires brains | Opinion", nil, "How meditation rewires brains"},
		{"section de first", "Meinung | Der Haushalt ist beschlossen", nil, "Der Haushalt ist beschlossen"},
		{"section fr", "Le budget est adopté - Tribune", nil, "Le budget est adopté"},
		{"section es", "El presupuesto fue aprobado | Opinión", nil, "El presupuesto fue aprobado"},
		{"section it", "Il bilancio è stato approvato | Editoriale", nil, "Il bilancio è stato approvato"},
		{"section pt", "O orçamento foi aprovado | Opinião", nil, "O orçamento foi aprovado"},
		{"section nl", "De begroting is aangenomen | Opinie", nil, "De begroting is aangenomen"},
		{"section sv", "Budgeten är antagen | Ledare", nil, "Budgeten är antagen"},
		{"section and site", "Storm hits the coast | Opinion | WRAL", []string{"WRAL.com"}, "Storm hits the coast"},
		{"other segments stay", "Office 365 – HBDI – die Dritte", []string{"blog.example.com"}, "Office 365 – HBDI – die Dritte"},
		{"no guess by length", "Best movers in NYC 2025 | Top 19 companies", nil, "Best movers in NYC 2025 | Top 19 companies"},
		{"one segment is kept", "Opinion", nil, "Opinion"},
		{"markup kept", "<table>: The Table element", nil, "<table>: The Table element"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, TrimTitleDecoration(tc.title, tc.hints...))
		})
	}
}

func TestIsSectionName(t *testing.T) {
	for _, s := range []string{"Opinion", " meinung ", "Tribune", "Opinión", "Opinioni", "Opinião", "Opinie", "Åsikt"} {
		assert.True(t, IsSectionName(s), s)
	}
	for _, s := range []string{"", "Storm hits the coast", "Opinion piece on taxes", "WRAL"} {
		assert.False(t, IsSectionName(s), s)
	}
}

// TestNextSeparator checks nextSeparator's reading at spaces against a
// search for each separator, on random titles made of separators' bytes.
func TestNextSeparator(t *testing.T) {
	reference := func(title string, seps []string) (at, n int) {
		at = -1
		for _, s := range seps {
			if i := strings.Index(title, s); i >= 0 && (at < 0 || i < at) {
				at, n = i, len(s)
			}
		}
		return at, n
	}
	pieces := []string{" ", "a", "Z", "|", "-", "—", "–", ":", "»", "·", "/", "é"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var sb strings.Builder
		for range rng.IntN(16) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		title := sb.String()
		for _, seps := range [][]string{titleSeparators, {" ", " |"}} {
			wantAt, wantN := reference(title, seps)
			at, n := nextSeparator(title, seps, secondBytes(seps))
			require.Equal(t, wantAt, at, "%q %q", title, seps)
			require.Equal(t, wantN, n, "%q %q", title, seps)
		}
	}
	for _, s := range titleSeparators {
		require.Equal(t, byte(' '), s[0], "nextSeparator reads at spaces only")
	}
}

// TestHasCJK checks hasCJK, which decodes a title from its first byte
// from 0xE1, against decoding it whole, on random strings of ASCII,
// Latin, Cyrillic, CJK, Hangul and invalid bytes.
func TestHasCJK(t *testing.T) {
	whole := func(s string) bool {
		for _, r := range s {
			if r >= 0x1100 && (isHanKana(r) || unicode.Is(unicode.Hangul, r)) {
				return true
			}
		}
		return false
	}
	pieces := []string{"a", " ", "é", "Ж", "—", "ᄀ", "見", "出し", "한", "ー", "\xe0", "\xe1", "\xe3\x81", "\xff", "\x80", "Ⱥ"}
	rng := rand.New(rand.NewPCG(11, 12))
	found := 0
	for range 5000 {
		var sb strings.Builder
		for range rng.IntN(8) {
			sb.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := sb.String()
		want := whole(s)
		require.Equal(t, want, hasCJK(s), "%q", s)
		if want {
			found++
		}
	}
	assert.Greater(t, found, 500)
}
