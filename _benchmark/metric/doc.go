// Package metric scores extracted article text against gold data.
//
// Two metrics are provided:
//
//   - The shingle metric of the ScrapingHub article-extraction benchmark
//     (see [CompareShingles] and [Corpus]): texts are cut into word 4-grams,
//     matched with multiplicity, and precision and recall are averaged per
//     page.
//   - The snippet metric of the trafilatura evaluation (see [CheckSnippets]
//     and [Snippets]): a page comes with text snippets that must appear in a
//     good extraction and snippets that must not.
//
// The package has no dependency on the libraries being compared.
package metric
