// Package clean normalises text and knows about languages. It takes text
// and returns text: it never parses HTML documents (package extract does)
// and imports nothing beyond the standard library and golang.org/x/text.
// Input is expected to be UTF-8; invalid bytes are replaced, never
// rejected. Every function is safe for concurrent use.
//
// A typical use cleans each paragraph, detects the page's language once,
// and measures paragraphs to tell an article from its boilerplate:
//
//	title, site := clean.SplitTitle(rawTitle, host)
//	para := clean.StripMarkup(rawPara)
//	lang, _ := clean.DetectLanguage(allText)
//	f := clean.Measure(para, lang) // f.Words, f.StopDensity, f.Terminal...
//
// # Files
//
//   - text.go: Text, the normalisation of whitespace, invisible characters
//     and Unicode form.
//   - markup.go: StripMarkup, which removes stray tags and comments and
//     decodes character references.
//   - title.go: SplitTitle, which separates a headline from the site name,
//     and the trimming of a title's decoration; titlewords.go:
//     IsSectionName ("Opinion", "Meinung"...).
//   - lang.go: DetectLanguage, by script and by stop words; its
//     go:generate line runs gen_stopwords.go, which writes
//     stopwords.gen.go from the stop lists; langscore.go: the exact
//     integer stop word scores both detectors sum, and the bound behind
//     LineProfile.MayDetectOther.
//   - stopwords.go: the stop word index, IsStopword, StopwordDensity,
//     Languages and LanguageName.
//   - tokenizer.go: the allocation-free word splitter used for stop words.
//   - count.go: WordCount and PunctWords, with estimates for scripts
//     without spaces; runeclass.go: the rune classes they read from
//     tables, and LowerRune.
//   - measure.go: EndsSentence, CapitalShare, DigitShare, Features and
//     Measure; profile.go: LineProfile, one pass over a line that serves
//     Measure, stop word densities and DetectProfiles; prose.go: its
//     call-free loop for runs of plain lower-case prose; profiler.go:
//     Profiler, which cleans and profiles the lines of one text in one
//     pass each; lazy.go: the tables built on first use.
//   - date.go, dateparse.go, daterel.go, dateurl.go: dates in many
//     formats and languages (ParseDate, FindDate, ParseRelativeDate,
//     URLDate), and what a date near them means (IsOtherDate,
//     IsUpdateDate); dateposted.go: PostedDate, the date of a post header,
//     "posted on" line or "last edited" footer; dateoriginal.go:
//     OriginalDate, the date of an "originally published on" line.
//   - name.go: author names cut from the text around them (TrimNameTail,
//     NameHead); orgname.go: IsOrgName, which tells an organisation's name
//     from a person's.
//   - phrases.go: tables of boilerplate phrases, MatchPhrase and
//     MatchFolded; phrasecands.go: the phrase sets a folded text may
//     match, found in one pass.
//
// # Languages
//
// Stop words come from the jusText stop lists (BSD-2-Clause, see NOTICE):
// the 200 most frequent words of 98 languages (Simple English is folded
// into "en" and Belarusian Taraškievica into "be"). Codes are ISO 639-1,
// or ISO 639-3 when a language has none ("ast", "ceb", "nds"...), and
// "nb" and "nn" for the two written forms of Norwegian. Chinese, Japanese,
// Korean and Thai are recognised by script. Regenerate the tables with
// go generate; the generator reads ../../shared/data/stoplists by default
// and takes another directory as argument.
//
// # Limits
//
// Language detection scores stop words only, so it needs a sentence or
// more of running text: it returns "" for headlines of a few content words
// and may confuse close languages (Danish and Norwegian, Czech and Slovak)
// on a single short sentence. StripMarkup recognises tags of known HTML
// elements only and keeps the text of <script> and <style>.
package clean
