package main

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/app/stories"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// timeLimits are the choices offered for a per-question time limit; 0 is
// "no limit", the default, because a limit stresses slower readers.
var timeLimits = []int{0, 20, 30, 60, 120}

// teamChoices are the numbers of teams offered; 0, no teams, is the default.
var teamChoices = []int{0, 2, 3, 4}

// hostSetup is the small step before a live session, on /host: which
// story, who sets the pace, and the optional time limit and leaderboard.
// It is hostPage's (a component type of its own costs the bundle about
// 15 KB), which embeds these fields and shows the setup when it has no
// session code.
type hostSetup struct {
	req   sessionapi.CreateRequest // what the form chose; Quiz is filled in when sent
	quiz  *quiz.Quiz               // a quiz made in this browser, instead of a story
	busy  bool
	err   string
	ready bool
}

// onSetup reports whether the page is the setup, /host.
func onSetup(ctx app.Context) bool { return ctx.Page().URL().Path == "/host" }

func (h *hostPage) initSetup(ctx app.Context) {
	if h.ready {
		return
	}
	h.ready = true
	h.req, h.quiz = sessionapi.CreateRequest{Story: stories.LaunchID, Mode: session.ModeTeacher}, nil
	if id := ctx.Page().URL().Query().Get("story"); id != "" {
		if _, ok := stories.Get(id); ok {
			h.req.Story = id
		}
	}
	// ?quiz=my-… hosts a quiz made on /create; it lives in this browser only.
	if id := ctx.Page().URL().Query().Get("quiz"); isMyQuiz(id) {
		if q, ok := getMyQuiz(ctx, id); ok {
			h.req.Story, h.quiz = "", q
		}
	}
	ctx.Page().SetTitle("Host a live session · Storyquiz")
}

// create asks the server for a session, keeps the host secret in this
// browser and opens the dashboard.
func (h *hostPage) create(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if h.busy {
		return
	}
	h.busy, h.err = true, ""
	req := h.req
	req.SpeedBonus = req.SpeedBonus && req.TimeLimitSeconds > 0
	if h.quiz != nil {
		data, err := json.Marshal(h.quiz)
		if err != nil {
			h.busy, h.err = false, "The quiz could not be sent: "+err.Error()
			return
		}
		req.Quiz = data
	}
	clientOf(h.api).call("POST", sessionapi.Prefix, "", req, func(r apiResult) {
		dispatchTo(ctx, h, func(ctx app.Context) {
			h.busy = false
			var out sessionapi.CreateResponse
			if !r.ok() || json.Unmarshal(r.Body, &out) != nil || out.Code == "" {
				h.err = "The session could not be created: " + r.message()
				focusByID(ctx, "setup-error")
				return
			}
			saveHostKey(ctx, out.Code, hostKey{Secret: out.HostSecret})
			ctx.Navigate("/host/" + out.Code)
		})
	})
}

