package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/app/stories"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// timeLimits are the choices offered for a per-question time limit; 0 is
// "no limit", the default, because a limit stresses slower readers.
var timeLimits = []int{0, 20, 30, 60, 120}

// hostSetupPage is the small step before a live session: which story, who
// sets the pace, and the optional time limit and leaderboard.
type hostSetupPage struct {
	app.Compo
	api   liveAPI
	req   sessionapi.CreateRequest // what the form chose; Quiz is filled in when sent
	quiz  *quiz.Quiz               // a quiz made in this browser, instead of a story
	busy  bool
	err   string
	ready bool
}

func (h *hostSetupPage) client() liveAPI { return clientOf(h.api) }

func (h *hostSetupPage) OnPreRender(ctx app.Context) { h.init(ctx) }
func (h *hostSetupPage) OnNav(ctx app.Context)       { h.init(ctx) }

func (h *hostSetupPage) init(ctx app.Context) {
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
func (h *hostSetupPage) create(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if h.busy {
		return
	}
	h.busy, h.err = true, ""
	req := h.req
	if h.quiz != nil {
		data, err := json.Marshal(h.quiz)
		if err != nil {
			h.busy, h.err = false, "The quiz could not be sent: "+err.Error()
			return
		}
		req.Quiz = data
	}
	h.client().call("POST", sessionapi.Prefix, "", req, func(r apiResult) {
		dispatchTo(ctx, h, func(ctx app.Context) {
			h.busy = false
			var out sessionapi.CreateResponse
			if !r.ok() || json.Unmarshal(r.Body, &out) != nil || out.Code == "" {
				h.err = "The session could not be created: " + r.message()
				focusByID(ctx, "setup-error")
				return
			}
			ctx.SetState(hostStateKey(out.Code), hostKey{Secret: out.HostSecret}, app.Persist)
			ctx.Navigate("/host/" + out.Code)
		})
	})
}

func (h *hostSetupPage) Render() app.UI {
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
			app.Select().ID("limit").Name("limit").OnChange(func(ctx app.Context, e app.Event) {
				h.req.TimeLimitSeconds, _ = strconv.Atoi(ctx.JSSrc().Get("value").String())
			}).Body(
				app.Range(timeLimits).Slice(func(i int) app.UI {
					s := timeLimits[i]
					label := "No time limit"
					if s > 0 {
						label = fmt.Sprintf("%d seconds", s)
					}
					return app.Option().Value(strconv.Itoa(s)).Selected(s == h.req.TimeLimitSeconds).Text(label)
				}),
			),
			app.Div().Class("check").Body(
				app.Input().Type("checkbox").ID("leaderboard").Name("leaderboard").Checked(h.req.Leaderboard).
					OnChange(func(ctx app.Context, e app.Event) { h.req.Leaderboard = ctx.JSSrc().Get("checked").Bool() }),
				app.Label().For("leaderboard").Text("Show a leaderboard (top 10 scores, 1 point per correct answer)"),
			),
			app.Div().ID("setup-error").TabIndex(-1).Role("alert").Body(
				app.If(h.err != "", app.P().Class("error").Text(h.err)),
			),
			app.Div().Class("actions").Body(
				app.Button().ID("create").Type("submit").Class("btn btn-primary").Aria("disabled", h.busy).
					Text(map[bool]string{false: "Create the session", true: "Creating…"}[h.busy]),
				linkButton("/", "Cancel", false),
			),
		),
	))
}

