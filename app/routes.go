package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// registerRoutes maps every client page to its component. The server build
// uses the same table to prerender pages.
func registerRoutes() {
	app.Route("/", &afterPage{})
	app.RouteWithRegexp(`^/story/[a-z0-9-]+$`, &afterPage{})
	app.RouteWithRegexp(`^/practice/[a-z0-9-]+$`, &practicePage{})
	app.Route("/host", &hostPage{})
	app.RouteWithRegexp(`^/host/[A-Za-z0-9]+$`, &hostPage{})
	app.Route("/join", &joinPage{})
	app.RouteWithRegexp(`^/play/[A-Za-z0-9]+$`, &playPage{})
	app.Route("/create", &createPage{})
	app.RouteWithRegexp(`^/review/[a-z0-9-]+$`, &reviewPage{})
	app.RouteWithRegexp(`^/results/[A-Za-z0-9]+$`, &afterPage{})
	app.RouteWithRegexp(`^/reports/[A-Za-z0-9]+$`, &afterPage{})
	app.RouteWithRegexp(`^/worksheet/[A-Za-z0-9-]+$`, &afterPage{})
	// The not-found page is afterPage's too (see notFoundView). In the
	// browser every other path shows it (go-app v9.8.0 would show its own
	// bare one); the server answers them with it and status 404
	// (notFoundPages), so it must not match them here.
	app.Route(notFoundPath, &afterPage{})
	if app.IsClient {
		app.RouteWithRegexp(`^/`, &afterPage{})
	}
}
