package printout

import (
	"net/url"
	"strconv"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/session"
)

// Reports is the student reports of finished session code from the host's
// view v; only, a student's id, keeps just that student's.
func Reports(v *session.View, code, only string) sessionapi.Printout {
	var head, body markup
	reportsHTML(&head, &body, v, code, only)
	return sessionapi.Printout{Title: "Student reports: " + v.Title, Head: head.String(), Body: body.String()}
}

// reportsHTML writes one page per student of a finished session: name,
// score, and per question their answer, the right one and the sentence it
// comes from. Every student is on the page, one sheet each, so that the
// browser prints them all in one go; only, a student's id, keeps just one.
func reportsHTML(head, m *markup, v *session.View, code, only string) {
	var shown []session.PlayerResult
	for _, s := range v.Results.Players {
		if only == "" || s.ID == only {
			shown = append(shown, s)
		}
	}
	head.t(`<div><p class="eyebrow">Session {} · {}</p><h1 id="reports-h" tabindex="-1">Student reports</h1><p class="lead">{} · one page each when printed</p>`,
		code, v.Title, plural(len(shown), "student", "students"))
	if len(shown) == 0 {
		head.WriteString(`<p class="notice">No student took part in this session.</p>`)
	}
	head.WriteString("</div>")
	m.WriteString("<div>")
	for _, s := range shown {
		report(m, v, code, s, only == "")
	}
	m.WriteString("</div>")
}

// report writes one student's sheet; link adds a link to print it alone.
func report(m *markup, v *session.View, code string, s session.PlayerResult, link bool) {
	qs := v.Results.Questions
	id := "report-" + s.ID
	asked := s.Asked
	if asked == 0 {
		asked = len(qs) // results from before Asked was recorded
	}
	m.t(`<section id="{}" class="sheet report" aria-labelledby="{}-h"><p class="eyebrow">{}</p><h2 id="{}-h">{}</h2><p class="big-score">Score: {} of {}</p><ol class="report-list">`,
		id, id, v.Title, id, s.Name, strconv.Itoa(s.Score), strconv.Itoa(asked))
	for i, q := range qs {
		given := -1
		if i < len(s.Answers) {
			given = s.Answers[i]
		}
		answer := "no answer (–)"
		switch {
		case given < 0 || given >= len(q.Options):
		case given == q.Answer:
			answer = lettered(q.Options, given) + " (✓ right)"
		default:
			answer = lettered(q.Options, given) + " (✗ wrong)"
		}
		m.t(`<li value="{}"><h3>{}</h3><p><strong>Answer: </strong>{}</p>`, strconv.Itoa(number(q, i)), q.Prompt, answer)
		if given != q.Answer {
			m.t(`<p><strong>Right answer: </strong>{}</p>`, lettered(q.Options, q.Answer))
		}
		m.evidence(q.Evidence, fromTheStory)
		m.WriteString("</li>")
	}
	m.WriteString("</ol>")
	if link {
		m.t(`<p class="no-print"><a href="/reports/{}?student={}">Print only {}’s report</a></p>`, code, url.QueryEscape(s.ID), s.Name)
	}
	m.WriteString("</section>")
}

// lettered is option o with its letter, "B. London", or "" out of range.
func lettered(options []string, o int) string {
	if o < 0 || o >= len(options) {
		return ""
	}
	return string(rune('A'+o)) + ". " + options[o]
}
