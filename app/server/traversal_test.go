//go:build !wasm

package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// secretMarker is written into every file outside the web folder; no
// response may ever contain it.
const secretMarker = "SECRET-MARKER-7f3a"

// testPage is the smallest go-app component, for routes the tests prerender.
type testPage struct{ app.Compo }

func (*testPage) Render() app.UI { return app.P().Text("page") }

func init() {
	app.Route("/", &testPage{})
	app.RouteWithRegexp(`^/story/[a-z0-9-]+$`, &testPage{})
	app.RouteWithRegexp(`^/practice/[a-z0-9-]+$`, &testPage{})
	app.Route("/join", &testPage{})
}

// projectDir lays out a folder as the server runs from it — web/ with the
// app's files, and beside it files that must stay private (go.mod, the
// database, .git/config) — makes it the working directory, and returns the
// web folder.
func projectDir(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"web/style.css":     "body{color:#111}",
		"web/icon.svg":      "<svg xmlns='http://www.w3.org/2000/svg'/>",
		"web/icon-192.png":  "\x89PNG fake",
		"web/app.wasm":      "\x00asm fake",
		"web/app.wasm.br":   "br",
		"web/app.wasm.gz":   "gz",
		"web/notes.md":      secretMarker + " a file in web/ the app does not need",
		"web/.hidden.css":   secretMarker + " a hidden file",
		"go.mod":            "module " + secretMarker,
		"secret.txt":        secretMarker,
		"data/storyquiz.db": secretMarker,
		".git/config":       secretMarker,
		"web/sub/notes.md":  secretMarker,
		"web/sub/ok.svg":    "<svg xmlns='http://www.w3.org/2000/svg'/>",
	}
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(root)
	return filepath.Join(root, "web")
}

// realServer is the whole route tree with go-app's own handler, as the
// command line composes it, serving webDir.
func realServer(t *testing.T, e *env, webDir string) *httptest.Server {
	t.Helper()
	bundle, err := OpenBundle(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	static, err := OpenStatic(webDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { static.Close() })
	h := &app.Handler{Name: "Test", Title: "Test", Version: "v1", Styles: []string{"/web/style.css"}, Resources: static}
	srv := httptest.NewServer(Routes(Handlers{App: h, Bundle: bundle, Static: static, API: e.api}))
	t.Cleanup(srv.Close)
	return srv
}

// rawGet sends path exactly as written (Go's client would clean it).
func rawGet(t *testing.T, srv *httptest.Server, path string) (int, string, []byte) {
	t.Helper()
	req, err := http.NewRequest("GET", srv.URL+"/", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.URL.Opaque = path
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), body
}

// TestTraversal requests every encoding of ".." on every route prefix. None
// may give a byte of a file outside the web folder: static prefixes answer
// 404, page routes at most a page.
func TestTraversal(t *testing.T) {
	webDir := projectDir(t)
	srv := realServer(t, newEnv(t, nil), webDir)
	dots := []string{
		"../", "..%2f", "..%2F", "%2e%2e/", "%2e%2e%2f", "%2E%2E%2F", ".%2e/", "%2e./",
		"..%5c", "..\\", "%5c..%5c", "%2f..%2f", "%252e%252e%252f", "..%252f", "%c0%ae%c0%ae/",
		"..;/", "....//", ".%00./", "..%00/",
	}
	prefixes := []string{"/web/", "/web/sub/", "/", "/api/", "/api/sessions/", "/app.wasm/", "/web/app.wasm/",
		"/story/", "/practice/", "/join/", "/qr/", "/healthz/", "/goapp.wasm/", "/app.js/", "/manifest.webmanifest/"}
	targets := []string{"secret.txt", "go.mod", "data%2fstoryquiz.db", "data/storyquiz.db", ".git%2fconfig"}
	for _, prefix := range prefixes {
		for _, dot := range dots {
			for _, target := range targets {
				for _, depth := range []int{1, 2, 5} {
					path := prefix + strings.Repeat(dot, depth) + target
					status, ctype, body := rawGet(t, srv, path)
					if strings.Contains(string(body), secretMarker) {
						t.Errorf("GET %s: %d %s gives a file outside web/: %.80q", path, status, ctype, body)
						continue
					}
					if strings.HasPrefix(prefix, "/web/") && status != http.StatusNotFound {
						t.Errorf("GET %s: status %d, want 404", path, status)
					}
				}
			}
		}
	}
}

// TestStaticFiles checks what /web/ serves: the app's files, with their
// type, and nothing else from the web folder — no listing, no hidden file,
// no file of a kind the app does not use.
func TestStaticFiles(t *testing.T) {
	webDir := projectDir(t)
	srv := realServer(t, newEnv(t, nil), webDir)
	tests := []struct {
		path        string
		want        int
		contentType string
	}{
		{"/web/style.css", 200, "text/css"},
		{"/web/icon.svg", 200, "image/svg+xml"},
		{"/web/icon-192.png", 200, "image/png"},
		{"/web/app.wasm", 200, "application/wasm"},
		{"/web/", 404, ""},
		{"/web", 404, ""},
		{"/web/sub/", 404, ""},
		{"/web/sub", 404, ""},
		{"/web/notes.md", 404, ""},
		{"/web/.hidden.css", 404, ""},
		{"/web/sub/notes.md", 404, ""},
		{"/web/sub/ok.svg", 200, "image/svg+xml"},
		{"/web/app.wasm.br", 404, ""},
		{"/web/app.wasm.gz", 404, ""},
		{"/web/missing.css", 404, ""},
		{"/web/style.css/", 404, ""},
		{"/web//style.css", 200, "text/css"}, // redirected to the clean path
		{"/web/./style.css", 200, "text/css"},
		{"/web/style.css%00.png", 404, ""},
		{"/web/STYLE.CSS", 404, ""},
	}
	for _, tt := range tests {
		status, ctype, body := rawGet(t, srv, tt.path)
		if status != tt.want || !strings.HasPrefix(ctype, tt.contentType) {
			t.Errorf("GET %s: %d %q, want %d %q", tt.path, status, ctype, tt.want, tt.contentType)
		}
		if strings.Contains(string(body), secretMarker) {
			t.Errorf("GET %s gives a file the app does not serve: %.80q", tt.path, body)
		}
	}
}

// TestProxyResourcesStayLocal checks that /robots.txt and its kin are not
// fetched from whatever host the request names: go-app's handler would get
// them from http://{Host}/web/…, and cache that answer for everyone.
func TestProxyResourcesStayLocal(t *testing.T) {
	webDir := projectDir(t)
	srv := realServer(t, newEnv(t, nil), webDir)
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<script>"+secretMarker+"</script>")
	}))
	defer other.Close()
	for _, path := range []string{"/robots.txt", "/sitemap.xml", "/ads.txt"} {
		for _, host := range []string{other.Listener.Addr().String(), ""} {
			req, _ := http.NewRequest("GET", srv.URL+path, nil)
			if host != "" {
				req.Host = host
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusNotFound || strings.Contains(string(body), secretMarker) {
				t.Errorf("GET %s (Host %q): %d %.80q, want 404 and nothing from another host", path, host, resp.StatusCode, body)
			}
		}
	}
}
