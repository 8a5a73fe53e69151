package extract

import (
	"fmt"
)

// Paywall removes paywall and subscription boxes: in HTML, the blocks
// inside an element whose class or id names a paywall or a subscription
// offer (paywall, regwall, subscribe, premium-teaser...), and in any input
// the prompts of paywalls ("Subscribe to continue reading", "Réservé aux
// abonnés", "Abonnieren Sie").
var Paywall Extractor = paywallExtractor{}

type paywallExtractor struct{}

func (paywallExtractor) Name() string { return "paywall" }

// maxPaywallWords is the length of the longest paywall prompt.
const maxPaywallWords = 40

func (paywallExtractor) Extract(doc *Document) error {
	if doc.Root == nil {
		for _, b := range doc.phraseBlocks() {
			// A prompt is a phrase (see paywallPrompt); a block removed
			// before stays as it was, so it is not matched.
			if b.Removed() || phraseless(b) || gatePaywall.ruledOut(b) {
				continue
			}
			if ev := paywallPrompt(b); ev != "" {
				doc.Remove(b, "paywall", ev)
			}
		}
		return nil
	}
	removeDOM(doc, "paywall", func(b *Block, parts []string) string {
		if p := firstPart(parts, isPaywallPart); p != "" {
			return fmt.Sprintf("inside a paywall (class %q)", p)
		}
		return paywallPrompt(b)
	})
	return nil
}

// paywallPrompt returns the evidence that b is a paywall prompt, or "".
func paywallPrompt(b *Block) string {
	if !isShort(b, maxPaywallWords) || phraseless(b) {
		return ""
	}
	if gatePaywall.ruledOut(b) {
		return ""
	}
	if m, ok := gatePaywall.match(b); ok {
		return fmt.Sprintf("paywall phrase %q (%s)", m.Phrase, m.Lang)
	}
	return ""
}

// isPaywallPart reports whether a class or id word names a paywall or a
// subscription offer.
func isPaywallPart(p string) bool {
	switch p {
	case "paywall", "regwall", "subscribe", "subscription", "subscriptions", "subscriber",
		"abo", "abonnement", "abonnieren", "abonne", "abonnes", "piano", "meter", "metered":
		return true
	}
	return hasPrefixAny(p, "paywall", "regwall", "subscribe-", "subscription-", "paid-content", "premium-teaser", "plus-teaser")
}
