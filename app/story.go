package main

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/stories"
)

// A shipped story's page, /story/{id}: its cleaned text with its headings.
// It is afterPage's (see there why).

// loadStory loads the story p.id for its page.
func (p *afterPage) loadStory() {
	s, ok := stories.Get(p.id)
	if !ok {
		p.problem = "There is no story called “" + p.id + "”."
		return
	}
	a, err := s.Article()
	if err != nil {
		p.problem = err.Error()
		return
	}
	p.article, p.problem = a, ""
}

// renderStory shows the story, or why there is none.
func (p *afterPage) renderStory() app.UI {
	if p.article == nil {
		return page(app.H1().Text("Story not found"), app.P().Text(p.problem), linkButton("/", "Back to the stories", true))
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
