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
	"storyquiz/quiz/session"
)

// hostPage is the teacher's dashboard for one session: join code and QR,
// roster, pacing controls, the live answer spread, and the results; and,
// on /host, the setup before it.
type hostPage struct {
	app.Compo
	hostSetup // the setup, on /host (see hostsetup.go)

	api     liveAPI // nil in the app; a fake in tests
	live    liveConn
	code    string
	problem string // why the dashboard cannot be shown at all
	notice  string // why the last action failed
	joinURL string
	// panelHidden hides the teacher's controls from the shared screen;
	// spread shows the answer counts before the reveal.
	panelHidden bool
	spread      bool
	// supportOpen shows the students' accommodations, hidden by default.
	supportOpen bool
	// stopKeys removes the keydown listener of the keyboard and clicker
	// controls, and the click listener that lets sounds play.
	stopKeys func()
	snd      sounds
	// noKey says this browser holds no key for the session, so the page
	// offers to pair it; pairMsg tells how to pair another device, or
	// that one paired, and pairedAt is the view's Paired when the code
	// was given, so the code goes once a device claims it.
	noKey bool
	// remote says this device's key came from pairing, so it cannot unpair
	// and, once refused, says it was unpaired.
	remote   bool
	pairMsg  string
	pairedAt int
	pairCode string // the pairing code typed on this device
	// pairLink opens this session's page on another device with the
	// pairing code in its fragment (never sent to a server); the panel
	// shows it as a QR code while the code is valid.
	pairLink string
	// still is the view that the answer chart, the counts and the
	// leaderboards show while the teacher has paused their updates (WCAG
	// 2.2.2: content that moves by itself can be paused); nil when they
	// follow the session.
	still *session.View
}

func (h *hostPage) OnPreRender(ctx app.Context) {
	if onSetup(ctx) {
		h.initSetup(ctx)
		return
	}
	h.code = sessionPage(ctx)
}

// OnNav follows the session with the host key this browser kept when it
// created it; without one it says where the dashboard can be run.
func (h *hostPage) OnNav(ctx app.Context) {
	if onSetup(ctx) {
		// The same component shows the setup (see hostSetup): leave the
		// session that was on screen, as a dismount would.
		h.OnDismount()
		h.live.leave()
		h.code = ""
		h.initSetup(ctx)
		return
	}
	h.ready = false // the next setup starts afresh
	h.code = sessionPage(ctx)
	h.joinURL = joinLink(ctx.Page().URL(), h.code)
	h.live.leave()
	h.problem, h.notice = "", ""
	if h.stopKeys == nil {
		// Any click lets the browser play the sounds a teacher turned on
		// before a reload; it is the gesture browsers wait for.
		stopKeys := app.Window().AddEventListener("keydown", h.onKey)
		stopClicks := app.Window().AddEventListener("click", func(ctx app.Context, _ app.Event) { h.snd.wake(ctx, h, h.live.view) })
		h.stopKeys = func() { stopKeys(); stopClicks() }
	}
	h.snd.load(ctx)
	h.live.clock.onTick = h.snd.ticked
	h.pairMsg, h.pairLink = "", ""
	k := loadHostKey(ctx, h.code)
	secret := k.Secret
	h.noKey, h.remote = secret == "", k.Remote
	if h.noKey {
		h.problem = "This browser does not hold the host key for session " + h.code + ". To run it from here, press Use another device as the remote on the host's screen and type the code it shows."
		// The claim goes through the connection, which has no key yet.
		h.live.api, h.live.page, h.live.code = clientOf(h.api), h, h.code
		if code := pairCodeIn(ctx.Page().URL()); code != "" {
			// Opened from the host screen's QR code: pair at once, and
			// take the used code out of the address bar and history.
			h.pairCode = code
			app.Window().Get("history").Call("replaceState", nil, "", "/host/"+h.code)
			h.claimCode(ctx)
		}
		return
	}
	h.live.follow(ctx, h, h.api, h.code, secret)
}

func (h *hostPage) OnDismount() {
	h.live.stop()
	h.snd.stopTune()
	if h.stopKeys != nil {
		h.stopKeys()
		h.stopKeys = nil
	}
}

