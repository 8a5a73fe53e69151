package extract

// locateDOMCore finds the main content container of an HTML page.
// TODO(html): replace this placeholder.
func locateDOMCore(d *Document) []bool {
	return locateTextCore(d)
}
