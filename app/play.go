package main

import (
	"fmt"
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
)

// Delays between attempts to send an answer that got no response.
const (
	answerRetryMin = time.Second
	answerRetryMax = 8 * time.Second
)

// playPage is a student's screen in a live session: lobby, question,
// "Answer locked in", the reveal with the story's sentence, and the score.
type playPage struct {
	app.Compo
	api     liveAPI // nil in the app; a fake in tests
	live    liveConn
	code    string
	me      playerKey
	problem string // why the session cannot be shown (removed, unknown, ended)
	notice  string // why the last answer was not taken
	offline bool   // the notice only says the server could not be reached
	context bool   // the paragraph around the evidence is open
	// sending is true while an answer request is in flight; retry is the
	// delay before the next attempt if it fails.
	sending bool
	retry   time.Duration
	// stopKeys removes the keydown listener that answers with 1–4 or A–D.
	stopKeys func()
}

func (p *playPage) OnPreRender(ctx app.Context) { p.code = sessionPage(ctx) }

// OnNav follows the session with the seat this browser holds, sending an
// answer a reload interrupted; without a seat it opens the join form.
func (p *playPage) OnNav(ctx app.Context) {
	p.code = sessionPage(ctx)
	p.live.leave()
	if p.stopKeys == nil {
		p.stopKeys = app.Window().AddEventListener("keydown", p.onKey)
	}
	p.problem, p.notice = "", ""
	p.me = loadSeat(ctx, p.code)
	if p.me.Secret == "" {
		// Not joined from this browser: the join form, with the code filled in.
		ctx.Navigate("/join?code=" + url.QueryEscape(p.code))
		return
	}
	p.live.follow(ctx, p, p.api, p.code, p.me.Secret)
	if p.me.Pending != nil {
		p.send(ctx)
	}
}

func (p *playPage) OnDismount() {
	p.live.stop()
	if p.stopKeys != nil {
		p.stopKeys()
		p.stopKeys = nil
	}
}

// onKey lets keyboard users answer with 1–4 or A–D, as in practice.
func (p *playPage) onKey(ctx app.Context, e app.Event) {
	if opt, ok := answerKey(e); ok {
		p.pick(ctx, opt)
	}
}

// save keeps the seat, with any pending answer, in this browser.
func (p *playPage) save(ctx app.Context) { saveSeat(ctx, p.code, p.me) }

// gone shows why the session cannot continue here and forgets the seat, so
// the join form starts fresh.
func (p *playPage) gone(ctx app.Context, msg string) {
	p.problem = msg
	p.live.stop()
	forgetSeat(ctx, p.code)
}

// liveRefused tells a student the seat is gone: removed by the teacher, or
// the session ended and was removed.
func (p *playPage) liveRefused(ctx app.Context) {
	p.gone(ctx, "You are no longer in session "+p.code+": your teacher may have removed you, or the session has ended and been removed.")
}

// liveGone shows why the server ended the session's stream for good.
func (p *playPage) liveGone(ctx app.Context, why string) { p.gone(ctx, why) }

// liveReconnected sends a waiting answer as soon as the connection is back,
// rather than at the next retry.
func (p *playPage) liveReconnected(ctx app.Context) {
	if p.me.Pending != nil && !p.sending {
		p.send(ctx)
	}
	if p.offline {
		p.notice, p.offline = "", false
	}
}

// liveShown drops a pending answer the server has confirmed (its response
// may have been lost on the way) and moves focus when the screen changed.
func (p *playPage) liveShown(ctx app.Context, prev *session.View) {
	v := p.live.view
	if pa := p.me.Pending; pa != nil && v.Question != nil && v.Question.ID == pa.QuestionID && v.You != nil && v.You.Answer != nil {
		p.me.Pending = nil
		p.save(ctx)
		if p.offline {
			p.notice, p.offline = "", false // it got through after all
		}
	}
	prevQ, prevPhase := "", session.Phase("")
	if prev != nil {
		prevPhase = prev.Phase
		if prev.Question != nil {
			prevQ = prev.Question.ID
		}
	}
	// The first view (after Join, the pressed button is gone), a new
	// question and the end replace what was on screen: the heading takes
	// focus, so keyboard and screen-reader users start there.
	switch {
	case prevPhase == "":
		focusByID(ctx, "prompt")
	case v.Question != nil && v.Question.ID != prevQ && v.Phase == session.PhaseQuestion:
		p.notice, p.context = "", false
		focusByID(ctx, "prompt")
	case v.Phase == session.PhaseFinished && prevPhase != session.PhaseFinished:
		focusByID(ctx, "prompt")
	}
}

