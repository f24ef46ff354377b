package main

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/printout"
	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
)

// afterPage is what a teacher reads and prints after a session, on three
// routes: /results/{code} the item analysis, /reports/{code} the student
// reports, /worksheet/{id} a printable worksheet of a session, a shipped
// story or a quiz kept in this browser. app/printout makes the pages: the
// server a session's, from what it holds (the results, the whole article),
// and this browser the worksheet of a story or a kept quiz, which so
// prints offline. This component shows a page between its buttons. The
// three share loading, the frame and the print button, and one component:
// each component type costs the bundle about 15 KB whatever it holds, which
// is also why the landing page (see home.go), a shipped story's page
// (/story/{id}, see story.go) and the not-found page (see notFoundView) are
// this component's.
type afterPage struct {
	app.Compo
	// kind is the path's first segment: "results", "reports", "worksheet"
	// or "story"; "home" on the landing page and "" on the not-found page.
	kind string
	id   string // the join code, or a worksheet's or story's story or quiz id
	code string // the join code when the page is a session's
	only string // reports: one student's id (?student=), or "" for all
	both bool   // worksheet: versions A and B (?versions=ab)

	printout *sessionapi.Printout
	article  *quiz.Article // a story page's story
	mine     []myQuizEntry // the landing page's list of quizzes kept here
	problem  string        // why there is nothing to show, in words

	api liveAPI // nil in the app; a fake in tests
}

// OnPreRender reads the path on the server too, where OnNav does not run,
// so that a prerendered page is not taken for the not-found one and a
// story's page comes with its text.
func (p *afterPage) OnPreRender(ctx app.Context) { p.setKind(ctx) }

// OnInit gives the first render in the browser the page the address names,
// as the server prerendered it: a fresh component would show "not found"
// until OnNav, and the page would jump (Lighthouse measured a layout shift
// of 0.49 and a late largest paint on /).
func (p *afterPage) OnInit() {
	if app.IsClient {
		p.readPath(app.Window().URL().Path)
	}
}

// setKind reads the page's kind and id from its path, and titles a story.
func (p *afterPage) setKind(ctx app.Context) {
	p.readPath(ctx.Page().URL().Path)
	if p.kind == "story" && p.article != nil {
		ctx.Page().SetTitle(p.article.Title + " · Storyquiz")
	}
}

// readPath sets the page's kind ("" for any path that is none of the
// four, which is not found) and id from a path, and loads a story.
func (p *afterPage) readPath(path string) {
	p.kind, _, _ = strings.Cut(strings.TrimPrefix(path, "/"), "/")
	p.id = idOf(path)
	switch p.kind {
	case "story":
		p.loadStory()
	case "results", "reports", "worksheet":
	default:
		p.kind = ""
		if p.id == "" {
			p.kind = "home"
		}
	}
}

func (p *afterPage) OnNav(ctx app.Context) {
	u := ctx.Page().URL()
	p.printout, p.article, p.problem, p.code = nil, nil, "", ""
	p.setKind(ctx)
	p.only, p.both = u.Query().Get("student"), u.Query().Get("versions") == "ab"
	switch p.kind {
	case "story":
		return // titled by loadStory
	case "home":
		p.mine = listMyQuizzes(ctx)
		ctx.Page().SetTitle("Storyquiz")
		return
	case "":
		ctx.Page().SetTitle("Page not found · Storyquiz")
		return
	}
	ctx.Page().SetTitle(p.title() + " · Storyquiz")
	if code, ok := sessionapi.NormalizeCode(p.id); p.kind != "worksheet" || ok && code == p.id {
		p.code = code
		p.loadSession(ctx)
		return
	}
	// A story's or a kept quiz's worksheet is made here, so that it prints
	// offline too.
	q, err := loadQuiz(ctx, p.id, 1)
	if err != nil {
		p.problem = "There is no worksheet to print: " + err.Error() + "."
		return
	}
	po := printout.Worksheet(q, "/worksheet/"+p.id, p.both)
	p.show(ctx, &po)
}

