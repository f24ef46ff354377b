package main

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// practicePage runs a practice quiz: one question at a time, feedback with
// the source sentence after each answer, and a review at the end.
type practicePage struct {
	app.Compo
	id       string
	quiz     *quiz.Quiz
	prog     progress
	err      string
	stopKeys func()
	// source overrides where quizzes come from (tests); nil means loadQuiz.
	source func(ctx app.Context, id string, seed int64) (*quiz.Quiz, error)
}

func (p *practicePage) quizFor(ctx app.Context, seed int64) (*quiz.Quiz, error) {
	if p.source != nil {
		return p.source(ctx, p.id, seed)
	}
	return loadQuiz(ctx, p.id, seed)
}

func (p *practicePage) OnPreRender(ctx app.Context) { p.load(ctx) }

// OnInit starts the first render in the browser on the question the server
// prerendered — a story's first question, carried by the page — rather
// than on "Loading the quiz…" until OnNav: otherwise the question would be
// painted again seconds later, which Lighthouse takes for the page's
// largest paint. OnNav then restores saved progress.
func (p *practicePage) OnInit() {
	if !app.IsClient || p.source != nil {
		return
	}
	p.id = idOf(app.Window().URL().Path)
	if q := prebuilt[p.id]; q != nil {
		p.quiz, p.prog = q, newProgress(1, len(q.Questions))
	}
}

func (p *practicePage) OnNav(ctx app.Context) {
	p.load(ctx)
	// Arriving from a link, the link is gone: the question's (or the
	// score's) heading takes focus, so screen readers read it out.
	if p.quiz != nil {
		focusByID(ctx, choose(p.prog.Finished.IsZero(), "prompt", "score"))
	}
	if p.stopKeys == nil {
		p.stopKeys = app.Window().AddEventListener("keydown", p.onKey)
	}
}

func (p *practicePage) OnDismount() {
	if p.stopKeys != nil {
		p.stopKeys()
		p.stopKeys = nil
	}
}

// load restores saved progress for this quiz, or starts a new run.
func (p *practicePage) load(ctx app.Context) {
	p.id = pathID(ctx)
	saved := loadProgress(ctx, p.id)
	seed := saved.Seed
	if seed == 0 {
		seed = 1
	}
	q, err := p.quizFor(ctx, seed)
	if err != nil {
		p.quiz, p.err = nil, err.Error()
		if app.IsServer && isMyQuiz(p.id) {
			p.err = "" // kept in the browser: the client loads it
		}
		return
	}
	p.quiz, p.err = q, ""
	if saved.valid(len(q.Questions)) {
		p.prog = saved
	} else {
		p.prog = newProgress(seed, len(q.Questions))
	}
	ctx.Page().SetTitle("Practice: " + q.Title + " · Storyquiz")
}

func (p *practicePage) save(ctx app.Context) {
	saveProgress(ctx, p.id, p.prog)
}

// choose records the answer to the current question, once.
func (p *practicePage) choose(ctx app.Context, option int) {
	i := p.prog.Index
	if p.quiz == nil || !p.prog.Finished.IsZero() || p.prog.Answers[i] >= 0 || option < 0 || option >= len(p.quiz.Questions[i].Options) {
		return
	}
	p.prog.Answers[i] = option
	p.save(ctx)
	focusByID(ctx, "next")
}

func (p *practicePage) next(ctx app.Context, _ app.Event) {
	if p.prog.Answers[p.prog.Index] < 0 {
		return
	}
	if i, ok := p.prog.after(p.prog.Index, len(p.quiz.Questions)); ok {
		p.prog.Index = i
		p.save(ctx)
		focusByID(ctx, "prompt")
		return
	}
	p.prog.Finished = time.Now()
	p.save(ctx)
	focusByID(ctx, "score")
}

// restart begins a new run with a new seed, so questions and options are
// drawn and ordered afresh.
func (p *practicePage) restart(ctx app.Context, _ app.Event) {
	seed := p.prog.Seed + 1
	q, err := p.quizFor(ctx, seed)
	if err != nil {
		p.err = err.Error()
		return
	}
	p.quiz = q
	p.prog = newProgress(seed, len(q.Questions))
	p.save(ctx)
	focusByID(ctx, "prompt")
}