// chosen is the option this student picked for the question on screen: the
// server's record, else an answer still being sent.
func (p *playPage) chosen() (int, bool) {
	v := p.live.view
	if v == nil || v.Question == nil {
		return -1, false
	}
	if v.You != nil && v.You.Answer != nil {
		return *v.You.Answer, true
	}
	if pa := p.me.Pending; pa != nil && pa.QuestionID == v.Question.ID {
		return pa.Choice, false
	}
	return -1, false
}

// pick answers the open question. The answer is saved in the browser first
// and sent until the server takes it, so a dropped connection or a reload
// does not lose it; the server takes a repeat of the same answer as success,
// so it is counted at most once.
func (p *playPage) pick(ctx app.Context, option int) {
	v := p.live.view
	if v == nil || v.Question == nil || v.Phase != session.PhaseQuestion || option < 0 || option >= len(v.Question.Options) {
		return
	}
	if c, _ := p.chosen(); c >= 0 {
		return
	}
	if d, ok := p.live.clock.left(time.Now()); ok && d == 0 {
		return
	}
	p.me.Pending = &pendingAnswer{QuestionID: v.Question.ID, Choice: option}
	p.save(ctx)
	p.notice = ""
	p.retry = answerRetryMin
	p.send(ctx)
	focusByID(ctx, "answer-status")
}

// send posts the pending answer once; on no response it tries again later.
func (p *playPage) send(ctx app.Context) {
	pa := p.me.Pending
	if pa == nil || p.sending {
		return
	}
	p.sending = true
	sent := *pa
	choice := sent.Choice
	req := sessionapi.AnswerRequest{QuestionID: sent.QuestionID, Choice: &choice}
	p.live.call(ctx, "POST", sessionapi.Answers, req, func(ctx app.Context, r apiResult) {
		p.sending = false
		if p.me.Pending == nil || *p.me.Pending != sent {
			return
		}
		switch {
		case r.ok():
			p.me.Pending = nil
			p.notice, p.offline = "", false
			p.save(ctx)
			if v, ok := r.view(); ok {
				p.live.apply(ctx, v)
			}
		case r.Status == 401 || r.Status == 403 || r.Status == 404:
			p.gone(ctx, "Your answer could not be sent: "+r.message())
		case r.retryable():
			p.notice, p.offline = "You seem to be offline. Your answer is saved on this device and will be sent as soon as the connection is back.", true
			d := p.retry
			p.retry = min(2*max(p.retry, answerRetryMin), answerRetryMax)
			later(ctx, p, d, p.send)
		default:
			// Refused for good (the question closed, a different answer
			// was recorded): show why and the server's state.
			p.me.Pending = nil
			p.save(ctx)
			p.notice, p.offline = "Your answer was not accepted: "+r.message(), false
			p.live.refresh(ctx)
		}
	})
}

// nextQuestion moves a self-paced student on.
func (p *playPage) nextQuestion(ctx app.Context, _ app.Event) {
	// The press names the question it moves on from, so that a tap on the
	// next question's Next, made while the last one's reply is still on
	// its way, is queued rather than dropped as a repeat.
	req := sessionapi.ControlRequest{Action: sessionapi.ActionNext}
	if v := p.live.view; v != nil {
		i := v.Index
		req.Index = &i
	}
	p.live.control(ctx, req, "prompt", func(ctx app.Context, r apiResult) {
		if e := r.apiError(); e.Code == sessionapi.ErrStale && e.View != nil {
			p.live.apply(ctx, *e.View) // already moved on (another tab): show where
			return
		}
		p.notice, p.offline = r.message(), false
	})
}

