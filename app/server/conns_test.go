//go:build !wasm

package server

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"storyquiz/quiz/session"
)

// ended waits for a stream to end, draining what it still delivers; it
// fails if the stream stays open (the guard is long: this is no timing).
func ended(t *testing.T, ch <-chan sseEvent, what string) {
	t.Helper()
	guard := time.After(10 * time.Second)
	for {
		select {
		case _, open := <-ch:
			if !open {
				return
			}
		case <-guard:
			t.Fatalf("%s: the stream stayed open", what)
		}
	}
}

// TestStreamsPerSecret opens more streams with one secret than are allowed:
// each new one replaces the oldest, and the newest stay live.
func TestStreamsPerSecret(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ana := e.join(cr.Code, "Ana")
	var live []<-chan sseEvent
	for _, who := range []struct{ name, secret string }{{"player", ana.PlayerSecret}, {"host", cr.HostSecret}} {
		var streams []<-chan sseEvent
		for i := 0; i < maxStreamsPerSecret+2; i++ {
			ch, _ := e.stream(cr.Code, who.secret)
			next(t, ch) // retry hint
			nextView(t, ch)
			streams = append(streams, ch)
		}
		for i, ch := range streams[:2] {
			ended(t, ch, fmt.Sprintf("%s's stream %d of %d", who.name, i+1, len(streams)))
		}
		live = append(live, streams[2:]...)
	}
	// The newest are still live: the next question reaches every one.
	e.control(cr.Code, cr.HostSecret, "start")
	for i, ch := range live {
		if v, _ := nextView(t, ch); v.Phase != session.PhaseQuestion {
			t.Errorf("live stream %d: phase %s, want the question", i, v.Phase)
		}
	}
}

// openStream opens an event stream on srv and reports its status; a stream
// that opened stays open until the test ends.
func openStream(t *testing.T, srv *httptest.Server, code, secret string) int {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+"/api/sessions/"+code+"/events?secret="+secret, nil)
	// A connection of its own, as each browser has.
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		cancel()
		return resp.StatusCode
	}
	// Wait for the first view, so the stream is registered.
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() && !strings.HasPrefix(sc.Text(), "data: {") {
	}
	t.Cleanup(func() { cancel(); resp.Body.Close() })
	return resp.StatusCode
}

// TestStreamsPerAddress floods the server with streams from one address:
// past the limit they are refused with 429, and /healthz and the API keep
// answering.
func TestStreamsPerAddress(t *testing.T) {
	const limit = 8
	e := newEnv(t, nil)
	srv := httptest.NewServer(Routes(Handlers{App: http.NotFoundHandler(), Bundle: http.NotFoundHandler(), API: e.api,
		Limits: Limits{MaxStreamsPerAddr: limit}}))
	t.Cleanup(srv.Close) // after the streams' own cleanups, which close them
	cr := e.create(nil)
	got := map[int]int{}
	for i := 0; i < limit+5; i++ {
		p := e.join(cr.Code, fmt.Sprintf("P%d", i))
		got[openStream(t, srv, cr.Code, p.PlayerSecret)]++
	}
	want := map[int]int{http.StatusOK: limit, http.StatusTooManyRequests: 5}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("stream statuses = %v, want %v", got, want)
	}
	for _, path := range []string{"/healthz", "/api/sessions/" + cr.Code + "/state?secret=" + cr.HostSecret} {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		req.Header.Set("Authorization", "Bearer "+cr.HostSecret)
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("GET %s under the flood: status %d, want 200", path, resp.StatusCode)
		}
	}
}

// TestLimitListener checks that connections past the limits are closed at
// once, and that a closed connection frees its place.
func TestLimitListener(t *testing.T) {
	tests := []struct {
		name         string
		max, perAddr int
	}{
		{"in all", 3, 100},
		{"per address", 100, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })}
			go srv.Serve(LimitListener(ln, tt.max, tt.perAddr))
			defer srv.Close()
			// ask sends a request on c and reports whether it was answered.
			ask := func(c net.Conn) bool {
				fmt.Fprintf(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
				resp, err := http.ReadResponse(bufio.NewReader(c), nil)
				if err != nil {
					return false
				}
				resp.Body.Close()
				return resp.StatusCode == 200
			}
			// dialAsk opens a connection and asks on it; a refused connection
			// may fail as early as the dial, with a reset.
			dialAsk := func() (net.Conn, bool) {
				c, err := net.Dial("tcp", ln.Addr().String())
				if err != nil {
					return nil, false
				}
				return c, ask(c)
			}
			var conns []net.Conn
			var answered []bool
			for i := 0; i < 5; i++ {
				c, ok := dialAsk()
				if c != nil {
					defer c.Close()
				}
				conns = append(conns, c)
				answered = append(answered, ok)
			}
			if want := []bool{true, true, true, false, false}; fmt.Sprint(answered) != fmt.Sprint(want) {
				t.Errorf("answered = %v, want %v", answered, want)
			}
			// Closing one frees a place (the server sees the close when it next
			// reads, so ask until it has).
			conns[0].Close()
			deadline := time.Now().Add(10 * time.Second)
			for {
				c, ok := dialAsk()
				if c != nil {
					c.Close()
				}
				if ok {
					break
				}
				if time.Now().After(deadline) {
					t.Fatal("a closed connection never freed its place")
				}
			}
		})
	}
}
