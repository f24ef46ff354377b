//go:build !wasm

package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"time"
)

// StaticTypes are the kinds of file /web/ serves, with their Content-Type:
// what the pages load (styles, scripts, icons, the manifest) and sounds.
// Anything else in the web folder — notes, backups, precompressed bundles
// (the Bundle serves those) — stays private.
var StaticTypes = map[string]string{
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".png":         "image/png",
	".svg":         "image/svg+xml",
	".ico":         "image/x-icon",
	".webp":        "image/webp",
	".jpg":         "image/jpeg",
	".webmanifest": "application/manifest+json",
	".woff2":       "font/woff2",
	".mp3":         "audio/mpeg",
	".ogg":         "audio/ogg",
	".wav":         "audio/wav",
	".txt":         "text/plain; charset=utf-8",
}

// Static serves the web folder at /web/: only files of StaticTypes, only
// below the folder (opened through an os.Root, so neither ".." nor a
// symbolic link leads out of it), never a directory listing. Each file's
// ETag is a hash of its content, so an edited file is fetched again even
// when the build has not changed.
//
// Static is also a go-app ResourceProvider (the methods Package, Static and
// AppWASM), so that go-app's own file serving goes through it too.
type Static struct {
	root *os.Root

	mu    sync.Mutex
	etags map[string]staticETag // by file name, valid while size and mtime match
}

type staticETag struct {
	size int64
	mod  time.Time
	etag string
}

// OpenStatic opens dir (the -web folder) for serving.
func OpenStatic(dir string) (*Static, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("opening the web folder: %w", err)
	}
	return &Static{root: root, etags: map[string]staticETag{}}, nil
}

// Close releases the folder.
func (s *Static) Close() error { return s.root.Close() }

// Package is where go-app looks for its own resources: the site root.
func (s *Static) Package() string { return "" }

// Static is the URL prefix of static resources as go-app resolves it ("/web/…").
func (s *Static) Static() string { return "" }

// AppWASM is the bundle's URL; the Bundle handler serves it.
func (s *Static) AppWASM() string { return BundlePath }

// staticName returns the file name below the web folder that a request for
// /web/… names, or false when the path is not one Static serves. Any
// percent-encoding is refused outright — the app's own files have plain
// names, and an encoded "/", "\" or "." is how traversal hides from path
// cleaning — and so is every segment that is empty, "." or "..", hidden
// (leading dot), or holds anything but letters, digits, '.', '-' and '_'.
func staticName(r *http.Request) (string, bool) {
	p := r.URL.Path
	if !strings.HasPrefix(p, "/web/") || strings.Contains(r.URL.EscapedPath(), "%") || r.URL.RawPath != "" {
		return "", false
	}
	name := p[len("/web/"):]
	return name, servable(name)
}

// servable reports whether name, relative to the web folder, is one Static
// may serve.
func servable(name string) bool {
	for _, seg := range strings.Split(name, "/") {
		if seg == "" || seg[0] == '.' {
			return false
		}
		for _, c := range seg {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
				return false
			}
		}
	}
	_, ok := StaticTypes[path.Ext(name)]
	return ok
}

// ServeHTTP serves one file of the web folder, or 404.
func (s *Static) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := staticName(r)
	if !ok {
		http.NotFound(w, r)
		return
	}
	f, err := s.root.Open(name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	etag, err := s.etag(name, f, st)
	if err != nil {
		http.Error(w, "could not read the file", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", StaticTypes[path.Ext(name)])
	h.Set("ETag", etag)
	// Revalidate every time: the ETag makes that a cheap 304, and an edited
	// file reaches browsers at once.
	h.Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, name, st.ModTime(), f)
}

// etag returns the content hash of f, computed again only when the file's
// size or modification time changed since the last request.
func (s *Static) etag(name string, f *os.File, st fs.FileInfo) (string, error) {
	s.mu.Lock()
	e, ok := s.etags[name]
	s.mu.Unlock()
	if ok && e.size == st.Size() && e.mod.Equal(st.ModTime()) {
		return e.etag, nil
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	etag := `"` + hex.EncodeToString(h.Sum(nil))[:20] + `"`
	s.mu.Lock()
	if len(s.etags) > 1000 { // a folder of a few files; never grow without end
		clear(s.etags)
	}
	s.etags[name] = staticETag{size: st.Size(), mod: st.ModTime(), etag: etag}
	s.mu.Unlock()
	return etag, nil
}

// Digest is a hash over the names and contents of every file Static would
// serve. Mixed into go-app's version, it makes browsers' service workers
// fetch the app's files again after any of them was edited, not only after a
// new build.
func (s *Static) Digest() (string, error) {
	var names []string
	err := fs.WalkDir(s.root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != "." && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if d.Type().IsRegular() {
			if servable(p) {
				names = append(names, p)
			}
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(names)
	h := sha256.New()
	for _, name := range names {
		data, err := fs.ReadFile(s.root.FS(), name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}
