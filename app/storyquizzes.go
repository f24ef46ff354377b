//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"sync"

	"storyquiz/app/stories"
)

// storyQuizzes serves each shipped story's seed-1 quiz at stories.QuizPath,
// made once by the engine: the same quiz a prerendered practice page
// carries, for a page that opened without it.
func storyQuizzes() http.Handler {
	type doc struct {
		body []byte
		etag string
	}
	var (
		once sync.Once
		docs = map[string]doc{}
	)
	build := func() {
		for _, s := range stories.All() {
			q, err := s.Quiz(1)
			if err != nil {
				continue
			}
			body, err := json.Marshal(q)
			if err != nil {
				continue
			}
			sum := sha256.Sum256(body)
			docs[stories.QuizPath(s.ID)] = doc{body, `"` + hex.EncodeToString(sum[:8]) + `"`}
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		once.Do(build)
		d, ok := docs[r.URL.Path]
		if !ok || !strings.HasSuffix(r.URL.Path, ".json") {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", "application/json")
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", d.etag)
		if r.Header.Get("If-None-Match") == d.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(d.body)
	})
}