// loadSession asks the server for a finished session's page with the host
// key this browser kept.
func (p *afterPage) loadSession(ctx app.Context) {
	secret := loadHostKey(ctx, p.code).Secret
	if secret == "" {
		p.problem = "This browser does not hold the host key for session " + p.code + ". Results are shown only where the session's host key is: the browser that created it, or a device paired from its dashboard."
		return
	}
	path := sessionapi.SessionPath(p.code, p.kind)
	switch {
	case p.kind == "reports" && p.only != "":
		path += "?student=" + url.QueryEscape(p.only)
	case p.kind == "worksheet" && p.both:
		path += "?versions=ab"
	}
	clientOf(p.api).call("GET", path, secret, nil, p.loaded(ctx))
}

// loaded shows the page the server sent, or why there is none. Once shown,
// the page's heading takes focus, since the link that led here is gone,
// and screen readers read it out.
func (p *afterPage) loaded(ctx app.Context) func(apiResult) {
	return func(r apiResult) {
		dispatchTo(ctx, p, func(ctx app.Context) {
			var po sessionapi.Printout
			if !r.ok() || json.Unmarshal(r.Body, &po) != nil {
				what := "The results of session " + p.code
				if p.code == "" {
					what = "The worksheet"
				}
				p.problem = what + " could not be loaded: " + r.message()
				return
			}
			p.show(ctx, &po)
		})
	}
}

// show shows a page and gives its heading focus.
func (p *afterPage) show(ctx app.Context, po *sessionapi.Printout) {
	p.printout = po
	ctx.Page().SetTitle(po.Title + " · Storyquiz")
	focusByID(ctx, p.kind+"-h")
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
	switch {
	case p.kind == "":
		return notFoundView()
	case p.kind == "story":
		return p.renderStory()
	case p.kind == "home":
		return p.renderHome()
	case p.problem != "" && p.code != "":
		return page(app.H1().Text(p.title()), app.P().ID("problem").Class("error").Role("alert").Text(p.problem),
			app.Div().Class("actions").Body(linkButton("/host/"+p.code, "Open the session's dashboard", false)))
	case p.problem != "":
		return page(app.H1().Text(p.title()), app.P().ID("problem").Class("error").Role("alert").Text(p.problem),
			linkButton("/", "Back to the stories", true))
	case p.printout == nil:
		return page(app.H1().Text(p.title()), app.P().Role("status").Text("Loading…"))
	}
	var actions []app.UI
	printButton := app.Button().ID("print").Class("btn btn-primary").OnClick(printPage)
	headClass := "no-print" // reports and worksheets print their sheets only
	switch p.kind {
	case "results":
		headClass = ""
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
		actions = []app.UI{
			printButton.Text(label),
			app.If(p.only != "", linkButton("/reports/"+p.id, "All students", false)),
			linkButton("/results/"+p.id, "Item analysis", false),
		}
	default:
		actions = []app.UI{printButton.Text("Print")}
	}
	return page(app.Div().Class("printable "+p.kind).Body(
		app.Div().Class(headClass).Body(app.Raw(p.printout.Head), app.Div().Class("actions no-print").Body(actions...)),
		app.Raw(p.printout.Body),
	))
}

// download fetches the item analysis CSV with the host key in the header,
// as the results CSV is, and offers it as a file.
func (p *afterPage) download(ctx app.Context, _ app.Event) {
	secret := loadHostKey(ctx, p.code).Secret
	clientOf(p.api).call("GET", sessionapi.SessionPath(p.code, sessionapi.ItemsCSV), secret, nil, func(r apiResult) {
		if r.ok() {
			downloadText("storyquiz-"+p.code+"-items.csv", "text/csv;charset=utf-8", string(r.Body))
		}
	})
}

// printPage opens the browser's print dialog: a print stylesheet, not a PDF
// library, makes the pages.
func printPage(app.Context, app.Event) {
	if app.IsClient {
		app.Window().Call("print")
	}
}