func (h *hostSetupPage) quizTitle() string {
	if h.quiz == nil {
		return ""
	}
	return fmt.Sprintf("%s (%d questions)", h.quiz.Title, len(h.quiz.Questions))
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

// hostPage is the teacher's dashboard for one session: join code and QR,
// roster, pacing controls, the live answer spread, and the results.
type hostPage struct {
	app.Compo
	api     liveAPI
	code    string
	secret  string
	view    *session.View
	problem string // why the dashboard cannot be shown at all
	notice  string // why the last action failed
	conn    streamState
	stop    func()
	joinURL string
	clock   countdown
	busy    bool
}

func (h *hostPage) client() liveAPI { return clientOf(h.api) }

func (h *hostPage) OnPreRender(ctx app.Context) { h.code = sessionPage(ctx) }

func (h *hostPage) OnNav(ctx app.Context) {
	h.code = sessionPage(ctx)
	u := ctx.Page().URL()
	h.joinURL = (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/join", RawQuery: "code=" + url.QueryEscape(h.code)}).String()
	h.OnDismount()
	h.view, h.problem, h.notice = nil, "", ""
	var k hostKey
	ctx.GetState(hostStateKey(h.code), &k)
	h.secret = k.Secret
	if h.secret == "" {
		h.problem = "This browser does not hold the host key for session " + h.code + ". Only the browser that created a session can run it — open the dashboard there, or host a new session."
		return
	}
	h.refresh(ctx)
	h.listen(ctx)
}

func (h *hostPage) OnDismount() {
	if h.stop != nil {
		h.stop()
		h.stop = nil
	}
}

// refresh loads the current view once, which also tells a wrong key or an
// unknown session apart from a network problem.
func (h *hostPage) refresh(ctx app.Context) {
	h.client().call("GET", sessionapi.SessionPath(h.code, sessionapi.State), h.secret, nil, func(r apiResult) {
		dispatchTo(ctx, h, func(ctx app.Context) {
			switch {
			case r.Status == 401 || r.Status == 403 || r.Status == 404:
				h.problem = "Session " + h.code + " does not accept the host key saved in this browser. " +
					"It may have been removed: sessions are removed a day after their last use."
				h.OnDismount()
			default:
				if v, ok := r.view(); ok {
					h.apply(ctx, v)
				}
			}
		})
	})
}

func (h *hostPage) listen(ctx app.Context) {
	if h.stop != nil {
		return
	}
	h.stop = h.client().listen(h.code, h.secret,
		func(v session.View) { dispatchTo(ctx, h, func(ctx app.Context) { h.apply(ctx, v) }) },
		func(s streamState, msg string) {
			dispatchTo(ctx, h, func(app.Context) {
				h.conn = s
				if s == streamGone {
					h.problem = "This session is no longer available: " + msg
				}
			})
		},
	)
}

// apply shows a newer view of the session.
func (h *hostPage) apply(ctx app.Context, v session.View) {
	if !newer(h.view, v) {
		return
	}
	if h.view == nil {
		// The dashboard's first view (after Create, the pressed button is
		// gone): its heading takes focus, so screen readers announce it.
		focusByID(ctx, "host-h")
	}
	h.view = &v
	h.clock.set(h.view, time.Now())
	h.clock.run(ctx, h)
}

// control sends a host action and shows the view it returns.
func (h *hostPage) control(ctx app.Context, action sessionapi.Action, playerID, focus string) {
	if h.busy {
		return
	}
	h.busy, h.notice = true, ""
	body := sessionapi.ControlRequest{Action: action, PlayerID: playerID}
	if v := h.view; v != nil && (action == sessionapi.ActionReveal || action == sessionapi.ActionNext) {
		i := v.Index
		body.Index = &i // the question this dashboard shows: a stale click gets the current view instead
	}
	h.client().call("POST", sessionapi.SessionPath(h.code, sessionapi.Control), h.secret, body, func(r apiResult) {
		dispatchTo(ctx, h, func(ctx app.Context) {
			h.busy = false
			if v, ok := r.view(); ok {
				h.apply(ctx, v)
				if focus != "" {
					focusByID(ctx, focus)
				}
				return
			}
			if e := r.apiError(); e.Code == sessionapi.ErrStale && e.View != nil {
				h.apply(ctx, *e.View)
				h.notice = "The session had already moved on (from another tab or a repeated click). This is where it is now."
				return
			}
			h.notice = r.message()
		})
	})
}

func (h *hostPage) action(action sessionapi.Action, focus string) app.EventHandler {
	return func(ctx app.Context, _ app.Event) { h.control(ctx, action, "", focus) }
}

func (h *hostPage) Render() app.UI {
	if h.problem != "" {
		return page(app.Section().Class("host").Body(
			app.H1().Text("Session "+h.code),
			app.P().ID("problem").Class("error").Role("alert").Text(h.problem),
			app.Div().Class("actions").Body(
				linkButton("/host", "Host a new session", true),
				linkButton("/join?code="+url.QueryEscape(h.code), "Join as a student", false),
			),
		))
	}
	v := h.view
	if v == nil {
		return page(app.Section().Class("host").Body(
			app.H1().Text("Session "+h.code),
			app.P().Role("status").Text("Loading the session…"),
			connBanner(h.conn),
		))
	}
	var body app.UI
	switch {
	case v.Phase == session.PhaseLobby:
		body = h.renderLobby(v)
	case v.Phase == session.PhaseFinished:
		body = h.renderResults(v)
	case v.Mode == session.ModeSelf:
		body = h.renderSelfPaced(v)
	default:
		body = h.renderQuestion(v)
	}
	return page(app.Section().Class("host").Aria("labelledby", "host-h").Body(
		app.P().Class("eyebrow").Text("Live session · "+v.Title),
		connBanner(h.conn),
		app.Div().ID("host-notice").Role("alert").Body(app.If(h.notice != "", app.P().Class("error").Text(h.notice))),
		body,
	))
}

// joinPanel shows how to join: the code huge enough for the back row, a QR
// code of the join link drawn by this server, and the link itself.
func (h *hostPage) joinPanel(compact bool) app.UI {
	cls := "join-panel"
	if compact {
		cls += " compact"
	}
	return app.Div().Class(cls).Body(
		app.Div().Class("join-text").Body(
			app.P().Class("join-how").Text("Join at "+displayHost(h.joinURL)+"/join with the code"),
			// Screen readers get the code spaced out, so that they spell it.
			app.P().Class("big-code").Body(
				app.Span().Class("visually-hidden").Text("Join code: "+spaced(h.code)),
				app.Span().ID("join-code").Aria("hidden", "true").Text(h.code),
			),
			app.P().Class("join-link").Body(app.Text("Or open "), app.A().ID("join-link").Href(h.joinURL).Text(h.joinURL)),
		),
		app.Img().Class("qr").Src("/qr?text="+url.QueryEscape(h.joinURL)).
			Alt("QR code that opens the join page with code "+h.code).Width(240).Height(240),
	)
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

// spaced puts spaces between characters so screen readers spell a code.
func spaced(s string) string {
	out := make([]rune, 0, 2*len(s))
	for i, r := range s {
		if i > 0 {
			out = append(out, ' ')
		}
		out = append(out, r)
	}
	return string(out)
}

func (h *hostPage) renderLobby(v *session.View) app.UI {
	n := len(v.Players)
	mode := "Teacher-paced"
	if v.Mode == session.ModeSelf {
		mode = "Self-paced"
	}
	if v.TimeLimitSeconds > 0 {
		mode += fmt.Sprintf(" · %d s per question", v.TimeLimitSeconds)
	}
	return app.Div().Class("lobby").Body(
		app.H1().ID("host-h").TabIndex(-1).Text("Join the quiz"),
		h.joinPanel(false),
		app.If(onlyThisComputer(h.joinURL), app.P().ID("loopback-warning").Class("notice").Text(
			"This address only works on this computer, so students' devices cannot reach it. "+
				"Start Storyquiz with make run ADDR=0.0.0.0:8000 and open it here by this computer's network address (for example http://192.168.1.20:8000).")),
		app.Div().Class("actions").Body(
			app.Button().ID("start").Class("btn btn-primary btn-big").Aria("disabled", n == 0 || h.busy).
				OnClick(func(ctx app.Context, e app.Event) {
					if len(h.view.Players) > 0 {
						h.control(ctx, sessionapi.ActionStart, "", "host-h")
					}
				}).Text("Start the quiz"),
			app.Span().Class("hint").Text(mode+fmt.Sprintf(" · %d questions", v.Count)),
		),
		h.roster(v, false),
	)
}

// roster lists the students with a button to remove each one. The count
// sits in a live region so the teacher hears students arrive.
func (h *hostPage) roster(v *session.View, showAnswered bool) app.UI {
	n := len(v.Players)
	return app.Section().Class("roster").Aria("labelledby", "roster-h").Body(
		app.H2().ID("roster-h").Body(
			app.Span().ID("player-count").Aria("live", "polite").Text(plural(n, "student", "students")+" joined"),
		),
		app.If(n == 0, app.P().Class("hint").Text("Waiting for students to join…")),
		app.Ul().ID("roster").Class("roster-list").Body(
			app.Range(v.Players).Slice(func(i int) app.UI {
				p := v.Players[i]
				return app.Li().Class("player").Body(
					app.Span().Class("name").Text(p.Name),
					app.If(showAnswered && p.Answered, app.Span().Class("tag done").Text("✓ answered")),
					app.If(showAnswered && !p.Answered, app.Span().Class("tag").Text("… thinking")),
					app.Button().Class("btn btn-small btn-danger remove").Type("button").
						Aria("label", "Remove "+p.Name).
						OnClick(func(ctx app.Context, e app.Event) { h.control(ctx, sessionapi.ActionKick, p.ID, "roster-h") }).
						Text("Remove"),
				)
			}),
		),
	)
}

func (h *hostPage) renderQuestion(v *session.View) app.UI {
	if v.Question == nil {
		return app.P().Text("Loading the question…")
	}
	revealed := v.Phase == session.PhaseReveal && v.Reveal != nil
	q := questionOf(v.Question, v.Reveal)
	stats := v.Answers
	if stats == nil {
		stats = &session.AnswerStats{Counts: make([]int, len(q.Options)), Total: len(v.Players)}
	}
	last := v.Index+1 >= v.Count
	nextLabel := "Next question"
	if last {
		nextLabel = "Finish and show results"
	}
	return app.Div().Class("live-question").Body(
		app.Div().Class("question-head").Body(
			app.P().Class("counter").ID("counter").Text(fmt.Sprintf("Question %d of %d", v.Index+1, v.Count)),
			app.P().Class("code-chip").Body(
				app.Span().Class("visually-hidden").Text("Join code: "+spaced(h.code)),
				app.Span().Aria("hidden", "true").Text("Code "+h.code),
			),
		),
		progressBar(v.Index+btoi(revealed), v.Count),
		app.H1().ID("host-h").Class("prompt").TabIndex(-1).Text(q.Prompt),
		h.clock.render(time.Now()),
		app.P().ID("answered").Class("answered").Aria("live", "polite").
			Text(fmt.Sprintf("%d of %d students answered", stats.Answered, stats.Total)),
		answerChart(q.Options, stats, q.Answer, revealed),
		app.If(revealed, app.Blockquote().ID("host-evidence").Class("evidence").Body(
			app.P().Body(append([]app.UI{app.Span().Class("from").Text("From the story: ")}, markedSentence(q.Evidence.Text, q.Evidence.Highlight)...)...),
		)),
		app.Div().Class("actions").Body(
			app.If(!revealed, app.Button().ID("reveal").Class("btn btn-primary btn-big").Aria("disabled", h.busy).
				OnClick(h.action(sessionapi.ActionReveal, "reveal-next")).Text("Reveal the answer")),
			app.If(revealed, app.Button().ID("reveal-next").Class("btn btn-primary btn-big").Aria("disabled", h.busy).
				OnClick(h.action(sessionapi.ActionNext, "host-h")).Text(nextLabel)),
			app.Button().ID("end").Class("btn btn-danger").Aria("disabled", h.busy).OnClick(h.endSession).Text("End the session"),
		),
		app.If(revealed, leaderboardList(v.Leaderboard)),
		h.roster(v, true),
	)
}

// endSession ends the session after the teacher confirms, since it cannot
// be undone and students lose the remaining questions.
func (h *hostPage) endSession(ctx app.Context, _ app.Event) {
	if h.view != nil && h.view.Phase != session.PhaseLobby && h.view.Index+1 < h.view.Count {
		if c := app.Window().Get("confirm"); c.Truthy() && !app.Window().Call("confirm", "End the session now? Students will not get the remaining questions.").Bool() {
			return
		}
	}
	h.control(ctx, sessionapi.ActionEnd, "", "host-h")
}

// answerChart shows how many students chose each option, as numbers in the
// text and as bars; after the reveal the correct option is marked in words.
func answerChart(options []string, st *session.AnswerStats, answer int, revealed bool) app.UI {
	return app.Ol().ID("chart").Class("chart").Aria("label", "Answers per option").Body(
		app.Range(options).Slice(func(j int) app.UI {
			n := 0
			if j < len(st.Counts) {
				n = st.Counts[j]
			}
			pct := 0
			if st.Answered > 0 {
				pct = (n*100 + st.Answered/2) / st.Answered
			}
			cls := "chart-row"
			correct := revealed && j == answer
			if correct {
				cls += " correct"
			} else if revealed {
				cls += " dim"
			}
			return app.Li().Class(cls).Body(
				app.Div().Class("chart-label").Body(
					app.Span().Class("key").Aria("hidden", "true").Text(string(rune('A'+j))),
					app.Span().Class("text").Text(options[j]),
					app.If(correct, app.Span().Class("note").Text("✓ Correct answer")),
					app.Span().Class("count").Text(fmt.Sprintf("%s (%d%%)", plural(n, "answer", "answers"), pct)),
				),
				app.Div().Class("chart-bar").Aria("hidden", "true").Body(
					app.Div().Class("chart-fill").Style("width", fmt.Sprintf("%d%%", pct)),
				),
			)
		}),
	)
}

// renderSelfPaced shows each student's progress while they work alone.
func (h *hostPage) renderSelfPaced(v *session.View) app.UI {
	done := 0
	for _, p := range v.Players {
		if p.Index >= v.Count {
			done++
		}
	}
	return app.Div().Class("self-paced").Body(
		app.H1().ID("host-h").TabIndex(-1).Text("Students are working at their own pace"),
		app.P().ID("answered").Aria("live", "polite").Text(fmt.Sprintf("%d of %d students finished", done, len(v.Players))),
		h.joinPanel(true),
		app.Table().ID("progress").Class("table").Body(
			app.Caption().Text("Progress"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Student"),
				app.Th().Scope("col").Text("On question"),
				app.Th().Scope("col").Text("Answered"),
				app.Th().Scope("col").Text("Score"),
				app.Th().Scope("col").Body(app.Span().Class("visually-hidden").Text("Actions")),
			)),
			app.TBody().Body(app.Range(v.Players).Slice(func(i int) app.UI {
				p := v.Players[i]
				on := fmt.Sprintf("%d of %d", p.Index+1, v.Count)
				if p.Index >= v.Count {
					on = "✓ Finished"
				}
				return app.Tr().Body(
					app.Th().Scope("row").Text(p.Name),
					app.Td().Text(on),
					app.Td().Text(fmt.Sprintf("%d", p.Progress)),
					app.Td().Text(fmt.Sprintf("%d", p.Score)),
					app.Td().Body(app.Button().Class("btn btn-small btn-danger").Type("button").Aria("label", "Remove "+p.Name).
						OnClick(func(ctx app.Context, e app.Event) { h.control(ctx, sessionapi.ActionKick, p.ID, "host-h") }).Text("Remove")),
				)
			})),
		),
		app.Div().Class("actions").Body(
			app.Button().ID("end").Class("btn btn-primary").Aria("disabled", h.busy).OnClick(h.action(sessionapi.ActionEnd, "host-h")).Text("End the session and show results"),
		),
		leaderboardList(v.Leaderboard),
	)
}

// downloadCSV fetches the results with the host's secret in a header, never
// in a URL (a shared classroom computer's history would keep it), and offers
// them as a file.
func (h *hostPage) downloadCSV(ctx app.Context, _ app.Event) {
	h.client().call("GET", sessionapi.SessionPath(h.code, sessionapi.Results), h.secret, nil, func(r apiResult) {
		dispatchTo(ctx, h, func(app.Context) {
			if !r.ok() {
				h.notice = "The results could not be downloaded: " + r.message()
				return
			}
			h.notice = ""
			downloadText("storyquiz-"+h.code+".csv", "text/csv;charset=utf-8", string(r.Body))
		})
	})
}

// renderResults shows the end of the session: each student's score, how
// the class did on each question, and the CSV download.
func (h *hostPage) renderResults(v *session.View) app.UI {
	res := v.Results
	if res == nil {
		res = &session.Results{}
	}
	return app.Div().Class("results").Body(
		app.H1().ID("host-h").TabIndex(-1).Text("Session finished"),
		app.P().Class("lead").Text(fmt.Sprintf("%s took part · %d questions", plural(len(res.Players), "student", "students"), len(res.Questions))),
		app.Div().Class("actions").Body(
			app.Button().ID("csv").Class("btn btn-primary").OnClick(h.downloadCSV).Text("Download results (CSV)"),
			linkButton("/host", "Host another session", false),
		),
		leaderboardList(v.Leaderboard),
		app.Table().ID("scores").Class("table").Body(
			app.Caption().Text("Scores"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Student"),
				app.Th().Scope("col").Text("Score"),
			)),
			app.TBody().Body(app.Range(res.Players).Slice(func(i int) app.UI {
				p := res.Players[i]
				return app.Tr().Body(
					app.Th().Scope("row").Text(p.Name),
					app.Td().Text(fmt.Sprintf("%d of %d", p.Score, len(res.Questions))),
				)
			})),
		),
		app.Table().ID("questions").Class("table").Body(
			app.Caption().Text("Questions"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Body(app.Span().Aria("hidden", "true").Text("#"), app.Span().Class("visually-hidden").Text("Number")),
				app.Th().Scope("col").Text("Question"),
				app.Th().Scope("col").Text("Answer"),
				app.Th().Scope("col").Text("Correct"),
			)),
			app.TBody().Body(app.Range(res.Questions).Slice(func(i int) app.UI {
				q := res.Questions[i]
				answer := ""
				if q.Answer >= 0 && q.Answer < len(q.Options) {
					answer = q.Options[q.Answer]
				}
				return app.Tr().Body(
					app.Td().Text(strconv.Itoa(i+1)),
					app.Th().Scope("row").Text(q.Prompt),
					app.Td().Text(answer),
					app.Td().Class("num").Text(fmt.Sprintf("%d%% (%d of %d right)", q.PercentCorrect, q.Correct, len(res.Players))),
				)
			})),
		),
	)
}