// retryMissed starts a run over the questions answered wrong, keeping the
// right answers, so that the score at its end counts the whole quiz.
func (p *practicePage) retryMissed(ctx app.Context, _ app.Event) {
	missed := p.missed()
	if len(missed) == 0 {
		return
	}
	prog := p.prog
	prog.Answers = append([]int(nil), prog.Answers...)
	for _, i := range missed {
		prog.Answers[i] = -1
	}
	prog.Only, prog.Index, prog.Started, prog.Finished = missed, missed[0], time.Now(), time.Time{}
	p.prog = prog
	p.save(ctx)
	focusByID(ctx, "prompt")
}

// missed returns the questions answered wrong (or not at all).
func (p *practicePage) missed() []int {
	var out []int
	for i, q := range p.quiz.Questions {
		if p.prog.Answers[i] != q.Answer {
			out = append(out, i)
		}
	}
	return out
}

// after returns the question that follows i in the run, if any.
func (pr progress) after(i, n int) (int, bool) {
	if len(pr.Only) == 0 {
		return i + 1, i+1 < n
	}
	for k, j := range pr.Only {
		if j == i && k+1 < len(pr.Only) {
			return pr.Only[k+1], true
		}
	}
	return 0, false
}

// onKey lets keyboard users answer with 1–4 or A–D.
func (p *practicePage) onKey(ctx app.Context, e app.Event) {
	if p.quiz == nil || !p.prog.Finished.IsZero() {
		return
	}
	if opt, ok := answerKey(e); ok {
		p.choose(ctx, opt)
	}
}

func (p *practicePage) Render() app.UI {
	if p.quiz == nil && p.err == "" {
		return page(app.H1().Text("Practice"), app.P().Text("Loading the quiz…"))
	}
	if p.quiz == nil {
		return page(app.H1().Text("This quiz is not available"), app.P().Class("error").Text(p.err), linkButton("/", "Back to the stories", true))
	}
	if !p.prog.Finished.IsZero() {
		return page(p.renderResults())
	}
	return page(p.renderQuestion(), prebuiltData(p.id, p.prog.Seed, p.quiz))
}

func (p *practicePage) renderQuestion() app.UI {
	i := p.prog.Index
	n := len(p.quiz.Questions)
	q := p.quiz.Questions[i]
	chosen := p.prog.Answers[i]
	answered := chosen >= 0
	nextLabel := "Next question"
	if _, more := p.prog.after(i, n); !more {
		nextLabel = "See your score"
	}
	counter := fmt.Sprintf("Question %d of %d", i+1, n)
	if len(p.prog.Only) > 0 {
		counter = fmt.Sprintf("Question %d of %d · trying again", i+1, n)
	}
	return app.Section().Class("quiz").Aria("labelledby", "prompt").Body(
		app.P().Class("eyebrow").Text("Practice · "+p.quiz.Title),
		app.P().Class("counter").ID("counter").Text(counter),
		progressBar(i+btoi(answered), n),
		app.H1().ID("prompt").Class("prompt").TabIndex(-1).Text(q.Prompt),
		optionList(q, chosen, answered, func(ctx app.Context, opt int) { p.choose(ctx, opt) }),
		app.Div().Class("feedback-region").Aria("live", "polite").Body(
			app.If(answered, feedback(q, chosen)),
		),
		app.If(answered, app.Button().ID("next").Class("btn btn-primary next").Text(nextLabel).OnClick(p.next)).Else(app.P().Class("hint").Text("Choose an answer: click it, or press 1–4 or A–D.")),
	)
}

func (p *practicePage) renderResults() app.UI {
	res := p.quiz.Grade(p.prog.Answers)
	took := p.prog.Finished.Sub(p.prog.Started).Round(time.Second)
	return app.Section().Class("results").Aria("labelledby", "score").Body(
		app.P().Class("eyebrow").Text("Practice · "+p.quiz.Title),
		app.H1().ID("score").TabIndex(-1).Text(fmt.Sprintf("You scored %d of %d", res.Score, res.Total)),
		app.P().Class("took").Text("Time taken: "+humanDuration(took)),
		app.Div().Class("actions").Body(
			app.If(res.Score < res.Total, app.Button().ID("missed").Class("btn btn-primary").Text("Try the ones I missed").OnClick(p.retryMissed)),
			app.Button().ID("again").Class("btn").Class(choose(res.Score == res.Total, "btn-primary", "")).Text("Try again").OnClick(p.restart),
			linkButton("/", "Back to the stories", false),
		),
		app.H2().Text("Review"),
		reviewList(p.quiz.Questions, p.prog.Answers),
	)
}
