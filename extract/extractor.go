package extract

import "fmt"

// An Extractor recognises one kind of boilerplate, or one kind of
// metadata, in a Document.
//
// Extract marks the blocks it recognises with Document.Remove, giving a
// kind and its evidence, or gives kept blocks a role, or fills in
// Document.Meta. It must not add, drop or reorder blocks, and must not keep
// the Document after it returns. An error stops the pipeline for this
// document only; the error is returned wrapped with the extractor's name.
//
// An Extractor that also has a method Name() string is reported under that
// name in Removal.Extractor; others are reported by their position in the
// pipeline ("extractor#3"). New reads the name once, when it builds the
// Pipeline, so Name should return the same name on every call.
type Extractor interface {
	Extract(doc *Document) error
}

// ExtractorFunc adapts a function to the Extractor interface.
type ExtractorFunc func(doc *Document) error

// Extract calls f(doc).
func (f ExtractorFunc) Extract(doc *Document) error { return f(doc) }

// Named gives an extractor a name, to be reported in Removal.Extractor.
func Named(name string, e Extractor) Extractor { return named{name, e} }

type named struct {
	name string
	Extractor
}

func (n named) Name() string { return n.name }

type namer interface{ Name() string }

// extractorName is the name a removal by e, at position i, is reported under.
func extractorName(e Extractor, i int) string {
	if n, ok := e.(namer); ok {
		return n.Name()
	}
	return fmt.Sprintf("extractor#%d", i)
}
