//go:build !wasm

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"storyquiz/app/tools/proc"
)

// engineLoaded reports whether the page has started the quiz engine's
// worker (whose script shows in the page's resource timing).
const engineLoaded = `performance.getEntriesByType("resource").some((e) => e.name.endsWith("/web/engine-worker.js"))`

// TestEngineOnlyOnTeachersPages checks that a student's pages never load
// the quiz engine, which is a second download as large as half the app,
// and that the editor starts it as it opens, so that it is ready when the
// teacher asks for a quiz.
func TestEngineOnlyOnTeachersPages(t *testing.T) {
	srv := startServer(t, "")
	b := newBrowser(t, 1366, 768)
	for _, path := range []string{"/join", practiceURL, "/"} {
		b.open(t, srv.URL+path)
		// The page has run; give a late start a moment to show.
		b.do(t, "waiting", chromedp.Sleep(300*time.Millisecond))
		if eval[bool](t, b, engineLoaded) {
			t.Errorf("%s loaded the quiz engine", path)
		}
	}
	b.open(t, srv.URL+"/create")
	b.waitJS(t, "the editor to start the engine", engineLoaded)
	b.checkConsole(t)
}

// TestCreateWithoutEngine serves the app without the engine's worker
// script and expects the editor to say what went wrong and keep the text,
// then to work once the script is back, without a reload.
func TestCreateWithoutEngine(t *testing.T) {
	dir := t.TempDir()
	web := filepath.Join(dir, "web")
	if err := os.CopyFS(web, os.DirFS(filepath.Join(root, "web"))); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(web, "engine-worker.js")
	saved, err := os.ReadFile(script)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(script); err != nil {
		t.Fatal(err)
	}
	p, err := proc.Start(dir, "", filepath.Join(root, "bin", "storyquiz"), "serve", "-db", filepath.Join(dir, "storyquiz.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Stop)
	b := newBrowser(t, 1366, 768)
	b.open(t, p.URL+"/create")
	b.do(t, "pasting the article", chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const t = document.getElementById("text"); t.value = %q; t.dispatchEvent(new Event("input", {bubbles: true})); })()`, ownArticle)))
	b.do(t, "making questions", chromedp.Click(chromedp.ID("make")), chromedp.WaitVisible(chromedp.ID("create-problem")))
	if got := b.text(t, "#create-problem"); !strings.Contains(got, "question maker could not be") {
		t.Errorf("message = %q, want it to say the question maker could not be loaded", got)
	}
	if got := eval[string](t, b, `document.getElementById("text").value`); got != ownArticle {
		t.Errorf("the text was not kept: %d characters, want %d", len(got), len(ownArticle))
	}
	b.forgetConsole("engine-worker.js")
	// With the script back, the next try starts a fresh worker.
	if err := os.WriteFile(script, saved, 0o644); err != nil {
		t.Fatal(err)
	}
	makeQuestions(t, b, func(string) {})
	b.checkConsole(t)
}
