//go:build !wasm

package server

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync/atomic"
	"time"

	"storyquiz/quiz/session"
)

// MaxStreamsPerSecret is how many event streams one secret may hold open:
// a student's second tab, a host's projector beside their own screen, and a
// stream a dropped Wi-Fi connection has not yet shown to be dead. A new
// stream beyond it replaces the oldest, so that a secret cannot hold
// thousands of streams (each costs memory and a file descriptor).
const MaxStreamsPerSecret = 3

// Event stream timing.
const (
	HeartbeatInterval = 15 * time.Second // a comment line keeps proxies and Wi-Fi NAT from dropping the stream
	ReconnectHint     = 3 * time.Second  // the retry: hint given to EventSource
	streamWriteLimit  = 10 * time.Second // a client that cannot take a write within this is dropped
)

// subscriber is one open event stream. The session only signals it; the
// stream's own goroutine then builds its view, so the session lock is never
// held while writing to a slow client, and a client that falls behind simply
// gets the latest view next — never a backlog.
type subscriber struct {
	c      caller
	wake   chan struct{} // capacity 1: "your view may have changed"
	stop   chan struct{} // closed when a newer stream with the same secret replaces this one
	seq    uint64        // order of opening, to find the oldest
	sent   uint64        // view version last sent; guarded by the session lock
	primed bool          // whether anything was sent yet; guarded by the session lock
}

// subscriberSeq numbers streams in the order they open.
var subscriberSeq atomic.Uint64

// addSubscriberLocked registers sub with l and, if sub's caller now holds
// more than MaxStreamsPerSecret streams, removes the oldest and tells it to
// end. The caller holds l.mu.
func (l *live) addSubscriberLocked(sub *subscriber) {
	l.subs[sub] = struct{}{}
	var same []*subscriber
	for other := range l.subs {
		if other.c == sub.c {
			same = append(same, other)
		}
	}
	if len(same) <= MaxStreamsPerSecret {
		return
	}
	slices.SortFunc(same, func(a, b *subscriber) int { return cmp.Compare(a.seq, b.seq) })
	for _, old := range same[:len(same)-MaxStreamsPerSecret] {
		delete(l.subs, old)
		close(old.stop)
	}
}

// notifyLocked wakes the streams whose view changed since they last sent.
// The caller holds l.mu. Most changes touch one student (their answer), so
// comparing versions avoids building and sending a thousand unchanged views.
func (l *live) notifyLocked() {
	v := l.s.Version()
	if v == l.notified && !l.gone {
		return // an earlier call already covered this change
	}
	l.notified = v
	for sub := range l.subs {
		if l.gone || !sub.primed || l.s.ViewVersion(sub.c.playerID) != sub.sent {
			select {
			case sub.wake <- struct{}{}:
			default: // already woken; it will read the latest state
			}
		}
	}
}

// handleEvents streams the caller's view as Server-Sent Events: the current
// view at once, then a new one after every change that alters it. Each view
// is a default ("message") event whose data is the view's JSON. A "gone"
// event with {"error": …} ends the stream for good (the player was removed,
// the session expired); the client should not reconnect after it. On any
// other disconnect EventSource reconnects and gets the latest view.
func (a *API) handleEvents(w http.ResponseWriter, r *http.Request) {
	l, c, ok := a.lookupCaller(w, r, true)
	if !ok {
		return
	}
	a.mu.RLock()
	closing := a.closing
	if !closing {
		a.streams.Add(1)
	}
	a.mu.RUnlock()
	if closing {
		writeError(w, http.StatusServiceUnavailable, "the server is shutting down")
		return
	}
	defer a.streams.Done()
	sub := &subscriber{c: c, wake: make(chan struct{}, 1), stop: make(chan struct{}), seq: subscriberSeq.Add(1)}
	l.mu.Lock()
	if l.gone {
		l.mu.Unlock()
		writeError(w, http.StatusNotFound, errGone.Error())
		return
	}
	l.addSubscriberLocked(sub)
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		delete(l.subs, sub)
		l.mu.Unlock()
	}()

	rc := http.NewResponseController(w)
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Accel-Buffering", "no") // tell a reverse proxy not to buffer the stream
	w.WriteHeader(http.StatusOK)
	write := func(s string) bool {
		// Each write gets its own deadline, which also lifts the server's
		// WriteTimeout for this long-lived response.
		rc.SetWriteDeadline(time.Now().Add(streamWriteLimit))
		if _, err := fmt.Fprint(w, s); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !write(fmt.Sprintf("retry: %d\n\n", ReconnectHint.Milliseconds())) {
		return
	}
	sub.wake <- struct{}{} // send the current view at once
	heartbeat := time.NewTicker(HeartbeatInterval)
	defer heartbeat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-a.done:
			write("event: close\ndata: {\"error\":\"the server is shutting down\"}\n\n")
			return
		case <-sub.stop:
			// A newer stream with the same secret took this one's place.
			write("event: close\ndata: {\"error\":\"this secret opened a newer stream\"}\n\n")
			return
		case <-heartbeat.C:
			if !write(": ping\n\n") {
				return
			}
		case <-sub.wake:
			data, changed, err := a.streamView(l, sub)
			if err != nil {
				msg, _ := json.Marshal(map[string]string{"error": err.Error()})
				write("event: gone\ndata: " + string(msg) + "\n\n")
				return
			}
			if changed && !write("data: "+string(data)+"\n\n") {
				return
			}
		}
	}
}

// streamView builds and encodes sub's view if it changed since the last one
// sent. Only building happens under the session lock; encoding does not.
func (a *API) streamView(l *live, sub *subscriber) ([]byte, bool, error) {
	l.mu.Lock()
	if l.gone {
		l.mu.Unlock()
		return nil, false, errGone
	}
	ver := l.s.ViewVersion(sub.c.playerID)
	if sub.primed && ver == sub.sent {
		l.mu.Unlock()
		return nil, false, nil
	}
	sub.sent, sub.primed = ver, true
	var v session.View
	var err error
	if sub.c.host {
		v = l.s.HostView(a.now())
	} else {
		v, err = l.s.PlayerView(sub.c.playerID, a.now())
	}
	l.mu.Unlock()
	if err != nil {
		return nil, false, err
	}
	data, err := json.Marshal(v)
	if err != nil {
		return nil, false, errors.New("could not encode the view")
	}
	return data, true, nil
}