// liveShown focuses the dashboard's heading on its first view: after
// Create, the pressed button is gone, and screen readers announce the
// heading.
func (h *hostPage) liveShown(ctx app.Context, prev *session.View) {
	if prev == nil {
		focusByID(ctx, "host-h")
	}
	h.snd.follow(ctx, h, prev, h.live.view)
	if h.pairMsg != "" && h.live.view.Paired > h.pairedAt {
		h.pairMsg = "Paired: the other device has the teacher controls too."
		h.pairLink = "" // the code is used up
	}
	// Each question starts with its answer spread hidden again.
	if v := h.live.view; prev != nil && (v.Index != prev.Index || v.Phase != prev.Phase) && v.Phase != session.PhaseReveal {
		h.spread = false
	}
	// A pause holds what arrives by itself, not what the teacher did: a
	// reveal or the next question shows, and is held from there.
	if v, st := h.live.view, h.still; st != nil && (v.Index != st.Index || v.Phase != st.Phase) {
		h.still = v
	}
}

// liveRefused explains that this browser's host key no longer opens the
// session (or the session is gone).
func (h *hostPage) liveRefused(app.Context) {
	if h.remote {
		h.unpaired()
		return
	}
	h.problem = "Session " + h.code + " does not accept the host key saved in this browser. " +
		"It may have been removed: sessions are removed a day after their last use."
}

// liveGone shows why the server ended the session's stream for good.
func (h *hostPage) liveGone(_ app.Context, why string) {
	if h.remote {
		h.unpaired()
		return
	}
	h.problem = why
}

// unpaired tells a paired device that its key no longer opens the session
// (the host unpaired it, or the session is gone) instead of failing
// silently, and offers the pairing form again.
func (h *hostPage) unpaired() {
	h.problem = "This device is no longer the remote for session " + h.code + ". To run it from here again, type a new pairing code from the host's screen."
	h.noKey, h.live.secret = true, ""
}

// control sends a host action and shows the view it returns. Reveal and
// Next name the question this dashboard shows, so a stale click (another
// tab, a repeated press) gets the current view instead of skipping one.
func (h *hostPage) control(ctx app.Context, action sessionapi.Action, playerID, focus string) {
	h.notice = ""
	req := sessionapi.ControlRequest{Action: action, PlayerID: playerID}
	if v := h.live.view; v != nil && (action == sessionapi.ActionReveal || action == sessionapi.ActionNext) {
		i := v.Index
		req.Index = &i
	}
	h.live.control(ctx, req, focus, func(ctx app.Context, r apiResult) {
		switch e := r.apiError(); {
		case e.Code == sessionapi.ErrStale && e.View != nil:
			h.live.apply(ctx, *e.View)
			h.notice = "The session had already moved on (from another tab or a repeated click). This is where it is now."
		case e.Code == sessionapi.ErrNoMatch:
			// The key was refused before the stream said so (unpaired).
			h.live.stop()
			h.liveRefused(ctx)
		default:
			h.notice = r.message()
		}
	})
}

// onReveal and onNext are the Reveal and Next buttons' handlers. They are
// two methods, not two closures of one function: the Next button takes the
// Reveal button's place, and go-app keeps the old handler when the new one
// has the same code, so Next would reveal again.
func (h *hostPage) onReveal(ctx app.Context, _ app.Event) {
	h.control(ctx, sessionapi.ActionReveal, "", "reveal-next")
}

func (h *hostPage) onNext(ctx app.Context, _ app.Event) {
	h.control(ctx, sessionapi.ActionNext, "", "host-h")
}

// endSession ends the session after the teacher confirms, since it cannot
// be undone and students lose the remaining questions.
func (h *hostPage) endSession(ctx app.Context, _ app.Event) {
	if v := h.live.view; v != nil && v.Phase != session.PhaseLobby && unfinished(v) {
		if c := app.Window().Get("confirm"); c.Truthy() && !app.Window().Call("confirm", "End the session now? Students will not get the remaining questions.").Bool() {
			return
		}
	}
	h.control(ctx, sessionapi.ActionEnd, "", "host-h")
}

// unfinished reports whether ending now would cut students short: questions
// remain for the class, or, self-paced, for a student not yet done.
func unfinished(v *session.View) bool {
	if v.Mode != session.ModeSelf {
		return v.Index+1 < v.Count
	}
	for _, p := range v.Players {
		if p.Index < v.Count {
			return true
		}
	}
	return false
}

