//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// zoomLock is the part of go-app's viewport meta tag that stops users from
// zooming; WCAG 1.4.4 requires that text can be resized, so it is removed.
const zoomLock = ", maximum-scale=1, user-scalable=0"

// allowZoom rewrites HTML pages from next so that the viewport allows
// pinch-zoom. Other responses pass through untouched.
func allowZoom(next http.Handler) http.Handler {
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

// pages guards go-app's handler: it answers only GET and HEAD (405 with
// Allow otherwise), and it sees the request URL with every character that
// could end an HTML attribute percent-encoded, because go-app writes
// attribute values such as og:url quoted as Go strings, not escaped as HTML.
func pages(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if q, host := attrSafe(r.URL.RawQuery), attrSafe(r.Host); q != r.URL.RawQuery || host != r.Host {
			r2 := *r
			u := *r.URL
			u.RawQuery = q
			r2.URL, r2.Host = &u, host
			r = &r2
		}
		next.ServeHTTP(w, r)
	})
}

// attrSafe percent-encodes every byte of s that is not safe inside a quoted
// HTML attribute or a URL: quotes, angle brackets, backslash, backtick,
// spaces, controls and non-ASCII bytes, and a '%' that does not start an
// escape. What a query means is unchanged: its decoded values are the same.
func attrSafe(s string) string {
	safe := func(i int) bool {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			return true
		case c == '%':
			return i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
		}
		return strings.IndexByte("-._~!$&()*+,;=:@/?[]", c) >= 0
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); i++ {
		switch {
		case safe(i) && changed:
			b.WriteByte(s[i])
		case safe(i):
		case !changed:
			changed = true
			b.Grow(len(s) + 16)
			b.WriteString(s[:i])
			fallthrough
		default:
			fmt.Fprintf(&b, "%%%02X", s[i])
		}
	}
	if !changed {
		return s
	}
	return b.String()
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
