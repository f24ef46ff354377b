//go:build !wasm

package main

import "net/http"

// notFoundPages serves the styled "not found" page, with status 404, where
// the app handler h has no page for a path: go-app alone answers a plain
// "404 page not found".
func notFoundPages(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		miss := &missWriter{ResponseWriter: w}
		h.ServeHTTP(miss, r)
		if !miss.missed || r.URL.Path == notFoundPath {
			return
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path, r2.URL.RawPath, r2.URL.RawQuery = notFoundPath, "", ""
		h.ServeHTTP(&statusWriter{ResponseWriter: w, status: http.StatusNotFound}, r2)
	})
}

// missWriter passes a response through unless it is a 404, which it
// swallows and remembers.
type missWriter struct {
	http.ResponseWriter
	missed, wrote bool
}

func (m *missWriter) WriteHeader(code int) {
	if !m.wrote && code == http.StatusNotFound {
		m.missed = true
		return
	}
	m.wrote = true
	m.ResponseWriter.WriteHeader(code)
}

func (m *missWriter) Write(b []byte) (int, error) {
	if m.missed {
		return len(b), nil
	}
	m.wrote = true
	return m.ResponseWriter.Write(b)
}

// statusWriter sends status in place of the 200 of a page it passes on.
type statusWriter struct {
	http.ResponseWriter
	status int
	wrote  bool
}

func (s *statusWriter) WriteHeader(code int) {
	if !s.wrote {
		s.wrote = true
		if code == http.StatusOK {
			code = s.status
		}
		s.ResponseWriter.WriteHeader(code)
	}
}

func (s *statusWriter) Write(b []byte) (int, error) {
	s.WriteHeader(http.StatusOK)
	return s.ResponseWriter.Write(b)
}