// onKey lets a teacher, or a presentation clicker (which sends → or Page
// Down), run the questions from anywhere on the page: Space or → reveals
// the answer, then moves on. Space on a button presses that button instead,
// and keys typed into a field stay there.
func (h *hostPage) onKey(ctx app.Context, e app.Event) {
	v := h.live.view
	if v == nil || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return
	}
	key := e.Get("key").String()
	if key != " " && key != "ArrowRight" && key != "PageDown" {
		return
	}
	if tag := e.Get("target").Get("tagName"); tag.Truthy() {
		switch t := strings.ToUpper(tag.String()); {
		case t == "INPUT" || t == "TEXTAREA" || t == "SELECT":
			return
		case key == " " && (t == "BUTTON" || t == "A" || t == "SUMMARY"):
			return
		}
	}
	h.snd.wake(ctx, h, v)
	if v.Mode != session.ModeTeacher {
		return
	}
	h.advance(ctx, v)
	if v.Phase == session.PhaseQuestion || v.Phase == session.PhaseReveal {
		e.PreventDefault()
	}
}

// advance reveals the open question, or moves on from a revealed one.
func (h *hostPage) advance(ctx app.Context, v *session.View) {
	switch v.Phase {
	case session.PhaseQuestion:
		h.control(ctx, sessionapi.ActionReveal, "", "reveal-next")
	case session.PhaseReveal:
		h.control(ctx, sessionapi.ActionNext, "", "host-h")
	}
}

// fullscreen puts the whole page on the whole screen, or back; Escape also
// leaves it.
func (h *hostPage) fullscreen(ctx app.Context, _ app.Event) {
	if !app.IsClient {
		return
	}
	doc := app.Window().Get("document")
	if doc.Get("fullscreenElement").Truthy() {
		doc.Call("exitFullscreen")
	} else if el := doc.Get("documentElement"); el.Get("requestFullscreen").Truthy() {
		el.Call("requestFullscreen")
	}
}

// fullscreenButton is the Fullscreen control of the presenter view, with
// the sound toggle beside it: both belong to the shared screen.
func (h *hostPage) fullscreenButton() app.UI {
	return app.Div().Class("screen-controls").Body(
		app.Button().ID("fullscreen").Class("btn btn-small").Type("button").OnClick(h.fullscreen).Text("Fullscreen"),
		h.snd.button(h.toggleSound),
	)
}

// toggleSound turns the presenter's sounds and lobby music on or off.
func (h *hostPage) toggleSound(ctx app.Context, _ app.Event) { h.snd.toggle(ctx, h, h.live.view) }

// downloadCSV fetches the results with the host's secret in a header, never
// in a URL (a shared classroom computer's history would keep it), and offers
// them as a file.
func (h *hostPage) downloadCSV(ctx app.Context, _ app.Event) {
	h.live.call(ctx, "GET", sessionapi.Results, nil, func(_ app.Context, r apiResult) {
		if !r.ok() {
			h.notice = "The results could not be downloaded: " + r.message()
			return
		}
		h.notice = ""
		downloadText("storyquiz-"+h.code+".csv", "text/csv;charset=utf-8", string(r.Body))
	})
}

// pair asks for a one-time code that gives another device the teacher
// controls, and shows it with how to use it. The host key itself never
// leaves this browser.
func (h *hostPage) pair(ctx app.Context, _ app.Event) {
	h.live.call(ctx, "POST", sessionapi.Pair, nil, func(_ app.Context, r apiResult) {
		var o sessionapi.PairOffer
		if !r.ok() || json.Unmarshal(r.Body, &o) != nil {
			h.pairMsg = "No pairing code: " + r.message()
			return
		}
		h.pairedAt = h.live.view.Paired
		h.pairMsg = "On your own phone or computer (not a student's) scan the code below, or open " + displayHost(h.joinURL) + "/host/" + h.code + " and type " + o.Code + ". The code works once, for 2 minutes."
		h.pairLink = pairLink(h.joinURL, h.code, o.Code)
	})
}

// shown is the view the auto-updating parts of the dashboard show: the
// session's, or the one held while updates are paused.
func (h *hostPage) shown(v *session.View) *session.View {
	if h.still != nil {
		return h.still
	}
	return v
}

// pauseButton pauses and resumes the updates of the answer chart, the
// counts and the leaderboards. It is a toggle button (aria-pressed), so
// its name stays the same.
func (h *hostPage) pauseButton() app.UI {
	return app.Button().ID("pause").Class("btn btn-small").Aria("pressed", h.still != nil).OnClick(h.togglePause).Text("Pause updates")
}

func (h *hostPage) togglePause(app.Context, app.Event) {
	if h.still != nil {
		h.still = nil
	} else {
		h.still = h.live.view
	}
}

