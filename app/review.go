package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/engine"
	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/exchange/formats"
)

// reviewPage lets a teacher shape a quiz kept in this browser: edit, swap,
// reorder or remove questions, then practise, host or download it. Every
// edit goes through the engine's own validation before it is kept.
type reviewPage struct {
	app.Compo
	id      string
	quiz    *quiz.Quiz
	missing bool

	editing  int // index of the question being edited, -1 for none
	form     quiz.Question
	problems []string
	status   string      // last action, announced to screen readers
	swaps    map[int]int // how many times each question was swapped, to cycle alternatives

	openProblem string // why the quiz file just chosen cannot be opened

	removed *removedQuestion // the question Undo brings back, until the next change
	added   bool             // the question being edited is new: Cancel drops it

	api liveAPI // nil in the app; a fake in tests
}

// openedNotes says what happened to the quiz file just opened, for the
// review page it navigates to; that page shows it once.
var openedNotes string

func (r *reviewPage) OnNav(ctx app.Context) {
	warmEngine() // for "Other question", which asks the engine
	r.id = pathID(ctx)
	r.editing = -1
	r.swaps = map[int]int{}
	r.status, r.openProblem = openedNotes, ""
	openedNotes = ""
	q, ok := getMyQuiz(ctx, r.id)
	r.quiz, r.missing = q, !ok
	if ok {
		ctx.Page().SetTitle("Review: " + q.Title + " · Storyquiz")
		// Arriving from /create, the button that was pressed is gone: the
		// heading takes focus, so screen readers announce the new page.
		focusByID(ctx, "review-h")
	}
}

// removedQuestion is a removed question and where it was.
type removedQuestion struct {
	q  quiz.Question
	at int
}

// commit keeps the changed quiz and forgets practice progress made on the
// old version of it. A change other than a removal ends the chance to undo
// the last removal.
func (r *reviewPage) commit(ctx app.Context, status string) {
	saveMyQuiz(ctx, r.id, r.quiz)
	forgetProgress(ctx, r.id)
	r.status, r.removed = status, nil
}

func (r *reviewPage) remove(ctx app.Context, i int) {
	r.dropAdded()
	if len(r.quiz.Questions) <= 1 {
		r.status = "A quiz needs at least one question, so the last one cannot be removed."
		return
	}
	gone := r.quiz.Questions[i]
	r.quiz.Questions = append(r.quiz.Questions[:i], r.quiz.Questions[i+1:]...)
	r.editing = -1
	r.commit(ctx, fmt.Sprintf("Question %d removed.", i+1))
	r.removed = &removedQuestion{q: gone, at: i}
	// The removed card took the focused button with it: focus goes on to
	// the question now in its place (or the new last one).
	focusByID(ctx, fmt.Sprintf("q%d-prompt", min(i, len(r.quiz.Questions)-1)))
}

// undoRemove puts the last removed question back where it was.
func (r *reviewPage) undoRemove(ctx app.Context, _ app.Event) {
	rm := r.removed
	if rm == nil {
		return
	}
	r.dropAdded()
	at := min(rm.at, len(r.quiz.Questions))
	r.quiz.Questions = append(r.quiz.Questions[:at], append([]quiz.Question{rm.q}, r.quiz.Questions[at:]...)...)
	r.editing = -1
	r.commit(ctx, fmt.Sprintf("Question %d is back.", at+1))
	focusByID(ctx, fmt.Sprintf("q%d-prompt", at))
}

// addQuestion adds a question for the teacher to write, at the end, and
// opens it in the editor; it is kept only once saved. In a quiz with an
// article the teacher picks the sentence its answer comes from.
func (r *reviewPage) addQuestion(ctx app.Context, _ app.Event) {
	if r.added || len(r.quiz.Questions) >= quiz.MaxQuestions {
		if !r.added {
			r.status = fmt.Sprintf("A quiz holds at most %d questions.", quiz.MaxQuestions)
		}
		return
	}
	q := quiz.Question{ID: r.newID(), Kind: quiz.KindWhat, Options: make([]string, 4)}
	if s, ok := r.quiz.Article.Sentence(0, 0); ok {
		q.Evidence = quiz.Evidence{Text: s}
	}
	r.quiz.Questions = append(r.quiz.Questions, q)
	r.startEdit(ctx, len(r.quiz.Questions)-1)
	r.added = true
}

// dropAdded takes away the question being added, unsaved, before any other
// change: the quiz kept in this browser only ever holds valid questions.
func (r *reviewPage) dropAdded() {
	if !r.added {
		return
	}
	r.added = false
	r.quiz.Questions = r.quiz.Questions[:len(r.quiz.Questions)-1]
	if r.editing >= len(r.quiz.Questions) {
		r.editing, r.problems = -1, nil
	}
}

