//go:build !wasm

package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"

	"storyquiz/app/engine"
)

// WasmLengthHeader carries the uncompressed size of the WebAssembly bundle,
// so that go-app's loader shows true progress even when the body is
// compressed (go-app's Handler.WasmContentLengthHeader names it).
const WasmLengthHeader = "X-Wasm-Content-Length"

// BundlePath is where the WebAssembly bundle is served.
const BundlePath = "/web/app.wasm"

// EnginePath is where the browser's quiz engine is served: a second
// WebAssembly program, which only the pages that make a quiz load (see
// package app/engine).
const EnginePath = engine.ProgramPath

// Bundle serves a WebAssembly program (web/app.wasm or web/engine.wasm) and
// its precompressed variants (.br, .gz), choosing the encoding from
// Accept-Encoding.
type Bundle struct {
	path    string
	version string
	rawSize int64
	hasBr   bool
	hasGz   bool
}

// OpenBundle checks the bundle files at path (e.g. "web/app.wasm") and
// derives the app version from the bundle's content, so that every new build
// invalidates browser and service-worker caches.
func OpenBundle(path string) (*Bundle, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("a WebAssembly program is missing (run 'make build'): %w", err)
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return nil, fmt.Errorf("reading the bundle: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	b := &Bundle{path: path, version: hex.EncodeToString(h.Sum(nil))[:16], rawSize: n}
	b.hasBr = fresh(path+".br", st.ModTime())
	b.hasGz = fresh(path+".gz", st.ModTime())
	return b, nil
}

// fresh reports whether a precompressed file exists and is not older than the bundle.
func fresh(path string, bundle time.Time) bool {
	st, err := os.Stat(path)
	return err == nil && !st.ModTime().Before(bundle)
}

// Version identifies this build of the bundle.
func (b *Bundle) Version() string { return b.version }

// ServeHTTP sends the bundle in the best encoding the client accepts.
func (b *Bundle) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	file, enc := b.path, ""
	switch accept := r.Header.Get("Accept-Encoding"); {
	case b.hasBr && acceptsEncoding(accept, "br"):
		file, enc = b.path+".br", "br"
	case b.hasGz && acceptsEncoding(accept, "gzip"):
		file, enc = b.path+".gz", "gzip"
	}
	etag := `"` + b.version + "-" + enc + `"`
	h := w.Header()
	h.Set("Content-Type", "application/wasm")
	h.Set("Vary", "Accept-Encoding")
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", etag)
	h.Set(WasmLengthHeader, strconv.FormatInt(b.rawSize, 10))
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	f, err := os.Open(file)
	if err != nil {
		http.Error(w, "bundle unavailable", http.StatusServiceUnavailable)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		http.Error(w, "bundle unavailable", http.StatusServiceUnavailable)
		return
	}
	if enc != "" {
		h.Set("Content-Encoding", enc)
	}
	// Set explicitly: http.ServeContent omits Content-Length for encoded bodies.
	h.Set("Content-Length", strconv.FormatInt(st.Size(), 10))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	io.Copy(w, f)
}

// acceptsEncoding reports whether an Accept-Encoding header allows enc
// (present and not refused with q=0).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		params = strings.ReplaceAll(params, " ", "")
		return params != "q=0" && params != "q=0.0" && params != "q=0.00" && params != "q=0.000"
	}
	return false
}
