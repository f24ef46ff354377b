// Command storyquiz is Storyquiz: one program that is both the WebAssembly
// client (go-app components, built with GOOS=js GOARCH=wasm) and the server
// and command line (the native build). Components and routes are shared by
// both builds; everything server-only lives behind //go:build !wasm.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	registerRoutes()
	if app.IsClient {
		// The start is cut in two tasks, so that a slow phone can still
		// scroll the prerendered page and take input between them: the Go
		// runtime and package initialisers, then the app's own start.
		yieldToBrowser()
		// Before go-app replaces the prerendered page: the quiz it may carry.
		if el := app.Window().GetElementByID(prebuiltID); el.Truthy() {
			readPrebuilt(el.Get("textContent").String())
		}
		loadFirstNames()
		// This goroutine first runs when the main one first waits, that is
		// once RunWhenOnBrowser has mounted the page.
		go removeLoadingBar()
	}
	// In the browser this runs the app and never returns; on the server it
	// returns at once and the command line takes over.
	app.RunWhenOnBrowser()
	os.Exit(runCLI(os.Args[1:]))
}

// yieldToBrowser lets the browser run its own work (input, paint) before
// the app goes on: the main goroutine waits for the browser to call back,
// and with no goroutine left to run the Go runtime returns to the browser's
// event loop until then. (A short time.Sleep does not always
// return: when other goroutines run for longer than it, it is due before
// the runtime is idle.)
func yieldToBrowser() {
	done := make(chan struct{})
	var resume app.Func
	resume = app.FuncOf(func(app.Value, []app.Value) any {
		resume.Release()
		close(done)
		return nil
	})
	// scheduler.yield resumes ahead of other queued tasks, where the
	// browser has it; a zero-delay timer elsewhere.
	if sch := app.Window().Get("scheduler"); sch.Truthy() && sch.Get("yield").Truthy() {
		sch.Call("yield").Call("then", resume)
	} else {
		app.Window().Call("setTimeout", resume, 0)
	}
	<-done
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