// newID is a question id the quiz does not use yet.
func (r *reviewPage) newID() string {
	used := map[string]bool{}
	for _, q := range r.quiz.Questions {
		used[q.ID] = true
	}
	for n := len(r.quiz.Questions) + 1; ; n++ {
		if id := fmt.Sprintf("t%d", n); !used[id] {
			return id
		}
	}
}

// onSentence sets the sentence an added question's answer comes from, from
// the editor's list (values "paragraph.sentence").
func (r *reviewPage) onSentence(ctx app.Context, _ app.Event) {
	ps, ns, _ := strings.Cut(ctx.JSSrc().Get("value").String(), ".")
	p, err1 := strconv.Atoi(ps)
	n, err2 := strconv.Atoi(ns)
	if s, ok := r.quiz.Article.Sentence(p, n); ok && err1 == nil && err2 == nil {
		r.readForm(r.editing)
		r.form.Evidence = quiz.Evidence{Paragraph: p, Sentence: n, Text: s}
	}
}

// cancelEdit closes the editor without keeping the changes; a question
// added and never saved goes again.
func (r *reviewPage) cancelEdit(ctx app.Context, _ app.Event) {
	i := r.editing
	if r.added {
		r.dropAdded()
		focusByID(ctx, "add-question")
		return
	}
	r.editing, r.problems = -1, nil
	focusByID(ctx, fmt.Sprintf("q%d-edit", i))
}

func (r *reviewPage) move(ctx app.Context, i, by int) {
	r.dropAdded()
	j := i + by
	if j < 0 || j >= len(r.quiz.Questions) {
		return
	}
	qs := r.quiz.Questions
	qs[i], qs[j] = qs[j], qs[i]
	r.editing = -1
	r.commit(ctx, fmt.Sprintf("Question moved to position %d.", j+1))
	focusByID(ctx, fmt.Sprintf("q%d-%s", j, choose(by < 0, "up", "down")))
}

// swap replaces question i with another candidate about the same sentence or
// fact, cycling through them on repeated presses.
func (r *reviewPage) swap(ctx app.Context, i int) {
	r.dropAdded()
	rep := runEngine(engine.Request{Op: engine.OpAlternatives, Quiz: r.quiz, Index: i})
	if err := rep.Error(); err != nil {
		r.status = "Other questions could not be found: " + err.Error()
		return
	}
	alts := rep.Questions
	if len(alts) == 0 {
		r.status = fmt.Sprintf("There is no other question about the sentence of question %d.", i+1)
		return
	}
	k := r.swaps[i] % len(alts)
	r.swaps[i]++
	alt := alts[k]
	alt.ID = r.quiz.Questions[i].ID
	r.quiz.Questions[i] = alt
	r.editing = -1
	r.commit(ctx, fmt.Sprintf("Question %d swapped for: %s", i+1, alt.Prompt))
}

func (r *reviewPage) startEdit(ctx app.Context, i int) {
	r.dropAdded()
	if i >= len(r.quiz.Questions) {
		return
	}
	r.editing = i
	q := r.quiz.Questions[i]
	r.form = q
	r.form.Options = append([]string(nil), q.Options...)
	r.problems = nil
	focusByID(ctx, fmt.Sprintf("edit-%d-prompt", i))
}

// saveEdit validates the edited question with the engine's own rules and
// keeps it only when valid; otherwise it explains what is wrong.
func (r *reviewPage) saveEdit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	i := r.editing
	if i < 0 {
		return
	}
	r.readForm(i)
	cand := r.form
	cand.Options = append([]string(nil), r.form.Options...)
	cand.Prompt = strings.TrimSpace(cand.Prompt)
	for j := range cand.Options {
		cand.Options[j] = strings.TrimSpace(cand.Options[j])
	}
	if probs := cand.Problems(&r.quiz.Article); len(probs) > 0 {
		r.problems = probs
		focusByID(ctx, fmt.Sprintf("edit-%d-problems", i))
		return
	}
	r.quiz.Questions[i] = cand
	r.editing, r.problems, r.added = -1, nil, false
	r.commit(ctx, fmt.Sprintf("Question %d saved.", i+1))
	focusByID(ctx, fmt.Sprintf("q%d-edit", i))
}

// readForm takes the edit form's fields from the page. They are not bound on
// every keystroke: a render between two fast keystrokes would eat one.
func (r *reviewPage) readForm(i int) {
	if v, ok := fieldValue(fmt.Sprintf("edit-%d-prompt", i)); ok {
		r.form.Prompt = v
	}
	for j := range r.form.Options {
		if v, ok := fieldValue(fmt.Sprintf("edit-%d-opt-%d", i, j)); ok {
			r.form.Options[j] = v
		}
	}
}

