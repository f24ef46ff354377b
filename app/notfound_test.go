//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
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
	for _, path := range []string{"/no/such/page", notFoundPath} {
		p := &afterPage{}
		mount(t, p, path, nil)
		checkShown(t, p, map[string]string{"nf-h": "There is no page here"}, nil)
	}
}

// TestPagesOfAfterPage shows the landing page, a story's page and a missing
// story through the component that serves them with the printouts.
func TestPagesOfAfterPage(t *testing.T) {
	for path, want := range map[string][]string{
		"/":                  {"Live classroom", "Your own article", "Stories"},
		"/story/no-such-one": {"Story not found", "There is no story called “no-such-one”."},
	} {
		p := &afterPage{}
		mount(t, p, path, nil)
		got := app.HTMLString(p)
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s does not show %q:\n%s", path, w, got)
			}
		}
	}
}
