package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// registerRoutes maps every client page to its component. The server build
// uses the same table to prerender pages.
func registerRoutes() {
	app.Route("/", &homePage{})
	app.RouteWithRegexp(`^/story/[a-z0-9-]+$`, &storyPage{})
	app.RouteWithRegexp(`^/practice/[a-z0-9-]+$`, &practicePage{})
	app.Route("/host", &hostSetupPage{})
	app.RouteWithRegexp(`^/host/[A-Za-z0-9]+$`, &hostPage{})
	app.Route("/join", &joinPage{})
	app.RouteWithRegexp(`^/play/[A-Za-z0-9]+$`, &playPage{})
	app.Route("/create", &createPage{})
	app.RouteWithRegexp(`^/review/[a-z0-9-]+$`, &reviewPage{})
	app.RouteWithRegexp(`^/results/[A-Za-z0-9]+$`, &afterPage{})
	app.RouteWithRegexp(`^/reports/[A-Za-z0-9]+$`, &afterPage{})
	app.RouteWithRegexp(`^/worksheet/[A-Za-z0-9-]+$`, &afterPage{})
}