// pairPanel is the button that pairs another device, and what came of it;
// and, since a student may read a code off the projector, how many devices
// are paired with, on the creator's screen only, a button that unpairs
// them all.
func (h *hostPage) pairPanel() app.UI {
	n := h.live.view.Paired
	return app.Div().Body(
		app.Button().ID("pair").Class("btn btn-small").OnClick(h.pair).Text("Use another device as the remote"),
		app.P().ID("pair-msg").Role("status").Text(h.pairMsg),
		app.If(h.pairLink != "", app.Img().ID("pair-qr").Class("qr").Src("/qr?text="+url.QueryEscape(h.pairLink)).
			Alt("QR code that opens this session on another device and pairs it as the remote").Width(200).Height(200)),
		app.If(n > 0, app.P().ID("paired").Text(plural(n, "device paired as a remote", "devices paired as remotes")),
			app.If(!h.remote, app.Button().ID("unpair").Class("btn btn-small btn-danger").OnClick(h.unpair).Text("Unpair all remotes"))),
	)
}

// unpair takes the teacher controls back from every paired device, after
// the teacher confirms.
func (h *hostPage) unpair(ctx app.Context, _ app.Event) {
	if c := app.Window().Get("confirm"); c.Truthy() && !app.Window().Call("confirm", "Unpair all remotes? They lose the teacher controls; this screen keeps them.").Bool() {
		return
	}
	h.live.call(ctx, "POST", sessionapi.Unpair, nil, func(ctx app.Context, r apiResult) {
		v, ok := r.view()
		if !ok {
			h.pairMsg = "Not unpaired: " + r.message()
			return
		}
		h.live.apply(ctx, v)
		h.pairMsg = "Unpaired: no other device has the teacher controls now."
		focusByID(ctx, "pair") // the pressed button is gone
	})
}