func (p *playPage) Render() app.UI {
	if p.problem != "" {
		return page(app.Section().Class("play").Body(
			app.H1().ID("prompt").Text("Session "+p.code),
			app.P().ID("problem").Class("error").Role("alert").Text(p.problem),
			app.Div().Class("actions").Body(
				linkButton("/join?code="+url.QueryEscape(p.code), "Join again", true),
				linkButton("/", "Home", false),
			),
		))
	}
	v := p.live.view
	var body app.UI
	switch {
	case v == nil:
		body = app.P().ID("status").Role("status").Text("Connecting to session " + p.code + "…")
	case v.Phase == session.PhaseLobby:
		body = app.Div().Class("lobby-wait").Body(
			app.H1().ID("prompt").TabIndex(-1).Text("You're in, "+p.me.Name+"!"),
			app.P().ID("status").Class("waiting").Role("status").Text("Waiting for your teacher to start…"),
			app.P().Class("hint").Text("Keep this page open. The first question appears here by itself."),
			teamLine(v),
		)
	case v.Phase == session.PhaseFinished:
		body = p.renderFinished(v)
	case v.Question == nil:
		body = app.P().ID("status").Role("status").Text("Waiting for the next question…")
	default:
		body = p.renderQuestion(v)
	}
	title := ""
	if v != nil {
		title = v.Title
	}
	return page(app.Section().Class("play"+verdictClass(v)).Aria("labelledby", "prompt").Body(
		app.P().Class("eyebrow").Text("Session "+p.code+" · "+p.me.Name),
		app.If(title != "", app.P().Class("story-title").Text(title)),
		p.live.banner(),
		body,
	))
}

func (p *playPage) renderQuestion(v *session.View) app.UI {
	q := questionOf(v.Question, v.Reveal)
	revealed := v.Phase == session.PhaseReveal && v.Reveal != nil
	chosen, confirmed := p.chosen()
	answered := chosen >= 0
	var pick func(app.Context, int)
	if !answered && !revealed {
		pick = func(ctx app.Context, opt int) { p.pick(ctx, opt) }
	}
	status := ""
	switch {
	case revealed:
	case answered && confirmed:
		status = "Answer locked in. Waiting for the reveal…"
		if v.Mode == session.ModeSelf {
			status = "Answer locked in."
		}
	case answered:
		status = "Sending your answer…"
	case v.Phase == session.PhaseReveal:
		status = "Time is up for this question."
	}
	right := revealed && answered && chosen == q.Answer
	var context []string
	if v.Reveal != nil {
		context = v.Reveal.Paragraph
	}
	return app.Div().Class("live-question").Body(
		app.P().Class("counter").ID("counter").Text(fmt.Sprintf("Question %d of %d", v.Index+1, v.Count)),
		progressBar(v.Index+btoi(revealed || answered), v.Count),
		app.H1().ID("prompt").Class("prompt").TabIndex(-1).Text(q.Prompt),
		app.If(v.You != nil && v.You.ReadAloud, readAloud(q)),
		p.live.clock.render(time.Now()),
		optionList(q, chosen, revealed, pick),
		app.Div().ID("answer-status").Class("answer-status").TabIndex(-1).Role("status").Body(
			app.If(status != "", app.P().Class("locked").Text(status)),
		),
		app.Div().ID("play-notice").Role("alert").Body(app.If(p.notice != "", app.P().Class("error").Text(p.notice))),
		app.Div().Class("feedback-region").Aria("live", "polite").Body(
			app.If(revealed, app.P().ID("outcome").Class("outcome").Text(outcome(v, right))),
			app.If(revealed, feedback(q, chosen)),
			app.If(revealed && !right, paragraphAround(context, q.Evidence, p.context, func(app.Context, app.Event) { p.context = !p.context })),
		),
		app.If(revealed, app.P().ID("my-score").Class("my-score").Text("Your score: "+myPoints(v))),
		app.If(revealed, teamLine(v)),
		app.If(revealed && v.Mode == session.ModeSelf, app.Button().ID("next").Class("btn btn-primary next").
			Aria("disabled", p.live.busy).OnClick(p.nextQuestion).
			Text(choose(v.Index+1 >= v.Count, "See your score", "Next question"))),
		app.If(revealed && v.Mode != session.ModeSelf, app.P().Class("hint").Text("Your teacher will open the next question.")),
		app.If(!answered && !revealed, app.P().Class("hint").Text("Choose an answer: click it, or press 1–4 or A–D. You can answer once.")),
		app.If(revealed, leaderboardList(v.Leaderboard)),
	)
}

