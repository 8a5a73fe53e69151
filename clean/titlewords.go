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
