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
		// routes and the quiz the page carries; the engine's tables and the
		// stories' cleaned articles, on a page that shows them; then
		// go-app's start, which mounts the page. (The engine itself runs in
		// a worker, on the pages that make a quiz: see enginecall_wasm.go.)
		startup.Yield()
		registerRoutes()
		// Before go-app replaces the prerendered page: the quiz it may carry.
		if el := app.Window().GetElementByID(prebuiltID); el.Truthy() {
			readPrebuilt(el.Get("textContent").String())
		}
		startup.Yield()
		if storyPage(app.Window().URL().Path) {
			// The cleaned articles are made here rather than while go-app
			// mounts the page.
			quiz.LoadTables()
			startup.Yield()
			for _, st := range stories.All() {
				_, _ = st.Article()
			}
			startup.Yield()
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

// storyPage reports whether the page at path shows the stories' cleaned
// articles as it starts: the home page's story cards, a story, and the
// host's setup.
func storyPage(path string) bool {
	return path == "/" || path == "/host" || strings.HasPrefix(path, "/story/")
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
