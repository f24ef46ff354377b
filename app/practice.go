package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// progress is a practice run as kept in the browser (go-app state persisted
// to local storage), so that a reload returns to the same question with the
// same answers given.
type progress struct {
	Seed     int64     `json:"seed"`
	Index    int       `json:"index"`   // the question on screen
	Answers  []int     `json:"answers"` // one per question, -1 while unanswered
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitzero"`
}

func newProgress(seed int64, n int) progress {
	ans := make([]int, n)
	for i := range ans {
		ans[i] = -1
	}
	return progress{Seed: seed, Answers: ans, Started: time.Now()}
}

// valid reports whether saved progress still fits a quiz of n questions.
func (p progress) valid(n int) bool {
	return p.Seed != 0 && len(p.Answers) == n && p.Index >= 0 && p.Index < n
}

func progressKey(id string) string { return "practice:" + id }

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

func (p *practicePage) OnNav(ctx app.Context) {
	p.load(ctx)
	// Arriving from a link, the link is gone: the question's (or the
	// score's) heading takes focus, so screen readers read it out.
	if p.quiz != nil {
		focusByID(ctx, map[bool]string{true: "prompt", false: "score"}[p.prog.Finished.IsZero()])
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
	var saved progress
	ctx.GetState(progressKey(p.id), &saved)
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
	ctx.SetState(progressKey(p.id), p.prog, app.Persist)
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
	if p.prog.Index+1 < len(p.quiz.Questions) {
		p.prog.Index++
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

// onKey lets keyboard users answer with 1–4 or A–D.
func (p *practicePage) onKey(ctx app.Context, e app.Event) {
	if p.quiz == nil || !p.prog.Finished.IsZero() {
		return
	}
	if opt, ok := answerKey(e); ok {
		p.choose(ctx, opt)
	}
}

// answerKey reads the option a keydown event picks (1–9 or A–I), ignoring
// keys typed into a form field and shortcuts with Ctrl, Alt or Meta. The
// practice quiz and the live session's student page share it.
func answerKey(e app.Event) (int, bool) {
	if e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return 0, false
	}
	if tag := e.Get("target").Get("tagName"); tag.Truthy() {
		switch strings.ToUpper(tag.String()) {
		case "INPUT", "TEXTAREA", "SELECT":
			return 0, false
		}
	}
	return optionForKey(e.Get("key").String())
}

// optionForKey maps 1–9 and A–I (either case) to an option index.
func optionForKey(key string) (int, bool) {
	if len(key) != 1 {
		return 0, false
	}
	c := key[0]
	switch {
	case c >= '1' && c <= '9':
		return int(c - '1'), true
	case c >= 'a' && c <= 'i':
		return int(c - 'a'), true
	case c >= 'A' && c <= 'I':
		return int(c - 'A'), true
	}
	return 0, false
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
	return page(p.renderQuestion())
}

func (p *practicePage) renderQuestion() app.UI {
	i := p.prog.Index
	n := len(p.quiz.Questions)
	q := p.quiz.Questions[i]
	chosen := p.prog.Answers[i]
	answered := chosen >= 0
	nextLabel := "Next question"
	if i+1 == n {
		nextLabel = "See your score"
	}
	return app.Section().Class("quiz").Aria("labelledby", "prompt").Body(
		app.P().Class("eyebrow").Text("Practice · "+p.quiz.Title),
		app.P().Class("counter").ID("counter").Text(fmt.Sprintf("Question %d of %d", i+1, n)),
		progressBar(i+btoi(answered), n),
		app.H1().ID("prompt").Class("prompt").TabIndex(-1).Text(q.Prompt),
		optionList(q, chosen, answered, func(ctx app.Context, opt int) { p.choose(ctx, opt) }),
		app.Div().Class("feedback-region").Aria("live", "polite").Body(
			app.If(answered, feedback(q, chosen)),
		),
		app.If(answered, app.Button().ID("next").Class("btn btn-primary next").Text(nextLabel).OnClick(p.next)).Else(app.P().Class("hint").Text("Choose an answer: click it, or press 1–4 or A–D.")),
	)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// progressBar shows how far through the quiz the student is.
func progressBar(done, total int) app.UI {
	pct := 0
	if total > 0 {
		pct = done * 100 / total
	}
	return app.Div().Class("bar").Role("progressbar").
		Aria("label", "Quiz progress").Aria("valuemin", 0).Aria("valuemax", total).Aria("valuenow", done).
		Body(app.Div().Class("bar-fill").Style("width", fmt.Sprintf("%d%%", pct)))
}

// optionList renders a question's options as large buttons named by their
// text. Once answered, the chosen and the correct option are marked with
// words and symbols, not colour alone. A nil pick locks the options before
// the reveal (a live session's answer waiting for the teacher), marking only
// the chosen one.
func optionList(q quiz.Question, chosen int, revealed bool, pick func(app.Context, int)) app.UI {
	locked := revealed || pick == nil
	return app.Div().Class("options").Role("group").Aria("labelledby", "prompt").Body(
		app.Range(q.Options).Slice(func(j int) app.UI {
			cls := "option"
			var note string
			switch {
			case !revealed && j == chosen:
				cls, note = cls+" chosen", "● Your answer"
			case revealed && j == q.Answer && j == chosen:
				cls, note = cls+" correct chosen", "✓ Your answer · correct"
			case revealed && j == q.Answer:
				cls, note = cls+" correct", "✓ Correct answer"
			case revealed && j == chosen:
				cls, note = cls+" wrong chosen", "✗ Your answer"
			case revealed:
				cls += " dim"
			}
			b := app.Button().ID(fmt.Sprintf("option-%d", j)).Class(cls).Type("button").
				Aria("disabled", locked).
				Body(
					app.Span().Class("key").Aria("hidden", "true").Text(quiz.Letter(j)),
					app.Span().Class("text").Text(q.Options[j]),
					app.If(note != "", app.Span().Class("note").Text(note)),
				)
			if !locked {
				b = b.Aria("keyshortcuts", fmt.Sprintf("%d %s", j+1, quiz.Letter(j))).
					OnClick(func(ctx app.Context, _ app.Event) { pick(ctx, j) })
			}
			return b
		}),
	)
}

// feedback says whether the answer was right and shows the source sentence
// with the answer highlighted.
func feedback(q quiz.Question, chosen int) app.UI {
	verdict, cls := "Not quite", "verdict wrong"
	if chosen == q.Answer {
		verdict, cls = "Correct", "verdict correct"
	}
	return app.Div().Class("feedback").ID("feedback").Body(
		app.P().Class(cls).Body(
			app.Strong().Text(verdict),
			app.If(chosen != q.Answer, app.Text(" — the answer is "+q.Correct()+".")),
		),
		app.Blockquote().Class("evidence").Body(
			app.P().Body(append([]app.UI{app.Span().Class("from").Text("From the story: ")}, markedSentence(q.Evidence.Text, q.Evidence.Highlight)...)...),
		),
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
			app.Button().ID("again").Class("btn btn-primary").Text("Try again").OnClick(p.restart),
			linkButton("/", "Back to the stories", false),
		),
		app.H2().Text("Review"),
		app.Ol().Class("review").Body(
			app.Range(p.quiz.Questions).Slice(func(i int) app.UI {
				q := p.quiz.Questions[i]
				given := "no answer"
				if a := p.prog.Answers[i]; a >= 0 && a < len(q.Options) {
					given = q.Options[a]
				}
				mark, cls := "✗", "wrong"
				if res.Correct[i] {
					mark, cls = "✓", "correct"
				}
				return app.Li().Class("review-item "+cls).Body(
					app.H3().Text(q.Prompt),
					app.P().Body(app.Span().Class("mark").Aria("hidden", "true").Text(mark+" "), app.Text("Your answer: "+given)),
					app.If(!res.Correct[i], app.P().Text("Right answer: "+q.Correct())),
					app.Blockquote().Class("evidence").Body(app.P().Body(markedSentence(q.Evidence.Text, q.Evidence.Highlight)...)),
				)
			}),
		),
	)
}

// humanDuration prints a duration as "1 min 12 s".
func humanDuration(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d s", int(d.Seconds()))
	}
	return fmt.Sprintf("%d min %d s", int(d.Minutes()), int(d.Seconds())%60)
}
