package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// liveConn is a page's connection to one live session, shared by the
// teacher's dashboard and the student's page: it loads the current view,
// follows the stream of views, keeps the newest one, the stream's health and
// the question's countdown, sends requests with this browser's secret, and
// tells its page what happened. The page keeps only what is its own (who it
// is, what it says, what the person did).
type liveConn struct {
	api    liveAPI
	page   livePage
	code   string
	secret string
	view   *session.View // the newest view, nil until the first arrives
	state  streamState
	clock  countdown
	busy   bool   // a control action is on its way
	cancel func() // closes the stream; nil when not following
	// queued holds control actions in the order they were pressed, the
	// first one on its way or waiting to be sent again; unreachable says
	// the last attempt got no response, and retry is the delay before the
	// next one.
	queued      []queuedControl
	unreachable bool
	retry       time.Duration
}

// queuedControl is a control action waiting for the server's answer.
type queuedControl struct {
	req    sessionapi.ControlRequest
	focus  string
	failed func(app.Context, apiResult)
	tries  int
}

// same reports whether two requests ask for the same thing, so that a
// second press while the first is waiting is not sent twice.
func (q queuedControl) same(r sessionapi.ControlRequest) bool {
	a, b := q.req, r
	return a.Action == b.Action && a.PlayerID == b.PlayerID && a.Extra == b.Extra && a.ReadAloud == b.ReadAloud && a.Fewer == b.Fewer &&
		(a.Index == nil) == (b.Index == nil) && (a.Index == nil || *a.Index == *b.Index)
}

// livePage is a page that shows a session through a liveConn. Its methods
// run on the UI goroutine.
type livePage interface {
	app.Composer
	// liveShown is called after a newer view replaced prev (nil for the
	// session's first view on this page).
	liveShown(ctx app.Context, prev *session.View)
	// liveRefused is called when the server refuses this browser's secret
	// or does not know the session (401, 403, 404); the stream is stopped.
	liveRefused(ctx app.Context)
	// liveGone is called when the server ended the stream for good (a
	// removed player, an expired session); why says so in words.
	liveGone(ctx app.Context, why string)
}

// liveReconnecter is a livePage that acts when the stream comes back after
// an interruption (the student's page sends an answer that was waiting).
type liveReconnecter interface {
	liveReconnected(ctx app.Context)
}

// follow starts showing session code on page pg with secret: the current
// view at once, then every change. api nil means the browser's fetch and
// EventSource. Whatever the connection followed before is dropped.
func (c *liveConn) follow(ctx app.Context, pg livePage, api liveAPI, code, secret string) {
	c.leave()
	c.api, c.page, c.code, c.secret = clientOf(api), pg, code, secret
	c.refresh(ctx)
	c.listen(ctx)
}

// leave stops following the session and forgets its view.
func (c *liveConn) leave() {
	c.stop()
	c.view, c.busy, c.queued, c.unreachable = nil, false, nil, false
}

// stop closes the stream; the last view stays on screen.
func (c *liveConn) stop() {
	if c.cancel != nil {
		c.cancel()
		c.cancel = nil
	}
}

// call sends a request to one of the session's endpoints with this
// browser's secret and runs done with the result on the UI goroutine.
func (c *liveConn) call(ctx app.Context, method, endpoint string, body any, done func(app.Context, apiResult)) {
	c.api.call(method, sessionapi.SessionPath(c.code, endpoint), c.secret, body, func(r apiResult) {
		dispatchTo(ctx, c.page, func(ctx app.Context) { done(ctx, r) })
	})
}

// refresh loads the current view once, which also tells a refused secret or
// an unknown session apart from a network problem.
func (c *liveConn) refresh(ctx app.Context) {
	c.call(ctx, "GET", sessionapi.State, nil, func(ctx app.Context, r apiResult) {
		switch r.Status {
		case 401, 403, 404:
			c.stop()
			c.page.liveRefused(ctx)
		default:
			if v, ok := r.view(); ok {
				c.apply(ctx, v)
			}
		}
	})
}

