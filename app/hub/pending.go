//go:build !wasm

package hub

import (
	"encoding/json"

	"storyquiz/quiz/session"
)

// Pending is an append (or a Resync marker) waiting in a store's queue for
// its commit. Stores that group appends into commits share it and Failures,
// so that the rule of Store.Append is written once.
type Pending struct {
	Code   string
	Event  session.Event
	Data   []byte // the event as JSON, encoded by the caller rather than the single writer
	Resync bool
	errc   chan error
}

// NewPending returns an append of ev to session code's log.
func NewPending(code string, ev session.Event) (*Pending, error) {
	data, err := json.Marshal(ev)
	if err != nil {
		return nil, err
	}
	return &Pending{Code: code, Event: ev, Data: data, errc: make(chan error, 1)}, nil
}

// NewResync returns the marker that ends session code's failed state.
func NewResync(code string) *Pending {
	return &Pending{Code: code, Resync: true, errc: make(chan error, 1)}
}

// Wait returns the commit's outcome once it is known.
func (p *Pending) Wait() error { return <-p.errc }

// Failures holds the sessions whose last write failed; one goroutine (the
// store's writer) uses it.
type Failures map[string]bool

// Sift settles, in queue order, the markers and the appends of failed
// sessions, and returns the appends to write, appended to write[:0].
func (f Failures) Sift(batch, write []*Pending) []*Pending {
	write = write[:0]
	for _, p := range batch {
		switch {
		case p.Resync:
			delete(f, p.Code)
			p.errc <- nil
		case f[p.Code]:
			p.errc <- ErrEarlierFailed
		default:
			write = append(write, p)
		}
	}
	return write
}

// Settle tells the written appends their commit's outcome; a failure marks
// their sessions failed.
func (f Failures) Settle(written []*Pending, err error) {
	for _, p := range written {
		if err != nil {
			f[p.Code] = true
		}
		p.errc <- err
	}
}