// download saves the quiz in one of the export formats. The Storyquiz
// server converts it (sessionapi.ExportPath) and keeps nothing: the
// converters would weigh about 70 KB in this bundle.
func (r *reviewPage) download(ctx app.Context, format string) {
	f, ok := formats.Lookup(format)
	if !ok {
		return
	}
	doc, err := json.Marshal(r.quiz)
	if err != nil {
		r.status = "The quiz could not be saved: " + err.Error()
		return
	}
	r.status = "Making the " + f.Label + " file…"
	req := sessionapi.ExportRequest{Format: f.Name, Quiz: doc}
	clientOf(r.api).call("POST", sessionapi.ExportPath, "", req, func(res apiResult) {
		ctx.Dispatch(func(ctx app.Context) {
			var file sessionapi.ExportResponse
			if !res.ok() || json.Unmarshal(res.Body, &file) != nil {
				r.status = "The " + f.Label + " file could not be made: " + res.message()
				return
			}
			downloadBytes(file.Name, file.MIME, file.Data)
			r.status = "Downloaded " + file.Name + " (" + f.Label + ")."
		})
	})
}

// quizFileTypes is what the file picker offers when opening a quiz file.
const quizFileTypes = ".json,.xml,.txt,.gift,application/json,application/xml,text/xml,text/plain"

// onOpenQuiz opens a quiz file chosen by the teacher.
func (r *reviewPage) onOpenQuiz(ctx app.Context, e app.Event) {
	openQuizFile(ctx, e, r.api, func(ctx app.Context, problem string) {
		r.openProblem = problem
		focusByID(ctx, "open-problem")
	})
}

// openQuizFile opens the quiz file chosen in e's file input, in any format
// Storyquiz imports (its own JSON, Moodle XML, GIFT or Aiken): the server
// reads it (sessionapi.ImportPath) and keeps nothing; this browser keeps
// the quiz as a new one and opens its review, which tells what was opened
// and what was left out. Both the review page and the create page open
// files with it; fail gets the problem when the file cannot be opened.
func openQuizFile(ctx app.Context, e app.Event, api liveAPI, fail func(ctx app.Context, problem string)) {
	readFile(ctx, e, formats.MaxImportBytes, func(ctx app.Context, name string, data []byte, problem string) {
		if problem != "" {
			fail(ctx, problem)
			return
		}
		importQuiz(ctx, api, name, data, func(ctx app.Context, id, notes string, err error) {
			if err != nil {
				fail(ctx, err.Error())
				return
			}
			openedNotes = notes
			ctx.Navigate("/review/" + id)
		})
	})
}

// importQuiz has the server read a quiz file, keeps the quiz in this
// browser, and gives done its id and a sentence on what was opened and
// what was left out.
func importQuiz(ctx app.Context, api liveAPI, name string, data []byte, done func(ctx app.Context, id, notes string, err error)) {
	clientOf(api).call("POST", sessionapi.ImportPath, "", sessionapi.ImportRequest{Name: name, Data: data}, func(res apiResult) {
		ctx.Dispatch(func(ctx app.Context) {
			var imp sessionapi.ImportResponse
			var q *quiz.Quiz
			err := errors.New(res.message())
			if res.ok() && json.Unmarshal(res.Body, &imp) == nil {
				q, err = quiz.Decode(imp.Quiz)
			}
			if err != nil {
				done(ctx, "", "", fmt.Errorf("“%s” cannot be opened: %w", name, err))
				return
			}
			id := newMyQuizID()
			saveMyQuiz(ctx, id, q)
			n := len(q.Questions)
			notes := fmt.Sprintf("Opened “%s”: %d question%s.", name, n, choose(n == 1, "", "s"))
			if len(imp.Notes) > 0 {
				notes += " " + strings.Join(imp.Notes, " ")
			}
			done(ctx, id, notes, nil)
		})
	})
}

// renderOpen is the "Open a quiz file" section.
func (r *reviewPage) renderOpen() app.UI {
	return app.Section().Class("open-quiz").Aria("labelledby", "open-h").Body(
		app.H2().ID("open-h").Text("Open a quiz file"),
		app.P().ID("open-help").Class("field-help").Text("Bring questions from your learning platform to host them live: "+
			"a Storyquiz quiz (.json), Moodle XML, GIFT or Aiken. Multiple-choice and true-or-false questions are kept. "+
			"Your Storyquiz server reads the file and keeps nothing; the quiz is kept in this browser."),
		app.Div().Class("actions").Body(
			fileButton("open-quiz", "Open a quiz file", quizFileTypes, r.onOpenQuiz),
		),
		app.If(r.openProblem != "", app.P().ID("open-problem").Class("error").Role("alert").TabIndex(-1).Text(r.openProblem)),
	)
}

