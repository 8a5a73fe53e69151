package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-go/pith/clean"
)

// writerLabels are the field labels, by language, that name a text's
// writer before a colon and that the byline phrases
// (clean.PhraseByline) lack: "Text: Anna Maier", "Redaktion: Eberhard
// Fuhr", "Artikel von:" on a line of its own. Written as clean.FoldPhrase
// writes them.
var writerLabels = map[string][]string{
	"en": {"text", "words", "author", "authors", "writer", "article by"},
	"fr": {"texte", "rédaction", "auteur", "auteure", "auteurs", "article de", "article par"},
	"de": {"text", "redaktion", "autor", "autorin", "autoren", "artikel von", "beitrag von", "ein beitrag von", "ein artikel von"},
	"es": {"texto", "redacción", "autor", "autora", "autores", "artículo de"},
	"it": {"testo", "redazione", "autore", "autrice", "autori", "articolo di"},
	"pt": {"texto", "redação", "autor", "autora", "autores", "artigo de"},
	"nl": {"tekst", "redactie", "auteur", "auteurs", "artikel door", "artikel van"},
	"sv": {"text", "redaktör", "författare", "skribent", "artikel av"},
}

// writerIntros are the phrases, by language, that introduce a text's
// writer at the start of a line without a colon and that the byline
// phrases (clean.PhraseByline) lack: "Blog Beitrag von Margarita
// Koreneva", "Un billet de Jean Dupont". Written as clean.FoldPhrase
// writes them; each ends with its preposition.
var writerIntros = map[string][]string{
	"en": {"a blog post by", "blog post by", "a guest post by", "guest post by", "an article by", "a column by"},
	"fr": {"un article de", "un billet de", "billet de", "une tribune de", "une chronique de"},
	"de": {"ein beitrag von", "blog beitrag von", "blogbeitrag von", "ein gastbeitrag von", "gastbeitrag von", "ein artikel von", "ein kommentar von"},
	"es": {"un artículo de", "una columna de", "una entrada de"},
	"it": {"un articolo di", "un post di", "una rubrica di"},
	"pt": {"um artigo de", "uma coluna de", "um post de"},
	"nl": {"een artikel van", "een artikel door", "een blog van", "een gastblog van", "gastblog van"},
	"sv": {"en artikel av", "ett inlägg av", "en krönika av", "en gästkrönika av"},
}

// writerIntroSet maps each writer intro (writerIntros) to its number of
// words.
var writerIntroSet = func() map[string]int {
	set := make(map[string]int)
	for _, intros := range writerIntros {
		for _, in := range intros {
			set[in] = len(strings.Fields(in))
		}
	}
	return set
}()

// introValue returns what follows a writer intro (writerIntros) that
// opens t, and whether one does.
//
// Its words and their folds are kept on the stack when they fit.
func introValue(t string) (string, bool) {
	var wbuf [visibleBylineWords + 8]string
	words := wbuf[:0] // strings.Fields(t)
	for w := range strings.FieldsSeq(t) {
		words = append(words, w)
	}
	if len(words) <= 2 {
		return "", false
	}
	sfx := newSuffixes(t, words) // the joined words, sliced from t when it is single-spaced
	var fbuf [128]byte
	for k := 2; k <= 4 && k < len(words); k++ {
		head := sfx.before(k)
		folded := clean.AppendFoldPhrase(fbuf[:0], head)
		if n, ok := writerIntroSet[string(folded)]; ok && n == k {
			// Read from t and words, not from the suffixes, so that the
			// words may stay on the stack (see wordsBefore).
			if sfx.plain {
				return t[len(head)+1:], true
			}
			return strings.Join(words[k:], " "), true
		}
	}
	return "", false
}

// sourceLabels are the labels, by language, of the line that names the
// source of a text at its end ("Quelle: kathpress", "Source : AFP"): a
// news agency or the organisation the text comes from.
var sourceLabels = map[string][]string{
	"en": {"source", "sources"},
	"fr": {"source", "sources"},
	"de": {"quelle", "quellen"},
	"es": {"fuente", "fuentes"},
	"it": {"fonte", "fonti"},
	"pt": {"fonte", "fontes"},
	"nl": {"bron", "bronnen"},
	"sv": {"källa", "källor"},
}

// labelSet returns the labels of table as a set, built once.
func labelSet(table map[string][]string) map[string]bool {
	set := make(map[string]bool)
	for _, labels := range table {
		for _, l := range labels {
			set[l] = true
		}
	}
	return set
}

var (
	writerLabelSet = labelSet(writerLabels)
	sourceLabelSet = labelSet(sourceLabels)
)