// listen opens the stream of views, unless it is open already.
func (c *liveConn) listen(ctx app.Context) {
	if c.cancel != nil {
		return
	}
	c.cancel = c.api.listen(c.code, c.secret,
		func(v session.View) { dispatchTo(ctx, c.page, func(ctx app.Context) { c.apply(ctx, v) }) },
		func(s streamState, msg string) {
			dispatchTo(ctx, c.page, func(ctx app.Context) {
				prev := c.state
				c.state = s
				switch {
				case s == streamGone:
					c.stop()
					c.page.liveGone(ctx, "This session is no longer available: "+msg)
				case s == streamOpen && prev == streamRetrying:
					c.retry = 0
					c.flush(ctx)
					if r, ok := c.page.(liveReconnecter); ok {
						r.liveReconnected(ctx)
					}
				}
			})
		},
	)
}

// apply shows v if it is newer than the view on screen: updates can
// overtake each other (a response and the stream).
func (c *liveConn) apply(ctx app.Context, v session.View) {
	if !newer(c.view, v) {
		return
	}
	prev := c.view
	c.view = &v
	c.clock.set(c.view, time.Now())
	c.clock.run(ctx, c.page)
	c.page.liveShown(ctx, prev)
}

// control sends a control action and shows the view the server answers
// with, then moves focus to the element with id focus, if any. When no view
// comes back, failed gets the result. Actions go one at a time, in the order
// they were pressed; one that gets no response (the server unreachable) is
// kept and sent again, after a delay or as soon as the stream is back, like
// a student's answer. A press that repeats a waiting one is dropped.
func (c *liveConn) control(ctx app.Context, req sessionapi.ControlRequest, focus string, failed func(app.Context, apiResult)) {
	for _, q := range c.queued {
		if q.same(req) {
			return
		}
	}
	c.queued = append(c.queued, queuedControl{req: req, focus: focus, failed: failed})
	c.flush(ctx)
}

// flush sends the first waiting control action, unless one is on its way.
func (c *liveConn) flush(ctx app.Context) {
	if c.busy || len(c.queued) == 0 {
		return
	}
	c.busy = true
	q := &c.queued[0]
	q.tries++
	sent := *q
	c.call(ctx, "POST", sessionapi.Control, sent.req, func(ctx app.Context, r apiResult) {
		c.busy = false
		if len(c.queued) == 0 || !c.queued[0].same(sent.req) {
			return // the page left the session meanwhile
		}
		if r.retryable() {
			c.unreachable = true
			c.retry = min(2*max(c.retry, answerRetryMin), answerRetryMax)
			later(ctx, c.page, c.retry, c.flush)
			return
		}
		c.queued, c.unreachable, c.retry = c.queued[1:], false, 0
		switch v, ok := r.view(); {
		case ok:
			c.apply(ctx, v)
			if sent.focus != "" {
				focusByID(ctx, sent.focus)
			}
		case sent.tries > 1 && r.apiError().Code != sessionapi.ErrStale:
			// A repeat whose first try did arrive is refused (a start
			// already made, a student already removed): the session is
			// where it should be, so show it instead of an error.
			c.refresh(ctx)
		default:
			sent.failed(ctx, r)
		}
		c.flush(ctx)
	})
}

// banner tells people when live updates are interrupted. It is a status
// region so the change is announced without moving focus.
func (c *liveConn) banner() app.UI {
	msg := ""
	switch {
	case c.unreachable && len(c.queued) > 0:
		msg = "Storyquiz can't be reached. What you pressed is kept and is sent as soon as the connection is back."
	case c.state == streamRetrying:
		msg = "Reconnecting… Your answers are safe; the page updates again as soon as the connection is back."
	}
	return app.Div().ID("conn").Class("conn").Role("status").Body(
		app.If(msg != "", app.P().Class("notice").Text(msg)),
	)
}

// newer reports whether an incoming view should replace the shown one: the
// version only grows.
func newer(cur *session.View, v session.View) bool {
	return cur == nil || v.Version >= cur.Version
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

// sessionPage returns the join code of a /host/{code} or /play/{code} page
// and titles the page with it.
func sessionPage(ctx app.Context) string {
	code, _ := sessionapi.NormalizeCode(pathID(ctx))
	ctx.Page().SetTitle("Session " + code + " · Storyquiz")
	return code
}
