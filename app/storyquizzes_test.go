//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"

	"storyquiz/app/stories"
	"storyquiz/quiz"
)

// TestStoryQuizzes checks the file a page without a carried quiz fetches
// (and the service worker keeps): the engine's seed-1 quiz of the story,
// revalidated by ETag, and nothing for other paths.
func TestStoryQuizzes(t *testing.T) {
	h := storyQuizzes()
	s, _ := stories.Get(stories.LaunchID)
	want, err := s.Quiz(1)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", stories.QuizPath(s.ID), nil))
	if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != "application/json" {
		t.Fatalf("status %d, type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	got, err := quiz.Decode(rec.Body.Bytes())
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("the file is not the engine's seed-1 quiz (%v)", err)
	}
	tests := []struct {
		path, etag string
		want       int
	}{
		{stories.QuizPath(s.ID), rec.Header().Get("ETag"), http.StatusNotModified},
		{stories.QuizPath("no-such-story"), "", http.StatusNotFound},
		{"/stories/" + s.ID, "", http.StatusNotFound},
		{"/stories/../web/style.css", "", http.StatusNotFound},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path = tt.path
		if tt.etag != "" {
			req.Header.Set("If-None-Match", tt.etag)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != tt.want {
			t.Errorf("GET %s (If-None-Match %q): status %d, want %d", tt.path, tt.etag, rec.Code, tt.want)
		}
	}
}
