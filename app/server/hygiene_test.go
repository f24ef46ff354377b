//go:build !wasm

package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hygieneServer is the whole route tree with a fake go-app handler, a real
// bundle over small files, and the API of e.
func hygieneServer(t *testing.T, e *env) *httptest.Server {
	t.Helper()
	path := filepath.Join(t.TempDir(), "app.wasm")
	for name, data := range map[string]string{path: "wasm", path + ".br": "br", path + ".gz": "gz"} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bundle, err := OpenBundle(path)
	if err != nil {
		t.Fatal(err)
	}
	page := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<!doctype html><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0"><p>page</p>`)
	})
	srv := httptest.NewServer(Routes(Handlers{App: page, Bundle: bundle, API: e.api}))
	t.Cleanup(srv.Close)
	return srv
}

// cspSources are the only sources a directive may name: no remote origin,
// no wildcard, no scheme that reaches the network.
var cspSources = map[string]bool{
	"'self'": true, "'none'": true, "'unsafe-inline'": true, "'wasm-unsafe-eval'": true, "data:": true, "blob:": true,
}

// checkCSP fails unless csp has frame-ancestors 'none' and names no source
// outside cspSources.
func checkCSP(t *testing.T, what, csp string) {
	t.Helper()
	if csp == "" {
		t.Errorf("%s: no Content-Security-Policy", what)
		return
	}
	dirs := map[string][]string{}
	for _, d := range strings.Split(csp, ";") {
		f := strings.Fields(d)
		if len(f) == 0 {
			continue
		}
		dirs[f[0]] = f[1:]
		for _, src := range f[1:] {
			if !cspSources[src] {
				t.Errorf("%s: CSP directive %s allows %q", what, f[0], src)
			}
		}
	}
	if got := fmt.Sprint(dirs["frame-ancestors"]); got != "['none']" {
		t.Errorf("%s: frame-ancestors = %s, want 'none'", what, got)
	}
	if _, ok := dirs["default-src"]; !ok {
		t.Errorf("%s: CSP has no default-src", what)
	}
}

// TestHygieneHeaders checks that every kind of response — page, bundle, API
// JSON, API error, CSV, event stream, QR code, health check, 404 — carries
// the security headers, and that no error body gives away internals.
func TestHygieneHeaders(t *testing.T) {
	e := newEnv(t, nil)
	srv := hygieneServer(t, e)
	cr := e.create(nil)
	api := "/api/sessions/" + cr.Code
	tests := []struct {
		name, method, path, secret string
		want                       int
		contentType                string // prefix
	}{
		{"page", "GET", "/", "", 200, "text/html"},
		{"bundle", "GET", "/web/app.wasm", "", 200, "application/wasm"},
		{"bundle at the root", "GET", "/app.wasm", "", 200, "application/wasm"},
		{"API JSON", "GET", api + "/state", cr.HostSecret, 200, "application/json"},
		{"API 401", "GET", api + "/state", "", 401, "application/json"},
		{"API 404", "GET", "/api/nothing", "", 404, "application/json"},
		{"API 405", "PUT", "/api/sessions", "", 405, "application/json"},
		{"API 415", "POST", "/api/sessions", "", 415, "application/json"},
		{"CSV", "GET", api + "/results.csv", cr.HostSecret, 200, "text/csv"},
		{"QR", "GET", "/qr?text=http%3A%2F%2F127.0.0.1%2Fjoin", "", 200, "image/png"},
		{"QR error", "GET", "/qr?text=", "", 400, "text/plain"},
		{"health", "GET", "/healthz", "", 200, "text/plain"},
		{"health, wrong method", "POST", "/healthz", "", 405, "text/plain"},
		{"page, TRACE", "TRACE", "/", "", 405, "text/plain"},
		{"static file 404", "GET", "/web/nothing.css", "", 404, "text/plain"},
		{"page 404", "GET", "/no/such/page", "", 404, "text/plain"},
		{"path traversal", "GET", "/web/../../../../etc/passwd", "", 404, "text/plain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			if tt.secret != "" {
				req.Header.Set("Authorization", "Bearer "+tt.secret)
			}
			// Go's client cleans ".." out of paths; send the raw one.
			req.URL.Opaque = strings.SplitN(tt.path, "?", 2)[0]
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != tt.want || !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.contentType) {
				t.Errorf("status %d, Content-Type %q; want %d, %s…", resp.StatusCode, resp.Header.Get("Content-Type"), tt.want, tt.contentType)
			}
			checkHeaders(t, tt.name, resp.Header)
			if resp.StatusCode >= 400 {
				for _, bad := range leakMarkers {
					if bytes.Contains(body, []byte(bad)) {
						t.Errorf("error body contains %q: %s", bad, body)
					}
				}
			}
		})
	}

	// The event stream, whose response starts before any view is sent.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", srv.URL+api+"/events?secret="+cr.HostSecret, nil)
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Errorf("events: Content-Type %q", resp.Header.Get("Content-Type"))
	}
	checkHeaders(t, "events", resp.Header)
}