// pairLink is the address a remote opens to pair with pairing code pc: the
// session's page on the host's own address, with the code in the fragment.
func pairLink(joinURL, code, pc string) string {
	u, err := url.Parse(joinURL)
	if err != nil {
		return ""
	}
	return (&url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/host/" + code, Fragment: "pair=" + strings.ReplaceAll(pc, " ", "")}).String()
}

// pairCodeIn returns the pairing code in an address's fragment
// ("#pair=12345678"), or "" when there is none.
func pairCodeIn(u *url.URL) string {
	pc, ok := strings.CutPrefix(u.Fragment, "pair=")
	if !ok || pc == "" || len(pc) > 16 || strings.Trim(pc, "0123456789") != "" {
		return ""
	}
	return pc
}

func (h *hostPage) onPairInput(ctx app.Context, _ app.Event) {
	h.pairCode = ctx.JSSrc().Get("value").String()
}

// claim trades the pairing code typed on this device for a host key of its
// own, keeps it as the creator's browser keeps its key, and shows the
// dashboard.
func (h *hostPage) claim(ctx app.Context, e app.Event) {
	e.PreventDefault()
	h.claimCode(ctx)
}

// claimCode sends the pairing code h.pairCode.
func (h *hostPage) claimCode(ctx app.Context) {
	h.live.call(ctx, "POST", sessionapi.PairClaim, sessionapi.PairClaimRequest{Code: h.pairCode}, func(ctx app.Context, r apiResult) {
		var out sessionapi.CreateResponse
		if !r.ok() || json.Unmarshal(r.Body, &out) != nil {
			h.pairMsg = r.message()
			return
		}
		saveHostKey(ctx, h.code, hostKey{Secret: out.HostSecret, Remote: true})
		h.OnNav(ctx)
	})
}

func (h *hostPage) Render() app.UI {
	if h.code == "" {
		return h.renderSetup()
	}
	if h.problem != "" {
		return page(app.Section().Class("host").Body(
			app.H1().Text("Session "+h.code),
			app.P().ID("problem").Class("error").Role("alert").Text(h.problem),
			app.If(h.noKey, app.Form().ID("pair-form").OnSubmit(h.claim).Body(
				app.Label().For("pair-code").Text("Pairing code from the host screen"),
				app.Input().ID("pair-code").Attr("inputmode", "numeric").OnInput(h.onPairInput),
				app.Button().Class("btn btn-primary").Text("Pair this device"),
				app.P().ID("pair-msg").Role("alert").Text(h.pairMsg),
			)),
			app.Div().Class("actions").Body(
				linkButton("/host", "Host a new session", true),
				linkButton("/join?code="+url.QueryEscape(h.code), "Join as a student", false),
			),
		))
	}
	v := h.live.view
	if v == nil {
		return page(app.Section().Class("host").Body(
			app.H1().Text("Session "+h.code),
			app.P().Role("status").Text("Loading the session…"),
			h.live.banner(),
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
		h.live.banner(),
		app.Div().ID("host-notice").Role("alert").Body(app.If(h.notice != "", app.P().Class("error").Text(h.notice))),
		body,
	))
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
	if v.Streaks {
		mode += " · streak bonus"
	}
	if v.SpeedBonus {
		mode += " · speed bonus"
	}
	return app.Div().Class("lobby").Body(
		app.H1().ID("host-h").TabIndex(-1).Text("Join the quiz"),
		joinPanel(h.code, h.joinURL, false),
		loopbackWarning(h.joinURL),
		app.Div().Class("actions").Body(
			app.Button().ID("start").Class("btn btn-primary btn-big").Aria("disabled", n == 0 || h.live.busy).
				OnClick(func(ctx app.Context, e app.Event) {
					if len(h.live.view.Players) > 0 {
						h.control(ctx, sessionapi.ActionStart, "", "host-h")
					}
				}).Text("Start the quiz"),
			app.Span().ID("start-hint").Class("hint").Text(startHint(n, mode, v.Count)),
			h.fullscreenButton(),
		),
		h.roster(v, false),
		h.pairPanel(),
	)
}

// startHint says what Start will run, or why it cannot yet.
func startHint(students int, mode string, questions int) string {
	if students == 0 {
		return "Start waits for the first student to join · " + mode
	}
	return mode + fmt.Sprintf(" · %d questions", questions)
}

// roster lists the students with a button to remove each one, and while a
// question runs whether each has answered; after the reveal, those who did
// not are "no answer" rather than still thinking. The count sits in a live
// region so the teacher hears students arrive.
func (h *hostPage) roster(v *session.View, showAnswered bool) app.UI {
	n := len(v.Players)
	revealed := v.Phase == session.PhaseReveal
	return app.Section().Class("roster").Aria("labelledby", "roster-h").Body(
		app.H2().ID("roster-h").Body(
			app.Span().ID("player-count").Aria("live", "polite").Text(plural(n, "student", "students")+" joined"),
		),
		app.If(n == 0, app.P().Class("hint").Text("Waiting for students to join…")),
		app.Ul().ID("roster").Class("roster-list").Body(
			app.Range(v.Players).Slice(func(i int) app.UI {
				p := v.Players[i]
				return app.Li().Class("player").Body(
					app.Span().Class("name").Title(p.Name).Text(p.Name),
					app.If(showAnswered && p.Answered, app.Span().Class("tag done").Text("✓ answered")),
					app.If(showAnswered && !p.Answered && !revealed, app.Span().Class("tag").Text("… thinking")),
					app.If(showAnswered && !p.Answered && revealed, app.Span().Class("tag").Text("– no answer")),
					h.removeButton(p, "btn btn-small btn-danger remove", "roster-h"),
				)
			}),
		),
		h.support(v),
	)
}

// extraTimes are the accommodations a teacher can give, with their names.
var extraTimes = []struct {
	value session.ExtraTime
	label string
}{
	{session.ExtraNone, "Standard time"},
	{session.ExtraHalf, "Time ×1.5"},
	{session.ExtraDouble, "Time ×2"},
	{session.ExtraUntimed, "Untimed"},
}

// accommodate sets all of student id's accommodations at once.
func (h *hostPage) accommodate(ctx app.Context, id string, x session.ExtraTime, read, fewer bool) {
	h.notice = ""
	req := sessionapi.ControlRequest{Action: sessionapi.ActionAccommodate, PlayerID: id, Extra: x, ReadAloud: read, Fewer: fewer}
	h.live.control(ctx, req, "", func(_ app.Context, r apiResult) { h.notice = r.message() })
}

// support lists each student's accommodations — extra time on a timed
// session, read-aloud, one fewer option — and, in a session with teams,
// their team, to move them to another, behind a disclosure button,
// closed by default: the roster may be on the projector, and only a
// student's own screen changes, so the class does not see who has them.
// (A button rather than <details>: go-app's Details and Summary elements
// cost the bundle about 35 KB.)
func (h *hostPage) support(v *session.View) app.UI {
	if v.Phase == session.PhaseFinished || len(v.Players) == 0 {
		return nil
	}
	timed := v.TimeLimitSeconds > 0
	teams := make([]int, v.TeamCount)
	label := "Support for individual students"
	if len(teams) > 0 {
		label = "Teams and support for individual students"
	}
	return app.Div().ID("support").Class("support").Body(
		app.Button().ID("support-toggle").Class("btn btn-small").Type("button").Aria("expanded", h.supportOpen).
			OnClick(func(app.Context, app.Event) { h.supportOpen = !h.supportOpen }).Text(label),
		app.If(h.supportOpen, app.Table().ID("support-list").Class("table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Student"),
				app.If(len(teams) > 0, app.Th().Scope("col").Text("Team")),
				app.If(timed, app.Th().Scope("col").Text("Time")),
				app.Th().Scope("col").Text("Read aloud"),
				app.Th().Scope("col").Text("One fewer option"),
			)),
			app.TBody().Body(app.Range(v.Players).Slice(func(i int) app.UI {
				p := v.Players[i]
				return app.Tr().Body(
					app.Th().Scope("row").Class("name").Title(p.Name).Text(p.Name),
					app.If(len(teams) > 0, app.Td().Body(app.Select().Class("team-pick").Aria("label", "Team of "+p.Name).
						DataSet("player", p.ID).OnChange(h.onTeam).
						Body(app.Range(teams).Slice(func(t int) app.UI {
							return app.Option().Value(strconv.Itoa(t + 1)).Selected(p.Team == t+1).Text(session.TeamLabel(t + 1))
						})))),
					app.If(timed, app.Td().Body(app.Select().Class("extra").Aria("label", "Time for "+p.Name).
						DataSet("player", p.ID).OnChange(h.onSupport).
						Body(app.Range(extraTimes).Slice(func(i int) app.UI {
							x := extraTimes[i]
							return app.Option().Value(string(x.value)).Selected(p.Extra == x.value).Text(x.label)
						})))),
					app.Td().Body(app.Input().Type("checkbox").Class("read").Checked(p.ReadAloud).Aria("label", "Read aloud for "+p.Name).
						DataSet("player", p.ID).OnChange(h.onSupport)),
					app.Td().Body(app.Input().Type("checkbox").Class("fewer").Checked(p.Fewer).Aria("label", "One fewer option for "+p.Name).
						DataSet("player", p.ID).OnChange(h.onSupport)),
				)
			})),
		)),
	)
}

