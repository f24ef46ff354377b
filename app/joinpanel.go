package main

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// joinPanel shows students how to join session code: the code huge enough
// for the back row, a QR code of the join link drawn by this server, and the
// link itself. The dashboard shows it large in the lobby and compact while a
// self-paced session runs (latecomers can still join).
func joinPanel(code, joinURL string, compact bool) app.UI {
	cls := "join-panel"
	if compact {
		cls += " compact"
	}
	return app.Div().Class(cls).Body(
		app.Div().Class("join-text").Body(
			app.P().Class("join-how").Text("Join at "+displayHost(joinURL)+"/join with the code"),
			// Screen readers get the code spaced out, so that they spell it.
			app.P().Class("big-code").Body(
				app.Span().Class("visually-hidden").Text("Join code: "+spaced(code)),
				app.Span().ID("join-code").Aria("hidden", "true").Text(code),
			),
			app.P().Class("join-link").Body(app.Text("Or open "), app.A().ID("join-link").Href(joinURL).Text(joinURL)),
		),
		app.Img().Class("qr").Src("/qr?text="+url.QueryEscape(joinURL)).
			Alt("QR code that opens the join page with code "+code).Width(240).Height(240),
	)
}

// joinLink is the address students open to join session code, on the host
// the dashboard was opened on.
func joinLink(page *url.URL, code string) string {
	return (&url.URL{Scheme: page.Scheme, Host: page.Host, Path: "/join", RawQuery: "code=" + url.QueryEscape(code)}).String()
}

// loopbackWarning tells the teacher when the join link points at this
// computer only, and how to start Storyquiz so that students can reach it.
func loopbackWarning(joinURL string) app.UI {
	if !onlyThisComputer(joinURL) {
		return nil
	}
	return app.P().ID("loopback-warning").Class("notice").Text(
		"This address only works on this computer, so students' devices cannot reach it. " +
			"Start Storyquiz with storyquiz serve -addr 0.0.0.0:8000 and open it here by this computer's network address (for example http://192.168.1.20:8000).")
}

// onlyThisComputer reports whether a link points at a loopback address,
// which students' phones cannot reach.
func onlyThisComputer(link string) bool {
	u, err := url.Parse(link)
	if err != nil {
		return false
	}
	switch host := u.Hostname(); {
	case host == "localhost", strings.HasPrefix(host, "127."), host == "::1":
		return true
	}
	return false
}

// displayHost is the host part of a link, for the "Join at" line.
func displayHost(link string) string {
	if u, err := url.Parse(link); err == nil && u.Host != "" {
		return u.Host
	}
	return ""
}
