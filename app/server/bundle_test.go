//go:build !wasm

package server

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestAcceptsEncoding(t *testing.T) {
	tests := []struct {
		header, enc string
		want        bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate, br", "gzip", true},
		{"gzip;q=0.5, br;q=1.0", "br", true},
		{"br;q=0", "br", false},
		{"identity", "gzip", false},
		{"", "br", false},
		{"GZIP", "gzip", true},
	}
	for _, tt := range tests {
		if got := acceptsEncoding(tt.header, tt.enc); got != tt.want {
			t.Errorf("acceptsEncoding(%q, %q) = %v, want %v", tt.header, tt.enc, got, tt.want)
		}
	}
}

func TestBundleEncodings(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "app.wasm")
	files := map[string]string{path: "raw-wasm-bytes", path + ".br": "br!", path + ".gz": "gz-bytes"}
	for _, name := range []string{path, path + ".br", path + ".gz"} {
		if err := os.WriteFile(name, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := OpenBundle(path)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		accept, wantEnc, wantBody string
	}{
		{"gzip, deflate, br", "br", "br!"},
		{"gzip", "gzip", "gz-bytes"},
		{"", "", "raw-wasm-bytes"},
		{"br;q=0, gzip", "gzip", "gz-bytes"},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", "/web/app.wasm", nil)
		req.Header.Set("Accept-Encoding", tt.accept)
		rec := httptest.NewRecorder()
		b.ServeHTTP(rec, req)
		res := rec.Result()
		if got := res.Header.Get("Content-Encoding"); got != tt.wantEnc {
			t.Errorf("Accept-Encoding %q: Content-Encoding = %q, want %q", tt.accept, got, tt.wantEnc)
		}
		if got := rec.Body.String(); got != tt.wantBody {
			t.Errorf("Accept-Encoding %q: body = %q, want %q", tt.accept, got, tt.wantBody)
		}
		if got := res.Header.Get("Content-Type"); got != "application/wasm" {
			t.Errorf("Content-Type = %q", got)
		}
		if got, want := res.Header.Get(WasmLengthHeader), "14"; got != want {
			t.Errorf("%s = %q, want %q", WasmLengthHeader, got, want)
		}
		if got, want := res.Header.Get("Content-Length"), strconv.Itoa(len(tt.wantBody)); got != want {
			t.Errorf("Content-Length = %q, want %s", got, want)
		}
		// A revalidation with the same ETag gets 304.
		req.Header.Set("If-None-Match", res.Header.Get("ETag"))
		rec = httptest.NewRecorder()
		b.ServeHTTP(rec, req)
		if rec.Code != http.StatusNotModified {
			t.Errorf("revalidation status = %d, want 304", rec.Code)
		}
	}
}

func TestOpenBundleMissing(t *testing.T) {
	if _, err := OpenBundle(filepath.Join(t.TempDir(), "app.wasm")); err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("OpenBundle of a missing file: err = %v, want a hint to run make build", err)
	}
}

func TestAllowZoomAndHeaders(t *testing.T) {
	page := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">`))
	})
	h := Routes(Handlers{App: page, Bundle: http.NotFoundHandler()})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if got := rec.Body.String(); strings.Contains(got, "user-scalable") || !strings.Contains(got, "viewport-fit=cover") {
		t.Errorf("page = %s, want the zoom lock removed", got)
	}
	for _, name := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
		if rec.Header().Get(name) == "" {
			t.Errorf("missing header %s", name)
		}
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if rec.Code != 200 || rec.Body.String() != "ok\n" {
		t.Errorf("healthz = %d %q", rec.Code, rec.Body.String())
	}
}