// removeButton removes student p from the session; its accessible name
// says who, and focus goes to the element with id focus afterwards.
func (h *hostPage) removeButton(p session.PlayerStatus, cls, focus string) app.UI {
	return app.Button().Class(cls).Type("button").Aria("label", "Remove "+p.Name).
		DataSet("player", p.ID).DataSet("focus", focus).OnClick(h.onRemove).Text("Remove")
}

// The roster's handlers are methods that read the student from the
// element's data-player attribute and their other settings from the
// current view. go-app keeps an element's old handler when the new one has
// the same code, whatever it captured, so a closure capturing the student
// would act on whoever held that row before a student left or the list
// changed, and would reset settings changed since.

// eventPlayer is the current status of the student whose row the event
// came from.
func (h *hostPage) eventPlayer(ctx app.Context) (session.PlayerStatus, bool) {
	id := ctx.JSSrc().Get("dataset").Get("player").String()
	if v := h.live.view; v != nil {
		for _, p := range v.Players {
			if p.ID == id {
				return p, true
			}
		}
	}
	return session.PlayerStatus{}, false
}

func (h *hostPage) onRemove(ctx app.Context, _ app.Event) {
	if p, ok := h.eventPlayer(ctx); ok {
		h.control(ctx, sessionapi.ActionKick, p.ID, ctx.JSSrc().Get("dataset").Get("focus").String())
	}
}

// onSupport sends a student's support settings as their row shows them
// now: a second change made before the first reached the view would
// otherwise undo it (read-aloud, then one fewer option, sent read-aloud
// off).
func (h *hostPage) onSupport(ctx app.Context, _ app.Event) {
	p, ok := h.eventPlayer(ctx)
	if !ok {
		return
	}
	row := ctx.JSSrc().Call("closest", "tr")
	extra := p.Extra
	if sel := row.Call("querySelector", "select.extra"); sel.Truthy() {
		extra = session.ExtraTime(sel.Get("value").String())
	}
	read := row.Call("querySelector", "input.read").Get("checked").Bool()
	fewer := row.Call("querySelector", "input.fewer").Get("checked").Bool()
	h.accommodate(ctx, p.ID, extra, read, fewer)
}

