//go:build !wasm

package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/sessionapi"
)

// maxStreamsPerSecret is how many event streams one secret may hold open
// (see hub.MaxSubsPerViewer): a new stream beyond it replaces the oldest.
const maxStreamsPerSecret = hub.MaxSubsPerViewer

// Event stream timing.
const (
	heartbeatInterval = 15 * time.Second // a comment line keeps proxies and Wi-Fi NAT from dropping the stream
	reconnectHint     = 3 * time.Second  // the retry: hint given to EventSource
	streamWriteLimit  = 10 * time.Second // a client that cannot take a write within this is dropped
)

// handleEvents streams the caller's view as Server-Sent Events: the current
// view at once, then a new one after every change that alters it. Each view
// is a default ("message") event whose data is the view's JSON and whose id
// is the view's position in the session's log. A "gone"
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
	// A client resuming with Last-Event-ID, perhaps from another node, must
	// not be shown an older state than it had: catch up with the log first.
	if id, err := strconv.ParseInt(r.Header.Get("Last-Event-ID"), 10, 64); err == nil && id > 0 {
		if err := l.CatchUp(id); err != nil {
			a.writeSessionError(w, err, nil)
			return
		}
	} else if err := l.Sync(); err != nil && !errors.Is(err, hub.ErrUnavailable) && !errors.Is(err, hub.ErrStore) {
		// A new stream opened on this node just after the host started
		// the quiz through another must show the started quiz, not the
		// lobby this node last saw; while the database cannot be
		// reached, the view in memory is still the best there is.
		a.writeSessionError(w, err, nil)
		return
	}
	sub, err := l.Subscribe(c)
	if err != nil {
		a.writeSessionError(w, err, nil)
		return
	}
	defer sub.Close()

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
	if !write(fmt.Sprintf("retry: %d\n\n", reconnectHint.Milliseconds())) {
		return
	}
	heartbeat := time.NewTicker(heartbeatInterval)
	defer heartbeat.Stop()
	gone := func(msg string) {
		data, _ := json.Marshal(sessionapi.Error{Message: msg, Code: sessionapi.ErrNotFound})
		write("event: gone\ndata: " + string(data) + "\n\n")
	}
	for {
		select {
		case <-r.Context().Done():
			return
		case <-a.hub.Done():
			return // the server is stopping: EventSource reconnects to the next one
		case <-sub.Replaced():
			gone("this session was opened again in another tab or window; carry on there")
			return
		case <-heartbeat.C:
			if !write(": ping\n\n") {
				return
			}
		case <-sub.Wake():
			data, changed, err := sub.Next()
			if errors.Is(err, hub.ErrUnavailable) || errors.Is(err, hub.ErrStore) {
				// The database is restarting, or failed this once: the
				// stream ends without "gone", so that EventSource comes
				// back and finds the session again.
				return
			}
			if err != nil {
				gone(err.Error())
				return
			}
			// The id is the view's position in the session's log, the
			// same on every node.
			if changed && !write("id: "+strconv.FormatInt(sub.Seq(), 10)+"\ndata: "+string(data)+"\n\n") {
				return
			}
		}
	}
}
