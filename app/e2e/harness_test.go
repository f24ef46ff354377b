//go:build !wasm

// Package e2e drives the real Storyquiz server binary in headless Chromium,
// clicking and typing as a student or teacher would and reading what the
// page shows.
package e2e

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	_ "modernc.org/sqlite" // reads the server's database in liveQuiz

	"storyquiz/app/tools/chromium"
	"storyquiz/app/tools/proc"
	"storyquiz/quiz"
)

// root is the project root: tests run in app/e2e.
var root = func() string {
	dir, _ := filepath.Abs(filepath.Join("..", ".."))
	return dir
}()

func TestMain(m *testing.M) {
	// make is incremental: this is a no-op after `make build` and builds the
	// bundle and server when a developer runs `go test ./...` directly.
	cmd := exec.Command("make", "-s", "build")
	cmd.Dir = root
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: make build failed:", err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// server is a running storyquiz binary.
type server struct {
	*proc.Process
	DB string
}

// startServer runs bin/storyquiz on a free loopback port with a database in
// dir (a fresh temporary one when dir is "") and waits until it is healthy.
func startServer(t testing.TB, db string) *server {
	t.Helper()
	return startServerAt(t, "", db)
}

// startServerAt is startServer on a given address ("" for a free one).
func startServerAt(t testing.TB, addr, db string) *server {
	t.Helper()
	if db == "" {
		db = filepath.Join(t.TempDir(), "storyquiz.db")
	}
	p, err := proc.Start(root, addr, filepath.Join(root, "bin", "storyquiz"), "serve", "-db", db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Stop)
	return &server{Process: p, DB: db}
}

// liveQuiz reads a live session's quiz from the server's database, as the
// person who runs the server could: each live session draws a secret seed
// of its own, so its questions and keys are known to nobody else.
func (s *server) liveQuiz(t testing.TB, code string) *quiz.Quiz {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+s.DB+"?_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var data string
	if err := db.QueryRow(`SELECT quiz FROM sessions WHERE code = ?`, code).Scan(&data); err != nil {
		t.Fatalf("session %s in %s: %v", code, s.DB, err)
	}
	var q quiz.Quiz
	if err := json.Unmarshal([]byte(data), &q); err != nil {
		t.Fatal(err)
	}
	return &q
}

// download clicks the element with id and returns the file the browser
// saves, named name: what a teacher gets from a download button.
func (b *browser) download(t testing.TB, id, name string) []byte {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	b.do(t, "downloading "+name, chromedp.Click(chromedp.ID(id)))
	path := filepath.Join(dir, name)
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if data, err := os.ReadFile(path); err == nil && len(data) > 0 {
			return data
		}
		if time.Now().After(deadline) {
			entries, _ := os.ReadDir(dir)
			t.Fatalf("no %s downloaded (the folder holds %v)", name, entries)
		}
	}
}

// browser is one headless Chromium with a fresh profile.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	problems []string // console errors and uncaught exceptions
}

// newBrowser starts headless Chromium with a fresh profile and a viewport of
// w×h, and collects console errors for checkConsole.
func newBrowser(t testing.TB, w, h int) *browser {
	t.Helper()
	opts, err := chromium.Options(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	opts = append(opts, chromedp.WindowSize(w, h))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelC(); cancelA() })
	b := &browser{ctx: ctx}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(w), int64(h))); err != nil {
		t.Fatal("starting chromium:", err)
	}
	go func() {
		for msg, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if msg.Type == chromedp.ConsoleError || msg.IsException() {
				b.mu.Lock()
				b.problems = append(b.problems, msg.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// forgetConsole drops the console errors that hold msg: a step that has
// the server refuse a request on purpose makes Chromium log "Failed to
// load resource" for it.
func (b *browser) forgetConsole(msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	kept := b.problems[:0]
	for _, p := range b.problems {
		if !strings.Contains(p, msg) {
			kept = append(kept, p)
		}
	}
	b.problems = kept
}

// checkConsole fails the test if the page logged an error or threw.
func (b *browser) checkConsole(t testing.TB) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, p := range b.problems {
		t.Errorf("console: %s", p)
	}
}

// do runs actions with a per-step timeout, failing the test on error.
func (b *browser) do(t testing.TB, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// text returns the visible text of the first element matching a CSS selector.
func (b *browser) text(t testing.TB, css string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css), chromedp.NodeVisible))
	if err != nil {
		t.Fatalf("reading %s: %v", css, err)
	}
	return strings.TrimSpace(s)
}

// eval evaluates a JavaScript expression and decodes its result.
func eval[T any](t testing.TB, b *browser, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// open navigates to url and waits until the WebAssembly app runs.
func (b *browser) open(t testing.TB, url string) {
	t.Helper()
	b.do(t, "opening "+url, chromedp.Navigate(url), waitApp())
}

// waitApp waits for go-app's loader to go, i.e. for the WASM to run.
func waitApp() chromedp.Action[chromedp.Void] {
	return chromedp.WaitNotPresent(chromedp.CSS("#app-wasm-loader"))
}

// screenshot saves a full-page PNG (quality 100 selects PNG) under artifacts/ (ignored by git).
func (b *browser) screenshot(t testing.TB, name string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	dir := filepath.Join(root, "artifacts", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// waitText waits until the element matching css shows exactly want.
func (b *browser) waitText(t testing.TB, css, want string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
	defer cancel()
	expr := fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && e.textContent.trim() === %q; })()`, css, want)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(20*time.Millisecond))); err != nil {
		got := ""
		if s, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](fmt.Sprintf(`(document.querySelector(%q) || {}).textContent || ""`, css))); err == nil {
			got = s
		}
		t.Fatalf("waiting for %s to read %q: %v (it reads %q)", css, want, err, got)
	}
}

// typeInto empties a text field and types text into it key by key, as a
// person would.
func (b *browser) typeInto(t testing.TB, id, text string) {
	t.Helper()
	b.do(t, "emptying #"+id,
		chromedp.Focus(chromedp.ID(id)),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.getElementById(%q).select()`, id)),
		chromedp.KeyEvent(kb.Delete),
		chromedp.SendKeys(chromedp.ID(id), text),
	)
	if got := eval[string](t, b, fmt.Sprintf(`document.getElementById(%q).value`, id)); got != text {
		t.Fatalf("#%s holds %q after typing %q", id, got, text)
	}
}

// waitJS waits until a JavaScript expression is true, failing the test
// with what after a generous timeout.
func (b *browser) waitJS(t testing.TB, what, expr string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingInterval(20*time.Millisecond))); err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
}

// waitValue waits until the form field with the given id holds want.
func (b *browser) waitValue(t testing.TB, id, want string) {
	t.Helper()
	b.waitJS(t, fmt.Sprintf("#%s to hold %q", id, want),
		fmt.Sprintf(`(() => { const e = document.getElementById(%q); return !!e && e.value === %q; })()`, id, want))
}