func (h *hostPage) renderSetup() app.UI {
	all := stories.All()
	return page(app.Section().Class("setup").Aria("labelledby", "setup-h").Body(
		app.H1().ID("setup-h").Text("Host a live session"),
		app.P().Class("lead").Text("Students join on their phones with a code — no accounts. You set the pace and reveal each answer with the sentence it comes from."),
		app.Form().ID("setup").OnSubmit(h.create).Body(
			app.If(h.quiz != nil, app.P().ID("setup-quiz").Class("notice").Text("Quiz: "+h.quizTitle())),
			app.If(h.quiz == nil, app.Label().For("story").Text("Story")),
			app.If(h.quiz == nil, app.Select().ID("story").Name("story").OnChange(func(ctx app.Context, e app.Event) {
				h.req.Story = ctx.JSSrc().Get("value").String()
			}).Body(
				app.Range(all).Slice(func(i int) app.UI {
					s := all[i]
					title := s.ID
					if a, err := s.Article(); err == nil {
						title = a.Title
					}
					return app.Option().Value(s.ID).Selected(s.ID == h.req.Story).Text(title)
				}),
			)),
			app.FieldSet().Class("choices").Body(
				app.Legend().Text("Who sets the pace?"),
				radio("mode", "mode-teacher", string(session.ModeTeacher), h.req.Mode == session.ModeTeacher,
					"Teacher-paced", "You open each question, see the answers come in, then reveal.", func() { h.req.Mode = session.ModeTeacher }),
				radio("mode", "mode-self", string(session.ModeSelf), h.req.Mode == session.ModeSelf,
					"Self-paced", "Students move on by themselves; you watch their progress.", func() { h.req.Mode = session.ModeSelf }),
			),
			app.Label().For("limit").Text("Time limit per question"),
			numberSelect("limit", timeLimits, h.req.TimeLimitSeconds, "No time limit", "%d seconds", func(n int) { h.req.TimeLimitSeconds = n }),
			app.Div().Class("check").Body(
				app.Input().Type("checkbox").ID("leaderboard").Name("leaderboard").Checked(h.req.Leaderboard).
					OnChange(func(ctx app.Context, e app.Event) { h.req.Leaderboard = ctx.JSSrc().Get("checked").Bool() }),
				app.Label().For("leaderboard").Text("Show a leaderboard (top 10 scores, 1 point per correct answer)"),
			),
			check("streaks", h.req.Streaks, false, "Streak bonus: +1 point from the third right answer in a row", func(on bool) { h.req.Streaks = on }),
			check("speed", h.req.SpeedBonus && h.req.TimeLimitSeconds > 0, h.req.TimeLimitSeconds == 0,
				"Speed bonus: +1 point for a right answer in the first half of each student's own time (needs a time limit)", func(on bool) { h.req.SpeedBonus = on }),
			app.Label().For("teams").Text("Teams"),
			numberSelect("teams", teamChoices, h.req.Teams, "No teams", "%d teams", func(n int) { h.req.Teams = n }).Aria("describedby", "teams-help"),
			app.P().ID("teams-help").Class("field-help").Text("Students are put into teams at random as they join; you can move them from the list under the students' names. A team scores its students' points added up."),
			app.Div().ID("setup-error").TabIndex(-1).Role("alert").Body(
				app.If(h.err != "", app.P().Class("error").Text(h.err)),
			),
			app.Div().Class("actions").Body(
				app.Button().ID("create").Type("submit").Class("btn btn-primary").Aria("disabled", h.busy).
					Text(choose(h.busy, "Creating…", "Create the session")),
				linkButton("/", "Cancel", false),
			),
		),
	))
}

func (h *hostPage) quizTitle() string {
	if h.quiz == nil {
		return ""
	}
	return fmt.Sprintf("%s (%d questions)", h.quiz.Title, len(h.quiz.Questions))
}

// numberSelect chooses one of values (the one selected now is current):
// none names 0, and format the others.
func numberSelect(id string, values []int, current int, none, format string, set func(int)) app.HTMLSelect {
	return app.Select().ID(id).Name(id).OnChange(func(ctx app.Context, _ app.Event) {
		n, _ := strconv.Atoi(ctx.JSSrc().Get("value").String())
		set(n)
	}).Body(
		app.Range(values).Slice(func(i int) app.UI {
			n, label := values[i], none
			if n > 0 {
				label = fmt.Sprintf(format, n)
			}
			return app.Option().Value(strconv.Itoa(n)).Selected(n == current).Text(label)
		}),
	)
}

// check is one labelled checkbox; disabled, it cannot be ticked (the
// label says why).
func check(id string, checked, disabled bool, label string, set func(bool)) app.UI {
	return app.Div().Class("check").Body(
		app.Input().Type("checkbox").ID(id).Name(id).Checked(checked).Disabled(disabled).
			OnChange(func(ctx app.Context, _ app.Event) { set(ctx.JSSrc().Get("checked").Bool()) }),
		app.Label().For(id).Text(label),
	)
}

// radio is one labelled radio button with a line of help under it.
func radio(name, id, value string, checked bool, label, help string, pick func()) app.UI {
	return app.Div().Class("radio").Body(
		app.Input().Type("radio").ID(id).Name(name).Value(value).Checked(checked).
			Aria("describedby", id+"-help").
			OnChange(func(app.Context, app.Event) { pick() }),
		app.Label().For(id).Text(label),
		app.P().ID(id+"-help").Class("field-help").Text(help),
	)
}
