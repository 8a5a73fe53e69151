// Package dataset loads the benchmark corpora kept outside the repository
// (by default in ../shared/bench beside the checkout) into [Page] values.
//
// Each loader takes the corpus directory and returns its pages sorted by ID.
// HTML inputs stay on disk and are read, gunzipping ".gz" files, by
// [Page.Read]; the small plain-text corpora are read eagerly.
package dataset
