package extract_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pith-go/pith/extract"
)

// dump is a plain-text page dump: the page title, a menu, the headline,
// the body and a share prompt.
const dump = `Harbour reopens after storm | Coastal Times
Home
News
Sport
Weather
Harbour reopens after storm
The harbour reopened on Tuesday morning, three days after the storm tore two fishing boats from their moorings and flooded the quay.
Harbour staff worked through the night to clear the debris from the main channel, the port authority said in a statement.
The first trawlers left at dawn, and the ferry to the islands is expected to resume its timetable on Thursday.
Share this article on Facebook
`

func ExampleFromText() {
	a, err := extract.FromText(dump)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s (%s, %s)\n\n", a.Title, a.SiteName, a.Language)
	fmt.Println(a.Text())
	fmt.Println()
	for _, r := range a.Removed {
		fmt.Printf("removed by %s: %s\n", r.Extractor, r.Text)
	}
	// Output:
	// Harbour reopens after storm (Coastal Times, en)
	//
	// The harbour reopened on Tuesday morning, three days after the storm tore two fishing boats from their moorings and flooded the quay.
	//
	// Harbour staff worked through the night to clear the debris from the main channel, the port authority said in a statement.
	//
	// The first trawlers left at dawn, and the ferry to the islands is expected to resume its timetable on Thursday.
	//
	// removed by navigation: Home
	// removed by navigation: News
	// removed by navigation: Sport
	// removed by navigation: Weather
	// removed by headline: Harbour reopens after storm
	// removed by share: Share this article on Facebook
}

func ExampleNew() {
	// A pipeline that only strips the repeated headline, menus and share
	// prompts, for a page known to be in English.
	p := extract.New(
		extract.WithLanguage("en"),
		extract.WithExtractors(extract.Headline, extract.Navigation, extract.Share),
	)
	a, err := p.FromText(dump)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range a.Removed {
		fmt.Printf("%s %q (%s)\n", r.Extractor, r.Text, r.Kind)
	}
	fmt.Println(len(a.Body), "blocks kept")
	// Output:
	// navigation "Home" (navigation)
	// navigation "News" (navigation)
	// navigation "Sport" (navigation)
	// navigation "Weather" (navigation)
	// headline "Harbour reopens after storm" (headline)
	// share "Share this article on Facebook" (share)
	// 3 blocks kept
}

func ExampleExtractorFunc() {
	// An extractor of one's own: remove the lines that announce an ad.
	ads := extract.ExtractorFunc(func(doc *extract.Document) error {
		for _, b := range doc.Blocks {
			if strings.EqualFold(b.Text, "Advertisement") {
				doc.Remove(b, "ad", "the line is an ad label")
			}
		}
		return nil
	})
	// Run it first, then the built-in extractors.
	extractors := append([]extract.Extractor{extract.Named("adlabels", ads)}, extract.DefaultExtractors()...)
	p := extract.New(extract.WithExtractors(extractors...))

	page := strings.Replace(dump, "Harbour staff", "Advertisement\nHarbour staff", 1)
	a, err := p.FromText(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range a.Removed {
		if r.Extractor == "adlabels" {
			fmt.Printf("block %d %q: %s\n", r.Index, r.Text, r.Evidence)
		}
	}
	// Output:
	// block 6 "Advertisement": the line is an ad label
}

func ExampleArticle_Markdown() {
	a := extract.Article{
		Title: "Harbour reopens after storm",
		Lead:  "Three days after the storm, boats are sailing again.",
		Body: []extract.Block{
			{Kind: extract.Paragraph, Text: "The harbour reopened on Tuesday."},
			{Kind: extract.Heading, Level: 2, Text: "What was damaged"},
			{Kind: extract.ListItem, Level: 1, Text: "two trawlers"},
			{Kind: extract.ListItem, Level: 1, Text: "the *north* quay"},
			{Kind: extract.Quote, Text: "We worked all night."},
		},
	}
	fmt.Print(a.Markdown())
	// Output:
	// # Harbour reopens after storm
	//
	// *Three days after the storm, boats are sailing again.*
	//
	// The harbour reopened on Tuesday.
	//
	// ## What was damaged
	//
	// - two trawlers
	// - the \*north\* quay
	//
	// > We worked all night.
}

func ExampleFromHTML() {
	page := `<!DOCTYPE html>
<html lang="en"><head><title>Harbour reopens after storm - Coastal Times</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Harbour reopens after storm</h1>
<p>The harbour reopened on Tuesday morning, three days after the storm tore two fishing boats from their moorings.</p>
<p>Harbour staff worked through the night to clear the debris from the main channel, the <a href="/port">port authority</a> said.</p>
</article>
<footer><p>© 2024 Coastal Times. All rights reserved.</p></footer>
</body></html>`
	a, err := extract.FromHTML(strings.NewReader(page), "https://coastal.example/news/harbour")
	if err != nil && !errors.Is(err, extract.ErrNoContent) {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s | %s | %s\n\n", a.Title, a.SiteName, a.Language)
	fmt.Print(a.HTML())
	for _, r := range a.Removed {
		fmt.Println("removed:", r.Text)
	}
	// Output:
	// Harbour reopens after storm | Coastal Times | en
	//
	// <h1>Harbour reopens after storm</h1>
	// <p>The harbour reopened on Tuesday morning, three days after the storm tore two fishing boats from their moorings.</p>
	// <p>Harbour staff worked through the night to clear the debris from the main channel, the <a href="https://coastal.example/port">port authority</a> said.</p>
	// removed: Home
	// removed: News
	// removed: Sport
	// removed: Harbour reopens after storm
	// removed: © 2024 Coastal Times. All rights reserved.
}
