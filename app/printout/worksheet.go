package printout

import (
	"strconv"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
)

// Versions A and B draw their order from these seeds, fixed so that a
// worksheet printed again matches the keys printed before.
const (
	versionSeedA = 0xA
	versionSeedB = 0xB
)

// Worksheet is quiz q for a class without devices: the article with
// numbered sentences, then the questions, then on a page of its own the
// answer key citing the sentence of each answer. With both it holds
// versions A and B, questions and options shuffled, each with its key, so
// that neighbours cannot copy. here is the page's path. A quiz imported
// without its article prints its questions and a key without sentences.
func Worksheet(q *quiz.Quiz, here string, both bool) sessionapi.Printout {
	var head, body markup
	worksheetHTML(&head, &body, q, here, both)
	return sessionapi.Printout{Title: "Worksheet: " + q.Title, Head: head.String(), Body: body.String()}
}

func worksheetHTML(head, m *markup, q *quiz.Quiz, here string, both bool) {
	head.t(`<div><p class="eyebrow">Printable worksheet</p><h1 id="worksheet-h" tabindex="-1">{}</h1>`+
		`<p class="lead">The article with numbered sentences, then the questions; the answer key, on a page of its own, gives the sentence each answer comes from.</p>`+
		`<nav class="versions" aria-label="Versions"><ul><li><a id="one-version" href="{}" aria-current="{}">One version</a></li>`+
		`<li><a id="two-versions" href="{}?versions=ab" aria-current="{}">Versions A and B (questions and options shuffled)</a></li></ul></nav>`,
		q.Title, here, current(!both), here, current(both))
	head.WriteString("</div>")
	m.WriteString("<div>")
	if both {
		worksheet(m, q.Shuffled(versionSeedA), "A")
		worksheet(m, q.Shuffled(versionSeedB), "B")
	} else {
		worksheet(m, q, "")
	}
	m.WriteString("</div>")
}

// current is an aria-current value: "page" for the link to the page shown.
func current(here bool) string {
	if here {
		return "page"
	}
	return "false"
}

// worksheet writes one version's two sheets: the article and the
// questions, then the key. version is "", "A" or "B".
func worksheet(m *markup, q *quiz.Quiz, version string) {
	suffix, label := "", ""
	if version != "" {
		suffix, label = "-"+version, " · Version "+version
	}
	num := sentenceNumbers(&q.Article)
	m.t(`<section id="ws{}" class="sheet ws" aria-labelledby="ws{}-e ws{}-h"><p id="ws{}-e" class="eyebrow">Worksheet{}</p><h2 id="ws{}-h">{}</h2>`+
		`<p class="ws-name">Name: ______________________  Date: ____________</p>`,
		suffix, suffix, suffix, suffix, label, suffix, q.Title)
	if len(q.Article.Paragraphs) > 0 {
		m.WriteString(`<h3>The article</h3><div class="ws-article">`)
	}
	for i, para := range q.Article.Paragraphs {
		for _, h := range q.Article.Headings {
			if h.Before == i {
				m.t(`<h4>{}</h4>`, h.Text)
			}
		}
		m.WriteString("<p>")
		for j, s := range para {
			m.t(`<span class="sn">{}</span> {} `, strconv.Itoa(num[i]+j+1), s)
		}
		m.WriteString("</p>")
	}
	if len(q.Article.Paragraphs) > 0 {
		m.WriteString(`</div>`)
	}
	m.WriteString(`<h3>Questions</h3><p class="hint">Circle the letter of the best answer.</p><ol class="ws-questions">`)
	for _, qu := range q.Questions {
		m.t(`<li><p class="ws-prompt">{}</p><ul class="ws-options">`, qu.Prompt)
		for o := range qu.Options {
			m.t(`<li>{}</li>`, lettered(qu.Options, o))
		}
		m.WriteString("</ul></li>")
	}
	m.t(`</ol></section><section id="key{}" class="sheet ws-key" aria-labelledby="key{}-h"><p class="eyebrow">For the teacher{}</p>`+
		`<h2 id="key{}-h">Answer key{}</h2><p>{}</p><table class="table"><thead><tr><th scope="col">Question</th>`+
		`<th scope="col">Answer</th><th scope="col">Sentence</th></tr></thead><tbody>`,
		suffix, suffix, label, suffix, label, q.Title)
	for i, qu := range q.Questions {
		n := 0
		if p := qu.Evidence.Paragraph; p >= 0 && p < len(num) {
			n = num[p] + qu.Evidence.Sentence + 1
		}
		m.t(`<tr><th scope="row">{}</th><td>{}</td><td class="num">{}</td></tr>`, strconv.Itoa(i+1), lettered(qu.Options, qu.Answer), strconv.Itoa(n))
	}
	m.WriteString("</tbody></table></section>")
}

// sentenceNumbers returns, per paragraph, how many sentences come before
// it: sentence s of paragraph p is number num[p]+s+1, counted through the
// whole article as a reader counts them.
func sentenceNumbers(a *quiz.Article) []int {
	num := make([]int, len(a.Paragraphs))
	n := 0
	for i, p := range a.Paragraphs {
		num[i] = n
		n += len(p)
	}
	return num
}
