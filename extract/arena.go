package extract

// A stringArena builds strings in shared byte chunks rather than in one
// allocation each; the bytes of a string built in it are never written
// again (see frozenString). A chunk holds next bytes, or more for a
// longer string, and each new chunk doubles next up to most. The zero
// value starts at 128 bytes and grows to 2 KiB. Like the document whose
// strings it holds, it is used by one goroutine at a time.
type stringArena struct {
	buf        []byte // the current chunk
	next, most int    // the next chunk's size and the largest it grows to
}

// The zero stringArena's first chunk size, and its largest.
const (
	arenaFirstChunk = 128
	arenaMostChunk  = 2048
)

// reserve makes room for n more bytes, in a new chunk when the current
// one has less.
func (a *stringArena) reserve(n int) {
	if cap(a.buf)-len(a.buf) >= n {
		return
	}
	if a.next == 0 {
		a.next, a.most = arenaFirstChunk, arenaMostChunk
	}
	a.buf = make([]byte, 0, max(n, a.next))
	a.next = min(2*a.next, a.most)
}
