// Command storyquiz is Storyquiz: one program that is both the WebAssembly
// client (go-app components, built with GOOS=js GOARCH=wasm) and the server
// and command line (the native build). Components and routes are shared by
// both builds; everything server-only lives behind //go:build !wasm.
package main

import (
	"os"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/startup"
	"storyquiz/app/stories"
	"storyquiz/quiz"
)

func main() {
	if app.IsClient {
		// The start is cut in short tasks, so that a slow phone can still
		// scroll the prerendered page and take input between them: the Go
		// runtime; the package initialisers (see package startup); the
		// routes and the quiz the page carries; the quiz engine's tables,
		// on a page that runs the engine; then go-app's start, which
		// mounts the page.
		startup.Yield()
		registerRoutes()
		// Before go-app replaces the prerendered page: the quiz it may carry.
		carried := false
		if el := app.Window().GetElementByID(prebuiltID); el.Truthy() {
			carried = readPrebuilt(el.Get("textContent").String())
		}
		loadFirstNames()
		startup.Yield()
		if path := app.Window().URL().Path; enginePage(path, carried) {
			quiz.LoadTables()
			startup.Yield()
			if path == "/" || strings.HasPrefix(path, "/story/") {
				// The stories' cleaned articles, which the page shows,
				// are made here rather than while go-app mounts it.
				for _, st := range stories.All() {
					_, _ = st.Article()
				}
				startup.Yield()
			}
		}
		// This goroutine first runs when the main one next waits, that is
		// once RunWhenOnBrowser has mounted the page.
		go removeLoadingBar()
	} else {
		registerRoutes()
	}
	// In the browser this runs the app and never returns; on the server it
	// returns at once and the command line takes over.
	app.RunWhenOnBrowser()
	os.Exit(runCLI(os.Args[1:]))
}

// enginePage reports whether the page at path runs the quiz engine as it
// starts: the home page's story cards, a story, the editor, a review, the
// host's setup, and a practice page the server sent no quiz with.
func enginePage(path string, carried bool) bool {
	switch {
	case path == "/" || path == "/create" || path == "/host":
		return true
	case strings.HasPrefix(path, "/story/") || strings.HasPrefix(path, "/review/"):
		return true
	case strings.HasPrefix(path, "/practice/"):
		return !carried
	}
	return false
}

// removeLoadingBar removes go-app's loading bar once the app has mounted the
// page. The page's script (paintFirst in handler.go) keeps it until then,
// because go-app's app.js would remove it at the start's first pause, while
// the prerendered page did not yet respond to a click.
func removeLoadingBar() {
	if el := app.Window().GetElementByID("app-wasm-loader"); el.Truthy() {
		el.Call("remove")
	}
}
