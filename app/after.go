package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/itemstats"
	"storyquiz/quiz/session"
)

// afterPage is what a teacher reads and prints after a session, on three
// routes: /results/{code} the item analysis (results.go), /reports/{code}
// the student reports (reports.go), /worksheet/{id} a printable worksheet
// of a session, a shipped story or a quiz kept in this browser
// (worksheet.go). They share loading the results, the frame and the print
// button, and one component: each component type costs the WebAssembly
// bundle about 15 KB whatever it holds.
type afterPage struct {
	app.Compo
	kind string // "results", "reports" or "worksheet": the path's first segment
	id   string // the join code, or a worksheet's story or quiz id
	only string // reports: one student's id (?student=), or "" for all
	both bool   // worksheet: versions A and B (?versions=ab)
	res  finished
	rep  itemstats.Report
	// The worksheet's quiz; partial when its article holds only the
	// sentences the questions come from.
	quiz    *quiz.Quiz
	partial bool
	err     string // why there is no worksheet
}

func (p *afterPage) OnPreRender(ctx app.Context) { p.load(ctx, true) }
func (p *afterPage) OnNav(ctx app.Context)       { p.load(ctx, false) }

// load reads the route and loads what the page shows. Prerendered on the
// server, only a shipped story's worksheet can be made: the host keys and
// the teacher's own quizzes are in the browser. Once shown, the page's
// heading takes focus, since the link that led here is gone, and screen
// readers read it out.
func (p *afterPage) load(ctx app.Context, prerender bool) {
	u := ctx.Page().URL()
	p.kind, _, _ = strings.Cut(strings.TrimPrefix(u.Path, "/"), "/")
	p.id, p.only, p.both = pathID(ctx), u.Query().Get("student"), u.Query().Get("versions") == "ab"
	p.quiz, p.partial, p.err = nil, false, ""
	title := p.title()
	if code, ok := sessionapi.NormalizeCode(p.id); p.kind != "worksheet" || ok && code == p.id {
		ctx.Page().SetTitle(title + " · Session " + code + " · Storyquiz")
		if p.res.code = code; prerender {
			return
		}
		p.res.load(ctx, p, code, func(ctx app.Context) {
			if v := p.res.view; v != nil {
				p.rep = analyze(v.Results)
				if p.kind == "worksheet" {
					p.quiz, p.partial = sessionQuiz(ctx, v)
				}
				ctx.Page().SetTitle(title + ": " + v.Title + " · Storyquiz")
				focusByID(ctx, p.kind+"-h")
			}
		})
		return
	}
	p.res = finished{api: p.res.api}
	q, err := loadQuiz(ctx, p.id, 1)
	if err != nil {
		if !prerender || !isMyQuiz(p.id) {
			p.err = "There is no worksheet to print: " + err.Error() + "."
		}
		return
	}
	p.quiz = q
	ctx.Page().SetTitle(title + ": " + q.Title + " · Storyquiz")
	if !prerender {
		focusByID(ctx, p.kind+"-h")
	}
}

// title is the page's heading before its content is known.
func (p *afterPage) title() string {
	switch p.kind {
	case "results":
		return "Item analysis"
	case "reports":
		return "Student reports"
	}
	return "Worksheet"
}

func (p *afterPage) Render() app.UI {
	if p.err != "" {
		return page(app.H1().Text(p.title()), app.P().ID("problem").Class("error").Text(p.err), linkButton("/", "Back to the stories", true))
	}
	if ui := p.res.render(p.title()); ui != nil && (p.res.code != "" || p.kind == "results" || p.kind == "reports") {
		return ui
	}
	if p.kind != "results" && p.kind != "reports" && p.quiz == nil {
		return page(app.H1().Text(p.title()), app.P().Role("status").Text("Loading the quiz…"))
	}
	var head, body markup
	var actions []app.UI
	printButton := app.Button().ID("print").Class("btn btn-primary").OnClick(printPage)
	headClass := "no-print" // reports and worksheets print their sheets only
	switch p.kind {
	case "results":
		headClass = ""
		resultsHTML(&head, &body, p.res.view, p.res.code, p.rep)
		actions = []app.UI{
			app.Button().ID("items-csv").Class("btn btn-primary").OnClick(p.download).Text("Download item analysis (CSV)"),
			linkButton("/reports/"+p.id, "Student reports", false),
			linkButton("/worksheet/"+p.id, "Print a worksheet", false),
			linkButton("/host/"+p.id, "Back to the session", false),
		}
	case "reports":
		label := "Print all reports"
		if p.only != "" {
			label = "Print this report"
		}
		reportsHTML(&head, &body, p.res.view, p.res.code, p.only)
		actions = []app.UI{
			printButton.Text(label),
			app.If(p.only != "", linkButton("/reports/"+p.id, "All students", false)),
			linkButton("/results/"+p.id, "Item analysis", false),
		}
	default:
		worksheetHTML(&head, &body, p.quiz, "/worksheet/"+p.id, p.both, p.partial)
		actions = []app.UI{printButton.Text("Print")}
	}
	return page(app.Div().Class("printable "+p.kind).Body(
		app.Div().Class(headClass).Body(head.ui(), app.Div().Class("actions no-print").Body(actions...)),
		body.ui(),
	))
}

// download builds the item analysis CSV here in the browser and offers it.
func (p *afterPage) download(app.Context, app.Event) {
	downloadText("storyquiz-"+p.res.code+"-items.csv", "text/csv;charset=utf-8", itemsCSV(p.res.view.Results, p.rep))
}

// printPage opens the browser's print dialog: a print stylesheet, not a PDF
// library, makes the pages.
func printPage(app.Context, app.Event) {
	if app.IsClient {
		app.Window().Call("print")
	}
}

// finished is a finished session's results as the pages after the session
// load them: once, from the state endpoint, with the host key this browser
// kept. Everything is computed in the browser from what the dashboard
// already receives, so nothing new leaves the server and nothing goes
// anywhere else.
type finished struct {
	api     liveAPI // nil in the app; a fake in tests
	code    string
	view    *session.View
	problem string // why the results cannot be shown, in words
}

// load fetches session code's view and runs done on the UI goroutine once
// the view or the problem is known.
func (f *finished) load(ctx app.Context, c app.Composer, code string, done func(app.Context)) {
	f.code, f.view, f.problem = code, nil, ""
	secret := loadHostKey(ctx, code).Secret
	if secret == "" {
		f.problem = "This browser does not hold the host key for session " + code + ". Results are shown only in the browser that created the session."
		return
	}
	clientOf(f.api).call("GET", sessionapi.SessionPath(code, sessionapi.State), secret, nil, func(r apiResult) {
		dispatchTo(ctx, c, func(ctx app.Context) {
			v, ok := r.view()
			switch {
			case !ok:
				f.problem = "The results of session " + code + " could not be loaded: " + r.message()
			case v.Phase != session.PhaseFinished || v.Results == nil:
				f.problem = "Session " + code + " has not finished yet. Its results appear here once it ends."
			default:
				f.view = &v
			}
			done(ctx)
		})
	})
}

// render shows the loading state or the problem, or nil once the view is there.
func (f *finished) render(title string) app.UI {
	switch {
	case f.problem != "":
		return page(app.H1().Text(title), app.P().ID("problem").Class("error").Role("alert").Text(f.problem),
			app.Div().Class("actions").Body(linkButton("/host/"+f.code, "Open the session's dashboard", false)))
	case f.view == nil:
		return page(app.H1().Text(title), app.P().Role("status").Text("Loading the results…"))
	}
	return nil
}
