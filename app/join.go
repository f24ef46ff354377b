package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
)

// joinPage is the student's door: the session code (filled in from the
// link or QR code) and a display name.
type joinPage struct {
	app.Compo
	api      liveAPI
	code     string
	prefill  string // the code from the link; the only value the page writes into the field
	name     string
	err      string
	errField string // the input the error is about, for aria-invalid and focus
	busy     bool
	resume   playerKey // set when this browser already joined the session
}

func (j *joinPage) client() liveAPI { return clientOf(j.api) }

func (j *joinPage) OnPreRender(ctx app.Context) { j.init(ctx) }
func (j *joinPage) OnNav(ctx app.Context)       { j.init(ctx) }

func (j *joinPage) init(ctx app.Context) {
	ctx.Page().SetTitle("Join a session · Storyquiz")
	if c := ctx.Page().URL().Query().Get("code"); c != "" {
		j.code, _ = sessionapi.NormalizeCode(c)
		j.prefill = j.code
	}
	j.checkResume(ctx)
}

// checkResume looks for a seat this browser already holds in the session,
// so a student who closed the tab goes back in rather than joining twice.
func (j *joinPage) checkResume(ctx app.Context) {
	j.resume = playerKey{}
	if len(j.code) == sessionapi.CodeLength {
		j.resume = loadSeat(ctx, j.code)
	}
}

func (j *joinPage) submit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if j.busy {
		return
	}
	// The fields are read from the page, not bound on every keystroke: a
	// render between two fast keystrokes would write back a stale value.
	if v, ok := fieldValue("code"); ok {
		j.code = v
	}
	if v, ok := fieldValue("name"); ok {
		j.name = v
	}
	code, valid := sessionapi.NormalizeCode(j.code)
	name := strings.TrimSpace(j.name)
	switch {
	case code == "":
		j.fail(ctx, "code", "Enter the code shown on the board.")
		return
	case len(code) != sessionapi.CodeLength:
		j.fail(ctx, "code", fmt.Sprintf("A session code has %d characters, for example K7M4QX.", sessionapi.CodeLength))
		return
	case !valid:
		j.fail(ctx, "code", "That is not a session code: codes use the letters and digits shown on the board, without 0, O, 1, I or L.")
		return
	case name == "":
		j.fail(ctx, "name", "Enter a name so your teacher knows who you are.")
		return
	case utf8.RuneCountInString(name) > sessionapi.MaxNameRunes:
		j.fail(ctx, "name", fmt.Sprintf("That name is too long: use at most %d characters.", sessionapi.MaxNameRunes))
		return
	}
	j.busy, j.err, j.errField, j.code = true, "", "", code
	j.client().call("POST", sessionapi.SessionPath(code, sessionapi.Players), "", sessionapi.JoinRequest{Name: name}, func(r apiResult) {
		dispatchTo(ctx, j, func(ctx app.Context) {
			j.busy = false
			var out sessionapi.JoinResponse
			if r.ok() && json.Unmarshal(r.Body, &out) == nil && out.PlayerSecret != "" {
				saveSeat(ctx, code, playerKey{ID: out.PlayerID, Secret: out.PlayerSecret, Name: name})
				ctx.Navigate("/play/" + code)
				return
			}
			field, msg := joinError(r, code, name)
			j.fail(ctx, field, msg)
		})
	})
}

// joinError turns a refused join into a message a student can act on, and
// says which input it is about.
func joinError(r apiResult, code, name string) (field, msg string) {
	switch r.apiError().Code {
	case sessionapi.ErrNotFound:
		return "code", "There is no session with the code " + code + ". Check the code on the board and try again."
	case sessionapi.ErrNameTaken:
		return "name", "The name “" + name + "” is already taken in this session. Please choose another."
	case sessionapi.ErrBadName:
		return "name", "That name can't be used: " + r.message()
	case sessionapi.ErrFull:
		return "code", "This session is full. Ask your teacher."
	case sessionapi.ErrEnded:
		return "code", "This session has ended. Ask your teacher for a new code."
	case sessionapi.ErrRateLimited:
		return "", "Too many people tried to join at once. Wait a few seconds and press Join again."
	}
	if r.Status == 0 {
		return "", "Storyquiz can't be reached. Check your Wi-Fi and press Join again."
	}
	return "", "You could not join: " + r.message()
}

func (j *joinPage) fail(ctx app.Context, field, msg string) {
	j.err, j.errField = msg, field
	if field == "" {
		field = "join-error"
	}
	focusByID(ctx, field)
}

// describedBy names the help under a field, and the error when it is about
// that field, so a screen reader reads both when the field takes focus.
func (j *joinPage) describedBy(field string) string {
	if j.err != "" && j.errField == field {
		return field + "-help join-error"
	}
	return field + "-help"
}

func (j *joinPage) Render() app.UI {
	return page(app.Section().Class("join").Aria("labelledby", "join-h").Body(
		app.H1().ID("join-h").Text("Join a session"),
		app.If(j.resume.Secret != "", app.P().Class("notice").ID("resume").Body(
			app.Text("This device already joined session "+j.code+" as "+j.resume.Name+". "),
			app.A().Href("/play/"+j.code).Text("Continue as "+j.resume.Name),
		)),
		app.Form().ID("join-form").Class("join-form").OnSubmit(j.submit).Body(
			app.Label().For("code").Text("Session code"),
			app.Input().Type("text").ID("code").Name("code").Class("code-input").
				Value(j.prefill).MaxLength(8).AutoComplete(false).Attr("autocapitalize", "characters").Attr("spellcheck", "false").
				Attr("inputmode", "text").Aria("describedby", j.describedBy("code")).Aria("invalid", j.errField == "code").
				OnInput(func(ctx app.Context, e app.Event) {
					j.code, _ = sessionapi.NormalizeCode(ctx.JSSrc().Get("value").String())
					j.checkResume(ctx)
				}),
			app.P().ID("code-help").Class("field-help").Text(fmt.Sprintf("The %d characters shown on the board.", sessionapi.CodeLength)),
			app.Label().For("name").Text("Your name"),
			app.Input().Type("text").ID("name").Name("name").MaxLength(sessionapi.MaxNameRunes).
				Attr("autocomplete", "nickname").Aria("describedby", j.describedBy("name")).Aria("invalid", j.errField == "name").
				OnInput(func(ctx app.Context, e app.Event) { j.name = ctx.JSSrc().Get("value").String() }),
			app.P().ID("name-help").Class("field-help").Text("Your teacher sees this name; classmates may see it on the leaderboard."),
			app.Div().ID("join-error").TabIndex(-1).Role("alert").Body(
				app.If(j.err != "", app.P().Class("error").Text(j.err)),
			),
			app.Button().ID("join").Type("submit").Class("btn btn-primary btn-big").Aria("disabled", j.busy).
				Text(choose(j.busy, "Joining…", "Join")),
		),
	))
}
