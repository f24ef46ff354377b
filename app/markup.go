package main

import (
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz"
)

// markup writes static HTML for the pages a teacher reads or prints after
// a session: the item analysis, the student reports and the worksheets.
// Those pages have hundreds of elements and nothing to click inside them,
// and every go-app element built in Go costs the WebAssembly bundle far more
// than a string does (the three pages built from go-app elements added 40 KB
// brotli; written as text they add a fraction of it). Every text and
// attribute value goes through html.EscapeString, so questions, options,
// names and sentences cannot inject markup. The page shows the result with
// app.Raw; the buttons stay go-app elements.
type markup struct{ strings.Builder }

// open writes a start tag with attributes given as name, value pairs.
func (m *markup) open(tag string, attrs ...string) {
	m.WriteString("<" + tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		m.WriteString(" " + attrs[i] + `="` + html.EscapeString(attrs[i+1]) + `"`)
	}
	m.WriteByte('>')
}

// close writes an end tag.
func (m *markup) close(tag string) { m.WriteString("</" + tag + ">") }

// text writes escaped text.
func (m *markup) text(s string) { m.WriteString(html.EscapeString(s)) }

// t writes format with each {} replaced by the next argument, escaped: one
// call writes a whole run of elements.
func (m *markup) t(format string, args ...string) {
	for _, a := range args {
		i := strings.Index(format, "{}")
		m.WriteString(format[:i])
		m.text(a)
		format = format[i+2:]
	}
	m.WriteString(format)
}

// el writes an element holding text.
func (m *markup) el(tag, text string, attrs ...string) {
	m.open(tag, attrs...)
	m.text(text)
	m.close(tag)
}

// ui returns the markup for a page: one root element, as app.Raw needs.
func (m *markup) ui() app.UI { return app.Raw(m.String()) }

// evidence writes the sentence a question comes from with its highlight
// marked, as evidenceQuote does for the live pages.
func (m *markup) evidence(ev quiz.Evidence, label string) {
	text, hl := ev.Text, ev.Highlight
	m.t(`<blockquote class="evidence"><p><span class="from">{}</span>`, label)
	if i := strings.Index(text, hl); hl != "" && i >= 0 {
		m.t(`{}<mark>{}</mark>`, text[:i], hl)
		text = text[i+len(hl):]
	}
	m.t(`{}</p></blockquote>`, text)
}
