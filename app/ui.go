package main

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// page wraps a page's content in the shared frame: a skip link, the site
// header with its navigation, and one main landmark.
func page(content ...app.UI) app.UI {
	return app.Div().Class("frame").Body(
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href("/").Body(
				app.Span().Class("brand-mark").Aria("hidden", "true").Text("SQ"),
				app.Text("Storyquiz"),
			),
			app.Nav().Aria("label", "Main").Body(
				app.Ul().Body(
					app.Li().Body(app.A().Href("/").Text("Home")),
					app.Li().Body(app.A().Href("/join").Text("Join")),
				),
			),
		),
		app.Main().ID("main").TabIndex(-1).Body(content...),
		app.Footer().Class("foot").Body(
			app.P().Text("Storyquiz turns a news story into a classroom quiz. Every question points to the sentence it came from."),
		),
	)
}

// linkButton is a link styled as a button; primary ones get the accent colour.
func linkButton(href, label string, primary bool) app.UI {
	cls := "btn"
	if primary {
		cls += " btn-primary"
	}
	return app.A().Class(cls).Href(href).Text(label)
}

// focusByID moves keyboard focus to an element once the UI has rendered, so
// that keyboard and screen-reader users land where the action continues.
//
// go-app applies a re-render after the handler returns, and an element that
// replaces the focused one exists only then; under load that takes a few
// frames, so it tries again for a while. It does not go through ctx.After:
// go-app drops a dispatch whose source element was removed, which is exactly
// the case of a button that the new screen replaces.
func focusByID(_ app.Context, id string) {
	if !app.IsClient {
		return
	}
	go func() {
		for range 40 {
			time.Sleep(focusDelay)
			if el := app.Window().GetElementByID(id); el.Truthy() {
				el.Call("focus")
				return
			}
		}
	}()
}

const focusDelay = 30 * time.Millisecond

// dispatchTo runs fn on the UI goroutine with component c as its source.
// ctx.Dispatch would use the element that handled the event, and go-app
// drops a dispatch whose source is gone: a Start button replaced by the
// question (because the stream's update came first) would then never see
// its own response.
func dispatchTo(ctx app.Context, c app.Composer, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: c, Function: fn})
}

// later runs fn for component c on the UI goroutine after d. Unlike
// ctx.After it is not tracked by the dispatcher, so a retry loop that runs
// while a device is offline does not keep the tests' Consume (which waits
// for async work) from returning.
func later(ctx app.Context, c app.Composer, d time.Duration, fn func(app.Context)) {
	time.AfterFunc(d, func() { dispatchTo(ctx, c, fn) })
}

// pathID returns the last segment of the current page's path.
func pathID(ctx app.Context) string { return idOf(ctx.Page().URL().Path) }

// idOf returns the last segment of a path.
func idOf(path string) string {
	p := strings.TrimSuffix(path, "/")
	return p[strings.LastIndex(p, "/")+1:]
}

// choose is yes when c holds and no otherwise. (A map literal indexed by
// a bool, the one-line alternative, builds a map at run time, which costs
// the bundle about a kilobyte a use.)
func choose(c bool, yes, no string) string {
	if c {
		return yes
	}
	return no
}
