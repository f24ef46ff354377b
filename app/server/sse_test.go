//go:build !wasm

package server

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"storyquiz/quiz/session"
)

// sseEvent is one received Server-Sent Event; name is "" for a default
// message and "retry" for the reconnect hint.
type sseEvent struct {
	name, data string
}

// stream opens an event stream and delivers its events on a channel, which
// is closed when the stream ends.
func (e *env) stream(code, secret string) (<-chan sseEvent, http.Header) {
	e.t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	e.t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", e.srv.URL+"/api/sessions/"+code+"/events?secret="+secret, nil)
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	if resp.StatusCode != 200 {
		e.t.Fatalf("events: status %d", resp.StatusCode)
	}
	ch := make(chan sseEvent, 64)
	go func() {
		defer close(ch)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		var ev sseEvent
		var got bool
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if got {
					ch <- ev
				}
				ev, got = sseEvent{}, false
			case strings.HasPrefix(line, ":"): // heartbeat comment
			case strings.HasPrefix(line, "retry: "):
				ev, got = sseEvent{name: "retry", data: line[len("retry: "):]}, true
			case strings.HasPrefix(line, "event: "):
				ev.name, got = line[len("event: "):], true
			case strings.HasPrefix(line, "data: "):
				ev.data, got = line[len("data: "):], true
			}
		}
	}()
	return ch, resp.Header
}

// next returns the stream's next event, failing after a timeout.
func next(t *testing.T, ch <-chan sseEvent) sseEvent {
	t.Helper()
	select {
	case ev, ok := <-ch:
		if !ok {
			t.Fatal("the stream ended")
		}
		return ev
	case <-time.After(5 * time.Second):
		t.Fatal("no event within 5 s")
	}
	return sseEvent{}
}

// nextView returns the next view event decoded, and its raw JSON.
func nextView(t *testing.T, ch <-chan sseEvent) (session.View, string) {
	t.Helper()
	ev := next(t, ch)
	if ev.name != "" {
		t.Fatalf("got %q event %s, want a view", ev.name, ev.data)
	}
	var v session.View
	if err := json.Unmarshal([]byte(ev.data), &v); err != nil {
		t.Fatalf("%v in %s", err, ev.data)
	}
	return v, ev.data
}

// quiet fails if the stream delivers anything within d.
func quiet(t *testing.T, ch <-chan sseEvent, d time.Duration, why string) {
	t.Helper()
	select {
	case ev := <-ch:
		t.Errorf("%s, but got %q event %.200s", why, ev.name, ev.data)
	case <-time.After(d):
	}
}

func TestSSE(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ana := e.join(cr.Code, "Ana")
	base := "/api/sessions/" + cr.Code

	hostCh, h := e.stream(cr.Code, cr.HostSecret)
	if ct := h.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("Content-Type = %q", ct)
	}
	if ev := next(t, hostCh); ev.name != "retry" || ev.data != "3000" {
		t.Errorf("first event = %+v, want the retry hint", ev)
	}
	if v, _ := nextView(t, hostCh); v.Phase != session.PhaseLobby || len(v.Players) != 1 {
		t.Errorf("host's first view = %+v", v)
	}
	anaCh, _ := e.stream(cr.Code, ana.PlayerSecret)
	next(t, anaCh) // retry
	if v, _ := nextView(t, anaCh); v.You == nil || v.You.Name != "Ana" {
		t.Errorf("Ana's first view = %+v", v)
	}

	ben := e.join(cr.Code, "Ben")
	if v, _ := nextView(t, hostCh); len(v.Players) != 2 {
		t.Errorf("host after Ben joined: %d players", len(v.Players))
	}
	quiet(t, anaCh, 100*time.Millisecond, "Ben joining does not change Ana's view")

	e.control(cr.Code, cr.HostSecret, "start")
	if v, _ := nextView(t, hostCh); v.Phase != session.PhaseQuestion {
		t.Errorf("host after start: %s", v.Phase)
	}
	v, raw := nextView(t, anaCh)
	if v.Phase != session.PhaseQuestion || v.Question == nil || v.Question.ID != "q1" {
		t.Errorf("Ana after start: %+v", v)
	}
	checkNoLeak(t, "SSE question", []byte(raw))

	e.must(200, "POST", base+"/answers", ben.PlayerSecret, answerBody("q1", 1), nil)
	if v, _ := nextView(t, hostCh); v.Answers == nil || v.Answers.Answered != 1 {
		t.Errorf("host after Ben answered: %+v", v.Answers)
	}
	quiet(t, anaCh, 100*time.Millisecond, "Ben's answer does not change Ana's view")

	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 0), nil)
	_, raw = nextView(t, anaCh)
	checkNoLeak(t, "SSE after answering", []byte(raw))
	nextView(t, hostCh)

	e.control(cr.Code, cr.HostSecret, "reveal")
	v, _ = nextView(t, anaCh)
	if v.Phase != session.PhaseReveal || v.Reveal == nil || v.You.Correct == nil || !*v.You.Correct {
		t.Errorf("Ana after reveal: %+v", v)
	}
	nextView(t, hostCh)

	// A kicked player's stream ends with a "gone" event.
	e.must(200, "POST", base+"/control", cr.HostSecret, map[string]string{"action": "kick", "playerId": ana.PlayerID}, nil)
	if ev := next(t, anaCh); ev.name != "gone" || !strings.Contains(ev.data, `"error"`) {
		t.Errorf("kicked player's event = %+v, want gone", ev)
	}
	if _, open := <-anaCh; open {
		t.Error("the kicked player's stream stayed open")
	}
	nextView(t, hostCh)

	// Close ends the remaining streams, so a graceful shutdown can finish.
	done := make(chan struct{})
	go func() { e.api.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not return")
	}
	// The stream just ends, so that EventSource reconnects (to the next server).
	if _, open := <-hostCh; open {
		t.Error("the host's stream stayed open after Close")
	}
}

// TestSSEReconnect checks that a client reconnecting after missing changes
// gets the latest state at once.
func TestSSEReconnect(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ana := e.join(cr.Code, "Ana")
	e.control(cr.Code, cr.HostSecret, "start")
	e.control(cr.Code, cr.HostSecret, "reveal")
	e.control(cr.Code, cr.HostSecret, "next")
	ch, _ := e.stream(cr.Code, ana.PlayerSecret)
	next(t, ch)
	v, raw := nextView(t, ch)
	if v.Phase != session.PhaseQuestion || v.Index != 1 {
		t.Errorf("view on reconnect: %s %d, want question 1", v.Phase, v.Index)
	}
	checkNoLeak(t, "reconnect", []byte(raw))
}

func TestSSEExpiry(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ch, _ := e.stream(cr.Code, cr.HostSecret)
	next(t, ch)
	nextView(t, ch)
	e.clock.Add(25 * time.Hour)
	e.api.hub.Expire()
	if ev := next(t, ch); ev.name != "gone" {
		t.Errorf("on expiry got %+v, want gone", ev)
	}
}