func checkHeaders(t *testing.T, what string, h http.Header) {
	t.Helper()
	checkCSP(t, what, h.Get("Content-Security-Policy"))
	if got := h.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("%s: X-Content-Type-Options = %q, want nosniff", what, got)
	}
	if got := h.Get("Referrer-Policy"); got != "no-referrer" {
		t.Errorf("%s: Referrer-Policy = %q, want no-referrer", what, got)
	}
}

// TestHygieneTimeouts plays a slow client against the server New builds:
// one that sends half a request line and then nothing. The server must hang
// up on it (ReadHeaderTimeout) rather than keep the connection and its file
// forever, and serve others meanwhile.
func TestHygieneTimeouts(t *testing.T) {
	s := New("127.0.0.1:0", Handlers{App: http.NotFoundHandler(), Bundle: http.NotFoundHandler()})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(ln)
	t.Cleanup(func() { s.Close() })
	slow, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	if _, err := slow.Write([]byte("GET /healthz HT")); err != nil {
		t.Fatal(err)
	}
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("another client while the slow one waits: %v %v", resp, err)
	}
	resp.Body.Close()
	// Reading blocks until the server hangs up; the deadline only bounds a
	// failing test.
	slow.SetReadDeadline(time.Now().Add(ReadHeaderTimeout + 10*time.Second))
	_, err = io.ReadAll(slow)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("the server kept a client that never finished its request line for %v", ReadHeaderTimeout+10*time.Second)
	}
	if s.MaxHeaderBytes <= 0 || s.MaxHeaderBytes > 1<<20 {
		t.Errorf("MaxHeaderBytes = %d", s.MaxHeaderBytes)
	}
}

// TestHygieneLogsHoldNoSecrets runs a whole session, with refused requests,
// a failing store and a restart, with the API logging at debug level into a
// buffer, and checks that no secret (nor its hash) ever reaches the log.
func TestHygieneLogsHoldNoSecrets(t *testing.T) {
	var logs bytes.Buffer
	e := newEnv(t, func(c *APIConfig) {
		c.Logger = slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	})
	cr := e.create(nil)
	ana, ben := e.join(cr.Code, "Ana"), e.join(cr.Code, "Ben")
	base := "/api/sessions/" + cr.Code
	secrets := []string{cr.HostSecret, ana.PlayerSecret, ben.PlayerSecret}
	e.control(cr.Code, cr.HostSecret, "start")
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 0), nil)
	e.must(403, "POST", base+"/control", ana.PlayerSecret, map[string]string{"action": "end"}, nil)
	e.must(403, "GET", base+"/state", flip(cr.HostSecret), nil, nil)

	// A failing store logs an error about the event it could not save.
	repair := e.breakStore()
	e.must(500, "POST", base+"/answers", ben.PlayerSecret, answerBody("q1", 1), nil)
	repair()
	e.must(200, "POST", base+"/answers", ben.PlayerSecret, answerBody("q1", 1), nil)
	e.control(cr.Code, cr.HostSecret, "reveal")
	e.must(200, "GET", base+"/results.csv", cr.HostSecret, nil, nil)
	e.restart()
	e.must(200, "POST", base+"/control", cr.HostSecret, map[string]string{"action": "kick", "playerId": ben.PlayerID}, nil)
	e.control(cr.Code, cr.HostSecret, "end")
	e.stop()

	out := logs.String()
	for _, want := range []string{"session created", "could not store a session event", "sessions found"} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %q, so this test may not see what it should:\n%s", want, out)
		}
	}
	for _, s := range secrets {
		h := hashSecret(s)
		for _, bad := range []string{s, fmt.Sprintf("%x", h)} {
			if strings.Contains(out, bad) {
				t.Errorf("the log holds a secret or its hash %s:\n%s", bad, out)
			}
		}
	}
}
