//go:build !wasm

package storetest

import (
	"crypto/sha256"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

// Rooms creates a session of sessiontest.Quiz(3) with settings set on the
// first hub, at now, and returns its room on every hub: the same session
// as each node of a cluster finds it.
func Rooms(t testing.TB, hubs []*hub.Hub, set session.Settings, now time.Time) []*hub.Room {
	t.Helper()
	s, err := session.New(sessiontest.Quiz(3), set, now)
	if err != nil {
		t.Fatal(err)
	}
	code, err := hubs[0].Create(sha256.Sum256([]byte("host")), s)
	if err != nil {
		t.Fatal(err)
	}
	var out []*hub.Room
	for i, h := range hubs {
		r, err := h.Find(code)
		if err != nil || r == nil {
			t.Fatalf("node %d: Find(%s) = %v, %v; want the session", i, code, r, err)
		}
		out = append(out, r)
	}
	return out
}
