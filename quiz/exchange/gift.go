package exchange

import (
	"strings"

	"storyquiz/quiz"
)

// Aiken writes the quiz in Moodle's Aiken format: each question on one line,
// its options as "A. …", then "ANSWER: X", questions separated by a blank
// line. Aiken has no true-or-false type, so those are written as two-option
// multiple choice. Aiken is plain text without escapes, so what it cannot
// hold is lost: line breaks are folded into spaces, and the source sentence,
// ids and kinds are not written.
func Aiken(q *quiz.Quiz) string {
	var b strings.Builder
	for i, qu := range q.Questions {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(fold(qu.Prompt))
		b.WriteByte('\n')
		for j, o := range qu.Options {
			b.WriteString(quiz.Letter(j) + ". " + fold(o) + "\n")
		}
		b.WriteString("ANSWER: " + quiz.Letter(qu.Answer) + "\n")
	}
	return b.String()
}

// giftEscaper escapes the characters GIFT gives a meaning to. The text it
// escapes is HTML already (see giftText), so a line break is the <br> there.
var giftEscaper = strings.NewReplacer(`\`, `\\`, `~`, `\~`, `=`, `\=`, `#`, `\#`, `{`, `\{`, `}`, `\}`, `:`, `\:`)

// giftHTML escapes plain text as HTML (line breaks as <br>).
var giftHTML = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\r\n", "<br>", "\n", "<br>", "\r", "<br>")

// giftText writes plain text as a GIFT field in [html] format: HTML-escaped,
// so that "<" or "->" (which would make Moodle read a matching question)
// stay text, then GIFT-escaped. A field may not start with "%" (Moodle would
// read "%50%" as a weight) or "[" (a format name), so those are written as
// character references.
func giftText(s string) string {
	s = giftHTML.Replace(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(s, "%"):
		s = "&#37;" + s[1:]
	case strings.HasPrefix(s, "["):
		s = "&#91;" + s[1:]
	}
	return giftEscaper.Replace(s)
}

// GIFT writes the quiz in Moodle's GIFT format: a category named after the
// quiz, then per question a comment with its kind as a Moodle tag, its id
// as the title, the prompt and the options in braces with "=" before the
// correct one and "~" before the others; true-or-false questions use GIFT's
// {T} and {F}. The article sentence that supports the answer is the general
// feedback ("####"). Text is in GIFT's [html] format with GIFT's special
// characters ~ = # { } : escaped, so any text (line breaks included) reads
// back unchanged.
func GIFT(q *quiz.Quiz) string {
	var b strings.Builder
	b.WriteString("// " + fold(q.Title) + "\n")
	// Moodle does not unescape the category line; it splits category paths
	// at "/" and reads "//" as a "/" in a name.
	b.WriteString("$CATEGORY: " + strings.ReplaceAll(fold(q.Title), "/", "//") + "\n\n")
	for _, qu := range q.Questions {
		if qu.Kind.Valid() {
			b.WriteString("// [tag:" + kindTag + string(qu.Kind) + "]\n")
		}
		b.WriteString("::" + giftText(qu.ID) + "::[html]" + giftText(qu.Prompt) + " {")
		feedback := ""
		if qu.Evidence.Text != "" {
			feedback = "####" + giftText(qu.Evidence.Text)
		}
		if qu.Kind == quiz.KindTrueFalse && len(qu.Options) == 2 && qu.Options[0] == "True" && qu.Options[1] == "False" {
			if qu.Answer == 0 {
				b.WriteString("T")
			} else {
				b.WriteString("F")
			}
			b.WriteString(feedback + "}\n\n")
			continue
		}
		b.WriteByte('\n')
		for j, o := range qu.Options {
			mark := "~"
			if j == qu.Answer {
				mark = "="
			}
			b.WriteString("\t" + mark + giftText(o) + "\n")
		}
		if feedback != "" {
			b.WriteString("\t" + feedback + "\n")
		}
		b.WriteString("}\n\n")
	}
	return b.String()
}
