//go:build !wasm

package server

import (
	"bufio"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/hub/storetest"
	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session/sessiontest"
)

// newNodes starts n APIs (nodes) over one shared in-memory store.
func newNodes(t *testing.T, n int) ([]*env, *storetest.Mem) {
	t.Helper()
	mem := storetest.NewMem()
	c := &clock{t: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)}
	var out []*env
	for range n {
		e := &env{t: t, clock: c, store: mem.Node()}
		e.cfg = APIConfig{Now: c.Now, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
		var err error
		if e.api, err = NewAPI(e.store, e.cfg); err != nil {
			t.Fatal(err)
		}
		e.srv = httptest.NewServer(e.api)
		t.Cleanup(e.stop)
		out = append(out, e)
	}
	return out, mem
}

// TestNodesShareSessions: a session created on one node is joined, watched
// and answered through the others; while the database cannot be reached a
// change gets 503 with Retry-After and changes nothing.
func TestNodesShareSessions(t *testing.T) {
	nodes, mem := newNodes(t, 2)
	a, b := nodes[0], nodes[1]
	var cr sessionapi.CreateResponse
	a.must(http.StatusCreated, "POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3)}, &cr)
	jr := b.join(cr.Code, "Ana") // b never saw the session
	if got := a.state(cr.Code, jr.PlayerSecret); got.You == nil || got.You.Name != "Ana" {
		t.Fatalf("the player who joined on b is unknown on a: %+v", got.You)
	}
	a.control(cr.Code, cr.HostSecret, "start")

	// The event stream's id is the log position, the same on every node.
	for i, e := range nodes {
		if got, want := firstEventID(t, e, cr.Code, jr.PlayerSecret), "2"; got != want {
			t.Errorf("node %d: first event id = %q, want %q (join, start)", i, got, want)
		}
	}

	var other sessionapi.CreateResponse // b has not seen it either
	a.must(http.StatusCreated, "POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3)}, &other)
	mem.Break(fmt.Errorf("connection refused: %w", hub.ErrUnreachable))
	tests := []struct {
		name         string
		path, secret string
		body         any
	}{
		{"answer", "/api/sessions/" + cr.Code + "/answers", jr.PlayerSecret, answerBody("q1", 0)},
		{"join a session this node does not know yet", "/api/sessions/" + other.Code + "/players", "", map[string]string{"name": "Ben"}},
	}
	for _, tt := range tests {
		status, body, h := b.do("POST", tt.path, tt.secret, tt.body)
		if status != http.StatusServiceUnavailable || h.Get("Retry-After") == "" || !strings.Contains(string(body), `"unavailable"`) {
			t.Errorf("%s while the database is down = %d %s (Retry-After %q), want 503 unavailable with Retry-After", tt.name, status, body, h.Get("Retry-After"))
		}
	}
	mem.Break(nil)
	b.join(other.Code, "Ben")
	b.must(http.StatusOK, "POST", "/api/sessions/"+cr.Code+"/answers", jr.PlayerSecret, answerBody("q1", 0), nil)
	if got := a.state(cr.Code, cr.HostSecret); got.Answers == nil || got.Answers.Answered != 1 {
		t.Errorf("the host on a sees answers %+v, want 1", got.Answers)
	}
}

// TestNewStreamSeesAnotherNodesChange: a stream opened on b just after the
// host started the quiz through a shows the started quiz, even when b has
// not yet been woken by a's commit (its NOTIFY lost or late): the first
// view is read at the log's end, not from b's memory of the lobby.
func TestNewStreamSeesAnotherNodesChange(t *testing.T) {
	nodes, mem := newNodes(t, 2)
	a, b := nodes[0], nodes[1]
	var cr sessionapi.CreateResponse
	a.must(http.StatusCreated, "POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3)}, &cr)
	jr := b.join(cr.Code, "Ana")
	mem.MuteWakes(true)
	a.control(cr.Code, cr.HostSecret, "start")
	if got, want := firstEventID(t, b, cr.Code, jr.PlayerSecret), "2"; got != want {
		t.Errorf("first event id on b = %q, want %q (join, start)", got, want)
	}
	mem.MuteWakes(false)
}

// firstEventID opens the event stream and returns the id of its first view.
func firstEventID(t *testing.T, e *env, code, secret string) string {
	t.Helper()
	req, _ := http.NewRequest("GET", e.srv.URL+"/api/sessions/"+code+"/events?secret="+secret, nil)
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if id, ok := strings.CutPrefix(sc.Text(), "id: "); ok {
			return id
		}
	}
	t.Fatal("the stream ended without an id")
	return ""
}

// TestStreamOutlivesDatabaseRestart: when a write fails because the
// database went away and the session cannot be read again, the event
// streams end without a "gone" event, which would tell the page to stop
// listening for good; once the database is back, a stream opens again.
func TestStreamOutlivesDatabaseRestart(t *testing.T) {
	nodes, mem := newNodes(t, 1)
	e := nodes[0]
	var cr sessionapi.CreateResponse
	e.must(http.StatusCreated, "POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3)}, &cr)
	jr := e.join(cr.Code, "Ana")
	e.control(cr.Code, cr.HostSecret, "start")

	req, _ := http.NewRequest("GET", e.srv.URL+"/api/sessions/"+cr.Code+"/events?secret="+cr.HostSecret, nil)
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	first, ended := make(chan struct{}), make(chan string, 1)
	go func() {
		var all strings.Builder
		sc := bufio.NewScanner(resp.Body)
		seen := false
		for sc.Scan() {
			all.WriteString(sc.Text() + "\n")
			if !seen && strings.HasPrefix(sc.Text(), "data: ") {
				seen = true
				close(first)
			}
		}
		ended <- all.String()
	}()
	<-first

	// The answer's commit fails as the database goes away, and the
	// session cannot be read again while it is away.
	mem.HoldChanges()
	answered := make(chan int, 1)
	go func() {
		status, _, _ := e.do("POST", "/api/sessions/"+cr.Code+"/answers", jr.PlayerSecret, answerBody("q1", 0))
		answered <- status
	}()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(time.Millisecond) {
		if commits, _ := mem.ChangesHeld(); commits > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the answer's commit never reached the database")
		}
	}
	down := fmt.Errorf("connection lost: %w", hub.ErrUnreachable)
	mem.BreakLoads(down)
	mem.ReleaseChanges(down, false)
	if status := <-answered; status == http.StatusOK {
		t.Errorf("the answer whose commit failed got %d", status)
	}
	select {
	case all := <-ended:
		if strings.Contains(all, "event: gone") {
			t.Errorf("the host's stream ended for good while the database was away:\n%s", all)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the stream did not end while its session could not be read")
	}
	mem.BreakLoads(nil)
	if got := firstEventID(t, e, cr.Code, cr.HostSecret); got == "" {
		t.Error("no stream once the database was back")
	}
}
