package extract_test

import (
	"fmt"
	"strings"

	"github.com/pith-go/pith/extract"
)

// sitePage is a dump of one page of a small site: its own headline and
// body, then a line that every page of the site ends with.
func sitePage(town, day string) string {
	return strings.Join([]string{
		"Market reopens in " + town + " | Coastal Times",
		"Market reopens in " + town,
		"The covered market of " + town + " reopened on " + day + ", three weeks after the storm flooded its hall and ruined the stalls.",
		"Traders in " + town + " said the first customers arrived before dawn, and the council promised to repair the roof before the winter.",
		"Coastal Times is funded by its readers: every gift, however small, keeps our newsroom going for another day.",
	}, "\n")
}

func ExampleSiteLearner() {
	pages := []string{sitePage("Arlon", "Monday"), sitePage("Bastogne", "Tuesday"), sitePage("Ciney", "Friday")}
	// Learn first, from every page of the host...
	var learner extract.SiteLearner
	for _, page := range pages {
		doc, err := extract.NewTextDocument(page)
		if err != nil {
			fmt.Println(err)
			return
		}
		learner.AddHost("coastal-times.example", doc)
	}
	profile := learner.Profile("coastal-times.example")
	// ...then extract with the profile.
	a, err := extract.New(extract.WithSiteProfile(profile)).FromText(pages[1])
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Text())
	for _, r := range a.Removed {
		if r.Kind == "template" {
			fmt.Printf("%s: %q (%s)\n", r.Extractor, r.Text, r.Evidence)
		}
	}
	// Output:
	// The covered market of Bastogne reopened on Tuesday, three weeks after the storm flooded its hall and ruined the stalls.
	//
	// Traders in Bastogne said the first customers arrived before dawn, and the council promised to repair the roof before the winter.
	// site-template: "Coastal Times is funded by its readers: every gift, however small, keeps our newsroom going for another day." (seen on 3 of 3 pages of this host)
}
