package quiz

import (
	"strings"
)

// oneLine folds a text onto one line, since both Moodle formats are line
// based.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Aiken writes the quiz in Moodle's Aiken format: each question on one line,
// its options as "A. …", then "ANSWER: X", questions separated by a blank
// line. Aiken has no true-or-false type, so those are written as two-option
// multiple choice.
func Aiken(q *Quiz) string {
	var b strings.Builder
	for i, qu := range q.Questions {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(oneLine(qu.Prompt))
		b.WriteByte('\n')
		for j, o := range qu.Options {
			b.WriteString(Letter(j) + ". " + oneLine(o) + "\n")
		}
		b.WriteString("ANSWER: " + Letter(qu.Answer) + "\n")
	}
	return b.String()
}

// giftEscaper escapes the characters GIFT gives a meaning to.
var giftEscaper = strings.NewReplacer(`\`, `\\`, `~`, `\~`, `=`, `\=`, `#`, `\#`, `{`, `\{`, `}`, `\}`, `:`, `\:`)

func giftText(s string) string { return giftEscaper.Replace(oneLine(s)) }

// GIFT writes the quiz in Moodle's GIFT format: a title per question
// (its id), the prompt, and the options in braces with "=" before the
// correct one and "~" before the others; true-or-false questions use GIFT's
// {T} and {F}. The characters ~ = # { } : are escaped, and the article
// sentence that supports the answer is given as the answer's feedback.
func GIFT(q *Quiz) string {
	var b strings.Builder
	b.WriteString("// " + oneLine(q.Title) + "\n")
	b.WriteString("$CATEGORY: " + giftText(q.Title) + "\n\n")
	for _, qu := range q.Questions {
		b.WriteString("::" + giftText(qu.ID) + ":: " + giftText(qu.Prompt) + " {")
		feedback := ""
		if qu.Evidence.Text != "" {
			feedback = "#" + giftText(qu.Evidence.Text)
		}
		if qu.Kind == KindTrueFalse && len(qu.Options) == 2 && qu.Options[0] == "True" && qu.Options[1] == "False" {
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
			b.WriteString("\t" + mark + giftText(o))
			if j == qu.Answer {
				b.WriteString(feedback)
			}
			b.WriteByte('\n')
		}
		b.WriteString("}\n\n")
	}
	return b.String()
}
