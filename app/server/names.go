//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
)

// NamesPath is where browsers fetch the engine's list of given names (see
// quiz.ExpectFirstNames): it stays out of the bundle, which every student
// downloads, and the service worker keeps it for offline use.
const NamesPath = sessionapi.NamesPath

// namesBody is the list, gzipped once, with its content hash.
var namesBody = sync.OnceValues(func() ([]byte, string) {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression) // the level is valid
	zw.Write([]byte(quiz.FirstNameList()))
	zw.Close()
	sum := sha256.Sum256([]byte(quiz.FirstNameList()))
	return b.Bytes(), `"` + hex.EncodeToString(sum[:8]) + `"`
})

// namesHandler serves the list from the server's own copy, so that the
// browser's engine and the command line's use the same names.
func namesHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gz, etag := namesBody()
		h := w.Header()
		h.Set("Content-Type", "text/plain; charset=utf-8")
		h.Set("ETag", etag)
		h.Set("Cache-Control", "no-cache")
		h.Set("Vary", "Accept-Encoding")
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			if r.Method != http.MethodHead {
				w.Write([]byte(quiz.FirstNameList()))
			}
			return
		}
		h.Set("Content-Encoding", "gzip")
		if r.Method != http.MethodHead {
			w.Write(gz)
		}
	})
}
