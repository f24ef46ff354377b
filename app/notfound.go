package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// notFoundPath is the page the server prerenders, with status 404, for an
// address no page has; in the browser the same page replaces go-app's bare
// "Not Found" on any unknown route.
const notFoundPath = "/not-found"

// notFoundView tells a visitor who followed a broken or mistyped link that
// the page does not exist, and offers the places they were most likely
// looking for: a student a join code, a teacher the stories. afterPage
// shows it for any path that is none of its own (see routes.go): a
// component type of its own would cost the bundle about 15 KB.
func notFoundView() app.UI {
	return page(app.Section().Class("not-found").Aria("labelledby", "nf-h").Body(
		app.P().Class("eyebrow").Text("Error 404"),
		app.H1().ID("nf-h").Text("There is no page here"),
		app.P().Class("lead").Text("The link may be mistyped or out of date. A student with a join code can join from the Join page; everything else starts from the stories."),
		app.Div().Class("actions").Body(
			linkButton("/join", "Join a quiz", true),
			linkButton("/", "See the stories", false),
			linkButton("/host", "Host a live session", false),
		),
	))
}
