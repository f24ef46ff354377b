//go:build !wasm

package hub_test

import (
	"crypto/sha256"
	"errors"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/hub/storetest"
	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func newHub(t *testing.T, st hub.Store, edit func(*hub.Config)) (*hub.Hub, *clock) {
	t.Helper()
	c := &clock{t: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)}
	cfg := hub.Config{Now: c.Now, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if edit != nil {
		edit(&cfg)
	}
	h, err := hub.New(st, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	return h, c
}

func create(t *testing.T, h *hub.Hub, c *clock) (*hub.Room, [sha256.Size]byte) {
	t.Helper()
	s, err := session.New(sessiontest.Quiz(3), session.Settings{}, c.Now())
	if err != nil {
		t.Fatal(err)
	}
	secret := sha256.Sum256([]byte("host"))
	code, err := h.Create(secret, s)
	if err != nil {
		t.Fatal(err)
	}
	return h.Room(code), secret
}

func join(t *testing.T, r *hub.Room, c *clock, id string) {
	t.Helper()
	if err := r.Apply(session.Event{Type: session.EvJoin, At: c.Now(), PlayerID: id, Name: id, SecretHash: "h" + id}); err != nil {
		t.Fatal(err)
	}
}

func TestCreateQuotas(t *testing.T) {
	tests := []struct {
		name string
		edit func(*hub.Config)
		flag string
	}{
		{"sessions", func(c *hub.Config) { c.MaxSessions = 2 }, "-max-sessions"},
		{"storage", func(c *hub.Config) { c.MaxQuizStorage = 1 }, "-max-quiz-storage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, c := newHub(t, storetest.NewMem(), tt.edit)
			var err error
			for range 3 {
				s, _ := session.New(sessiontest.Quiz(3), session.Settings{}, c.Now())
				if _, err = h.Create(sha256.Sum256([]byte("x")), s); err != nil {
					break
				}
			}
			var q *hub.QuotaError
			if !errors.As(err, &q) || q.Flag != tt.flag {
				t.Errorf("past the limit: %v, want a QuotaError naming %s", err, tt.flag)
			}
		})
	}
}

// TestIdentify tells the host, a player and a stranger apart.
func TestIdentify(t *testing.T) {
	h, c := newHub(t, storetest.NewMem(), nil)
	r, host := create(t, h, c)
	join(t, r, c, "p1")
	tests := []struct {
		name   string
		secret [sha256.Size]byte
		want   hub.Viewer
		ok     bool
	}{
		{"host", host, hub.Viewer{Host: true}, true},
		{"player", sha256.Sum256(nil), hub.Viewer{}, false},
	}
	for _, tt := range tests {
		got, ok, err := r.Identify(tt.secret)
		if err != nil || ok != tt.ok || got != tt.want {
			t.Errorf("%s: Identify = %+v, %v, %v; want %+v, %v", tt.name, got, ok, err, tt.want, tt.ok)
		}
	}
}

// TestFailedWriteLeavesNothingBehind checks that a change the store could
// not write is not in memory either, and that the session goes on after.
func TestFailedWriteLeavesNothingBehind(t *testing.T) {
	mem := storetest.NewMem()
	h, c := newHub(t, mem, nil)
	r, _ := create(t, h, c)
	join(t, r, c, "p1")
	mem.Break(errors.New("disk full"))
	if err := r.Apply(session.Event{Type: session.EvStart, At: c.Now()}); !errors.Is(err, hub.ErrStore) {
		t.Fatalf("start on a broken store: %v, want ErrStore", err)
	}
	if v, _ := r.View(hub.Viewer{Host: true}); v.Phase != session.PhaseLobby {
		t.Errorf("after the failed start the session is in %s, want lobby", v.Phase)
	}
	mem.Break(nil)
	if err := r.Apply(session.Event{Type: session.EvStart, At: c.Now()}); err != nil {
		t.Fatalf("start after the repair: %v", err)
	}
	rec, err := mem.LoadSession(r.Code())
	if err != nil || rec.Skipped != 0 || rec.Session.Phase() != session.PhaseQuestion {
		t.Errorf("stored: %v, skipped %d, %v; want question, 0", rec.Session.Phase(), rec.Skipped, err)
	}
}

// TestSessionsLoadWhenNeeded lists sessions at start and loads each on its
// first use.
func TestSessionsLoadWhenNeeded(t *testing.T) {
	mem := storetest.NewMem()
	h, c := newHub(t, mem, nil)
	r, _ := create(t, h, c)
	join(t, r, c, "p1")
	h.Close()
	h2, _ := newHub(t, mem.Reopen(), nil)
	r2 := h2.Room(r.Code())
	if r2 == nil {
		t.Fatal("a stored session is not listed after a restart")
	}
	v, err := r2.View(hub.Viewer{Host: true})
	if err != nil || len(v.Players) != 1 {
		t.Errorf("after a restart: %+v, %v; want one player", v.Players, err)
	}
}

// TestSubscriptions checks that a subscriber is woken by changes to its
// view, that a viewer's fourth subscription replaces its oldest, and that
// expiry ends them.
func TestSubscriptions(t *testing.T) {
	h, c := newHub(t, storetest.NewMem(), nil)
	r, _ := create(t, h, c)
	var subs []*hub.Sub
	for range hub.MaxSubsPerViewer + 1 {
		s, err := r.Subscribe(hub.Viewer{Host: true})
		if err != nil {
			t.Fatal(err)
		}
		subs = append(subs, s)
	}
	select {
	case <-subs[0].Replaced():
	default:
		t.Error("the oldest of four subscriptions of one viewer was not replaced")
	}
	s := subs[len(subs)-1]
	<-s.Wake()
	if _, changed, err := s.Next(); !changed || err != nil {
		t.Fatalf("first Next: changed %v, %v; want the current view", changed, err)
	}
	if _, changed, _ := s.Next(); changed {
		t.Error("Next without a change returned a view")
	}
	join(t, r, c, "p1")
	select {
	case <-s.Wake():
	case <-time.After(5 * time.Second):
		t.Fatal("a join did not wake the host's subscription")
	}
	if data, changed, err := s.Next(); !changed || err != nil || len(data) == 0 {
		t.Errorf("Next after a join: changed %v, %v", changed, err)
	}
	c.Add(25 * time.Hour)
	h.Expire()
	if h.Room(r.Code()) != nil {
		t.Error("an expired session is still listed")
	}
	<-s.Wake()
	if _, _, err := s.Next(); !errors.Is(err, hub.ErrGone) {
		t.Errorf("Next after expiry: %v, want ErrGone", err)
	}
}
