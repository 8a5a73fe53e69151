package clean_test

import (
	"fmt"

	"github.com/pith-go/pith/clean"
)

func ExampleText() {
	fmt.Printf("%q\n", clean.Text("  Le\u00a0chat\u200b  dort. \r\n\r\n\r\n Fin\u00adale  "))
	// Output: "Le chat dort.\n\nFinale"
}

func ExampleStripMarkup() {
	fmt.Println(clean.StripMarkup("Fish &amp; chips<!-- ad --> <b>win</b> &#8211; if a < b"))
	// Output: Fish & chips win – if a < b
}

func ExampleSplitTitle() {
	headline, site := clean.SplitTitle("Etat islamique : la coalition frappe<!-- --> | Atlantico.fr", "www.atlantico.fr")
	fmt.Printf("%q %q\n", headline, site)
	headline, site = clean.SplitTitle("BBC News - Storm hits the coast overnight")
	fmt.Printf("%q %q\n", headline, site)
	// Output:
	// "Etat islamique : la coalition frappe" "Atlantico.fr"
	// "Storm hits the coast overnight" "BBC News"
}

func ExampleDetectLanguage() {
	for _, s := range []string{
		"Le gouvernement a annoncé mardi une hausse des taxes sur le carburant.",
		"Regeringen meddelade på tisdagen att skatten på bränsle ska höjas.",
		"政府周二宣布明年将提高燃油税。",
		"Hello",
	} {
		lang, confidence := clean.DetectLanguage(s)
		fmt.Printf("%q %t\n", lang, confidence > 0)
	}
	// Output:
	// "fr" true
	// "sv" true
	// "zh" true
	// "" false
}

func ExampleMeasure() {
	f := clean.Measure("The cat is on the mat.", "en")
	fmt.Println(f.Words, f.Terminal, f.StopDensity > 0.5)
	// Output: 6 true true
}
