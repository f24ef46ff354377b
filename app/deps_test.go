//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWASMDependencies checks what the browser bundle is built from: no
// server, storage or test package may slip into it (each would cost every
// student's phone its size, and server code has no business there).
func TestWASMDependencies(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	banned := []string{
		"storyquiz/app/server", "storyquiz/app/hub", "storyquiz/app/sqlite", "storyquiz/app/postgres",
		"storyquiz/app/tools/", "storyquiz/app/e2e",
		"modernc.org/", "github.com/jackc/", "github.com/chromedp/", "github.com/andybalholm/brotli",
		"github.com/skip2/go-qrcode", "golang.org/x/time/",
		"testing", "net/http/httptest", "database/sql",
	}
	for _, d := range deps {
		for _, b := range banned {
			if d == b || strings.HasSuffix(b, "/") && strings.HasPrefix(d, b) {
				t.Errorf("the WASM build depends on %s", d)
			}
		}
	}
	for _, want := range []string{"storyquiz/quiz", "storyquiz/quiz/session", "storyquiz/app/sessionapi", "github.com/maxence-charriere/go-app/v9/pkg/app"} {
		found := false
		for _, d := range deps {
			found = found || d == want
		}
		if !found {
			t.Errorf("the WASM build lacks %s: is this test listing the right package?", want)
		}
	}
}

// TestBundleLeavesEngineOut checks that the students' bundle does not hold
// the quiz engine, which runs in its own worker (app/engine): it asks the
// linker which functions the WebAssembly build keeps. A page that called
// the engine directly would bring it back, and with it about a tenth of
// the bundle.
func TestBundleLeavesEngineOut(t *testing.T) {
	cmd := exec.Command("go", "build", "-ldflags=-dumpdep", "-o", os.DevNull, ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%.2000s", err, out)
	}
	kept := map[string]bool{}
	for _, line := range strings.Split(string(out), "\n") {
		if _, to, ok := strings.Cut(line, " -> "); ok {
			kept[strings.TrimSpace(to)] = true
		}
	}
	tests := []struct {
		symbol string
		want   bool
	}{
		{"storyquiz/quiz.GenerateReport", false},
		{"storyquiz/quiz.Generate", false},
		{"storyquiz/quiz.Alternatives", false},
		{"storyquiz/quiz.Candidates", false},
		{"storyquiz/quiz.(*analysis).makeCandidates", false},
		{"storyquiz/app/engine.Handle", false},
		// What the bundle does need: the stories' cleaned articles, and the
		// requests it sends the worker.
		{"storyquiz/quiz.ParseArticle", true},
		{"storyquiz/app/engine.Precheck", true},
	}
	for _, tt := range tests {
		if got := kept[tt.symbol]; got != tt.want {
			t.Errorf("the bundle keeps %s: %v, want %v", tt.symbol, got, tt.want)
		}
	}
}
