package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/engine"
	"storyquiz/quiz"
)

// createPage takes an article (pasted or opened from a .txt file) and makes
// a quiz from it with the engine, in the browser: the text never leaves the
// device.
type createPage struct {
	app.Compo
	d       draft
	busy    bool
	problem string // why the text could not be used
	notice  string
	short   string // how many questions were made and why fewer than asked
	shortID string // the saved quiz the short notice links to

	api liveAPI // nil in the app; a fake in tests
}

func (c *createPage) OnMount(ctx app.Context) {
	warmEngine()
	c.d = loadDraft(ctx)
	if c.d.N < 5 || c.d.N > 20 {
		c.d.N = quiz.DefaultQuestions
	}
	c.fillText(ctx)
}

// fillText puts the draft into the title and text fields. The fields are not
// bound to the draft on every render: a render that lands between two fast
// keystrokes would write back a stale value and eat one, and re-rendering up
// to 200 KB of text per keystroke is slow.
func (c *createPage) fillText(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		setValue("title", c.d.Title)
		setValue("text", c.d.Text)
	})
}

func (c *createPage) saveDraft(ctx app.Context) { saveDraft(ctx, c.d) }

func (c *createPage) onTitle(ctx app.Context, _ app.Event) {
	c.d.Title = ctx.JSSrc().Get("value").String()
	c.saveDraft(ctx)
}

func (c *createPage) onText(ctx app.Context, _ app.Event) {
	c.d.Text = ctx.JSSrc().Get("value").String()
	c.problem, c.short, c.shortID = "", "", ""
	c.saveDraft(ctx)
}

func (c *createPage) onCount(ctx app.Context, _ app.Event) {
	// strconv rather than fmt.Sscan, whose scanner would be the only one in
	// the bundle (about 5 KB brotli).
	if n, err := strconv.Atoi(ctx.JSSrc().Get("value").String()); err == nil {
		c.d.N = n
	}
	c.saveDraft(ctx)
}

func (c *createPage) onFile(ctx app.Context, e app.Event) {
	readTextFile(ctx, e, maxFileBytes, func(ctx app.Context, name, text, problem string) {
		if problem != "" {
			c.problem, c.notice = problem, ""
			focusByID(ctx, "create-problem")
			return
		}
		c.d.Text, c.problem, c.notice = text, "", "Opened “"+name+"”."
		if c.d.Title == "" {
			c.d.Title = firstLine(text)
		}
		c.saveDraft(ctx)
		c.fillText(ctx)
	})
}

// firstLine returns the first non-empty line of text.
func firstLine(text string) string {
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return cutRunes(l, quiz.MaxTitleRunes)
		}
	}
	return ""
}

// articleText joins the optional title with the text: the engine takes the
// first non-empty line as the title.
func (d draft) articleText() string {
	title := strings.TrimSpace(d.Title)
	if title == "" || strings.HasPrefix(strings.TrimSpace(d.Text), title) {
		return d.Text
	}
	return title + "\n\n" + d.Text
}

// make runs the engine. The page first shows "Making questions…"; in the
// browser the engine runs in its worker (enginecall_wasm.go), which the
// page started when it opened.
func (c *createPage) make(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if c.busy {
		return
	}
	c.busy, c.problem, c.notice, c.short, c.shortID = true, "", "", "", ""
	text, n := c.d.articleText(), c.d.N
	ctx.Async(func() {
		rep := runEngine(engine.Request{Op: engine.OpGenerate, Text: text, N: n, Seed: 1})
		ctx.Dispatch(func(ctx app.Context) { c.made(ctx, rep.Quiz, rep.Report, rep.Error()) })
	})
}

// made stores a generated quiz and opens it for review. When the engine
// made fewer questions than asked for, the page stays and says how many it
// could make and why, with a link to review them, so that the teacher is
// not surprised by a short quiz.
func (c *createPage) made(ctx app.Context, q *quiz.Quiz, rep quiz.Report, err error) {
	c.busy = false
	if err != nil {
		c.problem = explainInputError(err)
		focusByID(ctx, "create-problem")
		return
	}
	id := newMyQuizID()
	saveMyQuiz(ctx, id, q)
	if rep.Made >= rep.Wanted || rep.Reason == "" {
		ctx.Navigate("/review/" + id)
		return
	}
	c.short, c.shortID = shortNotice(rep), id
	focusByID(ctx, "create-short")
}

// shortNotice says, in plain words, how many questions a short quiz has
// and why.
func shortNotice(rep quiz.Report) string {
	q := "questions"
	if rep.Made == 1 {
		q = "question"
	}
	reason := strings.TrimSuffix(rep.Reason, ".")
	return fmt.Sprintf("Storyquiz made %d %s, not the %d you asked for: %s.", rep.Made, q, rep.Wanted, reason)
}