// labelValue splits a line "Label: value" and reports whether its label,
// folded, is one of set; the label may be at most three words and the
// colon may have a space before it ("Auteur : Jean Dupont"). The value
// is "" for a label alone ("Artikel von:").
func labelValue(t string, set map[string]bool) (string, bool) {
	label, value, ok := strings.Cut(t, ":")
	if !ok || strings.Count(label, " ") > 3 {
		return "", false
	}
	var buf [64]byte // the folded label, on the stack when it fits
	if !set[string(clean.AppendFoldPhrase(buf[:0], label))] {
		return "", false
	}
	return strings.TrimSpace(value), true
}

// writerLabelLine returns the names of a line that gives them after a
// writer label (writerLabels): "Text: Anna Maier", "Redaktion: Eberhard
// Fuhr (Pressesprecher)", "Auteur : Jean Dupont", or after a writer
// intro (writerIntros): "Ein Beitrag von Anna Maier"; the part before a
// bracket or a picture credit ("Text: Anna Maier Fotos: Jan Roe") is
// read as a line of names (nameLine), each capitalised; nil for any
// other line.
func writerLabelLine(t string) []string {
	value, ok := labelValue(t, writerLabelSet)
	if !ok {
		value, ok = introValue(t)
	}
	if !ok || value == "" {
		return nil
	}
	if i := strings.IndexByte(value, '('); i > 0 {
		value = strings.TrimSpace(value[:i])
	}
	if words := strings.Fields(value); len(words) > 2 {
		for j := 2; j < len(words); j++ {
			if _, credit := clean.MatchPhrase(clean.PhraseCredit, strings.Join(words[j:], " ")); credit {
				value = strings.Join(words[:j], " ")
				break
			}
		}
	}
	names := nameLine(strings.TrimRight(value, " ,;.-–—"))
	for _, n := range names {
		if !startsUpper(n) {
			return nil
		}
	}
	return names
}

// writerLabel reports whether a block is a writer label alone, with its
// colon ("Artikel von:", "Texte :"): the name follows on the next line.
// A line with text after its first colon, as most with one have, is
// turned away before its label is folded.
//
// A line ending in an ASCII byte other than a colon or a space, as most
// do, has text after its first colon, if any: it is turned away without
// a call (mayEndColon).
func writerLabel(b *Block) bool {
	return mayEndColon(b.Text) && isWriterLabel(b)
}

// mayEndColon reports whether strings.TrimSpace(text) may end with the
// text's first colon: false when text is empty or ends with an ASCII byte
// that is neither a colon nor a space, which TrimSpace keeps after it.
func mayEndColon(text string) bool {
	if text == "" {
		return false
	}
	c := text[len(text)-1]
	return c >= utf8.RuneSelf || c == ':' || asciiSpace[c]
}

// isWriterLabel is writerLabel past its gate.
func isWriterLabel(b *Block) bool {
	if _, after, ok := strings.Cut(b.Text, ":"); !ok || strings.TrimSpace(after) != "" {
		return false
	}
	_, ok := labelValue(b.Text, writerLabelSet)
	return ok
}

// sourceLine returns the name a source line gives ("Quelle: kathpress",
// "Fuente: EFE", "Source : Agence France-Presse"): a name of at most
// nameMaxWords words after a source label (sourceLabels), which may be
// an organisation's or a lower-case one; nil for any other line.
func sourceLine(t string) []string {
	value, ok := labelValue(t, sourceLabelSet)
	if !ok || value == "" {
		return nil
	}
	value = strings.TrimRight(value, " .")
	if !plausibleName(value, true) && !(startsLowerLetter(value) && !strings.ContainsAny(value, " :/")) {
		return nil
	}
	return []string{value}
}

// endSource returns the name of a source line (sourceLine) among the
// last blocks of the article, from endAuthorBefore blocks before the end
// of its main content to endAuthorAfter after it, outside figures (a
// picture's source); nil when there is none.
func endSource(doc *Document) []string {
	_, last := doc.CoreBounds()
	if last < 0 || last >= len(doc.Blocks) {
		return nil
	}
	for i := min(last+endAuthorAfter, len(doc.Blocks)-1); i >= max(0, last-endAuthorBefore); i-- {
		b := doc.Blocks[i]
		if b.Features.Words == 0 || b.Features.Words > nameMaxWords+2 || b.DOM != nil && b.DOM.Containers.Has(InFigure) {
			continue
		}
		if names := sourceLine(b.Text); len(names) > 0 {
			return names
		}
	}
	return nil
}

// copyrightMarks are the marks that open a copyright line, folded to
// lower case; the longer first.
var copyrightMarks = []string{"copyright ©", "copyright (c)", "copyright", "©", "(c)"}

// copyrightFirsts holds the first bytes of copyrightMarks and of their
// ASCII capitals: strings.ToLower of a text starts with a mark only when
// the text starts with one of these, as no character outside ASCII has a
// lower case that starts as a mark does (a test checks every rune).
var copyrightFirsts = func() (set [256]bool) {
	for _, m := range copyrightMarks {
		c := m[0]
		set[c] = true
		if 'a' <= c && c <= 'z' {
			set[c-'a'+'A'] = true
		}
	}
	return set
}()

