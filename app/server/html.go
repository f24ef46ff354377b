//go:build !wasm

package server

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
)

// zoomLock is the part of go-app's viewport meta tag that stops users from
// zooming; WCAG 1.4.4 requires that text can be resized, so it is removed.
const zoomLock = ", maximum-scale=1, user-scalable=0"

// AllowZoom rewrites HTML pages from next so that the viewport allows
// pinch-zoom. Other responses pass through untouched.
func AllowZoom(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &htmlRewriter{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		rec.finish()
	})
}

type htmlRewriter struct {
	http.ResponseWriter
	html   bool
	status int
	buf    bytes.Buffer
	passed bool
}

func (h *htmlRewriter) WriteHeader(status int) {
	if h.status != 0 || h.passed {
		return
	}
	h.status = status
	h.html = strings.HasPrefix(h.Header().Get("Content-Type"), "text/html")
	if !h.html {
		h.passed = true
		h.ResponseWriter.WriteHeader(status)
	}
}

func (h *htmlRewriter) Write(p []byte) (int, error) {
	if h.status == 0 {
		h.WriteHeader(http.StatusOK)
	}
	if h.passed {
		return h.ResponseWriter.Write(p)
	}
	return h.buf.Write(p)
}

// Flush lets streaming responses through the rewriter.
func (h *htmlRewriter) Flush() {
	if f, ok := h.ResponseWriter.(http.Flusher); ok && h.passed {
		f.Flush()
	}
}

// Unwrap gives http.ResponseController access to the underlying writer.
func (h *htmlRewriter) Unwrap() http.ResponseWriter { return h.ResponseWriter }

func (h *htmlRewriter) finish() {
	if h.passed || h.status == 0 {
		return
	}
	body := bytes.Replace(h.buf.Bytes(), []byte(zoomLock), nil, 1)
	h.Header().Set("Content-Length", strconv.Itoa(len(body)))
	h.ResponseWriter.WriteHeader(h.status)
	h.ResponseWriter.Write(body)
}
