package server

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"storyquiz/quiz"
)

// TestNamesList checks that the engine's list of given names is served from
// the server's own copy: gzipped when the browser accepts it, plain when
// not, and revalidated by its content hash.
func TestNamesList(t *testing.T) {
	h := Routes(Handlers{App: http.NotFoundHandler(), Bundle: http.NotFoundHandler()})
	get := func(enc, etag string) *http.Response {
		r := httptest.NewRequest("GET", NamesPath, nil)
		if enc != "" {
			r.Header.Set("Accept-Encoding", enc)
		}
		if etag != "" {
			r.Header.Set("If-None-Match", etag)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Result()
	}
	want := quiz.FirstNameList()
	if len(want) < 10000 {
		t.Fatalf("the built-in list holds %d bytes", len(want))
	}

	res := get("gzip, br", "")
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("gzip: status %d, encoding %q", res.StatusCode, res.Header.Get("Content-Encoding"))
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(zr)
	if string(got) != want {
		t.Errorf("gzipped body is not the list (%d bytes, want %d)", len(got), len(want))
	}
	etag := res.Header.Get("ETag")
	if etag == "" || res.Header.Get("Cache-Control") != "no-cache" || res.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("headers %v", res.Header)
	}

	res = get("", "")
	got, _ = io.ReadAll(res.Body)
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "" || string(got) != want {
		t.Errorf("plain: status %d, encoding %q, %d bytes", res.StatusCode, res.Header.Get("Content-Encoding"), len(got))
	}

	if res = get("gzip", etag); res.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation: status %d, want 304", res.StatusCode)
	}
}
