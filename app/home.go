package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/stories"
)

// homePage is the landing page: the launch story with its practice and read
// entries, and the doors to live sessions and own articles.
type homePage struct {
	app.Compo
}

func (h *homePage) Render() app.UI {
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
			linkButton("/practice/"+s.ID, "Practice", true),
			linkButton("/story/"+s.ID, "Read the story", false),
		),
	)
}
