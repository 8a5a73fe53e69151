package extract

import (
	"strings"
	"sync"

	"github.com/pith-go/pith/clean"
)

// bylinePrefixes are the words that introduce a byline, lower-cased with
// their trailing space, per language: en, fr, de, es, it, pt, nl, sv.
var bylinePrefixes = []string{
	"written by ", "posted by ", "reported by ", "by ",
	"texte de ", "publié par ", "par ",
	"geschrieben von ", "text von ", "von ",
	"escrito por ", "por ",
	"scritto da ",
	"door ",
	"skriven av ", "text av ", "av ",
}

// nameConjunctions join the names of co-authors in one byline or meta
// value, per language: en, fr, de, es, it and pt, nl, sv.
var nameConjunctions = []string{" and ", " & ", " et ", " und ", " y ", " e ", " en ", " och "}

// A domPhrases table holds, per language, the phrases of one kind of
// furniture the DOM extractors recognise. Phrases are written as
// clean.FoldPhrase folds text: lower case, no punctuation, numbers as "#".
// A leading "^" anchors a phrase at the start of the block, a trailing
// "$" at its end; "^...$" must be the whole block.
type domPhrases map[string][]string

// commentPhrases are the headings and prompts of comment sections.
var commentPhrases = domPhrases{
	"en": {"^# comments$", "^# comment$", "^comments$", "^comments #$", "^leave a comment$", "^leave a reply$", "^post a comment$", "^add a comment$", "^join the discussion$", "^join the conversation$", "^show comments$", "^view comments$", "^reader comments$", "^what do you think$", "^comments are closed$", "your email address will not be published"},
	"fr": {"^# commentaires$", "^# commentaire$", "^commentaires$", "^laisser un commentaire$", "^laissez un commentaire$", "^ajouter un commentaire$", "^réagir$", "^réagissez$", "^voir les commentaires$", "votre adresse e mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée"},
	"de": {"^# kommentare$", "^# kommentar$", "^kommentare$", "^kommentar schreiben$", "^kommentieren$", "^schreiben sie einen kommentar$", "^kommentare anzeigen$", "^diskutieren sie mit$", "^leserkommentare$", "ihre e mail adresse wird nicht veröffentlicht"},
	"es": {"^# comentarios$", "^# comentario$", "^comentarios$", "^deja un comentario$", "^dejar un comentario$", "^deja una respuesta$", "^ver comentarios$", "tu dirección de correo electrónico no será publicada"},
	"it": {"^# commenti$", "^# commento$", "^commenti$", "^lascia un commento$", "^scrivi un commento$", "^lascia un commento annulla risposta$", "^mostra commenti$", "il tuo indirizzo email non sarà pubblicato"},
	"pt": {"^# comentários$", "^# comentário$", "^comentários$", "^deixe um comentário$", "^deixe uma resposta$", "^ver comentários$", "o seu endereço de email não será publicado", "seu endereço de e mail não será publicado"},
	"nl": {"^# reacties$", "^# reactie$", "^reacties$", "^reageer$", "^plaats een reactie$", "^laat een reactie achter$", "^bekijk reacties$", "je e mailadres wordt niet gepubliceerd"},
	"sv": {"^# kommentarer$", "^# kommentar$", "^kommentarer$", "^kommentera$", "^lämna en kommentar$", "^skriv en kommentar$", "^visa kommentarer$", "din e postadress kommer inte publiceras"},
}

// adPhrases are the labels that mark advertisements and the notes that
// bridge them ("Story continues below advertisement").
var adPhrases = domPhrases{
	"en": {"^advertisement$", "^advertisements$", "^advertising$", "^ad$", "^ads$", "^sponsored$", "^sponsored content$", "^paid content$", "^paid post$", "^promoted$", "^promoted content$", "^story continues below advertisement$", "^article continues below advertisement$", "^continue reading below$", "^article continues below$", "^skip advert$", "^remove ads$", "^ad feedback$"},
	"fr": {"^publicité$", "^pub$", "^contenu sponsorisé$", "^sponsorisé$", "^la suite après la publicité$", "^l'article continue ci dessous$", "^la suite de l'article après cette publicité$"},
	"de": {"^anzeige$", "^werbung$", "^gesponsert$", "^sponsored$", "^weiterlesen nach der anzeige$", "^lesen sie nach der anzeige weiter$", "^artikel wird nach der anzeige fortgesetzt$", "^mehr nach der anzeige$"},
	"es": {"^publicidad$", "^anuncio$", "^patrocinado$", "^contenido patrocinado$", "^sigue leyendo después de la publicidad$"},
	"it": {"^pubblicità$", "^sponsorizzato$", "^contenuto sponsorizzato$", "^annuncio$", "^continua a leggere dopo la pubblicità$"},
	"pt": {"^publicidade$", "^anúncio$", "^patrocinado$", "^conteúdo patrocinado$", "^continua depois da publicidade$", "^continua após a publicidade$"},
	"nl": {"^advertentie$", "^gesponsord$", "^gesponsorde inhoud$", "^het artikel gaat verder onder de advertentie$"},
	"sv": {"^annons$", "^annonser$", "^sponsrad$", "^sponsrat innehåll$", "^artikeln fortsätter under annonsen$"},
}

