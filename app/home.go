package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/stories"
)

// The landing page, /: the launch story with its practice and read
// entries, and the doors to live sessions and own articles. It is
// afterPage's (see there why); mine holds the quizzes kept in this browser.

// deleteQuiz deletes, after the teacher confirms, the quiz whose row the
// click came from. The row names it in data-quiz rather than a closure:
// go-app keeps an element's old handler when the new one has the same
// code, so after a delete the next row's button would name the deleted
// quiz.
func (h *afterPage) deleteQuiz(ctx app.Context, _ app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("quiz").String()
	i := slices.IndexFunc(h.mine, func(e myQuizEntry) bool { return e.ID == id })
	if i < 0 {
		return
	}
	e := h.mine[i]
	if !app.Window().Call("confirm", "Delete the quiz “"+e.Title+"” from this browser?").Bool() {
		return
	}
	deleteMyQuiz(ctx, e.ID)
	h.mine = listMyQuizzes(ctx)
	if len(h.mine) > 0 {
		focusByID(ctx, "mine-h")
	} else {
		focusByID(ctx, "own-h") // the list is gone: land on the section before it
	}
}

// renderHome shows the landing page.
func (h *afterPage) renderHome() app.UI {
	var cards []app.UI
	for _, s := range stories.All() {
		cards = append(cards, storyCard(s))
	}
	return page(
		app.Section().Class("hero").Body(
			app.H1().Text("Turn today's news into a quiz"),
			app.P().Class("lead").Text("Every question comes from a sentence in the story, so students can always see where the answer is."),
		),
		app.Section().Class("stories").Aria("labelledby", "stories-h").Body(
			app.H2().ID("stories-h").Text("Stories"),
			app.Div().Class("cards").Body(cards...),
		),
		app.Section().Class("live").Aria("labelledby", "live-h").Body(
			app.H2().ID("live-h").Text("Live classroom"),
			app.P().Text("Run the quiz with your class: students join on their phones with a code, no accounts needed."),
			app.Div().Class("actions").Body(
				linkButton("/host", "Host a live session", true),
				linkButton("/join", "Join a session", false),
			),
		),
		app.Section().Class("own").Aria("labelledby", "own-h").Body(
			app.H2().ID("own-h").TabIndex(-1).Text("Your own article"),
			app.P().Text("Paste any news article and get a quiz in seconds. The text stays on this device."),
			app.Div().Class("actions").Body(linkButton("/create", "Make a quiz from your own article", true)),
		),
		app.If(len(h.mine) > 0, h.renderMine()),
	)
}

// renderMine lists the quizzes kept in this browser.
func (h *afterPage) renderMine() app.UI {
	return app.Section().Class("mine").Aria("labelledby", "mine-h").Body(
		app.H2().ID("mine-h").TabIndex(-1).Text("My quizzes"),
		app.Ul().Class("mylist").Body(
			app.Range(h.mine).Slice(func(i int) app.UI {
				e := h.mine[i]
				return app.Li().Body(
					app.Span().Class("title").Text(e.Title),
					app.Span().Class("hint").Text(fmt.Sprintf("%d questions", e.Questions)),
					app.A().Class("btn btn-small").Href("/review/"+e.ID).Aria("label", "Open “"+e.Title+"”").Text("Open"),
					app.A().Class("btn btn-small").Href("/practice/"+e.ID).Aria("label", "Practise “"+e.Title+"”").Text("Practise"),
					app.A().Class("btn btn-small").Href("/host?quiz="+e.ID).Aria("label", "Host “"+e.Title+"” live").Text("Host"),
					app.Button().Class("btn btn-small btn-danger").Aria("label", "Delete “"+e.Title+"”").Text("Delete").
						DataSet("quiz", e.ID).OnClick(h.deleteQuiz),
				)
			}),
		),
	)
}

// storyCard shows a story's title, its first lines and its two entries.
func storyCard(s stories.Story) app.UI {
	a, err := s.Article()
	if err != nil {
		return app.Article().Class("card").Body(app.P().Class("error").Text("This story could not be read: " + err.Error()))
	}
	var lead []string
	for _, p := range a.Paragraphs {
		for _, sen := range p {
			if len(lead) < 2 {
				lead = append(lead, sen)
			}
		}
	}
	titleID := "story-" + s.ID
	return app.Article().Class("card").Aria("labelledby", titleID).Body(
		app.H3().ID(titleID).Text(a.Title),
		app.P().Class("excerpt").Text(strings.Join(lead, " ")),
		app.Div().Class("actions").Body(
			linkButton("/practice/"+s.ID, "Practise", true),
			linkButton("/story/"+s.ID, "Read the story", false),
		),
	)
}
