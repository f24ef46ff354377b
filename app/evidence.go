package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// fromTheStory is the label before an evidence sentence shown on its own;
// in the end-of-quiz review the question above it already says where it
// comes from.
const fromTheStory = "From the story: "

// evidenceQuote shows the sentence a question comes from, with the words
// that support the answer highlighted, after label (which may be empty).
// Every page that shows evidence uses it: the practice and live feedback,
// the teacher's reveal, both end-of-quiz reviews and the quiz editor.
func evidenceQuote(ev quiz.Evidence, label string) app.HTMLBlockquote {
	var body []app.UI
	if label != "" {
		body = append(body, app.Span().Class("from").Text(label))
	}
	body = append(body, markedSentence(ev.Text, ev.Highlight)...)
	return app.Blockquote().Class("evidence").Body(app.P().Body(body...))
}

// markedSentence renders a sentence with the words that support the answer
// highlighted (a <mark> element, so the highlight is not colour alone).
func markedSentence(text, highlight string) []app.UI {
	if highlight == "" {
		return []app.UI{app.Text(text)}
	}
	i := strings.Index(text, highlight)
	if i < 0 {
		return []app.UI{app.Text(text)}
	}
	out := []app.UI{}
	if i > 0 {
		out = append(out, app.Text(text[:i]))
	}
	out = append(out, app.Mark().Text(highlight))
	if rest := text[i+len(highlight):]; rest != "" {
		out = append(out, app.Text(rest))
	}
	return out
}
