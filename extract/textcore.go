package extract

// locateTextCore finds the dense core of a text dump.
// TODO(text extractors): replace this placeholder.
func locateTextCore(d *Document) []bool {
	core := make([]bool, len(d.Blocks))
	for i := range core {
		core[i] = true
	}
	return core
}
