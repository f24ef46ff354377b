//go:build !wasm

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"storyquiz/app/server"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a log sink that serve and the test may use at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs serve over a web folder of small files, beside which lies
// a file that must never be served, until the returned stop is called; stop
// returns serve's error and its log.
func startServe(t *testing.T, drain time.Duration) (base string, stop func() (error, string)) {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"web/app.wasm": "\x00asm", "web/engine.wasm": "\x00asm", "web/style.css": "body{}", "web/icon-192.png": "png", "web/icon.svg": "<svg/>",
		"secret.txt": "SECRET-MARKER-c41d",
	}
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(root)
	var logs syncBuffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	errc := make(chan error, 1)
	cfg := serveConfig{
		Addr: "127.0.0.1:0", WebDir: "web", DrainTimeout: drain,
		Live:      liveConfig{DBPath: filepath.Join(root, "data", "test.db"), API: server.APIConfig{MaxPlayers: 10, JoinRate: 5, JoinBurst: 10}},
		listening: func(a string) { addr <- a },
	}
	go func() { errc <- serve(ctx, log, cfg) }()
	select {
	case a := <-addr:
		base = "http://" + a
	case err := <-errc:
		t.Fatalf("serve: %v\n%s", err, logs.String())
	}
	var once sync.Once
	var err error
	stop = func() (error, string) {
		once.Do(func() { cancel(); err = <-errc })
		return err, logs.String()
	}
	t.Cleanup(func() { stop() })
	return base, stop
}

// TestServeStaticFiles checks the command's wiring: /web/ serves the web
// folder's files and nothing beside it, also through go-app's own paths.
func TestServeStaticFiles(t *testing.T) {
	base, _ := startServe(t, time.Second)
	tests := []struct {
		path string
		want int
	}{
		{"/web/style.css", 200},
		{"/web/icon.svg", 200},
		{"/web/app.wasm", 200},
		{"/web/engine.wasm", 200},
		{"/stories/trump-lavrov-oval-office.json", 200},
		{"/stories/nope.json", 404},
		{"/app.js", 200},
		{"/wasm_exec.js", 200},
		{"/manifest.webmanifest", 200},
		{"/app-worker.js", 200},
		{"/web/..%2fsecret.txt", 404},
		{"/web/%2e%2e/secret.txt", 404},
		{"/web/..%5csecret.txt", 404},
		{"/goapp.wasm", 404},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", base+"/", nil)
		req.URL.Opaque = tt.path
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.want || bytes.Contains(body, []byte("SECRET-MARKER")) {
			t.Errorf("GET %s: %d %.60q, want %d", tt.path, resp.StatusCode, body, tt.want)
		}
	}
}

// TestServeShutdownCutsOffSlowUpload stops the server while a client is
// still sending a request body: after the drain timeout the server closes
// the connection and stops cleanly (exit status 0), saying so in the log.
func TestServeShutdownCutsOffSlowUpload(t *testing.T) {
	// The server may not yet have read the request line when the stop
	// comes, and a connection it has read nothing from is no request in
	// flight: then there is nothing to cut off, and the run says nothing
	// of the drain. Such runs are tried again, a few times at most.
	var logs string
	for try := 0; try < 3; try++ {
		base, stop := startServe(t, 100*time.Millisecond)
		c, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(c, "POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"story\":")
		// A whole request on another connection, so the server is surely reading.
		resp, err := http.Get(base + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		err, logs = stop()
		c.Close()
		if err != nil {
			t.Fatalf("serve returned %v, want nil (a clean stop):\n%s", err, logs)
		}
		if strings.Contains(logs, "still busy after the drain timeout") {
			break
		}
	}
	for _, want := range []string{"shutting down", "still busy after the drain timeout", "storyquiz stopped"} {
		if !strings.Contains(logs, want) {
			t.Errorf("the log lacks %q:\n%s", want, logs)
		}
	}
}

// TestParseServeLimits checks the connection flags and how the per-address
// stream limit follows -max-players unless set.
func TestParseServeLimits(t *testing.T) {
	tests := []struct {
		args                            []string
		conns, connsPerAddr, streamsPer int
	}{
		{nil, 10_000, 5_000, 1_100},
		{[]string{"-max-players", "3000"}, 10_000, 5_000, 3_100},
		{[]string{"-max-players", "3000", "-max-streams-per-ip", "50"}, 10_000, 5_000, 50},
		{[]string{"-max-conns", "800", "-max-conns-per-ip", "400", "-max-streams-per-ip", "300"}, 800, 400, 300},
	}
	for _, tt := range tests {
		cfg, err := parseServe(tt.args, io.Discard)
		if err != nil {
			t.Fatalf("%q: %v", tt.args, err)
		}
		got := [3]int{cfg.Limits.MaxConns, cfg.Limits.MaxConnsPerAddr, cfg.Limits.MaxStreamsPerAddr}
		if want := [3]int{tt.conns, tt.connsPerAddr, tt.streamsPer}; got != want {
			t.Errorf("%q: limits %v, want %v", tt.args, got, want)
		}
	}
}
