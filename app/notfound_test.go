//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestNotFoundPages answers an unknown address with the styled page and
// status 404, and leaves every other response alone.
func TestNotFoundPages(t *testing.T) {
	app := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/", notFoundPath:
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<h1>page "+r.URL.Path+"</h1>")
		case "/gone":
			http.Error(w, "gone", http.StatusGone)
		default:
			http.NotFound(w, r)
		}
	})
	h := notFoundPages(app)
	for _, tt := range []struct {
		path   string
		status int
		body   string
	}{
		{"/", 200, "<h1>page /</h1>"},
		{"/no/such/page?x=1", 404, "<h1>page /not-found</h1>"},
		{"/gone", 410, "gone\n"},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tt.path, nil))
		if rec.Code != tt.status || rec.Body.String() != tt.body {
			t.Errorf("%s: %d %q, want %d %q", tt.path, rec.Code, rec.Body.String(), tt.status, tt.body)
		}
		if tt.status == 404 && !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			t.Errorf("%s: Content-Type %q, want the page's", tt.path, rec.Header().Get("Content-Type"))
		}
	}
	p := &notFoundPage{}
	mount(t, p, "/no/such/page", nil)
	checkShown(t, p, map[string]string{"nf-h": "There is no page here"}, nil)
}