func (r *reviewPage) Render() app.UI {
	if r.quiz == nil {
		msg := "Loading your quiz…"
		if r.missing {
			msg = "This quiz is not kept in this browser. Quizzes you make stay on the device where you made them."
		}
		return page(app.H1().Text("Review the quiz"), app.P().Text(msg), linkButton("/create", "Make a quiz", true), r.renderOpen())
	}
	q := r.quiz
	eyebrow := "Review · " + fmt.Sprint(len(q.Questions)) + " questions"
	if len(q.Article.Paragraphs) == 0 {
		eyebrow += " · imported, without an article"
	}
	buttons := []app.UI{app.Span().ID("dl-label").Class("hint").Text("Download:")}
	for _, f := range formats.List {
		buttons = append(buttons, app.Button().ID("dl-"+f.Name).Type("button").Class("btn btn-small").Text(f.Label).
			OnClick(func(ctx app.Context, _ app.Event) { r.download(ctx, f.Name) }))
	}
	return page(
		app.P().Class("eyebrow").Text(eyebrow),
		app.H1().ID("review-h").TabIndex(-1).Text(q.Title),
		app.Section().Class("use").Aria("label", "Use this quiz").Body(
			app.Div().Class("actions").Body(
				linkButton("/practice/"+r.id, "Practise", true),
				app.A().ID("host-quiz").Class("btn").Href("/host?quiz="+r.id).Text("Host a live session"),
				app.A().ID("worksheet-quiz").Class("btn").Href("/worksheet/"+r.id).Text("Print a worksheet"),
			),
			app.Div().Class("actions").Role("group").Aria("labelledby", "dl-label").Aria("describedby", "dl-help").Body(buttons...),
			app.P().ID("dl-help").Class("field-help").Text("Moodle: Moodle XML (keeps the source sentence as feedback), GIFT or Aiken. "+
				"Canvas, Blackboard Ultra, Inspera and other QTI tools: the QTI 2.1 package. Blackboard Original: tab-delimited. "+
				"Your Storyquiz server makes the file and keeps nothing."),
		),
		app.Div().Class("status-line").Body(
			app.P().ID("review-status").Class("notice").Role("status").Aria("live", "polite").Text(r.status),
			app.If(r.removed != nil, app.Button().ID("undo-remove").Type("button").Class("btn btn-small").OnClick(r.undoRemove).Text("Undo")),
		),
		app.Ol().Class("qlist").Body(
			app.Range(q.Questions).Slice(func(i int) app.UI { return r.renderQuestion(i) }),
		),
		app.Div().Class("actions").Body(
			app.Button().ID("add-question").Type("button").Class("btn").Disabled(r.added).OnClick(r.addQuestion).Text("Add question"),
		),
		r.renderOpen(),
	)
}

func (r *reviewPage) renderQuestion(i int) app.UI {
	q := r.quiz.Questions[i]
	n := len(r.quiz.Questions)
	if r.editing == i {
		return app.Li().Class("qcard editing").ID(fmt.Sprintf("q%d", i)).Body(r.renderEdit(i))
	}
	return app.Li().Class("qcard").ID(fmt.Sprintf("q%d", i)).Aria("labelledby", fmt.Sprintf("q%d-prompt", i)).Body(
		app.P().Class("eyebrow").Text(fmt.Sprintf("Question %d · %s", i+1, kindWords(q.Kind))),
		app.H2().Class("qprompt").ID(fmt.Sprintf("q%d-prompt", i)).TabIndex(-1).Text(q.Prompt),
		app.Ul().Class("qopts").Body(
			app.Range(q.Options).Slice(func(j int) app.UI {
				if j == q.Answer {
					return app.Li().Class("right").Body(app.Strong().Text(q.Options[j]), app.Span().Class("note").Text(" ✓ correct"))
				}
				return app.Li().Text(q.Options[j])
			}),
		),
		r.renderEvidence(q.Evidence),
		app.Div().Class("actions qactions").Body(
			r.qButton(i, "edit", "Edit", "Edit question %d", false, func(ctx app.Context) { r.startEdit(ctx, i) }),
			// An imported quiz has no article to find other questions in.
			app.If(len(r.quiz.Article.Paragraphs) > 0,
				r.qButton(i, "swap", "Swap", "Swap question %d for another on the same sentence", false, func(ctx app.Context) { r.swap(ctx, i) })),
			r.qButton(i, "up", "Move up", "Move up: question %d", i == 0, func(ctx app.Context) { r.move(ctx, i, -1) }),
			r.qButton(i, "down", "Move down", "Move down: question %d", i == n-1, func(ctx app.Context) { r.move(ctx, i, 1) }),
			r.qButton(i, "remove", "Remove", "Remove question %d", false, func(ctx app.Context) { r.remove(ctx, i) }),
		),
	)
}

