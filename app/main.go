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
	// Before go-app replaces the prerendered page: the quiz it may carry.
	if app.IsClient {
		if el := app.Window().GetElementByID(prebuiltID); el.Truthy() {
			readPrebuilt(el.Get("textContent").String())
		}
		loadFirstNames()
	}
	// In the browser this runs the app and never returns; on the server it
	// returns at once and the command line takes over.
	app.RunWhenOnBrowser()
	os.Exit(runCLI(os.Args[1:]))
}
