package printout

import (
	"html"
	"strings"

	"storyquiz/quiz"
)

// markup writes the static HTML of a printout. Every text and attribute
// value goes through html.EscapeString, so questions, options, names and
// sentences cannot inject markup.
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

// evidence writes the sentence a question comes from with its highlight
// marked, as evidenceQuote does for the live pages.
func (m *markup) evidence(ev quiz.Evidence, label string) {
	if ev.Text == "" {
		return // a question imported without feedback
	}
	text, hl := ev.Text, ev.Highlight
	m.t(`<blockquote class="evidence"><p><span class="from">{}</span>`, label)
	if i := strings.Index(text, hl); hl != "" && i >= 0 {
		m.t(`{}<mark>{}</mark>`, text[:i], hl)
		text = text[i+len(hl):]
	}
	m.t(`{}</p></blockquote>`, text)
}
