//go:build !wasm

package server

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPageMethods checks that pages and go-app's files answer only GET and
// HEAD, while the API keeps its own methods.
func TestPageMethods(t *testing.T) {
	webDir := projectDir(t)
	srv := realServer(t, newEnv(t, nil), webDir)
	tests := []struct {
		method, path string
		want         int
	}{
		{"GET", "/", 200},
		{"HEAD", "/", 200},
		{"TRACE", "/", 405},
		{"DELETE", "/", 405},
		{"PUT", "/story/launch", 405},
		{"POST", "/join", 405},
		{"OPTIONS", "/", 405},
		{"PATCH", "/app.js", 405},
		{"DELETE", "/web/style.css", 405},
		{"TRACE", "/web/style.css", 405},
		{"GET", "/web/style.css", 200},
		{"GET", "/app.js", 200},
		{"GET", "/manifest.webmanifest", 200},
		{"GET", "/app-worker.js", 200},
		{"GET", "/wasm_exec.js", 200},
		{"POST", "/api/sessions", 415}, // the API's own answer: no JSON body
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tt.want {
			t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, resp.StatusCode, tt.want)
		}
		if tt.want == 405 && resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow = %q, want GET, HEAD", tt.method, tt.path, resp.Header.Get("Allow"))
		}
	}
}

// TestPageAttributesEscaped requests prerendered pages with quotes and angle
// brackets in the URL. go-app writes attribute values quoted as Go strings,
// where a quote becomes \" — which ends the attribute in HTML; none may get
// through into the page.
func TestPageAttributesEscaped(t *testing.T) {
	webDir := projectDir(t)
	srv := realServer(t, newEnv(t, nil), webDir)
	tests := []struct{ path, query string }{
		{"/", `x="><script>alert(1)</script>`},
		{"/", `x="/onmouseover="alert(1)`},
		{"/join", `code="/autofocus/onfocus="alert(1)`},
		{"/story/launch", `a=<b>&c='d'`},
		{"/", `x=\"><img/src=x>`},
		{"/", `x=%zz"`},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest("GET", srv.URL+tt.path, nil)
		req.URL.RawQuery = tt.query
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			t.Errorf("GET %s?%s: status %d, want 200", tt.path, tt.query, resp.StatusCode)
			continue
		}
		for _, bad := range []string{`\"`, "<script>alert", "<img/src=x>", "<b>", `onmouseover="`, `onfocus="`} {
			if strings.Contains(string(body), bad) {
				t.Errorf("GET %s?%s: the page holds %q:\n%s", tt.path, tt.query, bad, body)
			}
		}
	}
}

// TestStaticETag checks that a file's ETag follows its content: an edited
// style.css gets a new one at once, and a matching If-None-Match gets 304.
func TestStaticETag(t *testing.T) {
	webDir := projectDir(t)
	srv := realServer(t, newEnv(t, nil), webDir)
	get := func(etag string) (int, string, string) {
		req, _ := http.NewRequest("GET", srv.URL+"/web/style.css", nil)
		if etag != "" {
			req.Header.Set("If-None-Match", etag)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, resp.Header.Get("ETag"), string(body)
	}
	_, first, _ := get("")
	if first == "" {
		t.Fatal("no ETag on /web/style.css")
	}
	if status, _, _ := get(first); status != http.StatusNotModified {
		t.Errorf("If-None-Match with the current ETag: status %d, want 304", status)
	}
	path := filepath.Join(webDir, "style.css")
	if err := os.WriteFile(path, []byte("body{color:#222}"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Same size as before; a later mtime, as an edit gives.
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	status, second, body := get(first)
	if status != 200 || body != "body{color:#222}" {
		t.Errorf("after an edit, If-None-Match with the old ETag: %d %q, want 200 and the new file", status, body)
	}
	if second == first {
		t.Errorf("after an edit the ETag is still %s", first)
	}
}
