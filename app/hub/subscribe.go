//go:build !wasm

package hub

import (
	"cmp"
	"encoding/json"
	"errors"
	"slices"
	"sync/atomic"
)

// MaxSubsPerViewer is how many subscriptions one viewer may hold at once: a
// student's second tab, a host's projector beside their own screen, and a
// stream a dropped Wi-Fi connection has not yet shown to be dead. A new one
// beyond it replaces the oldest, so that one secret cannot hold thousands
// (each costs memory and, over HTTP, a file descriptor).
const MaxSubsPerViewer = 3

// Sub is a subscription to a viewer's view of a session. The session only
// signals it; the subscriber then builds its view with Next, so the session
// lock is never held while writing to a slow client, and a client that falls
// behind simply gets the latest view next — never a backlog.
type Sub struct {
	room     *Room
	viewer   Viewer
	wake     chan struct{} // capacity 1: "your view may have changed"
	replaced chan struct{} // closed when a newer subscription of the same viewer took this one's place
	seq      uint64        // order of subscribing, to find the oldest
	sent     uint64        // view version last sent; guarded by the room lock
	primed   bool          // whether anything was sent yet; guarded by the room lock
	at       int64         // the log position of the view Next last returned; the subscriber's own
}

var subSeq atomic.Uint64

// Subscribe starts a subscription for v, woken at once so that the first
// Next returns the current view.
func (r *Room) Subscribe(v Viewer) (*Sub, error) {
	s := &Sub{room: r, viewer: v, wake: make(chan struct{}, 1), replaced: make(chan struct{}), seq: subSeq.Add(1)}
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := r.loadLocked(); err != nil {
		return nil, err
	}
	r.subs[s] = struct{}{}
	var same []*Sub
	for other := range r.subs {
		if other.viewer == v {
			same = append(same, other)
		}
	}
	if len(same) > MaxSubsPerViewer {
		slices.SortFunc(same, func(a, b *Sub) int { return cmp.Compare(a.seq, b.seq) })
		for _, old := range same[:len(same)-MaxSubsPerViewer] {
			delete(r.subs, old)
			close(old.replaced)
		}
	}
	s.wake <- struct{}{}
	return s, nil
}

// Wake is signalled when the view may have changed.
func (s *Sub) Wake() <-chan struct{} { return s.wake }

// Replaced is closed when a newer subscription of the same viewer took
// this one's place.
func (s *Sub) Replaced() <-chan struct{} { return s.replaced }

// Close ends the subscription.
func (s *Sub) Close() {
	s.room.mu.Lock()
	delete(s.room.subs, s)
	s.room.mu.Unlock()
}

// Next returns the view's JSON if it changed since the last one returned
// (changed false otherwise). An error ends the subscription for good: the
// session is gone, the player was removed, or the paired device unpaired
// (ErrUnpaired).
func (s *Sub) Next() (data []byte, changed bool, err error) {
	r := s.room
	r.mu.Lock()
	if err := r.loadLocked(); err != nil {
		r.mu.Unlock()
		return nil, false, err
	}
	ver := r.s.ViewVersion(s.viewer.PlayerID)
	if s.primed && ver == s.sent {
		r.mu.Unlock()
		return nil, false, nil
	}
	s.sent, s.primed, s.at = ver, true, r.seq
	v, err := r.viewLocked(s.viewer)
	r.mu.Unlock()
	if err != nil {
		return nil, false, err
	}
	// Encoding happens outside the lock.
	data, err = json.Marshal(v)
	if err != nil {
		return nil, false, errors.New("could not encode the view")
	}
	return data, true, nil
}

// Seq returns the log position of the view that Next last returned: the
// session with every event up to it applied. It is the same on every node
// (the event stream's id, which a client resuming elsewhere sends back as
// Last-Event-ID). Only the subscriber calls it, after Next.
func (s *Sub) Seq() int64 { return s.at }

// notifyLocked wakes the subscriptions whose view changed since they last
// had it. The caller holds r.mu. Most changes touch one student (their
// answer), so comparing versions avoids building and sending a thousand
// unchanged views.
func (r *Room) notifyLocked() {
	if r.gone || r.s == nil {
		// Gone: every subscription learns it. Not loaded (a reload failed):
		// every view may have changed, and Next loads or says why not.
		for s := range r.subs {
			select {
			case s.wake <- struct{}{}:
			default:
			}
		}
		return
	}
	v := r.s.Version()
	if v == r.notified {
		return // an earlier call already covered this change
	}
	r.notified = v
	for s := range r.subs {
		if !s.primed || r.s.ViewVersion(s.viewer.PlayerID) != s.sent {
			select {
			case s.wake <- struct{}{}:
			default: // already woken; it will read the latest state
			}
		}
	}
}