// paywallPhrases are the prompts of paywalls and subscription boxes.
var paywallPhrases = domPhrases{
	"en": {"subscribe to continue reading", "subscribe to read", "subscribe to keep reading", "this article is for subscribers only", "this content is for subscribers only", "this article is reserved for subscribers", "already a subscriber", "already have an account log in", "to continue reading", "become a subscriber", "create a free account to continue", "you have reached your limit of free articles", "you've reached your free article limit", "unlock this article", "get unlimited access", "this is premium content"},
	"fr": {"réservé aux abonnés", "cet article est réservé aux abonnés", "il vous reste # de cet article à lire", "la suite est réservée aux abonnés", "déjà abonné", "abonnez vous pour lire la suite", "pour lire la suite", "lire la suite abonnez vous", "article réservé aux abonnés"},
	"de": {"abonnieren sie", "jetzt abonnieren", "dieser artikel ist nur für abonnenten", "nur für abonnenten", "jetzt weiterlesen mit", "weiterlesen mit", "bereits abonnent", "schon abonnent", "sie sind bereits abonnent", "um diesen artikel zu lesen", "mit plus weiterlesen", "exklusiv für abonnenten"},
	"es": {"suscríbete para seguir leyendo", "suscríbete para continuar leyendo", "contenido exclusivo para suscriptores", "exclusivo para suscriptores", "ya eres suscriptor", "para seguir leyendo", "hazte suscriptor"},
	"it": {"abbonati per continuare a leggere", "articolo riservato agli abbonati", "contenuto riservato agli abbonati", "riservato agli abbonati", "sei già abbonato", "per continuare a leggere"},
	"pt": {"assine para continuar lendo", "assine para ler", "conteúdo exclusivo para assinantes", "exclusivo para assinantes", "já é assinante", "para continuar a ler", "para continuar lendo"},
	"nl": {"abonneer om verder te lezen", "dit artikel is alleen voor abonnees", "alleen voor abonnees", "ben je al abonnee", "al abonnee", "word abonnee", "lees verder met"},
	"sv": {"prenumerera för att läsa vidare", "bli prenumerant", "redan prenumerant", "endast för prenumeranter", "för att läsa hela artikeln", "logga in för att läsa"},
}

// authorRoles are the job titles that follow "X is a" in a writer's
// biography ("Jane Doe is a reporter at ..."), per language, with the verb.
var authorRoles = domPhrases{
	"en": {"is a reporter", "is a senior reporter", "is a staff reporter", "is a staff writer", "is a senior writer", "is a freelance writer", "is a freelance journalist", "is a writer", "is a journalist", "is an editor", "is a senior editor", "is a contributing editor", "is a contributing writer", "is a correspondent", "is a columnist", "is a contributor", "is the author of", "is an author"},
	"fr": {"est journaliste", "est rédacteur", "est rédactrice", "est correspondant", "est correspondante", "est chroniqueur", "est chroniqueuse", "est l'auteur de", "est l'autrice de"},
	"de": {"ist redakteur", "ist redakteurin", "ist journalist", "ist journalistin", "ist korrespondent", "ist korrespondentin", "ist autor", "ist autorin", "schreibt für"},
	"es": {"es periodista", "es redactor", "es redactora", "es corresponsal", "es columnista", "es autor de", "es autora de"},
	"it": {"è giornalista", "è un giornalista", "è una giornalista", "è redattore", "è redattrice", "è corrispondente", "è autore di", "è autrice di"},
	"pt": {"é jornalista", "é repórter", "é redator", "é redatora", "é correspondente", "é colunista", "é autor de", "é autora de"},
	"nl": {"is journalist", "is redacteur", "is verslaggever", "is correspondent", "is columnist", "is auteur van"},
	"sv": {"är journalist", "är reporter", "är redaktör", "är korrespondent", "är krönikör", "är författare"},
}

// A foldedPhrase is a phrase of a domPhrases table, ready to match.
type foldedPhrase struct {
	text       string // with a space on each side
	start, end bool
}

var (
	phraseMu    sync.Mutex
	phraseCache = make(map[*domPhrases][]foldedPhrase)
)

// compiled returns the table's phrases of every language, folded.
func (t *domPhrases) compiled() []foldedPhrase {
	phraseMu.Lock()
	defer phraseMu.Unlock()
	if c, ok := phraseCache[t]; ok {
		return c
	}
	var out []foldedPhrase
	for _, list := range *t {
		for _, p := range list {
			fp := foldedPhrase{start: strings.HasPrefix(p, "^"), end: strings.HasSuffix(p, "$")}
			fp.text = " " + strings.TrimSuffix(strings.TrimPrefix(p, "^"), "$") + " "
			out = append(out, fp)
		}
	}
	phraseCache[t] = out
	return out
}

// maxDOMPhraseText is the longest text, in bytes, matched against phrase
// tables: furniture is short.
const maxDOMPhraseText = 600

// match returns the first phrase of the table found in text, compared in
// the folded form of clean.FoldPhrase, whole words only.
func (t *domPhrases) match(text string) (string, bool) {
	if len(text) > maxDOMPhraseText {
		return "", false
	}
	folded := " " + clean.FoldPhrase(text) + " "
	for _, p := range t.compiled() {
		var ok bool
		switch {
		case p.start && p.end:
			ok = folded == p.text
		case p.start:
			ok = strings.HasPrefix(folded, p.text)
		case p.end:
			ok = strings.HasSuffix(folded, p.text)
		default:
			ok = strings.Contains(folded, p.text)
		}
		if ok {
			return strings.TrimSpace(p.text), true
		}
	}
	return "", false
}
