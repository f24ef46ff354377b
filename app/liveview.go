package main

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// hostKey is what the teacher's browser keeps for a session it created:
// without the secret nobody can run the session, so it is persisted in
// local storage and a reload of the dashboard keeps control.
type hostKey struct {
	Secret string `json:"secret"`
}

func hostStateKey(code string) string { return "host:" + code }

// playerKey is what a student's browser keeps for a session it joined, so
// that a reload resumes in place. Pending is an answer not yet confirmed by
// the server; it survives a reload and is sent again until accepted.
type playerKey struct {
	ID      string         `json:"id"`
	Secret  string         `json:"secret"`
	Name    string         `json:"name"`
	Pending *pendingAnswer `json:"pending,omitempty"`
}

// pendingAnswer is the body of an answer request.
type pendingAnswer struct {
	QuestionID string `json:"questionId"`
	Choice     int    `json:"choice"`
}

func playerStateKey(code string) string { return "player:" + code }

// countdown follows a question's time limit. The end is taken from the
// view's remaining time on arrival rather than its deadline, so a device
// whose clock is wrong still counts down correctly.
type countdown struct {
	until   time.Time
	ticking bool
}

// set updates the end from a newly arrived view.
func (c *countdown) set(v *session.View, now time.Time) {
	if v == nil || v.Phase != session.PhaseQuestion || v.Deadline == nil {
		c.until = time.Time{}
		return
	}
	c.until = now.Add(time.Duration(v.RemainingMs) * time.Millisecond)
}

// left is the time remaining, rounded up to whole seconds.
func (c *countdown) left(now time.Time) (time.Duration, bool) {
	if c.until.IsZero() {
		return 0, false
	}
	d := c.until.Sub(now)
	if d < 0 {
		d = 0
	}
	return (d + time.Second - 1).Truncate(time.Second), true
}

// run re-renders component comp every second while time is running out.
func (c *countdown) run(ctx app.Context, comp app.Composer) {
	if c.ticking || c.until.IsZero() || !time.Now().Before(c.until) {
		return
	}
	c.ticking = true
	later(ctx, comp, time.Second, func(ctx app.Context) {
		c.ticking = false
		c.run(ctx, comp)
	})
}

// later runs fn for component c on the UI goroutine after d. Unlike
// ctx.After it is not tracked by the dispatcher, so a retry loop that runs
// while a device is offline does not keep the tests' Consume (which waits
// for async work) from returning.
func later(ctx app.Context, c app.Composer, d time.Duration, fn func(app.Context)) {
	time.AfterFunc(d, func() { dispatchTo(ctx, c, fn) })
}

// dispatchTo runs fn on the UI goroutine with component c as its source.
// ctx.Dispatch would use the element that handled the event, and go-app
// drops a dispatch whose source is gone: a Start button replaced by the
// question (because the stream's update came first) would then never see
// its own response.
func dispatchTo(ctx app.Context, c app.Composer, fn func(app.Context)) {
	ctx.Dispatcher().Dispatch(app.Dispatch{Mode: app.Update, Source: c, Function: fn})
}

// render shows the time left. It is a timer role with live announcements
// off: a screen reader reading every second would drown everything else.
func (c *countdown) render(now time.Time) app.UI {
	d, ok := c.left(now)
	if !ok {
		return nil
	}
	cls := "timer"
	if d <= 10*time.Second {
		cls += " low"
	}
	txt := fmt.Sprintf("Time left: %d:%02d", int(d.Minutes()), int(d.Seconds())%60)
	if d == 0 {
		txt = "Time is up"
	}
	return app.P().ID("timer").Class(cls).Role("timer").Aria("live", "off").Text(txt)
}

// connBanner tells people when live updates are interrupted. It is a
// status region so the change is announced without moving focus.
func connBanner(s streamState) app.UI {
	msg := ""
	if s == streamRetrying {
		msg = "Reconnecting… Your answers are safe; the page updates again as soon as the connection is back."
	}
	return app.Div().ID("conn").Class("conn").Role("status").Body(
		app.If(msg != "", app.P().Class("notice").Text(msg)),
	)
}

// questionOf joins what players saw of a question with its reveal, so the
// practice quiz's option list and feedback can show it.
func questionOf(q *session.QuestionView, r *session.Reveal) quiz.Question {
	out := quiz.Question{ID: q.ID, Kind: q.Kind, Prompt: q.Prompt, Options: q.Options, Answer: -1}
	if r != nil && r.QuestionID == q.ID {
		out.Answer, out.Evidence = r.Answer, r.Evidence
	}
	return out
}

// leaderboardList shows the top scores when the session has a leaderboard.
func leaderboardList(entries []session.LeaderEntry) app.UI {
	if len(entries) == 0 {
		return nil
	}
	return app.Section().Class("leaderboard").Aria("labelledby", "leaders-h").Body(
		app.H2().ID("leaders-h").Text("Leaderboard"),
		app.Ol().Class("leaders").Body(
			app.Range(entries).Slice(func(i int) app.UI {
				e := entries[i]
				return app.Li().Body(
					app.Span().Class("rank").Text(fmt.Sprintf("%d.", e.Rank)),
					app.Span().Class("who").Text(e.Name),
					app.Span().Class("pts").Text(points(e.Score)),
				)
			}),
		),
	)
}

// points says "1 point" or "n points".
func points(n int) string {
	if n == 1 {
		return "1 point"
	}
	return fmt.Sprintf("%d points", n)
}

// plural says "1 student" or "n students".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// sessionPage returns the join code of a /host/{code} or /play/{code} page
// and titles the page with it.
func sessionPage(ctx app.Context) string {
	code, _ := sessionapi.NormalizeCode(pathID(ctx))
	ctx.Page().SetTitle("Session " + code + " · Storyquiz")
	return code
}