// explainInputError turns an engine error into advice for the teacher.
func explainInputError(err error) string {
	switch {
	case errors.Is(err, quiz.ErrEmpty):
		return "There is no text yet. Paste an article, or open a .txt file."
	case errors.Is(err, quiz.ErrTooLarge):
		return fmt.Sprintf("The article is longer than %s. Paste a shorter article, or only part of it.", humanBytes(quiz.MaxArticleBytes))
	case errors.Is(err, quiz.ErrNotUTF8):
		return "The text is not readable (it is not UTF-8). Copy the article from the page and paste it here."
	case errors.Is(err, quiz.ErrHTML):
		return "This looks like web-page code (HTML), not an article. Copy the article's text as you read it on the page and paste that."
	case errors.Is(err, quiz.ErrNoSentences) && err != quiz.ErrNoSentences:
		// Sentences, but none the engine can ask about: say why.
		return "No questions could be made: " + err.Error() + ". Try a news article with more names, dates and numbers."
	case errors.Is(err, quiz.ErrNoSentences):
		return "No questions could be made: the text has no full sentences to ask about. Paste a news article written in sentences."
	}
	return "No questions could be made from this text: " + err.Error()
}

// onOpenQuiz opens a quiz file made earlier or brought from a learning
// platform, as the review page does.
func (c *createPage) onOpenQuiz(ctx app.Context, e app.Event) {
	openQuizFile(ctx, e, c.api, func(ctx app.Context, problem string) {
		c.problem, c.notice = problem, ""
		focusByID(ctx, "create-problem")
	})
}

func (c *createPage) Render() app.UI {
	size := len(c.d.articleText())
	over := size > quiz.MaxArticleBytes
	counts := []app.UI{}
	for n := 5; n <= 20; n++ {
		counts = append(counts, app.Option().Value(n).Selected(n == c.d.N).Text(n))
	}
	return page(
		app.H1().Text("Make a quiz from your own article"),
		app.P().Class("lead").Text("Paste a news article. Storyquiz makes the questions here in your browser: the text does not leave this device."),
		app.Form().ID("create-form").OnSubmit(c.make).Body(
			app.Label().For("title").Text("Title (optional)"),
			app.Input().ID("title").Type("text").Name("title").MaxLength(quiz.MaxTitleRunes).
				OnInput(c.onTitle).AutoComplete(false),
			app.Label().For("text").Text("Article text"),
			app.P().Class("field-help").ID("text-help").Text("Paste the article as plain text, or open a .txt file. The first line is taken as the title if you leave the title empty."),
			app.Textarea().ID("text").Name("text").Aria("describedby", "text-help text-count").OnInput(c.onText),
			// Only the warning is a live region: the count changes with
			// every key and would drown what is typed.
			app.P().ID("text-count").Class("field-help").Body(
				app.Text(fmt.Sprintf("%s of %s characters", itoa(size), itoa(quiz.MaxArticleBytes))),
				app.Span().Aria("live", "polite").Body(app.If(over, app.Strong().Text(" — too long"))),
			),
			app.Div().Class("actions").Body(
				fileButton("file", "Open a .txt file", ".txt,text/plain", c.onFile),
			),
			app.Label().For("count").Text("Number of questions"),
			app.Select().ID("count").Name("count").OnChange(c.onCount).Body(counts...),
			app.Div().Class("actions").Body(
				app.Button().ID("make").Type("submit").Class("btn btn-primary").Disabled(c.busy).Text("Make questions"),
			),
			app.Div().Aria("live", "polite").Body(
				app.If(c.busy, app.P().ID("create-busy").Class("notice").Text("Making questions…")),
				app.If(c.notice != "", app.P().Class("notice").Text(c.notice)),
			),
			app.If(c.problem != "", app.P().ID("create-problem").Class("error").Role("alert").TabIndex(-1).Text(c.problem)),
			app.If(c.short != "", app.Div().ID("create-short").Class("notice").Role("status").TabIndex(-1).Body(
				app.P().Text(c.short),
				app.P().Text("A longer article, or one with more names, dates, numbers and quotations, gives more questions."),
				app.Div().Class("actions").Body(
					app.A().ID("create-review").Class("btn btn-primary").Href("/review/"+c.shortID).Text("Review the questions"),
				),
			)),
		),
		app.H2().Text("Open a quiz file"),
		app.P().Text("Open a quiz you downloaded from Storyquiz (.json), or one from your learning platform (Moodle XML, GIFT or Aiken), to review, practise or host it."),
		app.Div().Class("actions").Body(
			fileButton("quiz-file", "Open a quiz file", quizFileTypes, c.onOpenQuiz),
		),
	)
}