// copyrightLine returns the person a copyright line at a text's end
// names as the holder ("© 2019 Sven Schreivogel", "(c) Johannes Wolf •
// Weitere Rechte siehe Impressum", "Copyright 2006-2008 by Jane Doe. All
// rights reserved."): after a copyright mark (copyrightMarks), a year or
// span of years and a byline word, the names up to a separator or a
// sentence's end, each a person's (allPersonNames: two words or more, no
// organisation's); nil for any other line.
func copyrightLine(t string) []string {
	if t == "" || !copyrightFirsts[t[0]] {
		return nil // no lower-cased copy for a line no mark can open
	}
	lower := strings.ToLower(t)
	rest := ""
	for _, mark := range copyrightMarks {
		if strings.HasPrefix(lower, mark) {
			rest = t[len(mark):]
			break
		}
	}
	if rest == "" {
		return nil
	}
	rest = cutNotice(strings.TrimLeft(rest, " 0123456789-–/,"))
	if names, ok := bylineNames(rest); ok && allPersonNames(names) {
		return names
	}
	names := nameLine(rest)
	if len(names) == 0 || !allPersonNames(names) {
		return nil
	}
	return names
}

// endCopyright returns the holder of a copyright line (copyrightLine)
// among the last endAuthorBefore blocks of the article's main content,
// not after it: the copyright of the page's footer is the site owner's;
// nil when there is none.
func endCopyright(doc *Document) []string {
	_, last := doc.CoreBounds()
	if last < 0 || last >= len(doc.Blocks) {
		return nil
	}
	for i := last; i >= max(0, last-endAuthorBefore); i-- {
		b := doc.Blocks[i]
		if b.Features.Words == 0 || b.Features.Words > bylineMaxWords {
			continue
		}
		if names := copyrightLine(b.Text); len(names) > 0 {
			return names
		}
	}
	return nil
}

// cutNotice returns the start of a copyright line's holder, up to a
// separator ("•", "|", "·", ",", ";") or a full stop after a word of
// more than one letter ("Jane Doe. All rights reserved", but not "Jane
// E. Doe").
func cutNotice(s string) string {
	if i := strings.IndexAny(s, "•|·,;"); i >= 0 {
		s = s[:i]
	}
	for i := strings.IndexByte(s, '.'); i >= 0; {
		start := strings.LastIndexByte(s[:i], ' ') + 1
		if i-start > 1 {
			return strings.TrimSpace(s[:i])
		}
		next := strings.IndexByte(s[i+1:], '.')
		if next < 0 {
			break
		}
		i += next + 1
	}
	return strings.TrimSpace(s)
}

// writerPathWords are the path segments of writers' pages, by language,
// that clean.IsAuthorPathWord lacks ("/writers/jane-doe/",
// "/columnistas/ana-lopez/").
var writerPathWords = map[string]bool{
	// en
	"writer": true, "writers": true, "columnist": true, "columnists": true, "contributor": true, "contributors": true,
	// fr
	"chroniqueur": true, "chroniqueurs": true, "signataire": true,
	// de
	"autorin": true, "autorinnen": true, "redakteur": true, "redakteurin": true,
	// es
	"autora": true, "columnista": true, "columnistas": true, "periodista": true, "periodistas": true,
	// it
	"giornalista": true, "giornalisti": true, "firme": true,
	// pt
	"colunista": true, "colunistas": true, "jornalista": true, "jornalistas": true,
	// nl
	"columnisten": true,
	// sv
	"journalister": true, "kronikorer": true, "medarbetare": true,
}

// creditValue reports whether a meta author value, split into names
// (splitAuthors), holds a piece that is no name but a credit: two words
// or more, no word that joins names ("and", "y"), and a last word in
// lower case, of three letters or more and letters only (not an
// address, not "e." of "e. V."), that is no surname particle
// (clean.IsNameParticle): "Peter Amende und Fuchsy designed", a theme's
// credit, but not "Bundesministerium für Wirtschaft". Such a value names
// no writer.
func creditValue(names []string) bool {
	for _, n := range names {
		words := strings.Fields(n)
		if len(words) < 2 {
			continue
		}
		joined := false
		for _, w := range words[1:] {
			joined = joined || slices.Contains(nameConjunctions, " "+strings.ToLower(w)+" ")
		}
		last := words[len(words)-1]
		if !joined && startsLowerLetter(last) && len(last) > 2 && isLetters(last) && !clean.IsNameParticle(last) {
			return true
		}
	}
	return false
}

// isLetters reports whether every rune of w is a letter.
func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}