func (h *hostPage) onTeam(ctx app.Context, _ app.Event) {
	if p, ok := h.eventPlayer(ctx); ok {
		t, _ := strconv.Atoi(ctx.JSSrc().Get("value").String())
		h.moveTeam(ctx, p.ID, t)
	}
}

// moveTeam moves student id into team t (from 1).
func (h *hostPage) moveTeam(ctx app.Context, id string, t int) {
	h.notice = ""
	req := sessionapi.ControlRequest{Action: sessionapi.ActionTeam, PlayerID: id, Team: t}
	h.live.control(ctx, req, "", func(_ app.Context, r apiResult) { h.notice = r.message() })
}

// renderQuestion is the presenter view of a teacher-paced question: a stage
// for the shared screen (question, options, timer, reveal) whose type grows
// with the screen, beside a teacher panel (answer spread, End, the roster
// with Remove) that can be hidden before the projector is switched on.
func (h *hostPage) renderQuestion(v *session.View) app.UI {
	if v.Question == nil {
		return app.P().Text("Loading the question…")
	}
	revealed := v.Phase == session.PhaseReveal && v.Reveal != nil
	q := questionOf(v.Question, v.Reveal)
	sv := h.shown(v)
	stats := sv.Answers
	if stats == nil {
		stats = &session.AnswerStats{Counts: make([]int, len(q.Options)), Total: len(v.Players)}
	}
	nextLabel := "Next question"
	if v.Index+1 >= v.Count {
		nextLabel = "Finish and show results"
	}
	busy := h.live.busy
	keys := "reveal the answer"
	if revealed {
		keys = "move on"
	}
	cls := "presenter"
	if revealed {
		cls += " revealed"
	}
	return app.Div().Class(cls).Body(
		app.Div().Class("stage").Body(
			app.Div().Class("question-head").Body(
				app.P().Class("counter").ID("counter").Text(fmt.Sprintf("Question %d of %d", v.Index+1, v.Count)),
				app.P().ID("join-chip").Class("join-chip").Body(
					app.Span().Class("join-at").Text("Join at "+displayHost(h.joinURL)+"/join"),
					app.Span().Class("visually-hidden").Text(" with the code "+spaced(h.code)),
					app.Span().Class("chip-code").Aria("hidden", "true").Text(h.code),
				),
			),
			progressBar(v.Index+btoi(revealed), v.Count),
			app.H1().ID("host-h").Class("prompt").TabIndex(-1).Text(q.Prompt),
			h.live.clock.render(time.Now()),
			app.P().ID("answered").Class("answered").Aria("live", "polite").
				Text(fmt.Sprintf("%d of %d students answered", stats.Answered, stats.Total)),
			answerChart(q.Options, stats, q.Answer, revealed, revealed || h.spread),
			app.If(revealed && q.Evidence.Text != "", evidenceQuote(q.Evidence, fromTheStory).ID("host-evidence")),
			app.Div().Class("actions").Body(
				app.If(!revealed, app.Button().ID("reveal").Class("btn btn-primary btn-big").Aria("disabled", busy).
					Aria("keyshortcuts", "Space ArrowRight").
					OnClick(h.onReveal).Text("Reveal the answer")),
				app.If(revealed, app.Button().ID("reveal-next").Class("btn btn-primary btn-big").Aria("disabled", busy).
					Aria("keyshortcuts", "Space ArrowRight").
					OnClick(h.onNext).Text(nextLabel)),
				app.P().ID("keys").Class("keys hint").Body(
					app.Span().Class("kbd").Text("Space"), app.Text(" or "), app.Span().Class("kbd kbd-right"), app.Text(" to "+keys), // the arrow is drawn by CSS with "right arrow" as its text: a lone symbol has no contrast axe can check
				),
			),
			app.If(revealed, teamList(sv.Teams, false)),
			app.If(revealed, leaderboardList(sv.Leaderboard)),
		),
		h.teacherPanel(v, revealed),
	)
}