// outcome is the line a revealed question opens with on a student's phone:
// "+1 · you are 4th of 27", with the place only when the session has a
// leaderboard, and the bonuses earned when it has them: "+3 · quick ·
// 4 in a row · you are 1st of 27".
func outcome(v *session.View, right bool) string {
	s := "+0"
	if right {
		s = "+1"
	}
	if g := v.You; g != nil && g.Gained != nil {
		g := g.Gained
		s = fmt.Sprintf("+%d", g.Points)
		if g.Speed {
			s += " · quick"
		}
		if g.Streak > 0 {
			s += fmt.Sprintf(" · %d in a row", g.Streak)
		}
	}
	if y := v.You; y != nil && y.Rank > 0 {
		s += fmt.Sprintf(" · you are %s of %d", placeName(y.Rank, y.Tied), y.Players)
	}
	return s
}

// verdictClass colours a student's whole screen after a reveal: green when
// right, red when wrong or unanswered (the words say which, too).
func verdictClass(v *session.View) string {
	if v == nil || v.Phase != session.PhaseReveal || v.Reveal == nil || v.You == nil {
		return ""
	}
	if v.You.Correct != nil && *v.You.Correct {
		return " won"
	}
	return " lost"
}

// finalPlace says where a student finished: "You came joint 3rd of 27".
func finalPlace(y *session.You) string {
	return fmt.Sprintf("You came %s of %d", placeName(y.Rank, y.Tied), y.Players)
}

// myPoints is a student's running total: their points, and when bonuses
// add to them, the right answers too ("5 points · 3 right").
func myPoints(v *session.View) string {
	switch y := v.You; {
	case y == nil:
		return points(0)
	case v.Streaks || v.SpeedBonus:
		return points(y.Points) + fmt.Sprintf(" · %d right", y.Score)
	}
	return points(v.You.Score)
}

func (p *playPage) score(v *session.View) int {
	if v.You != nil {
		return v.You.Score
	}
	return 0
}

// renderFinished shows the student's score and a review of each question
// with the sentence from the story.
func (p *playPage) renderFinished(v *session.View) app.UI {
	var me *session.PlayerResult
	var qs []quiz.Question
	if v.Results != nil {
		for _, q := range v.Results.Questions {
			qs = append(qs, quiz.Question{ID: q.ID, Prompt: q.Prompt, Options: q.Options, Answer: q.Answer, Evidence: q.Evidence})
		}
		for i := range v.Results.Players {
			if v.You == nil || v.Results.Players[i].ID == v.You.ID {
				me = &v.Results.Players[i]
			}
		}
	}
	score, asked := p.score(v), len(qs)
	var answers []int
	if me != nil {
		score, answers, asked = me.Score, me.Answers, me.Asked
	}
	return app.Div().Class("results").Body(
		app.H1().ID("prompt").TabIndex(-1).Text("The quiz is over"),
		app.P().ID("score").Class("big-score").Role("status").Text(fmt.Sprintf("You scored %d of %d", score, asked)),
		app.If(v.You != nil && (v.Streaks || v.SpeedBonus), app.P().ID("points").Class("my-score").Text(points(v.You.Points)+" with bonuses")),
		app.If(v.You != nil && v.You.Rank > 0, app.P().ID("place").Class("my-score").Text(finalPlace(v.You))),
		teamLine(v),
		teamList(v.Teams, true),
		podium(v.Leaderboard),
		app.If(len(qs) > 0, app.H2().Text("Review")),
		reviewList(qs, answers),
		app.Div().Class("actions").Body(linkButton("/", "Back to Storyquiz", true)),
	)
}
