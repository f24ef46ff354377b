//go:build !wasm

// Package server is the HTTP edge of Storyquiz: it serves the prerendered
// pages and the WebAssembly bundle, mounts the sessions API, and sets the
// headers every response needs.
package server

import (
	"net/http"
	"time"
)

// Timeouts applied by New; SSE streams are exempt from the write timeout
// through http.ResponseController. An idle keep-alive connection is closed
// after IdleTimeout: each holds a file descriptor, and a browser opens a new
// connection in a moment when it needs one.
const (
	ReadHeaderTimeout = 5 * time.Second
	ReadTimeout       = 15 * time.Second
	WriteTimeout      = 30 * time.Second
	IdleTimeout       = 30 * time.Second
)

// Handlers are the parts New composes into one server.
type Handlers struct {
	App    http.Handler // go-app's handler: pages, app.js, worker, manifest
	Bundle http.Handler // web/app.wasm
	Engine http.Handler // web/engine.wasm, the browser's quiz engine; nil serves nothing there
	// Stories serves the shipped stories' quizzes under /stories/ (see
	// stories.QuizPath); nil serves nothing there.
	Stories http.Handler
	Static  http.Handler // the rest of /web/ (see Static); nil serves nothing there
	API     http.Handler // everything under /api/; may be nil
	Limits  Limits       // the per-address stream limit applies here; the listener applies the rest
}

// New returns an http.Server for addr with timeouts set and every route mounted.
func New(addr string, hs Handlers) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           Routes(hs),
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    32 << 10,
	}
}

// Routes composes the handlers behind the security headers.
func Routes(hs Handlers) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write([]byte("ok\n"))
	})
	mux.Handle("GET /qr", qrHandler())
	mux.Handle(BundlePath, hs.Bundle)
	engine := hs.Engine
	if engine == nil {
		engine = http.NotFoundHandler()
	}
	mux.Handle(EnginePath, engine)
	if hs.Stories != nil {
		mux.Handle("GET /stories/", hs.Stories)
	}
	mux.Handle("/app.wasm", hs.Bundle)
	// /web/ never reaches go-app, whose default file server would serve the
	// working directory.
	static := hs.Static
	if static == nil {
		static = http.NotFoundHandler()
	}
	mux.Handle("/web/", static)
	// go-app answers these by fetching /web/… from the host the request
	// names, which would let anyone make the server fetch (and cache, for
	// everyone) a page from another host.
	for _, p := range []string{"/robots.txt", "/sitemap.xml", "/ads.txt"} {
		mux.Handle(p, http.NotFoundHandler())
	}
	if hs.API != nil {
		mux.Handle("/api/", limitStreams(hs.API, hs.Limits.WithDefaults().MaxStreamsPerAddr))
	}
	mux.Handle("/", pages(allowZoom(hs.App)))
	return securityHeaders(mux)
}

// ContentSecurityPolicy allows only what go-app needs: its own scripts and
// styles, compiling the WebAssembly bundle, and same-origin requests; no
// remote origin at all.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; " +
	"style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; " +
	"worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// securityHeaders sets the headers every response carries.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}