// teacherPanel holds what only the teacher should see or use: the answer
// spread toggle, End and the roster with Remove. Hidden, it leaves only the
// button that brings it back.
func (h *hostPage) teacherPanel(v *session.View, revealed bool) app.UI {
	label := "Hide teacher controls"
	if h.panelHidden {
		label = "Show teacher controls"
	}
	bar := app.Div().Class("panel-bar").Body(
		app.Button().ID("panel-toggle").Class("btn btn-small").Type("button").Aria("expanded", !h.panelHidden).
			OnClick(func(app.Context, app.Event) { h.panelHidden = !h.panelHidden }).Text(label),
		h.fullscreenButton(),
		h.pauseButton(), // the shared screen's, so outside what Hide takes away
	)
	if h.panelHidden {
		return app.Div().Class("teacher-panel hidden-panel").Body(bar)
	}
	spread := "Show the answers so far"
	if h.spread {
		spread = "Hide the answers so far"
	}
	return app.Section().ID("teacher-panel").Class("teacher-panel").Aria("label", "Teacher controls").Body(
		bar,
		app.If(!revealed, app.Button().ID("spread").Class("btn btn-small").Type("button").Aria("pressed", h.spread).
			OnClick(func(app.Context, app.Event) { h.spread = !h.spread }).Text(spread)),
		app.Button().ID("end").Class("btn btn-danger btn-small").Aria("disabled", h.live.busy).OnClick(h.endSession).Text("End the session"),
		h.pairPanel(),
		h.roster(v, true),
	)
}

// renderSelfPaced shows each student's progress while they work alone.
func (h *hostPage) renderSelfPaced(live *session.View) app.UI {
	v := h.shown(live)
	done := 0
	for _, p := range v.Players {
		if p.Index >= v.Count {
			done++
		}
	}
	return app.Div().Class("self-paced").Body(
		app.H1().ID("host-h").TabIndex(-1).Text("Students are working at their own pace"),
		app.P().ID("answered").Aria("live", "polite").Text(fmt.Sprintf("%d of %d students finished", done, len(v.Players))),
		joinPanel(h.code, h.joinURL, true),
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
					app.Td().Text(strconv.Itoa(p.Progress)),
					app.Td().Text(strconv.Itoa(p.Score)),
					app.Td().Body(h.removeButton(p, "btn btn-small btn-danger", "host-h")),
				)
			})),
		),
		app.Div().Class("actions").Body(
			app.Button().ID("end").Class("btn btn-primary").Aria("disabled", h.live.busy).OnClick(h.endSession).Text("End the session and show results"),
			h.pauseButton(),
		),
		h.pairPanel(),
		teamList(v.Teams, false),
		leaderboardList(v.Leaderboard),
	)
}

// renderResults shows the end of the session: each student's score, how
// the class did on each question, and the CSV download.
func (h *hostPage) renderResults(v *session.View) app.UI {
	res := v.Results
	if res == nil {
		res = &session.Results{}
	}
	bonus := v.Streaks || v.SpeedBonus
	asked := fmt.Sprintf("%d questions", len(res.Questions))
	if len(res.Questions) < v.Count {
		asked = fmt.Sprintf("%d of %d questions asked", len(res.Questions), v.Count)
	}
	return app.Div().Class("results").Body(
		app.H1().ID("host-h").TabIndex(-1).Text("Session finished"),
		app.P().ID("took-part").Class("lead").Text(plural(len(res.Players), "student", "students")+" took part · "+asked),
		app.Div().Class("actions").Body(
			app.Button().ID("csv").Class("btn btn-primary").OnClick(h.downloadCSV).Text("Download results (CSV)"),
			linkButton("/results/"+h.code, "Item analysis, reports and worksheets", false),
			linkButton("/host", "Host another session", false),
		),
		h.pairPanel(), // a remote could still download the results
		teamList(v.Teams, true),
		podium(v.Leaderboard),
		app.Table().ID("scores").Class("table").Body(
			app.Caption().Text("Scores"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Student"),
				app.Th().Scope("col").Text("Score"),
				app.If(bonus, app.Th().Scope("col").Text("Points with bonuses")),
			)),
			app.TBody().Body(app.Range(res.Players).Slice(func(i int) app.UI {
				p := res.Players[i]
				return app.Tr().Body(
					app.Th().Scope("row").Text(p.Name),
					app.Td().Text(fmt.Sprintf("%d of %d", p.Score, p.Asked)),
					app.If(bonus, app.Td().Class("num").Text(strconv.Itoa(p.Points))),
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
					app.Td().Text(strconv.Itoa(q.Number)),
					app.Th().Scope("row").Text(q.Prompt),
					app.Td().Text(answer),
					app.Td().Class("num").Text(fmt.Sprintf("%d%% (%d of %d right)", q.PercentCorrect, q.Correct, q.Asked)),
				)
			})),
		),
	)
}
