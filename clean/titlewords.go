package clean

import "strings"

// IsSectionName reports whether s, a segment of a page title, is the name
// of a newspaper or blog section ("Opinion", "Meinung", "Tribune",
// "Opinión", "Åsikt") rather than part of a headline. Case and the
// spaces around s are ignored.
func IsSectionName(s string) bool {
	return sectionNames[strings.ToLower(strings.TrimSpace(s))]
}

// sectionNames are the section names, lower case, in en, fr, de, es, it,
// pt, nl and sv, that sites append to or put before their headlines.
var sectionNames = func() map[string]bool {
	m := make(map[string]bool)
	for _, words := range map[string][]string{
		"en": {"opinion", "opinions", "op-ed", "editorial", "editorials", "commentary", "analysis", "review",
			"reviews", "interview", "news", "world", "politics", "business", "sport", "sports", "culture",
			"science", "technology", "tech", "health", "lifestyle", "travel", "entertainment", "local news",
			"world news", "video", "videos", "podcast", "live", "blog", "column", "columns", "letters", "obituaries"},
		"fr": {"opinion", "opinions", "tribune", "tribunes", "éditorial", "édito", "chronique", "analyse",
			"actualité", "actualités", "monde", "politique", "économie", "société", "sport", "sports", "culture",
			"sciences", "international", "vidéo", "vidéos", "blog", "entretien", "interview", "débat", "débats"},
		"de": {"meinung", "kommentar", "kommentare", "leitartikel", "kolumne", "analyse", "interview", "nachrichten",
			"politik", "wirtschaft", "sport", "kultur", "wissen", "gesellschaft", "panorama", "ausland", "inland",
			"video", "videos", "blog", "regional", "debatte"},
		"es": {"opinión", "editorial", "columna", "análisis", "entrevista", "noticias", "actualidad", "política",
			"economía", "deportes", "cultura", "sociedad", "internacional", "vídeo", "video", "tribuna", "blog"},
		"it": {"opinioni", "opinione", "editoriale", "commento", "commenti", "analisi", "intervista", "notizie",
			"cronaca", "politica", "economia", "sport", "cultura", "esteri", "video", "blog"},
		"pt": {"opinião", "editorial", "coluna", "análise", "entrevista", "notícias", "política", "economia",
			"esporte", "esportes", "desporto", "cultura", "mundo", "vídeo", "vídeos", "blog"},
		"nl": {"opinie", "column", "commentaar", "analyse", "interview", "nieuws", "politiek", "economie", "sport",
			"cultuur", "binnenland", "buitenland", "video", "blog"},
		"sv": {"åsikt", "åsikter", "ledare", "debatt", "kolumn", "analys", "intervju", "nyheter", "politik",
			"ekonomi", "sport", "kultur", "inrikes", "utrikes", "video", "blogg"},
	} {
		for _, w := range words {
			m[w] = true
		}
	}
	return m
}()

// IsGenericPageName reports whether s, what is left of a page title
// without the site's name, only says that the page is the site's front
// page ("Home", "Startseite", "Accueil", "Inicio", "Welkom"). Such a
// headline says less than the title it was cut from; the name of an
// "about" or "contact" page is a fair headline and is not generic. Case, the spaces and the punctuation
// around s are ignored.
func IsGenericPageName(s string) bool {
	return genericPageNames[strings.ToLower(strings.Trim(s, " .:!|-–—·•»«"))]
}

// genericPageNames are the names of a front page, lower case, in en, fr,
// de, es, it, pt, nl and sv, that stand alone before or after a site's
// name in a title.
var genericPageNames = func() map[string]bool {
	m := make(map[string]bool)
	for _, words := range map[string][]string{
		"en": {"home", "homepage", "home page", "welcome", "start", "main page", "index"},
		"fr": {"accueil", "page d'accueil", "bienvenue"},
		"de": {"startseite", "willkommen", "hauptseite"},
		"es": {"inicio", "portada", "bienvenido", "bienvenidos"},
		"it": {"pagina iniziale", "benvenuto", "benvenuti"},
		"pt": {"início", "página inicial", "bem-vindo", "bem-vindos"},
		"nl": {"startpagina", "welkom"},
		"sv": {"startsida", "hem", "välkommen"},
	} {
		for _, w := range words {
			m[w] = true
		}
	}
	return m
}()

// TrimTitleLabel removes a field label that a page prints before its
// headline, as catalogues and repositories do ("Title: Foo",
// "Titre : Foo", "Titel:Foo"), keeping s when nothing would be left. The
// labels are in en, fr, de, es, it, pt, nl and sv (see titleLabels).
func TrimTitleLabel(s string) string {
	head, rest, ok := strings.Cut(s, ":")
	if !ok || !titleLabels[strings.ToLower(strings.TrimSpace(head))] {
		return s
	}
	if rest = strings.TrimSpace(rest); rest == "" {
		return s
	}
	return rest
}

// titleLabels are the words, lower case, that label a headline as a field
// in en, fr, de, es, it, pt, nl and sv.
var titleLabels = map[string]bool{
	"title": true, "titre": true, "titel": true, "título": true, "titulo": true, "titolo": true,
	"headline": true, "rubrik": true,
}
