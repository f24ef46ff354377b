// Command hello is a bare go-app v9 hello-world: one component, the
// reference against which the benchmarks compare Storyquiz's bundle size and
// cold load. Compiled to WebAssembly it renders the component; natively it
// serves itself the way Storyquiz does (see serve.go).
//
// Usage: hello -addr 127.0.0.1:8001 -web web
package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// hello is the app's only component.
type hello struct {
	app.Compo
}

// Render shows one heading; its id tells the benchmark that the app rendered.
func (h *hello) Render() app.UI {
	return app.H1().ID("hello").Text("Hello, world!")
}

func main() {
	app.Route("/", &hello{})
	app.RunWhenOnBrowser()
	serve()
}
