package main

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/stories"
	"storyquiz/quiz"
)

// storyPage shows a shipped story's cleaned text with its headings.
type storyPage struct {
	app.Compo
	id      string
	article *quiz.Article
	err     string
}

func (p *storyPage) OnPreRender(ctx app.Context) { p.load(ctx) }
func (p *storyPage) OnNav(ctx app.Context)       { p.load(ctx) }

func (p *storyPage) load(ctx app.Context) {
	p.id = pathID(ctx)
	s, ok := stories.Get(p.id)
	if !ok {
		p.err = "There is no story called “" + p.id + "”."
		return
	}
	a, err := s.Article()
	if err != nil {
		p.err = err.Error()
		return
	}
	p.article, p.err = a, ""
	ctx.Page().SetTitle(a.Title + " · Storyquiz")
}

func (p *storyPage) Render() app.UI {
	if p.article == nil {
		return page(app.H1().Text("Story not found"), app.P().Text(p.err), linkButton("/", "Back to the stories", true))
	}
	return page(app.Article().Class("story").Body(
		app.H1().Text(p.article.Title),
		app.Div().Class("actions").Body(linkButton("/practice/"+p.id, "Practise this story", true),
			linkButton("/host?story="+url.QueryEscape(p.id), "Host it live", false), linkButton("/worksheet/"+p.id, "Print a worksheet", false)),
		app.Range(p.article.Paragraphs).Slice(func(i int) app.UI {
			var nodes []app.UI
			for _, h := range p.article.Headings {
				if h.Before == i {
					nodes = append(nodes, app.H2().Text(h.Text))
				}
			}
			text := ""
			for j, s := range p.article.Paragraphs[i] {
				if j > 0 {
					text += " "
				}
				text += s
			}
			nodes = append(nodes, app.P().Text(text))
			return app.Div().Body(nodes...)
		}),
		app.Div().Class("actions").Body(linkButton("/practice/"+p.id, "Practise this story", true),
			linkButton("/host?story="+url.QueryEscape(p.id), "Host it live", false)),
	))
}
