package clean

import (
	"sync"
	"sync/atomic"
)

// A lazy holds a table built on first use by its build function, as
// sync.OnceValue does, for the tables the hot loops fetch once per line
// or per call: once built, fetching it is one atomic load, where
// sync.OnceValue calls a closure. It is safe for concurrent use.
type lazy[T any] struct {
	p     atomic.Pointer[T]
	once  sync.Once
	build func() *T
}

// get returns the table, building it on the first call.
func (l *lazy[T]) get() *T {
	p := l.p.Load()
	if p == nil {
		p = l.slow()
	}
	return p
}

// slow builds the table once, for get.
func (l *lazy[T]) slow() *T {
	l.once.Do(func() { l.p.Store(l.build()) })
	return l.p.Load()
}