// renderEvidence shows where a question's answer is: the article's sentence,
// or for an imported quiz the platform's feedback, or nothing when the file
// had none.
func (r *reviewPage) renderEvidence(ev quiz.Evidence) app.UI {
	switch {
	case ev.Text == "":
		return nil
	case len(r.quiz.Article.Paragraphs) == 0:
		return evidenceQuote(ev, "Feedback: ")
	}
	return evidenceQuote(ev, fromTheStory)
}

// qButton is a per-question action whose accessible name says which question
// it acts on.
func (r *reviewPage) qButton(i int, id, label, aria string, disabled bool, fn func(app.Context)) app.UI {
	cls := "btn btn-small"
	if id == "remove" {
		cls += " btn-danger"
	}
	return app.Button().ID(fmt.Sprintf("q%d-%s", i, id)).Type("button").Class(cls).Disabled(disabled).
		Aria("label", fmt.Sprintf(aria, i+1)).Text(label).
		OnClick(func(ctx app.Context, _ app.Event) { fn(ctx) })
}

// sentencePicker lets the teacher choose the article sentence an added
// question's answer comes from; the answer must be in it.
func (r *reviewPage) sentencePicker(i int) app.UI {
	id := fmt.Sprintf("edit-%d-sentence", i)
	var opts []app.UI
	n := 0
	for p, para := range r.quiz.Article.Paragraphs {
		for k, text := range para {
			n++
			if len(text) > 90 {
				text = text[:strings.LastIndex(text[:90], " ")+1] + "…"
			}
			ev := r.form.Evidence
			opts = append(opts, app.Option().Value(fmt.Sprintf("%d.%d", p, k)).
				Selected(ev.Paragraph == p && ev.Sentence == k).Text(fmt.Sprintf("%d. %s", n, text)))
		}
	}
	return app.Div().Body(
		app.Label().For(id).Text("The sentence the answer comes from"),
		app.Select().ID(id).OnChange(r.onSentence).Body(opts...),
	)
}

func (r *reviewPage) renderEdit(i int) app.UI {
	pid := fmt.Sprintf("edit-%d-prompt", i)
	return app.Form().Class("edit").OnSubmit(r.saveEdit).Body(
		app.P().Class("eyebrow").Text(fmt.Sprintf("Editing question %d", i+1)),
		app.Label().For(pid).Text("Question"),
		app.Textarea().ID(pid).Rows(3).MaxLength(quiz.MaxPromptRunes).Text(r.form.Prompt),
		app.If(r.added && len(r.quiz.Article.Paragraphs) > 0, r.sentencePicker(i)),
		app.FieldSet().Body(
			app.Legend().Text("Options (choose the correct one)"),
			app.Range(r.form.Options).Slice(func(j int) app.UI {
				oid := fmt.Sprintf("edit-%d-opt-%d", i, j)
				return app.Div().Class("edit-option").Body(
					app.Input().Type("radio").ID(oid+"-right").Name(fmt.Sprintf("edit-%d-right", i)).Checked(r.form.Answer == j).
						Aria("label", "Option "+quiz.Letter(j)+" is correct").
						OnChange(func(app.Context, app.Event) { r.form.Answer = j }),
					app.Label().For(oid).Class("visually-hidden").Text("Option "+quiz.Letter(j)),
					app.Input().ID(oid).Type("text").MaxLength(quiz.MaxOptionRunes).Value(r.form.Options[j]),
				)
			}),
		),
		app.If(len(r.problems) > 0, app.Div().ID(fmt.Sprintf("edit-%d-problems", i)).Class("error").Role("alert").TabIndex(-1).Body(
			app.P().Text("This edit cannot be kept:"),
			app.Ul().Body(app.Range(r.problems).Slice(func(k int) app.UI { return app.Li().Text(r.problems[k]) })),
		)),
		app.Div().Class("actions").Body(
			app.Button().ID(fmt.Sprintf("edit-%d-save", i)).Type("submit").Class("btn btn-primary").Text("Save changes"),
			app.Button().Type("button").Class("btn").Text("Cancel").OnClick(r.cancelEdit),
		),
	)
}
